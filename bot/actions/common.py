"""Small helpers shared by the actions."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker

from .parsing import detect_language


def lang_of(tracker: Tracker) -> str:
    """Language to answer in: the slot, or what the latest message looks like."""
    lang = tracker.get_slot("language")
    if lang in ("nl", "en"):
        return lang
    return detect_language(tracker.latest_message.get("text") or "") or "nl"


def latest_intent(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def latest_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def button(title: str, payload: str) -> Dict[str, Any]:
    return {"title": title, "payload": payload}


_PARENT_WORDS = {
    "mijn", "mn", "m'n", "onze", "ons", "zoon", "dochter", "kind", "kinderen", "zoontje", "dochtertje",
    "moeder", "vader", "ouder", "ouders", "mama", "papa", "my", "our", "son", "daughter", "child",
    "children", "kid", "kids", "mother", "father", "parent", "mom", "mum", "dad", "ex",
}
_YOUNG_WORDS = {"jongere", "mezelf", "zelf", "myself", "teen", "teenager", "student", "scholier"}


def asker_of(tracker: Tracker) -> Optional[str]:
    """'parent' or 'young' from the asker slot, also when the entity value was not normalised."""
    value = (tracker.get_slot("asker") or "").strip().lower()
    if value in ("parent", "young"):
        return value
    words = set(value.replace("'", "' ").split())
    if words & _PARENT_WORDS:
        return "parent"
    if words & _YOUNG_WORDS:
        return "young"
    return None


def age_value(tracker: Tracker) -> Optional[int]:
    value = tracker.get_slot("age")
    try:
        return int(value) if value not in (None, "", "skip") else None
    except (TypeError, ValueError):
        return None


def entity_values(tracker: Tracker, entity: str) -> List[Any]:
    return [e.get("value") for e in tracker.latest_message.get("entities") or [] if e.get("entity") == entity]
