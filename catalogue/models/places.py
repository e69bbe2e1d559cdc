"""Municipalities, their neighbourhoods (with the 4-digit postcodes they cover) and local teams."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Optional

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..db import Base, UTCDateTime, utcnow

team_neighbourhoods = Table(
    "local_team_neighbourhood",
    Base.metadata,
    Column("local_team_id", ForeignKey("local_team.id", ondelete="CASCADE"), primary_key=True),
    Column("neighbourhood_id", ForeignKey("neighbourhood.id", ondelete="CASCADE"), primary_key=True),
)


class Municipality(Base):
    __tablename__ = "municipality"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(120))

    neighbourhoods: Mapped[list["Neighbourhood"]] = relationship(
        back_populates="municipality", cascade="all, delete-orphan", order_by="Neighbourhood.name"
    )
    local_teams: Mapped[list["LocalTeam"]] = relationship(
        back_populates="municipality", cascade="all, delete-orphan", order_by="LocalTeam.name"
    )


class Neighbourhood(Base):
    __tablename__ = "neighbourhood"
    __table_args__ = (UniqueConstraint("municipality_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(120))

    municipality: Mapped[Municipality] = relationship(back_populates="neighbourhoods")
    postcodes: Mapped[list["NeighbourhoodPostcode"]] = relationship(
        back_populates="neighbourhood", cascade="all, delete-orphan", order_by="NeighbourhoodPostcode.pc4"
    )
    local_teams: Mapped[list["LocalTeam"]] = relationship(
        secondary=team_neighbourhoods, back_populates="neighbourhoods"
    )


class NeighbourhoodPostcode(Base):
    """A 4-digit postcode area belongs to exactly one neighbourhood."""

    __tablename__ = "neighbourhood_postcode"

    pc4: Mapped[str] = mapped_column(String(4), primary_key=True)
    neighbourhood_id: Mapped[int] = mapped_column(ForeignKey("neighbourhood.id", ondelete="CASCADE"))

    neighbourhood: Mapped[Neighbourhood] = relationship(back_populates="postcodes")


class LocalTeam(Base):
    __tablename__ = "local_team"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(120), unique=True, default=lambda: str(uuid.uuid4()))
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[Optional[str]] = mapped_column(String(40))
    email: Mapped[Optional[str]] = mapped_column(String(200))
    website: Mapped[Optional[str]] = mapped_column(String(500))
    walk_in_hours: Mapped[str] = mapped_column(Text, default="")
    street: Mapped[Optional[str]] = mapped_column(String(200))
    postcode: Mapped[Optional[str]] = mapped_column(String(10))
    city: Mapped[Optional[str]] = mapped_column(String(120))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    municipality: Mapped[Municipality] = relationship(back_populates="local_teams")
    neighbourhoods: Mapped[list[Neighbourhood]] = relationship(
        secondary=team_neighbourhoods, back_populates="local_teams", order_by="Neighbourhood.name"
    )
