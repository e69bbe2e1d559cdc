"""Crisis first: a calm reply with the right help lines, the most fitting line first."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .common import entity_values, lang_of

logger = logging.getLogger(__name__)

LINES: Dict[str, Dict[str, Any]] = {
    "112": {"name": "112", "phone": "112", "url": "https://www.112.nl",
            "for": {"nl": "direct gevaar", "en": "immediate danger"}},
    "113": {"name": "113 Zelfmoordpreventie", "phone": "0800-0113", "url": "https://www.113.nl",
            "for": {"nl": "gedachten aan zelfdoding; ook via 113 of de chat op 113.nl, dag en nacht",
                    "en": "suicidal thoughts; also via 113 or the chat on 113.nl, day and night"}},
    "veilig_thuis": {"name": "Veilig Thuis", "phone": "0800-2000", "url": "https://veiligthuis.nl",
                     "for": {"nl": "geweld, mishandeling of seksueel misbruik thuis (gratis, dag en nacht)",
                             "en": "violence, abuse or sexual abuse at home (free, day and night)"}},
    "kindertelefoon": {"name": "De Kindertelefoon", "phone": "0800-0432", "url": "https://www.kindertelefoon.nl",
                       "for": {"nl": "kinderen en jongeren: praten of chatten, gratis en anoniem",
                               "en": "children and young people: talk or chat, free and anonymous"}},
}

ORDER: Dict[str, List[str]] = {
    "suicide": ["113", "112", "kindertelefoon", "veilig_thuis"],
    "abuse": ["veilig_thuis", "112", "kindertelefoon", "113"],
    "danger": ["112", "veilig_thuis", "113", "kindertelefoon"],
    "default": ["112", "113", "veilig_thuis", "kindertelefoon"],
}

OPENING = {
    "nl": "Wat goed dat je dit vertelt. Je hoeft dit niet alleen te dragen. Deze hulplijnen zijn er nu voor je:",
    "en": "I'm really glad you told me. You don't have to carry this alone. These helplines are there for you right now (in Dutch and English):",
}
CLOSING = {
    "nl": "Ben je nu in direct gevaar? Bel dan meteen 112.",
    "en": "Are you in immediate danger? Call 112 right away.",
}


def order_for(category: Optional[str]) -> List[str]:
    """Map a guard/NLU category name onto the order of the lines."""
    c = (category or "").lower()
    if any(k in c for k in ("suic", "zelfdod", "zelfmoord", "self", "zelfbes", "harm")):
        return ORDER["suicide"]
    if any(k in c for k in ("abuse", "violen", "geweld", "mishandel", "sexual", "seks", "misbruik", "home")):
        return ORDER["abuse"]
    if any(k in c for k in ("danger", "gevaar", "immediate", "acute", "emergency")):
        return ORDER["danger"]
    return ORDER["default"]


def guard_category(text: str) -> Optional[str]:
    """The deterministic guard's category, if the guard package is there (bot/crisis)."""
    try:
        from crisis.guard import detect  # written by a colleague; pure Python
    except ImportError:
        return None
    try:
        result = detect(text)
    except Exception:  # the guard must never break the crisis reply
        logger.exception("crisis guard failed")
        return None
    if result is None:
        return None
    return str(getattr(result, "category", result))


def crisis_lines(category: Optional[str], lang: str) -> List[Dict[str, str]]:
    return [
        {"name": LINES[k]["name"], "phone": LINES[k]["phone"], "url": LINES[k]["url"],
         "for": LINES[k]["for"].get(lang, LINES[k]["for"]["nl"])}
        for k in order_for(category)
    ]


class ActionCrisis(Action):
    def name(self) -> Text:
        return "action_crisis"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = lang_of(tracker)
        category = next(iter(entity_values(tracker, "crisis_category")), None) or tracker.get_slot("crisis_category")
        if not category:
            category = guard_category(tracker.latest_message.get("text") or "")
        lines = crisis_lines(category, lang)
        text = "\n".join(
            [OPENING[lang]] + [f"- {line['name']}: {line['for']}" if line["name"] == line["phone"]
                          else f"- {line['name']}, {line['phone']}: {line['for']}" for line in lines] + [CLOSING[lang]]
        )
        dispatcher.utter_message(text=text, json_message={"type": "crisis", "category": category, "lines": lines})
        return [SlotSet("crisis_category", category)]
