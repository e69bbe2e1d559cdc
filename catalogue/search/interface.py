"""The engine-neutral search contract used by the services, the web app and the CLI."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Protocol, Sequence

from .documents import SearchDocument

FACETS = ("theme", "audience", "municipality", "neighbourhood", "format", "cost", "language", "age")

AGE_BANDS = (("0-3", 0, 3), ("4-11", 4, 11), ("12-17", 12, 17), ("18-23", 18, 23))


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    municipality: str | None = None
    neighbourhood: str | None = None  # slug within ``municipality``
    age: int | None = None
    themes: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    cost: str | None = None  # "free" | "paid"
    languages: tuple[str, ...] = ()
    age_band: str | None = None
    page: int = 1
    per_page: int = 10
    highlight: bool = False


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass(frozen=True)
class SearchHit:
    id: str
    score: float
    highlights: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchResults:
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    page: int
    per_page: int
    suggestion: str | None = None  # a spelling-corrected query, when the words looked mistyped
    relaxed: bool = False  # True when not all words matched and results match some of them
    corrected: dict[str, str] = field(default_factory=dict)  # typed word -> word searched for

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


class SearchIndex(Protocol):
    """What any search engine behind the catalogue must do."""

    def add(self, documents: Iterable[SearchDocument]) -> None: ...

    def update(self, document: SearchDocument) -> None: ...

    def remove(self, document_id: str) -> None: ...

    def clear(self) -> None: ...

    def query(self, query: SearchQuery, synonyms: Sequence[Sequence[str]] = ()) -> SearchResults: ...

    def document_count(self) -> int: ...
