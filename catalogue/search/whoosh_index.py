"""The Whoosh implementation of ``SearchIndex``."""
from __future__ import annotations

import gc
import logging
import warnings
import shutil
import threading
import uuid
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np
from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .analysis import dutch_analyzer, fold, spelling_words
from .documents import SearchDocument
from .facets import FacetTable, column_values
from .interface import SearchHit, SearchQuery, SearchResults
from .spelling import SpellingVocabulary
from .highlight import highlight
from .ranking import Evaluator, PostingCache, query_terms, top
from .textquery import SynonymTable, parse

log = logging.getLogger(__name__)

WRITE_TIMEOUT_SECONDS = 30.0


def build_schema() -> Schema:
    analyzer = dutch_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=analyzer, stored=True),
        extra_titles=TEXT(analyzer=analyzer),
        summary=TEXT(analyzer=analyzer, stored=True),
        body=TEXT(analyzer=analyzer),
        spell=KEYWORD(lowercase=False, scorable=False),
        title_sort=ID(sortable=True),
        themes=KEYWORD(commas=True),
        audiences=KEYWORD(commas=True),
        municipality=ID(),
        neighbourhoods=KEYWORD(commas=True),
        formats=KEYWORD(commas=True),
        cost=ID(),
        languages=KEYWORD(commas=True),
        min_age=NUMERIC(int, bits=8, signed=False, sortable=True, stored=True),
        max_age=NUMERIC(int, bits=8, signed=False, sortable=True, stored=True),
        payload=STORED(),
    )


def to_fields(doc: SearchDocument) -> dict:
    text = " ".join((doc.title, doc.summary, doc.body, *doc.extra_titles))
    return dict(
        id=doc.id,
        title=doc.title,
        extra_titles="\n".join(doc.extra_titles),
        summary=doc.summary,
        body=doc.body,
        spell=" ".join(sorted(set(spelling_words(text)))),
        title_sort=fold(doc.title),
        themes=",".join(doc.themes),
        audiences=",".join(doc.audiences),
        municipality=doc.municipality,
        neighbourhoods=",".join(doc.neighbourhoods),
        formats=",".join(doc.formats),
        cost=doc.cost,
        languages=",".join(doc.languages),
        min_age=doc.min_age,
        max_age=doc.max_age,
    )


class _Generation:
    """Everything derived from one state of the index, rebuilt only when the index changes."""

    def __init__(self, searcher):
        self.searcher = searcher
        reader = searcher.reader()
        self.facets = FacetTable(reader)
        self.vocabulary = SpellingVocabulary(
            {
                (term.decode("utf-8") if isinstance(term, bytes) else term): reader.doc_frequency("spell", term)
                for term in reader.lexicon("spell")
            }
        )
        self.body_terms = {
            (t.decode("utf-8") if isinstance(t, bytes) else t) for t in reader.lexicon("body")
        } | {(t.decode("utf-8") if isinstance(t, bytes) else t) for t in reader.lexicon("title")}
        self.postings = PostingCache(reader)
        titles = [fold(value) if isinstance(value, str) else value.decode("utf-8")
                  for value in column_values(reader, "title_sort")]
        self.title_rank = np.empty(len(titles), dtype=np.int64)
        self.title_rank[np.argsort(np.array(titles, dtype=object), kind="stable")] = np.arange(len(titles))


