"""The forms' questions (action_ask_<slot>), in the user's language, with skip buttons."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from .common import asker_of, button, lang_of
from .texts import t


class _Ask(Action):
    slot = ""
    buttons: Tuple[Tuple[str, str], ...] = ()

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    def text(self, tracker: Tracker, lang: str) -> str:
        return t(lang, f"ask_{self.slot}")

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = lang_of(tracker)
        dispatcher.utter_message(
            text=self.text(tracker, lang),
            buttons=[button(t(lang, title), payload) for title, payload in self.buttons] or None,
        )
        return []


class ActionAskAge(_Ask):
    slot = "age"
    buttons = (("btn_skip", "/dont_know"),)

    def text(self, tracker: Tracker, lang: str) -> str:
        asker: Optional[str] = asker_of(tracker)
        return t(lang, {"parent": "ask_age_parent", "young": "ask_age_young"}.get(asker or "", "ask_age"))


class ActionAskPlace(_Ask):
    slot = "place"
    buttons = (("btn_skip", "/dont_know"),)


class ActionAskCallbackConsent(_Ask):
    slot = "callback_consent"
    buttons = (("btn_consent_yes", "/affirm"), ("btn_consent_no", "/deny"))

    def text(self, tracker: Tracker, lang: str) -> str:
        return t(lang, "ask_callback_consent", team=tracker.get_slot("team_name") or t(lang, "the_local_team"))


class ActionAskFirstName(_Ask):
    slot = "first_name"


class ActionAskContact(_Ask):
    slot = "contact"


class ActionAskPreferredTime(_Ask):
    slot = "preferred_time"
    buttons = (("btn_no_preference", "/dont_know"),)


class ActionAskNote(_Ask):
    slot = "note"
    buttons = (("btn_skip", "/dont_know"),)
