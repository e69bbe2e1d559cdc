"""The two-stage fallback's question ("bedoel je ...?") and its last step: the local team."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from .api import ApiError, ApiUnavailable, get_api
from .common import button, lang_of
from .places import current_place
from .teams import utter_teams
from .settings import get_settings
from .texts import t
from .themes import DID_YOU_MEAN


def best_guess(tracker: Tracker) -> Optional[str]:
    ranking = tracker.latest_message.get("intent_ranking") or []
    names = [r.get("name") for r in ranking if r.get("name") not in (None, "nlu_fallback", "out_of_scope")]
    if "crisis" in names[:3]:
        return "crisis"  # when in doubt about safety, ask about safety
    for name in names:
        if name in DID_YOU_MEAN["nl"]:
            return name
    return None


class ActionDefaultAskAffirmation(Action):
    def name(self) -> Text:
        return "action_default_ask_affirmation"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = lang_of(tracker)
        guess = best_guess(tracker)
        if guess is None:
            dispatcher.utter_message(text=t(lang, "ask_rephrase"))
            return []
        question = DID_YOU_MEAN[lang][guess]
        dispatcher.utter_message(
            text=t(lang, "did_you_mean", question=question),
            buttons=[button(t(lang, "yes"), f"/{guess}"), button(t(lang, "no"), "/out_of_scope")],
        )
        return []


class ActionDefaultAskRephrase(Action):
    def name(self) -> Text:
        return "action_default_ask_rephrase"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(text=t(lang_of(tracker), "ask_rephrase"))
        return []


class ActionDefaultFallback(Action):
    """Never a guess: when the bot still does not understand, it offers the local team."""

    def name(self) -> Text:
        return "action_default_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = lang_of(tracker)
        site = get_settings().public_url
        teams = []
        try:
            place, _ = current_place(tracker, get_api())
            if place and place.known:
                teams = get_api().local_teams(**place.filters())
        except (ApiUnavailable, ApiError):
            teams = []
        if teams:
            utter_teams(dispatcher, teams, lang, t(lang, "fallback_team"),
                        [button(t(lang, "btn_callback"), "/request_callback")])
        else:
            dispatcher.utter_message(
                text=t(lang, "fallback_team") + " " + t(lang, "team_ask_place", site=site),
                buttons=[button(t(lang, "btn_person"), "/ask_person")],
            )
        return [UserUtteranceReverted()]
