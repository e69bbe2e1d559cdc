"""Themes and audiences (one taxonomy editors can extend) and search synonyms."""
from __future__ import annotations

import enum

from sqlalchemy import JSON, Enum, String
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base


class ThemeKind(str, enum.Enum):
    theme = "theme"
    audience = "audience"


class Theme(Base):
    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[ThemeKind] = mapped_column(Enum(ThemeKind, native_enum=False, length=20))
    labels: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    def label(self, lang: str = "nl") -> str:
        """The label in ``lang``, falling back to Dutch, then to the slug."""
        return self.labels.get(lang) or self.labels.get("nl") or self.slug


class SynonymGroup(Base):
    """Words and phrases that mean the same to a searching parent (``uit elkaar`` ~ ``scheiding``).

    Applied at query time, so an editor's new synonym works at once without a reindex.
    """

    __tablename__ = "synonym_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    terms: Mapped[list[str]] = mapped_column(JSON, default=list)
