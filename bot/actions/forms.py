"""Validation of the three forms: help_form (age, place), team_form (place), callback_form."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from .api import ApiError, ApiUnavailable, get_api
from .common import entity_values, lang_of, latest_intent, latest_text
from .handover import forget_personal_data
from .parsing import MAX_AGE, clean_first_name, parse_age, parse_contact
from .places import EMPTY_PLACE_SLOTS, resolve_place
from .texts import t

logger = logging.getLogger(__name__)

# Only these intents may be read as an answer to the form's question; anything else
# (crisis above all) leaves the slot empty, so the form rejects and the rules take over.
ANSWER_INTENTS = {"inform", "nlu_fallback", "affirm", "refine"}


def _asked_twice(tracker: Tracker, text: str) -> bool:
    """Whether the bot already said `text` since the current form was activated."""
    for event in reversed(tracker.events):
        if event.get("event") == "bot" and event.get("text") == text:
            return True
        if event.get("event") == "active_loop" and event.get("name"):
            return False
    return False


class PlaceValidation:
    """extract_place / validate_place shared by the forms that ask for a place."""

    def extract_place(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if tracker.get_slot("requested_slot") != "place":
            return {}
        if latest_intent(tracker) not in ANSWER_INTENTS or entity_values(tracker, "place"):
            return {}
        text = latest_text(tracker).strip()
        return {"place": text[:80]} if text and not text.startswith("/") else {}

    def validate_place(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if value in (None, ""):
            return {"place": None}
        if value == "skip":
            return {"place": "skip", **EMPTY_PLACE_SLOTS}
        try:
            place = resolve_place(get_api(), str(value))
        except (ApiUnavailable, ApiError):
            # The API is down: keep what the user said; the next action explains the rest.
            return {"place": value, **EMPTY_PLACE_SLOTS, "place_name": str(value)}
        if place is None or not place.known:
            dispatcher.utter_message(text=t(lang_of(tracker), "place_unknown", place=value))
            return {"place": None}
        return {"place": value, **place.as_slots(), **self.after_place(place, tracker)}

    def after_place(self, place: Any, tracker: Tracker) -> Dict[Text, Any]:
        return {}


class ValidateHelpForm(PlaceValidation, FormValidationAction):
    def name(self) -> Text:
        return "validate_help_form"

    def extract_age(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if tracker.get_slot("requested_slot") != "age":
            return {}
        if latest_intent(tracker) not in ANSWER_INTENTS or entity_values(tracker, "age"):
            return {}
        age = parse_age(latest_text(tracker))
        if age is not None:
            return {"age": str(age)}
        if _asked_twice(tracker, t(lang_of(tracker), "age_unclear")):
            return {"age": "skip"}  # not understood twice: go on without the age
        return {"age": "unclear"}

    def validate_age(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if value == "skip":
            return {"age": "skip"}
        lang = lang_of(tracker)
        if value == "unclear":
            dispatcher.utter_message(text=t(lang, "age_unclear"))
            return {"age": None}
        age = parse_age(str(value))
        if age is None or not 0 <= age <= MAX_AGE:
            dispatcher.utter_message(text=t(lang, "age_range"))
            return {"age": None}
        return {"age": str(age)}


class ValidateTeamForm(PlaceValidation, FormValidationAction):
    def name(self) -> Text:
        return "validate_team_form"

    def extract_place(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        # Someone who skipped the place earlier but now asks for a person: ask again.
        if tracker.get_slot("requested_slot") is None and tracker.get_slot("place") == "skip":
            return {"place": None}
        return super().extract_place(dispatcher, tracker, domain)


class ValidateCallbackForm(PlaceValidation, FormValidationAction):
    def name(self) -> Text:
        return "validate_callback_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        # A crisis message inside the form: the crisis rule (data/rules/crisis.yml) deactivates
        # the form and answers. Reject it here, so that rule still wins, and clear what was given,
        # as action_cancel_callback does after a no.
        if latest_intent(tracker) == "crisis" and tracker.get_slot("requested_slot"):
            return [*forget_personal_data(), ActionExecutionRejected(self.form_name())]
        return await super().run(dispatcher, tracker, domain)

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        if tracker.get_slot("place") == "skip" or tracker.get_slot("team_id") == "none":
            return ["place"]  # no team to call back from: stop, nothing is stored
        if tracker.get_slot("callback_consent") is False:
            return ["place", "callback_consent"]  # no consent: stop, nothing is stored
        return domain_slots

    def extract_place(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if tracker.get_slot("requested_slot") is None:
            if tracker.get_slot("place") == "skip":
                return {"place": None}
            if tracker.get_slot("place") and not tracker.get_slot("team_id"):
                return self._team_for_current_place(tracker)
        return super().extract_place(dispatcher, tracker, domain)

    @staticmethod
    def _lookup_team(filters: Dict[str, Any]) -> Dict[Text, Any]:
        try:
            teams = get_api().local_teams(**filters)
        except (ApiUnavailable, ApiError):
            teams = []
        if not teams:
            return {"team_id": "none", "team_name": None, "team_phone": None}
        if len(teams) > 1:  # several teams in the municipality: ask for postcode or neighbourhood
            return {"team_id": None, "team_name": None, "team_phone": None}
        return {"team_id": teams[0].id, "team_name": teams[0].name, "team_phone": teams[0].phone}

    def _team_for_current_place(self, tracker: Tracker) -> Dict[Text, Any]:
        filters = {k: tracker.get_slot(k) for k in ("municipality", "neighbourhood", "postcode")}
        if not (filters["municipality"] or filters["postcode"]):
            return {"place": None}  # not resolved before: ask for it
        found = self._lookup_team(filters)
        return found if found["team_id"] else {"place": None, **found}

    def validate_place(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        slots = super().validate_place(value, dispatcher, tracker, domain)
        if slots.get("place") not in (None, "skip") and slots.get("municipality") and slots.get("team_id") is None:
            dispatcher.utter_message(text=t(lang_of(tracker), "teams_which", place=slots.get("place_name") or value))
            return {**slots, "place": None}
        return slots

    def after_place(self, place: Any, tracker: Tracker) -> Dict[Text, Any]:
        return self._lookup_team(place.filters())

    def validate_callback_consent(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        return {"callback_consent": bool(value)}

    def validate_first_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        name = clean_first_name(str(value or ""))
        if not name:
            dispatcher.utter_message(text=t(lang_of(tracker), "name_invalid"))
        return {"first_name": name}

    def validate_contact(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if parse_contact(str(value or "")) is None:
            dispatcher.utter_message(text=t(lang_of(tracker), "contact_invalid"))
            return {"contact": None}
        return {"contact": str(value).strip()}

    def validate_preferred_time(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        return {"preferred_time": str(value).strip()[:100] or "geen voorkeur"}

    def validate_note(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        return {"note": str(value).strip()[:500] or "-"}
