"""Providers and their referral-free activities, with translations, locations and schedules."""
from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Optional

from sqlalchemy import JSON, Column, Date, Enum, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..db import Base, UTCDateTime, utcnow
from .places import Municipality, Neighbourhood
from .taxonomy import Theme

FORMATS = ("group", "individual", "online", "walk_in", "home_visit")

# The NJi recognition ladder (Databank Effectieve Jeugdinterventies), lowest to highest.
EVIDENCE_LEVELS = (
    "goed_beschreven",
    "goed_onderbouwd",
    "effectief_eerste",
    "effectief_goede",
    "effectief_sterke",
)

TRANSLATABLE_FIELDS = ("title", "summary", "description")


class ActivityStatus(str, enum.Enum):
    draft = "draft"
    published = "published"
    archived = "archived"


activity_themes = Table(
    "activity_theme",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)

activity_neighbourhoods = Table(
    "activity_neighbourhood",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("neighbourhood_id", ForeignKey("neighbourhood.id", ondelete="CASCADE"), primary_key=True),
)


class Provider(Base):
    __tablename__ = "provider"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(120), unique=True, default=lambda: str(uuid.uuid4()))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[Optional[str]] = mapped_column(String(500))
    email: Mapped[Optional[str]] = mapped_column(String(200))
    phone: Mapped[Optional[str]] = mapped_column(String(40))


class Activity(Base):
    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(120), unique=True, default=lambda: str(uuid.uuid4()))
    # Dutch is required and lives on the row; other languages live in ActivityTranslation.
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text)
    min_age: Mapped[int] = mapped_column(default=0)
    max_age: Mapped[int] = mapped_column(default=23)
    formats: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_free: Mapped[bool] = mapped_column(default=True)
    cost_text: Mapped[Optional[str]] = mapped_column(String(300))
    signup_url: Mapped[Optional[str]] = mapped_column(String(500))
    signup_phone: Mapped[Optional[str]] = mapped_column(String(40))
    signup_email: Mapped[Optional[str]] = mapped_column(String(200))
    signup_walk_in: Mapped[bool] = mapped_column(default=False)
    no_referral_needed: Mapped[bool] = mapped_column(default=True)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    evidence_level: Mapped[Optional[str]] = mapped_column(String(40))
    status: Mapped[ActivityStatus] = mapped_column(
        Enum(ActivityStatus, native_enum=False, length=20), default=ActivityStatus.draft, index=True
    )
    last_checked: Mapped[Optional[date]] = mapped_column(Date)
    review_due: Mapped[Optional[date]] = mapped_column(Date)
    provider_id: Mapped[Optional[int]] = mapped_column(ForeignKey("provider.id", ondelete="SET NULL"))
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}

    provider: Mapped[Optional[Provider]] = relationship()
    municipality: Mapped[Municipality] = relationship()
    themes: Mapped[list[Theme]] = relationship(secondary=activity_themes, order_by="Theme.slug")
    neighbourhoods: Mapped[list[Neighbourhood]] = relationship(
        secondary=activity_neighbourhoods, order_by="Neighbourhood.name"
    )
    translations: Mapped[list["ActivityTranslation"]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="ActivityTranslation.language"
    )
    locations: Mapped[list["Location"]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="Location.position"
    )
    schedules: Mapped[list["Schedule"]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="Schedule.position"
    )

    def text(self, field: str, lang: str = "nl") -> tuple[str, bool]:
        """The text of ``field`` in ``lang`` and whether it fell back to Dutch."""
        if field not in TRANSLATABLE_FIELDS:
            raise ValueError(f"{field} is not translatable")
        if lang != "nl":
            for translation in self.translations:
                if translation.language == lang and getattr(translation, field):
                    return getattr(translation, field), False
            return getattr(self, field), True
        return getattr(self, field), False

    @property
    def topic_themes(self) -> list[Theme]:
        return [t for t in self.themes if t.kind.value == "theme"]

    @property
    def audiences(self) -> list[Theme]:
        return [t for t in self.themes if t.kind.value == "audience"]


class ActivityTranslation(Base):
    __tablename__ = "activity_translation"
    __table_args__ = (UniqueConstraint("activity_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[Optional[str]] = mapped_column(String(200))
    summary: Mapped[Optional[str]] = mapped_column(String(300))
    description: Mapped[Optional[str]] = mapped_column(Text)

    activity: Mapped[Activity] = relationship(back_populates="translations")


class Location(Base):
    __tablename__ = "location"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(120), default=lambda: str(uuid.uuid4()))
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[Optional[str]] = mapped_column(String(200))
    postcode: Mapped[Optional[str]] = mapped_column(String(10))
    city: Mapped[Optional[str]] = mapped_column(String(120))

    activity: Mapped[Activity] = relationship(back_populates="locations")


class Schedule(Base):
    __tablename__ = "schedule"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    byday: Mapped[Optional[str]] = mapped_column(String(40))
    opens_at: Mapped[Optional[str]] = mapped_column(String(5))
    closes_at: Mapped[Optional[str]] = mapped_column(String(5))

    activity: Mapped[Activity] = relationship(back_populates="schedules")
