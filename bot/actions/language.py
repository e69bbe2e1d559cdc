"""Fills the `language` slot (custom slot mapping): answer in English to expat parents."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .parsing import detect_language


class ActionDetectLanguage(Action):
    def name(self) -> Text:
        return "action_detect_language"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = detect_language(tracker.latest_message.get("text") or "")
        if lang and lang != tracker.get_slot("language"):
            return [SlotSet("language", lang)]
        return []
