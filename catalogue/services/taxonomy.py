"""Themes, audiences and search synonyms."""
from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..i18n import Message, N_
from ..models import SynonymGroup, Theme, ThemeKind
from ..slugs import slugify
from ..validation import Problems, check_slug

if TYPE_CHECKING:
    from ..core import Catalogue

SYNONYM_CACHE_SECONDS = 10.0


def ensure_theme(session: Session, slug: str, kind: str, labels: dict[str, str]) -> Theme:
    """Create the theme, or add missing labels to an existing one."""
    problems = Problems()
    if not check_slug(slug):
        problems.add("slug", N_("Gebruik voor de code alleen kleine letters, cijfers en streepjes."))
    if kind not in {k.value for k in ThemeKind}:
        problems.add("kind", N_("Kies 'thema' of 'doelgroep'."))
    if not (labels or {}).get("nl"):
        problems.add("labels.nl", N_("Vul een Nederlandse naam in."))
    if problems:
        raise ValidationError(dict(problems.errors), record=slug)
    theme = session.scalar(select(Theme).where(Theme.slug == slug))
    if theme is None:
        theme = Theme(slug=slug, kind=ThemeKind(kind), labels=dict(labels))
        session.add(theme)
    else:
        theme.labels = {**labels, **theme.labels} if theme.labels else dict(labels)
    session.flush()
    return theme


class TaxonomyService:
    def __init__(self, catalogue: "Catalogue"):
        self.catalogue = catalogue
        self._lock = threading.Lock()
        self._synonyms: tuple[float, list[list[str]]] | None = None

    def themes(self, kind: str | None = None) -> list[Theme]:
        with self.catalogue.sessions() as session:
            stmt = select(Theme).order_by(Theme.slug)
            if kind:
                stmt = stmt.where(Theme.kind == ThemeKind(kind))
            return list(session.scalars(stmt))

    def add_theme(self, slug: str, kind: str, labels: dict[str, str]) -> Theme:
        with self.catalogue.unit_of_work() as uow:
            return ensure_theme(uow.session, slugify(slug) if slug else slug, kind, labels)

    def synonym_groups(self) -> list[list[str]]:
        """Synonyms, cached briefly: they are read on every search."""
        with self._lock:
            cached = self._synonyms
            if cached and time.monotonic() - cached[0] < SYNONYM_CACHE_SECONDS:
                return cached[1]
        with self.catalogue.sessions() as session:
            groups = [list(g.terms) for g in session.scalars(select(SynonymGroup).order_by(SynonymGroup.id))]
        with self._lock:
            self._synonyms = (time.monotonic(), groups)
        return groups

    def add_synonyms(self, terms: list[str]) -> SynonymGroup:
        cleaned = [t.strip().lower() for t in terms if t and t.strip()]
        if len(set(cleaned)) < 2:
            raise ValidationError(
                {"terms": [Message(N_("Een groep synoniemen heeft minstens twee verschillende woorden."))]}
            )
        with self.catalogue.unit_of_work() as uow:
            group = SynonymGroup(terms=cleaned)
            uow.session.add(group)
        self.forget_synonyms()
        return group

    def forget_synonyms(self) -> None:
        with self._lock:
            self._synonyms = None
