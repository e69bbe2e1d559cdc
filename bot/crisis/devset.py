"""Reads dev_examples.yml (and files of the same shape) without PyYAML.

The format is a small YAML subset: two top-level keys (`crisis`, `harmless`), each with
sub-keys holding lists of one-line strings (double-quoted, single-quoted or plain).
Comments and blank lines are ignored. Anything else raises ValueError, so that a broken file
never silently shrinks the test set.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, Iterator, List, Set, Tuple, Union

DEV_EXAMPLES = Path(__file__).with_name("dev_examples.yml")

Examples = Dict[str, Dict[str, List[str]]]


def _scalar(raw: str, where: str) -> str:
    raw = raw.strip()
    if raw.startswith('"'):
        if not raw.endswith('"') or len(raw) < 2:
            raise ValueError(f"{where}: unterminated string")
        return json.loads(raw)
    if raw.startswith("'"):
        if not raw.endswith("'") or len(raw) < 2:
            raise ValueError(f"{where}: unterminated string")
        return raw[1:-1].replace("''", "'")
    if " #" in raw:
        raw = raw.split(" #", 1)[0].rstrip()
    return raw


def load(path: Union[str, Path] = DEV_EXAMPLES) -> Examples:
    data: Examples = {}
    top = sub = None
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path}:{n}"
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent == 0 and stripped.endswith(":"):
            top, sub = stripped[:-1], None
            data.setdefault(top, {})
        elif indent == 2 and stripped.endswith(":") and top is not None:
            sub = stripped[:-1]
            if sub in data[top]:
                raise ValueError(f"{where}: duplicate key {sub!r}")
            data[top][sub] = []
        elif stripped.startswith("- ") and top is not None and sub is not None:
            data[top][sub].append(_scalar(stripped[2:], where))
        else:
            raise ValueError(f"{where}: unsupported line")
    return data


def labelled(path: Union[str, Path] = DEV_EXAMPLES) -> Iterator[Tuple[str, bool]]:
    """(text, is_crisis) for every message of a file in this format: crisis first."""
    data = load(path)
    for group, is_crisis in (("crisis", True), ("harmless", False)):
        for messages in (data.get(group) or {}).values():
            for text in messages:
                yield text, is_crisis


def text_key(text: str) -> str:
    """What makes two messages "the same" when keeping training and evaluation sets apart:
    case, accents, punctuation and spacing do not count."""
    folded = unicodedata.normalize("NFKD", (text or "").lower())
    kept = "".join(c if c.isalnum() else " " for c in folded if not unicodedata.combining(c))
    return " ".join(kept.split())


NEAR = 0.6  # token Jaccard at or above which two messages count as near-duplicates


def near_duplicates(texts: Iterable[str], others: Iterable[str], threshold: float = NEAR) -> Set[str]:
    """The texts that equal or nearly equal one of `others`: the same words for the most part
    (Jaccard of their `text_key` word sets >= threshold). Exact separation is not enough: a
    tuning message learnt with one word changed ("hoe diep is te diep?" / "hoe diep is te
    diep eigenlijk") still lifts its own score and makes the threshold picked on it look safe.
    An inverted index by word keeps this fast on ten thousands of messages."""
    index: Dict[str, List[int]] = {}
    words: List[FrozenSet[str]] = []
    for other in others:
        ws = frozenset(text_key(other).split())
        if ws:
            for w in ws:
                index.setdefault(w, []).append(len(words))
            words.append(ws)
    found: Set[str] = set()
    for text in texts:
        ws = frozenset(text_key(text).split())
        candidates = set().union(*(index.get(w, ()) for w in ws))
        if any(len(ws & words[i]) / len(ws | words[i]) >= threshold for i in candidates):
            found.add(text)
    return found
