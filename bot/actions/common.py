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


def age_value(tracker: Tracker) -> Optional[int]:
    value = tracker.get_slot("age")
    try:
        return int(value) if value not in (None, "", "skip") else None
    except (TypeError, ValueError):
        return None


def entity_values(tracker: Tracker, entity: str) -> List[Any]:
    return [e.get("value") for e in tracker.latest_message.get("entities") or [] if e.get("entity") == entity]
