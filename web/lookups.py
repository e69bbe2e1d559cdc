"""Small, briefly cached read helpers over the catalogue for the web layer: the taxonomy and
the places are read on every search (to check parameters and to label facets), and change
rarely, so they are kept for a few seconds per process."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from flask import current_app

from catalogue.core import Catalogue

CACHE_SECONDS = 30.0


@dataclass(frozen=True)
class ThemeInfo:
    slug: str
    kind: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("nl") or self.slug


@dataclass(frozen=True)
class NeighbourhoodInfo:
    slug: str
    name: str


@dataclass(frozen=True)
class MunicipalityInfo:
    slug: str
    name: str
    neighbourhoods: tuple[NeighbourhoodInfo, ...] = field(default=())

    def neighbourhood(self, slug: str) -> NeighbourhoodInfo | None:
        return next((n for n in self.neighbourhoods if n.slug == slug), None)


@dataclass(frozen=True)
class Vocabulary:
    themes: tuple[ThemeInfo, ...]
    municipalities: tuple[MunicipalityInfo, ...]

    def theme(self, slug: str) -> ThemeInfo | None:
        return next((t for t in self.themes if t.slug == slug), None)

    def topics(self) -> list[ThemeInfo]:
        return [t for t in self.themes if t.kind == "theme"]

    def audiences(self) -> list[ThemeInfo]:
        return [t for t in self.themes if t.kind == "audience"]

    def municipality(self, slug: str) -> MunicipalityInfo | None:
        return next((m for m in self.municipalities if m.slug == slug), None)

    def municipality_named(self, text: str) -> MunicipalityInfo | None:
        wanted = text.strip().lower()
        return next((m for m in self.municipalities if wanted in (m.slug, m.name.lower())), None)


class VocabularyCache:
    def __init__(self, catalogue: Catalogue, seconds: float = CACHE_SECONDS):
        self.catalogue = catalogue
        self.seconds = seconds
        self._lock = threading.Lock()
        self._value: tuple[float, Vocabulary] | None = None

    def get(self) -> Vocabulary:
        with self._lock:
            if self._value and time.monotonic() - self._value[0] < self.seconds:
                return self._value[1]
        vocabulary = Vocabulary(
            themes=tuple(
                ThemeInfo(t.slug, t.kind.value, dict(t.labels or {})) for t in self.catalogue.taxonomy.themes()
            ),
            municipalities=tuple(
                MunicipalityInfo(m.slug, m.name, tuple(NeighbourhoodInfo(n.slug, n.name) for n in m.neighbourhoods))
                for m in self.catalogue.places.municipalities()
            ),
        )
        with self._lock:
            self._value = (time.monotonic(), vocabulary)
        return vocabulary

    def forget(self) -> None:
        with self._lock:
            self._value = None


def get_catalogue() -> Catalogue:
    return current_app.extensions["catalogue"]


def vocabulary() -> Vocabulary:
    cache = current_app.extensions.get("dichtbij.vocabulary")
    if cache is None:
        cache = current_app.extensions["dichtbij.vocabulary"] = VocabularyCache(get_catalogue())
    return cache.get()
