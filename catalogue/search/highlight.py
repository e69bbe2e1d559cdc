"""Marking the words that matched, for the results list (HTML-escaped)."""
from __future__ import annotations

import re
from html import escape

from .analysis import compound_variants, fold, stemmer

WORD = re.compile(r"\w+")


def highlight(text: str, terms: set[str]) -> str:
    """``text`` as safe HTML with every word that matched one of ``terms`` in <mark>.

    A compound word is marked when one of its parts matched ("Echtscheidingsgroep" for
    "scheiding"), because that is why the parent sees it in the results."""
    stem = stemmer()
    parts: list[str] = []
    position = 0
    for match in WORD.finditer(text):
        word = fold(match.group())
        stems = {stem(word)} | {stem(v) for v in compound_variants(word)}
        if stems & terms:
            parts.append(escape(text[position:match.start()]))
            parts.append(f'<mark class="match">{escape(match.group())}</mark>')
            position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts)
