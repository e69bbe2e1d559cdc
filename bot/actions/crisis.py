"""Crisis first: a calm reply with the right help lines, the most fitting line first.

Two levels (entity `crisis_level`, set by components/crisis_guard.py):
- `alarm` (also when the level is missing): the full reply, calm text + the lines;
- `check`: one direct safety question with the lines already shown, and two buttons
  (/affirm: the full reply; /deny: action_crisis_all_clear, data/rules/crisis.yml).
Never logs or stores the user's text: only the category, the level and an intent name.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .common import button, entity_values, lang_of, latest_intent
from .texts import t
from .themes import INTENT_TO_THEME, THEME_TO_INTENT, label

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

ALARM, CHECK = "alarm", "check"
# "self": about the writer (suicide, self-harm, unknown); "others": someone else (abuse, danger).
CHECK_TEXT = {
    "nl": {
        "self": "Ik vraag het je even rechtstreeks, omdat je veiligheid voorgaat: ben je in gevaar, "
                "of denk je erover om jezelf iets aan te doen?\n"
                "De Kindertelefoon (0800-0432, voor jongeren) en 113 (0800-0113) zijn er dag en nacht. "
                "Bij direct gevaar: bel 112.",
        "others": "Ik vraag het je even rechtstreeks, omdat je veiligheid voorgaat: ben je in gevaar, "
                  "of doet iemand je pijn?\n"
                  "De Kindertelefoon (0800-0432, voor jongeren) en Veilig Thuis (0800-2000) zijn er dag en nacht. "
                  "Bij direct gevaar: bel 112.",
        "yes": "Ja, ik heb nu hulp nodig",
        "no": "Nee, dat bedoelde ik niet",
    },
    "en": {
        "self": "I'm asking you directly, because your safety comes first: are you in danger, "
                "or are you thinking about hurting yourself?\n"
                "De Kindertelefoon (0800-0432, for young people) and 113 (0800-0113) are there day and night. "
                "In immediate danger: call 112.",
        "others": "I'm asking you directly, because your safety comes first: are you in danger, "
                  "or is someone hurting you?\n"
                  "De Kindertelefoon (0800-0432, for young people) and Veilig Thuis (0800-2000) are there day and night. "
                  "In immediate danger: call 112.",
        "yes": "Yes, I need help now",
        "no": "No, that's not what I meant",
    },
}
ALL_CLEAR = {
    "nl": {
        CHECK: "Gelukkig. Sorry dat ik het vroeg; bij sommige woorden vraag ik het liever één keer te veel.",
        ALARM: "Oké. De hulplijnen hierboven blijven er voor je, dag en nacht. Wil je ook hulp bij jou in de "
               "buurt zoeken? Vertel waar je vraag over gaat, of praat met iemand van het lokale team.",
        "theme": "Wil je verder met je vraag over {label}? Je kunt ook een ander onderwerp kiezen.",
    },
    "en": {
        CHECK: "Good to hear. Sorry for asking; with some words I'd rather ask once too often.",
        ALARM: "Okay. The helplines above are still there for you, day and night. Would you also like to look "
               "for help nearby? Tell me what your question is about, or talk to someone from the local team.",
        "theme": "Would you like to go on with your question about {label}? You can also pick another topic.",
    },
}
# A theme intent under a crisis message counts from this confidence (DIET's ranking).
MIN_THEME_CONFIDENCE = 0.3
MAX_BUTTONS = 8  # the web app's chat proxy passes at most 8 buttons


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


def level_of(tracker: Tracker) -> str:
    """`check` only when a crisis message says so; anything else (no level, affirm) is an alarm."""
    if latest_intent(tracker) != "crisis":
        return ALARM
    return CHECK if CHECK in entity_values(tracker, "crisis_level") else ALARM


def theme_under(tracker: Tracker) -> Optional[str]:
    """The best need_* intent below `crisis` in the ranking, else the conversation's theme."""
    ranking = [r for r in tracker.latest_message.get("intent_ranking") or []
               if r.get("name") in INTENT_TO_THEME and float(r.get("confidence") or 0) >= MIN_THEME_CONFIDENCE]
    if ranking:
        return max(ranking, key=lambda r: float(r.get("confidence") or 0))["name"]
    return THEME_TO_INTENT.get(tracker.get_slot("theme") or "")


def theme_button(intent: str, lang: str) -> Dict[str, Any]:
    return button(label(INTENT_TO_THEME[intent], lang).capitalize(), f"/{intent}")


def theme_buttons(first: str, lang: str) -> List[Dict[str, Any]]:
    """That theme first, then the other themes."""
    others = [i for i in INTENT_TO_THEME if i != first]
    return [theme_button(i, lang) for i in [first] + others][:MAX_BUTTONS]


class ActionCrisis(Action):
    def name(self) -> Text:
        return "action_crisis"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = lang_of(tracker)
        category = next(iter(entity_values(tracker, "crisis_category")), None) or tracker.get_slot("crisis_category")
        if not category:
            category = guard_category(tracker.latest_message.get("text") or "")
        lines = crisis_lines(category, lang)
        level = level_of(tracker)
        events = [SlotSet("crisis_category", category), SlotSet("crisis_level", level)]
        if latest_intent(tracker) == "crisis":  # not on the "ja" after a check: keep that theme
            events.append(SlotSet("crisis_check_theme", theme_under(tracker)))
        payload = {"type": "crisis", "level": level, "category": category, "lines": lines}
        if level == CHECK:
            words = CHECK_TEXT[lang]
            group = "others" if order_for(category) in (ORDER["abuse"], ORDER["danger"]) else "self"
            dispatcher.utter_message(text=words[group], json_message=payload,
                                     buttons=[button(words["yes"], "/affirm"), button(words["no"], "/deny")])
            return events
        text = "\n".join(
            [OPENING[lang]] + [f"- {line['name']}: {line['for']}" if line["name"] == line["phone"]
                          else f"- {line['name']}, {line['phone']}: {line['for']}" for line in lines] + [CLOSING[lang]]
        )
        dispatcher.utter_message(text=text, json_message=payload)
        return events


class ActionCrisisAllClear(Action):
    """A "no" after the crisis reply. After a check: sorry for asking, then go on (the theme
    under the crisis message first). After an alarm: the lines stay, and help nearby."""

    def name(self) -> Text:
        return "action_crisis_all_clear"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = lang_of(tracker)
        words = ALL_CLEAR[lang]
        theme = tracker.get_slot("crisis_check_theme")
        theme = theme if theme in INTENT_TO_THEME else None
        if tracker.get_slot("crisis_level") == CHECK:
            dispatcher.utter_message(text=words[CHECK])
            if theme:
                dispatcher.utter_message(text=words["theme"].format(label=label(INTENT_TO_THEME[theme], lang)),
                                         buttons=theme_buttons(theme, lang))
            else:
                dispatcher.utter_message(response="utter_ask_need")
        else:
            buttons = [theme_button(theme, lang)] if theme else []
            dispatcher.utter_message(text=words[ALARM], buttons=buttons + [button(t(lang, "btn_person"), "/ask_person")])
        return []
