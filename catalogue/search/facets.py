"""Facet counting and filtering on bit masks, rebuilt once per index generation.

Whoosh's own grouping walks posting lists on every query; with masks, a facet count for the
whole catalogue is one matrix-vector product, so faceted queries stay fast at 10,000
activities. Counts are disjunctive: each facet is counted with every filter applied except its
own, so a parent sees how many results each other choice would give.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .documents import WHOLE_MUNICIPALITY
from .interface import AGE_BANDS, FacetValue, SearchQuery

TERM_FACETS = {
    "theme": "themes",
    "audience": "audiences",
    "municipality": "municipality",
    "neighbourhood": "neighbourhoods",
    "format": "formats",
    "cost": "cost",
    "language": "languages",
}


@dataclass
class FacetRows:
    values: list[str]
    matrix: np.ndarray  # bool, values x documents
    index: dict[str, int]

    def __post_init__(self) -> None:
        # float32 so counting is one BLAS matrix-vector product
        self.weights = self.matrix.astype(np.float32)

    def mask_any(self, wanted: tuple[str, ...], size: int) -> np.ndarray:
        rows = [self.index[v] for v in wanted if v in self.index]
        if not rows:
            return np.zeros(size, dtype=bool)
        return self.matrix[rows].any(axis=0)

    def row(self, value: str, size: int) -> np.ndarray:
        position = self.index.get(value)
        return self.matrix[position] if position is not None else np.zeros(size, dtype=bool)


class FacetTable:
    def __init__(self, reader):
        self.size = reader.doc_count_all()
        self.live = np.zeros(self.size, dtype=bool)
        self.live[list(reader.all_doc_ids())] = True
        self.rows: dict[str, FacetRows] = {}
        for facet, fieldname in TERM_FACETS.items():
            values: list[str] = []
            matrix = []
            for term in reader.lexicon(fieldname):
                value = term.decode("utf-8") if isinstance(term, bytes) else term
                row = np.zeros(self.size, dtype=bool)
                row[list(reader.postings(fieldname, term).all_ids())] = True
                row &= self.live
                values.append(value)
                matrix.append(row)
            array = np.array(matrix, dtype=bool) if matrix else np.zeros((0, self.size), dtype=bool)
            self.rows[facet] = FacetRows(values, array, {v: i for i, v in enumerate(values)})
        self.min_age = column_array(reader, "min_age", self.size)
        self.max_age = column_array(reader, "max_age", self.size)
        self.min_age[~self.live] = 999
        self.max_age[~self.live] = -1
        self.bands = {
            name: (self.min_age <= high) & (self.max_age >= low) for name, low, high in AGE_BANDS
        }

    def filter_masks(self, query: SearchQuery) -> dict[str, np.ndarray]:
        """One mask per active filter, keyed by facet name."""
        size = self.size
        masks: dict[str, np.ndarray] = {}
        online = self.rows["format"].row("online", size)
        if query.municipality:
            masks["municipality"] = self.rows["municipality"].row(query.municipality, size) | online
            if query.neighbourhood:
                hoods = self.rows["neighbourhood"]
                masks["neighbourhood"] = (
                    hoods.row(f"{query.municipality}/{query.neighbourhood}", size)
                    | hoods.row(f"{query.municipality}/{WHOLE_MUNICIPALITY}", size)
                    | online
                )
        for facet, wanted in (
            ("theme", query.themes),
            ("audience", query.audiences),
            ("format", query.formats),
            ("language", query.languages),
        ):
            if wanted:
                masks[facet] = self.rows[facet].mask_any(wanted, size)
        if query.cost:
            masks["cost"] = self.rows["cost"].row(query.cost, size)
        if query.age is not None:
            masks["age"] = (self.min_age <= query.age) & (self.max_age >= query.age)
        if query.age_band:
            masks["age_band"] = self.bands.get(query.age_band, np.zeros(size, dtype=bool))
        return masks

    def combine(self, base: np.ndarray, masks: dict[str, np.ndarray], skip: tuple[str, ...] = ()) -> np.ndarray:
        result = base & self.live
        for name, mask in masks.items():
            if name not in skip:
                result = result & mask
        return result

    def counts(self, base: np.ndarray, masks: dict[str, np.ndarray], query: SearchQuery) -> dict[str, list[FacetValue]]:
        selected = {
            "theme": set(query.themes),
            "audience": set(query.audiences),
            "format": set(query.formats),
            "language": set(query.languages),
            "cost": {query.cost} if query.cost else set(),
            "municipality": {query.municipality} if query.municipality else set(),
            "neighbourhood": {f"{query.municipality}/{query.neighbourhood}"} if query.neighbourhood else set(),
        }
        facets: dict[str, list[FacetValue]] = {}
        for facet, rows in self.rows.items():
            skip = ("municipality", "neighbourhood") if facet == "municipality" else (facet,)
            scope = self.combine(base, masks, skip=skip)
            counts = rows.weights @ scope.astype(np.float32) if len(rows.values) else []
            values = []
            for value, count in zip(rows.values, counts):
                if facet == "neighbourhood" and (
                    value.endswith("/" + WHOLE_MUNICIPALITY)
                    or not query.municipality
                    or not value.startswith(query.municipality + "/")
                ):
                    continue
                if count or value in selected[facet]:
                    values.append(FacetValue(value, int(count), value in selected[facet]))
            values.sort(key=lambda v: (-v.count, v.value))
            facets[facet] = values
        scope = self.combine(base, masks, skip=("age_band",))
        facets["age"] = [
            FacetValue(name, int((scope & band).sum()), query.age_band == name)
            for name, band in self.bands.items()
        ]
        return facets


def column_values(reader, fieldname: str) -> list:
    """A sortable column's values per document; an empty index has no columns at all."""
    if reader.doc_count_all() == 0:
        return []
    return list(reader.column_reader(fieldname))


def column_array(reader, fieldname: str, size: int) -> np.ndarray:
    values = column_values(reader, fieldname)
    return np.array(values, dtype=np.int32) if values else np.zeros(size, dtype=np.int32)
