"""Spelling correction against the words that are really in the catalogue.

Parents type fast on phones: "pubertijd", "echtscheidng", "autisem". A typed word that the
catalogue does not contain is compared with the catalogue's own words, first by how it sounds
in Dutch (ij/ei, au/ou, d/t at the end), then by edit distance with swapped letters counting
as one edit; the most common close word wins.
"""
from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

_SOUNDS = [
    (re.compile(r"ij|y|ei"), "ei"),
    (re.compile(r"au|ou"), "ou"),
    (re.compile(r"dt\b|d\b"), "t"),
    (re.compile(r"ch"), "g"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"c(?=[aou])"), "k"),
    (re.compile(r"(.)\1+"), r"\1"),
]


def sound_key(word: str) -> str:
    for pattern, replacement in _SOUNDS:
        word = pattern.sub(replacement, word)
    return word


def max_edits(word: str) -> int:
    if len(word) <= 4:
        return 0
    if len(word) <= 7:
        return 1
    return 2


class SpellingVocabulary:
    def __init__(self, frequencies: dict[str, int]):
        self.frequencies = frequencies
        self._words = list(frequencies)
        self._by_sound: dict[str, list[str]] = defaultdict(list)
        for word in self._words:
            self._by_sound[sound_key(word)].append(word)

    def __contains__(self, word: str) -> bool:
        return word in self.frequencies

    def correct(self, word: str) -> str | None:
        """The catalogue word the user probably meant, or None when nothing is close enough."""
        if word in self.frequencies or word.isdigit():
            return None
        limit = max_edits(word)
        if limit == 0:
            return None
        same_sound = self._by_sound.get(sound_key(word))
        if same_sound:
            return max(same_sound, key=lambda w: (self.frequencies[w], w[0] == word[0]))
        matches = process.extract(
            word, self._words, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=20
        )
        if not matches:
            return None
        best_distance = min(distance for _, distance, _ in matches)
        closest = [w for w, distance, _ in matches if distance == best_distance]
        return max(closest, key=lambda w: (w[0] == word[0], self.frequencies[w], -abs(len(w) - len(word))))
