"""Handover to the local team, and the callback request (only with explicit consent)."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .api import ApiError, ApiUnavailable, get_api
from .common import button, lang_of
from .parsing import parse_contact
from .places import Place
from .teams import utter_teams
from .settings import get_settings
from .texts import t

logger = logging.getLogger(__name__)

PERSONAL_SLOTS = ("callback_consent", "first_name", "contact", "preferred_time", "note")


def forget_personal_data() -> List[Dict[Text, Any]]:
    return [SlotSet(s, None) for s in PERSONAL_SLOTS]


class ActionLocalTeam(Action):
    def name(self) -> Text:
        return "action_local_team"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = lang_of(tracker)
        site = get_settings().public_url
        place = Place(name=tracker.get_slot("place_name") or tracker.get_slot("place") or "",
                      municipality=tracker.get_slot("municipality"),
                      neighbourhood=tracker.get_slot("neighbourhood"),
                      postcode=tracker.get_slot("postcode"))
        if not place.known:
            dispatcher.utter_message(text=t(lang, "team_ask_place", site=site))
            return []
        try:
            teams = get_api().local_teams(**place.filters())
        except (ApiUnavailable, ApiError):
            dispatcher.utter_message(text=t(lang, "api_down", site=site))
            return []
        if not teams:
            dispatcher.utter_message(text=t(lang, "team_none", place=place.name, site=site))
            return []
        return utter_teams(dispatcher, teams, lang, t(lang, "team_intro", place=place.name),
                           [button(t(lang, "btn_callback"), "/request_callback")])


class ActionCancelCallback(Action):
    """The user stopped in the middle of the callback form (no, stop, goodbye): nothing is sent,
    and the details given so far are cleared at once, so no store keeps them. The words come
    from utter_callback_cancelled, which the rule runs just before (so the validator sees it used)."""

    def name(self) -> Text:
        return "action_cancel_callback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        return forget_personal_data()


class ActionSubmitCallback(Action):
    """Delivers the callback request to the team's API; without consent nothing is sent."""

    def name(self) -> Text:
        return "action_submit_callback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = lang_of(tracker)
        site = get_settings().public_url
        team_id = tracker.get_slot("team_id")
        if tracker.get_slot("callback_consent") is not True:
            dispatcher.utter_message(response="utter_callback_cancelled")
            return forget_personal_data()
        if not team_id or team_id == "none":
            dispatcher.utter_message(text=t(lang, "callback_no_team"))
            return forget_personal_data() + [SlotSet("team_id", None)]
        contact = parse_contact(tracker.get_slot("contact") or "")
        if contact is None:
            dispatcher.utter_message(text=t(lang, "callback_nothing"))
            return forget_personal_data()
        phone, email = contact
        note = tracker.get_slot("note") or ""
        preferred = tracker.get_slot("preferred_time") or "geen voorkeur"
        try:
            answer = get_api().create_callback(
                team_id=team_id,
                first_name=tracker.get_slot("first_name") or "",
                phone=phone,
                email=email,
                note="" if note == "-" else note,
                preferred_time=preferred,
            )
        except (ApiUnavailable, ApiError) as exc:
            logger.warning("callback not delivered: %s", exc)
            dispatcher.utter_message(text=t(lang, "callback_failed",
                                            phone=tracker.get_slot("team_phone") or "-", site=site))
            return forget_personal_data()
        team_name = (answer.get("team") or {}).get("name") or tracker.get_slot("team_name") or ""
        dispatcher.utter_message(text=t(lang, "callback_done", first_name=tracker.get_slot("first_name") or "",
                                        team=team_name, time=preferred))
        return forget_personal_data()
