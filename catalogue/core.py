"""The catalogue as one object: settings, database, search index and services.

Built by ``Catalogue(settings)``; nothing is created at import time. The web app keeps one per
process; the CLI and tests build their own.
"""
from __future__ import annotations

import fcntl
import logging
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .config import Settings
from .db import make_engine, make_session_factory
from .search.documents import SearchDocument
from .search.interface import SearchQuery, SearchResults
from .search.whoosh_index import WhooshIndex
from .services.accounts import AccountService
from .services.activities import ActivityService
from .services.feedback import FeedbackService
from .services.places import PlaceService
from .services.taxonomy import TaxonomyService
from .services.uow import UnitOfWork, stale_marker

log = logging.getLogger(__name__)


class Catalogue:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.engine = make_engine(settings.database_url)
        self.sessions = make_session_factory(self.engine)
        self.index = WhooshIndex(settings.index_dir)
        self.activities = ActivityService(self)
        self.places = PlaceService(self)
        self.taxonomy = TaxonomyService(self)
        self.accounts = AccountService(self)
        self.feedback = FeedbackService(self)

    @classmethod
    def from_env(cls) -> "Catalogue":
        return cls(Settings.from_env())

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self)

    # -- database ------------------------------------------------------------------------------
    def upgrade_database(self) -> None:
        from .migrate import upgrade

        upgrade(self.engine)

    # -- search --------------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResults:
        return self.index.query(query, self.taxonomy.synonym_groups())

    def reindex(self, progress: Callable[[int], None] | None = None) -> int:
        """Rebuild the index from the database; the database is the truth."""
        with self._rebuild_lock():
            return self._reindex(progress)

    def _reindex(self, progress: Callable[[int], None] | None) -> int:
        # Clear the marker first: an update that fails during the rebuild marks it again.
        stale_marker(self.settings.index_dir).unlink(missing_ok=True)
        documents = (SearchDocument.from_activity(a) for a in self.activities.iter_published())
        return self.index.rebuild(documents, progress)

    @contextmanager
    def _rebuild_lock(self) -> Iterator[None]:
        """One rebuild at a time across processes (several web workers may start together)."""
        path = Path(str(self.settings.index_dir) + ".lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def index_needs_rebuild(self) -> str | None:
        """Why the index must be rebuilt, or None when it is sound."""
        if stale_marker(self.settings.index_dir).exists():
            return "an update was missed"
        if not self.index.check():
            return "the index is missing or damaged"
        if self.index.document_count() != self.activities.count_published():
            return "the index does not match the database"
        return None

    def ensure_index(self, progress: Callable[[int], None] | None = None) -> str | None:
        """Rebuild the index when it is stale, missing, damaged or out of step. Returns why,
        or None when it was sound. Another process may have rebuilt it while we waited."""
        if self.index_needs_rebuild() is None:
            return None
        with self._rebuild_lock():
            reason = self.index_needs_rebuild()
            if reason:
                log.warning("rebuilding the search index: %s", reason)
                self._reindex(progress)
            return reason

    def close(self) -> None:
        self.index.close()
        self.engine.dispose()
