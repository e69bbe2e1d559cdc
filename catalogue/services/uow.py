"""A unit of work: one database transaction plus the search-index changes it implies.

The index is updated after the commit, never before: search can lag a failed index update
but never shows what the database does not have. When an index update fails after a commit,
the index is marked stale and rebuilt on the next start or ``dichtbij reindex``.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ..search.documents import SearchDocument

if TYPE_CHECKING:
    from ..core import Catalogue

log = logging.getLogger(__name__)


class UnitOfWork:
    def __init__(self, catalogue: "Catalogue"):
        self.catalogue = catalogue
        self.session: Session = catalogue.sessions()
        self._upserts: dict[str, SearchDocument] = {}
        self._removals: set[str] = set()

    def index_later(self, activity) -> None:
        """Schedule the activity's search document (or its removal) for after the commit."""
        self.session.flush()
        if activity.status.value == "published":
            self._removals.discard(activity.public_id)
            self._upserts[activity.public_id] = SearchDocument.from_activity(activity)
        else:
            self.unindex_later(activity.public_id)

    def unindex_later(self, public_id: str) -> None:
        self._upserts.pop(public_id, None)
        self._removals.add(public_id)

    def commit(self) -> None:
        self.session.commit()
        self._sync_index()

    def rollback(self) -> None:
        self.session.rollback()
        self._upserts.clear()
        self._removals.clear()

    def close(self) -> None:
        self.session.close()

    def _sync_index(self) -> None:
        if not (self._upserts or self._removals):
            return
        index = self.catalogue.index
        try:
            if self._removals:
                index.remove_many(sorted(self._removals))
            if self._upserts:
                index.add(self._upserts.values())
        except Exception:
            log.exception("search index update failed after commit; marking the index stale")
            mark_stale(self.catalogue.settings.index_dir)
        finally:
            self._upserts.clear()
            self._removals.clear()

    def __enter__(self) -> "UnitOfWork":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.commit()
            else:
                self.rollback()
        finally:
            self.close()


def stale_marker(index_dir: Path) -> Path:
    return Path(str(index_dir) + ".stale")


def mark_stale(index_dir: Path) -> None:
    marker = stale_marker(index_dir)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("The search index missed an update; it is rebuilt from the database on next start.\n")
