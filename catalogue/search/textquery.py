"""From what a parent typed to slots of alternatives: synonyms, spelling, compound parts.

A query becomes a list of slots; each slot is a set of alternative phrases (tuples of words),
any of which may match. "mijn ex en ik gaan uit elkaar" becomes slots like
``[{("ex",)}, {("uit", "elkaar"), ("scheiding",), ("divorce",)}]``: stop words drop out, and a
synonym group turns into alternatives of one slot. Engines turn slots into their own queries.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from .analysis import STOPWORDS, words
from .spelling import SpellingVocabulary

Phrase = tuple[str, ...]


@dataclass
class ParsedText:
    slots: list[list[Phrase]] = field(default_factory=list)
    corrected: dict[str, str] = field(default_factory=dict)
    suggestion: str | None = None


class SynonymTable:
    def __init__(self, groups: Sequence[Sequence[str]]):
        self.groups: list[list[Phrase]] = []
        self.by_first_word: dict[str, list[tuple[Phrase, int]]] = {}
        for group in groups:
            phrases = [tuple(words(term)) for term in group]
            phrases = [p for p in phrases if p]
            if len(phrases) < 2:
                continue
            index = len(self.groups)
            self.groups.append(phrases)
            for phrase in phrases:
                self.by_first_word.setdefault(phrase[0], []).append((phrase, index))
        for entries in self.by_first_word.values():
            entries.sort(key=lambda e: -len(e[0]))

    def match(self, tokens: list[str], start: int) -> tuple[Phrase, int] | None:
        for phrase, index in self.by_first_word.get(tokens[start], ()):
            if tuple(tokens[start:start + len(phrase)]) == phrase:
                return phrase, index
        return None


def parse(text: str, synonyms: SynonymTable, vocabulary: SpellingVocabulary | None) -> ParsedText:
    tokens = words(text)
    parsed = ParsedText()
    suggestion_words: list[str] = []
    changed = False
    i = 0
    while i < len(tokens):
        match = synonyms.match(tokens, i)
        if match:
            phrase, group = match
            parsed.slots.append(list(synonyms.groups[group]))
            suggestion_words.extend(phrase)
            i += len(phrase)
            continue
        word = tokens[i]
        i += 1
        if word in STOPWORDS:
            suggestion_words.append(word)
            continue
        alternatives: list[Phrase] = [(word,)]
        correction = vocabulary.correct(word) if vocabulary is not None else None
        if correction:
            parsed.corrected[word] = correction
            alternatives.append((correction,))
            changed = True
            match = synonyms.match([correction], 0)
            if match:
                alternatives.extend(p for p in synonyms.groups[match[1]] if p not in alternatives)
        suggestion_words.append(correction or word)
        parsed.slots.append(alternatives)
    if changed:
        parsed.suggestion = " ".join(suggestion_words)
    return parsed
