"""Dutch text analysis for search: how parents' words meet the catalogue's words.

Indexing and querying share one analyzer so a word is reduced the same way on both sides:
lower case, accents folded, stop words dropped, compound words split into their parts
("echtscheidingsgroep" also yields "scheiding" and "groep"; only when indexing), and a Dutch
stemmer (classic Snowball, plus a few irregular plurals and undoubled final consonants, so
"kinderen" meets "kind" and "voetballen" meets "voetbal").
"""
from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from typing import Iterator

import Stemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.lang import stopwords_for_language

WORD_PATTERN = r"\w+"
LINKS = ("", "s", "e", "en", "n")
MIN_COMPOUND_LENGTH = 7
MIN_PART_LENGTH = 3

# Irregular forms the stemmer cannot know. Keys are folded surface forms.
IRREGULAR = {
    "kinderen": "kind",
    "kinder": "kind",
    "kids": "kind",
    "gescheiden": "scheid",
    "scheiden": "scheid",
    "gepest": "pest",
    "pesten": "pest",
    "geld": "geld",
    "ouders": "ouder",
    "jongeren": "jong",
    "jongere": "jong",
    "jongen": "jong",
    "meisjes": "meisje",
}

STOPWORDS = frozenset(stopwords_for_language("nl")) | frozenset(
    {"the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "with", "my", "is", "are", "i", "me"}
)


def fold(text: str) -> str:
    """Lower case without accents: "Café Één" -> "cafe een"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return re.findall(WORD_PATTERN, fold(text))


@functools.lru_cache(maxsize=1)
def compound_lexicon() -> frozenset[str]:
    raw = resources.files("catalogue.search").joinpath("data/compound_parts_nl.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )


@functools.lru_cache(maxsize=50_000)
def split_compound(word: str) -> tuple[str, ...]:
    """The parts of a compound word, or ``()`` when it is not one we recognise.

    Tries every split point from the left; the left part must be a known word, the right part a
    known word or itself a compound. Fewer, longer parts win ("voetbal" + "training" over
    "voet" + "bal" + "training") because that is how a Dutch reader parses the word.
    """
    if len(word) < MIN_COMPOUND_LENGTH:
        return ()
    lexicon = compound_lexicon()
    best: tuple[str, ...] = ()
    for cut in range(MIN_PART_LENGTH, len(word) - MIN_PART_LENGTH + 1):
        head = word[:cut]
        if head not in lexicon:
            continue
        rest = word[cut:]
        for link in LINKS:
            if link and not rest.startswith(link):
                continue
            tail = rest[len(link):]
            if len(tail) < MIN_PART_LENGTH:
                continue
            if tail in lexicon:
                candidate: tuple[str, ...] = (head, tail)
            else:
                sub = split_compound(tail)
                if not sub:
                    continue
                candidate = (head, *sub)
            if not best or len(candidate) < len(best) or (
                len(candidate) == len(best) and len(candidate[0]) > len(best[0])
            ):
                best = candidate
    return best


def compound_variants(word: str) -> list[str]:
    """The parts of a compound plus every run of neighbouring parts ("echt", "scheiding",
    "groep", "echtscheiding", "scheidingsgroep"), so a search for any of them finds the word."""
    parts = split_compound(word)
    if not parts:
        return []
    # Recover the spelling of each run, linking letters included, from the word itself.
    offsets: list[tuple[int, int]] = []
    position = 0
    for part in parts:
        start = word.index(part, position)
        offsets.append((start, start + len(part)))
        position = start + len(part)
    variants: list[str] = []
    for i in range(len(parts)):
        for j in range(i, len(parts)):
            if i == 0 and j == len(parts) - 1:
                continue
            variants.append(word[offsets[i][0]:offsets[j][1]])
    return variants


class DutchStemmer:
    """Classic Dutch Snowball stemming with the corrections the catalogue needs."""

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("dutch_porter")
        self._stemmer.maxCacheSize = 50_000

    def __call__(self, word: str) -> str:
        if word in IRREGULAR:
            return IRREGULAR[word]
        if word.isdigit():
            return word
        stem = self._stemmer.stemWord(word)
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            stem = stem[:-1]
        return stem


@functools.lru_cache(maxsize=1)
def stemmer() -> DutchStemmer:
    return DutchStemmer()


class FoldFilter(Filter):
    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


class DecompoundFilter(Filter):
    """When indexing, adds the parts of compound words at the compound's position."""

    def __call__(self, tokens):
        for t in tokens:
            original = t.text
            yield t
            if t.mode == "index":
                # Downstream filters change t.text in place, so work from the saved original.
                for variant in compound_variants(original):
                    t.text = variant
                    yield t


class DutchStemFilter(Filter):
    """Stateless, so Whoosh can pickle it into the index's schema."""

    def __call__(self, tokens):
        stem = stemmer()
        for t in tokens:
            t.text = stem(t.text)
            yield t


def dutch_analyzer():
    """The analyzer for every full-text field."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | FoldFilter()
        | StopFilter(stoplist=STOPWORDS, minsize=1)
        | DecompoundFilter()
        | DutchStemFilter()
    )


def spelling_words(text: str) -> Iterator[str]:
    """Surface words (and compound parts) used for spelling suggestions."""
    for word in words(text):
        if len(word) < 3 or word in STOPWORDS or word.isdigit():
            continue
        yield word
        yield from compound_variants(word)


def analyse_query_word(word: str) -> str:
    """The index term a single query word becomes (no decompounding on the query side)."""
    folded = fold(word)
    return stemmer()(folded)
