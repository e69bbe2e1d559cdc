"""What the public sends to the editors and local teams: error reports and callback requests."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..db import Base, UTCDateTime, utcnow
from .activity import Activity
from .places import LocalTeam


class ErrorReport(Base):
    """A visitor's report that an activity page is wrong, for the municipality's editors."""

    __tablename__ = "error_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    message: Mapped[str] = mapped_column(Text)
    contact: Mapped[Optional[str]] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[Optional[datetime]] = mapped_column(UTCDateTime)

    activity: Mapped[Activity] = relationship()


class CallbackRequest(Base):
    """A consented request to be called back by a local team; deleted after the retention period."""

    __tablename__ = "callback_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(36), unique=True, default=lambda: str(uuid.uuid4()))
    local_team_id: Mapped[int] = mapped_column(ForeignKey("local_team.id", ondelete="CASCADE"))
    first_name: Mapped[str] = mapped_column(String(80))
    phone: Mapped[Optional[str]] = mapped_column(String(40))
    email: Mapped[Optional[str]] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    preferred_time: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    handled_at: Mapped[Optional[datetime]] = mapped_column(UTCDateTime)

    local_team: Mapped[LocalTeam] = relationship()
