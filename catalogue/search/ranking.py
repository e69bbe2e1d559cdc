"""Query evaluation on cached posting lists with NumPy: matching, BM25F ranking, top-k.

Whoosh stores and analyses; evaluating a query through Whoosh's pure-Python matchers costs
tens of milliseconds per broad query at 10,000 activities. Here each (field, term) posting
list is read once per index generation into arrays, and a query is a handful of vectorised
operations over all documents.
"""
from __future__ import annotations

import math
import threading

import numpy as np

from .analysis import analyse_query_word, fold, split_compound
from .textquery import Phrase

FIELD_BOOSTS = {"title": 4.0, "extra_titles": 3.0, "summary": 2.0, "body": 1.0}
K1 = 1.2
B = 0.75


class PostingCache:
    def __init__(self, reader):
        self.reader = reader
        self.size = reader.doc_count_all()
        self.live_count = max(1, reader.doc_count())
        self._postings: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
        self._norms: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def postings(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        key = (field, term)
        cached = self._postings.get(key)
        if cached is not None:
            return cached
        with self._lock:
            if key not in self._postings:
                if (field, term) in self.reader:
                    items = list(self.reader.postings(field, term).items_as("weight"))
                    ids = np.fromiter((i for i, _ in items), dtype=np.int64, count=len(items))
                    tf = np.fromiter((w for _, w in items), dtype=np.float32, count=len(items))
                else:
                    ids, tf = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
                self._postings[key] = (ids, tf)
            return self._postings[key]

    def norm(self, field: str) -> np.ndarray:
        """BM25's length normalisation per document for a field: k1 * (1 - b + b * len / avg)."""
        cached = self._norms.get(field)
        if cached is not None:
            return cached
        with self._lock:
            if field not in self._norms:
                lengths = np.fromiter(
                    (self.reader.doc_field_length(d, field, 0) for d in range(self.size)), dtype=np.float32, count=self.size
                )
                average = max(1.0, float(self.reader.field_length(field)) / self.live_count)
                self._norms[field] = K1 * (1 - B + B * lengths / average)
            return self._norms[field]

    def term_scores(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(mask, score) of one analysed term across all searched fields."""
        mask = np.zeros(self.size, dtype=bool)
        score = np.zeros(self.size, dtype=np.float32)
        for field, boost in FIELD_BOOSTS.items():
            ids, tf = self.postings(field, term)
            if not len(ids):
                continue
            idf = math.log(1 + (self.live_count - len(ids) + 0.5) / (len(ids) + 0.5))
            norm = self.norm(field)[ids]
            score[ids] += boost * idf * tf * (K1 + 1) / (tf + norm)
            mask[ids] = True
        return mask, score


class Evaluator:
    """Turns parsed slots into a document mask and scores."""

    def __init__(self, cache: PostingCache, known_terms: set[str]):
        self.cache = cache
        self.known_terms = known_terms

    def word(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        stem = analyse_query_word(word)
        mask, score = self.cache.term_scores(stem)
        if stem not in self.known_terms:
            parts = split_compound(fold(word))
            if parts:
                part_mask, part_score = self.all_of([self.cache.term_scores(analyse_query_word(p)) for p in parts])
                score = np.where(part_mask & ~mask, part_score, score)
                mask = mask | part_mask
        return mask, score

    def phrase(self, phrase: Phrase) -> tuple[np.ndarray, np.ndarray]:
        return self.all_of([self.word(w) for w in phrase])

    def slot(self, alternatives: list[Phrase]) -> tuple[np.ndarray, np.ndarray]:
        mask = np.zeros(self.cache.size, dtype=bool)
        score = np.zeros(self.cache.size, dtype=np.float32)
        for alternative in alternatives:
            m, s = self.phrase(alternative)
            mask |= m
            np.maximum(score, s, out=score)
        return mask, score

    def query(self, slots: list[list[Phrase]], require_all: bool) -> tuple[np.ndarray, np.ndarray]:
        evaluated = [self.slot(s) for s in slots]
        return self.all_of(evaluated) if require_all else self.any_of(evaluated)

    def all_of(self, parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
        mask = np.ones(self.cache.size, dtype=bool)
        score = np.zeros(self.cache.size, dtype=np.float32)
        for m, s in parts:
            mask &= m
            score += s
        return mask, np.where(mask, score, 0)

    def any_of(self, parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
        mask = np.zeros(self.cache.size, dtype=bool)
        score = np.zeros(self.cache.size, dtype=np.float32)
        for m, s in parts:
            mask |= m
            score += s
        return mask, score


def top(docnums_mask: np.ndarray, score: np.ndarray, start: int, stop: int, tiebreak: np.ndarray) -> list[int]:
    """Docnums ranked by score (then by ``tiebreak`` ascending), positions start..stop."""
    candidates = np.flatnonzero(docnums_mask)
    if not len(candidates):
        return []
    order = np.lexsort((tiebreak[candidates], -score[candidates]))
    return candidates[order[start:stop]].tolist()


def query_terms(slots: list[list[Phrase]]) -> set[str]:
    """Every analysed term a query can match, compound parts included, for highlighting."""
    terms: set[str] = set()
    for slot in slots:
        for phrase in slot:
            for word in phrase:
                terms.add(analyse_query_word(word))
                terms.update(analyse_query_word(p) for p in split_compound(fold(word)))
    return terms