class WhooshIndex:
    """A Whoosh index in a folder. Safe to share between threads; other processes see writes
    because every query first checks whether the index has a newer generation."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.schema = build_schema()
        self._lock = threading.RLock()
        self._ix = None
        self._generation: _Generation | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.path.is_dir() and any(self.path.glob("_MAIN_*.toc"))

    def _open(self):
        if self._ix is None:
            if not self.exists():
                self.path.mkdir(parents=True, exist_ok=True)
                self._ix = whoosh_index.create_in(str(self.path), self.schema)
            else:
                self._ix = whoosh_index.open_dir(str(self.path))
        return self._ix

    def check(self) -> bool:
        """True when the index opens and can be read; False when it is missing or damaged."""
        if not self.exists():
            return False
        # Whoosh leaves a damaged file open when it fails to read it; that is expected here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                ix = whoosh_index.open_dir(str(self.path))
                try:
                    with ix.searcher() as searcher:
                        searcher.doc_count()
                    return ix.schema.names() == self.schema.names()
                finally:
                    ix.close()
            except Exception:  # any damage means: rebuild
                log.warning("search index at %s cannot be read; it will be rebuilt", self.path)
            gc.collect()
        return False

    def close(self) -> None:
        with self._lock:
            if self._generation is not None:
                self._generation.searcher.close()
            self._generation = None
            if self._ix is not None:
                self._ix.close()
            self._ix = None

    # -- writing ---------------------------------------------------------------------------
    def add(self, documents: Iterable[SearchDocument]) -> None:
        with self._lock:
            writer = self._open().writer(timeout=WRITE_TIMEOUT_SECONDS)
            try:
                for doc in documents:
                    writer.update_document(**to_fields(doc))
            except BaseException:
                writer.cancel()
                raise
            writer.commit()

    def update(self, document: SearchDocument) -> None:
        self.add([document])

    def remove(self, document_id: str) -> None:
        self.remove_many([document_id])

    def remove_many(self, document_ids: Iterable[str]) -> None:
        with self._lock:
            writer = self._open().writer(timeout=WRITE_TIMEOUT_SECONDS)
            try:
                for document_id in document_ids:
                    writer.delete_by_term("id", document_id)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()

    def clear(self) -> None:
        with self._lock:
            self.close()
            if self.path.exists():
                shutil.rmtree(self.path)
            self._open()

    def rebuild(
        self, documents: Iterable[SearchDocument], progress: Callable[[int], None] | None = None
    ) -> int:
        """Build a complete new index beside the old one, then swap it in, so searches keep
        working during a rebuild and a crash halfway leaves the old index untouched."""
        staging = self.path.with_name(f"{self.path.name}.building-{uuid.uuid4().hex[:8]}")
        staging.mkdir(parents=True)
        count = 0
        try:
            ix = whoosh_index.create_in(str(staging), self.schema)
            writer = ix.writer(limitmb=256)
            for doc in documents:
                writer.add_document(**to_fields(doc))
                count += 1
                if progress and count % 500 == 0:
                    progress(count)
            writer.commit(optimize=True)
            ix.close()
            with self._lock:
                self.close()
                old = self.path.with_name(f"{self.path.name}.old-{uuid.uuid4().hex[:8]}")
                if self.path.exists():
                    self.path.rename(old)
                staging.rename(self.path)
                shutil.rmtree(old, ignore_errors=True)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        if progress:
            progress(count)
        return count

    # -- reading ---------------------------------------------------------------------------
    def _current(self) -> _Generation:
        with self._lock:
            ix = self._open()
            if self._generation is None:
                self._generation = _Generation(ix.searcher())
            elif not self._generation.searcher.up_to_date():
                # A brand-new searcher, not searcher.refresh(): refresh() reuses segment
                # readers by segment id and so keeps their old deletions.
                self._generation.searcher.close()
                self._generation = _Generation(ix.searcher())
            return self._generation

    def document_count(self) -> int:
        return self._current().searcher.doc_count()

    def document_ids(self) -> set[str]:
        searcher = self._current().searcher
        return {stored["id"] for stored in searcher.all_stored_fields()}

    def query(self, query: SearchQuery, synonyms: Sequence[Sequence[str]] = ()) -> SearchResults:
        generation = self._current()
        table = generation.facets
        masks = table.filter_masks(query)
        evaluator = Evaluator(generation.postings, generation.body_terms)

        parsed = parse(query.text, SynonymTable(synonyms), generation.vocabulary) if query.text.strip() else None
        relaxed = False
        if parsed and parsed.slots:
            text_mask, score = evaluator.query(parsed.slots, require_all=True)
            if not table.combine(text_mask, masks).any() and len(parsed.slots) > 1:
                loose_mask, loose_score = evaluator.query(parsed.slots, require_all=False)
                if table.combine(loose_mask, masks).any():
                    text_mask, score, relaxed = loose_mask, loose_score, True
        else:
            text_mask = table.live.copy()
            score = np.zeros(table.size, dtype=np.float32)

        final = table.combine(text_mask, masks)
        total = int(final.sum())
        facets = table.counts(text_mask, masks, query)
        start = (query.page - 1) * query.per_page
        docnums = top(final, score, start, start + query.per_page, generation.title_rank)
        terms = query_terms(parsed.slots) if (parsed and query.highlight) else set()
        hits: list[SearchHit] = []
        for docnum in docnums:
            stored = generation.searcher.stored_fields(docnum)
            highlights = (
                {"title": highlight(stored["title"], terms), "summary": highlight(stored["summary"], terms)}
                if terms else {}
            )
            hits.append(SearchHit(stored["id"], float(score[docnum]), highlights))
        return SearchResults(
            total=total,
            hits=hits,
            facets=facets,
            page=query.page,
            per_page=query.per_page,
            suggestion=parsed.suggestion if parsed else None,
            relaxed=relaxed,
            corrected=dict(parsed.corrected) if parsed else {},
        )

