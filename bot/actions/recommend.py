"""Listening first, then proposing up to three activities and always the local team."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Sequence, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .api import Activity, ApiError, ApiUnavailable, LocalTeam, get_api
from .common import age_value, asker_of, button, entity_values, lang_of, latest_intent
from .places import Place, current_place
from .settings import get_settings
from .teams import team_card, utter_teams  # noqa: F401  (team_card is re-exported)
from .texts import t
from .themes import ACKNOWLEDGE, INTENT_TO_THEME, THEME_TO_INTENT, label

logger = logging.getLogger(__name__)

AUDIENCE_FOR_ASKER = {"parent": "ouders", "young": "jongeren"}


class ActionRegisterNeed(Action):
    """Remembers the theme of a need intent and says, in one sentence, that it heard it."""

    def name(self) -> Text:
        return "action_register_need"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        theme = INTENT_TO_THEME.get(latest_intent(tracker) or "") or tracker.get_slot("theme")
        if not theme:
            return []
        lang = lang_of(tracker)
        dispatcher.utter_message(text=ACKNOWLEDGE[lang][theme])
        return [SlotSet("theme", theme), SlotSet("shown_ids", []), SlotSet("format", None)]


def reasons_for(activity: Activity, *, theme: Optional[str], age: Optional[int], place: Optional[Place],
                lang: str) -> List[str]:
    reasons = []
    if theme and theme in activity.themes:
        reasons.append(t(lang, "theme", label=label(theme, lang)))
    if age is not None and activity.min_age is not None and activity.max_age is not None:
        reasons.append(t(lang, "for_age", lo=activity.min_age, hi=activity.max_age))
    elif age is not None and activity.min_age is not None:
        reasons.append(t(lang, "for_age_open", lo=activity.min_age))
    for audience in activity.audiences[:2]:
        if audience in ("ouders", "jongeren", "kinderen"):
            reasons.append(t(lang, f"audience_{audience}"))
    if "online" in activity.formats:
        reasons.append(t(lang, "online"))
    elif place and place.municipality and activity.municipality == place.municipality:
        reasons.append(t(lang, "in_place", place=place.name))
    if activity.free:
        reasons.append(t(lang, "free"))
    return reasons


def signup_for(activity: Activity, lang: str) -> str:
    s = activity.signup or {}
    ways = []
    if s.get("url"):
        ways.append(t(lang, "site_signup", url=s["url"]))
    if s.get("phone"):
        ways.append(t(lang, "call", phone=s["phone"]))
    if s.get("email"):
        ways.append(t(lang, "mail", email=s["email"]))
    if s.get("walk_in"):
        ways.append(t(lang, "walk_in"))
    if not ways:
        ways.append(t(lang, "site_signup", url=activity.url))
    return ", ".join(ways)


def pick(results: Sequence[Activity], *, exclude: Sequence[str], audience: Optional[str], n: int) -> List[Activity]:
    fresh = [a for a in results if a.id not in set(exclude)] or list(results)
    if audience:  # a stable sort: activities for this audience first, catalogue order otherwise
        fresh.sort(key=lambda a: 0 if audience in a.audiences else 1)
    return fresh[:n]


class ActionRecommend(Action):
    """Searches the catalogue with structured filters and proposes up to three activities."""

    def name(self) -> Text:
        return "action_recommend"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        lang = lang_of(tracker)
        theme = tracker.get_slot("theme")
        if theme not in THEME_TO_INTENT:  # an entity value that is not a catalogue theme
            theme = None
        settings = get_settings()
        api = get_api()
        events: List[Dict[Text, Any]] = []
        if not theme:  # e.g. only a place or an age so far: remember it, ask what is going on
            try:
                events += current_place(tracker, api)[1]
            except (ApiUnavailable, ApiError):
                pass
            dispatcher.utter_message(response="utter_ask_need")
            return events
        try:
            place, place_events = current_place(tracker, api)
            events += place_events
            age = age_value(tracker)
            fmt = tracker.get_slot("format")
            formats = [fmt] if fmt else []
            notes: List[str] = []
            if place is None or not place.known:
                if tracker.get_slot("place") not in (None, "skip"):
                    notes.append(t(lang, "unknown_place", place=tracker.get_slot("place")))
                else:
                    notes.append(t(lang, "no_place"))
                formats = ["online"]
            filters = place.filters() if place and place.known else {}
            _, results = api.search(themes=[theme], age=age, formats=formats, lang=lang, **filters)
            if not results and age is not None:
                _, results = api.search(themes=[theme], formats=formats, lang=lang, **filters)
                if results:
                    notes.append(t(lang, "relaxed_age"))
            more = latest_intent(tracker) == "refine" and not any(
                entity_values(tracker, e) for e in ("format", "age", "place", "theme"))
            shown = list(tracker.get_slot("shown_ids") or []) if more else []
            audience = AUDIENCE_FOR_ASKER.get(asker_of(tracker) or "")
            chosen = pick(results, exclude=shown, audience=audience, n=settings.max_results)
            teams = self._teams(api, place)
        except (ApiUnavailable, ApiError) as exc:
            logger.warning("recommend: API problem: %s", exc)
            dispatcher.utter_message(
                text=t(lang, "api_down", site=settings.public_url),
                buttons=[button(t(lang, "btn_person"), "/ask_person")],
            )
            return events

        what = label(theme, lang)
        for note in notes:
            dispatcher.utter_message(text=note)
        if chosen:
            lines = [t(lang, "intro_online" if formats == ["online"] else "intro", what=what)]
            cards = []
            for i, a in enumerate(chosen, 1):
                why = reasons_for(a, theme=theme, age=age, place=place, lang=lang)
                how = signup_for(a, lang)
                lines.append(f"{i}. {a.title}: {a.summary}")
                if why:
                    lines.append("   " + t(lang, "why", reasons=", ".join(why)))
                lines.append("   " + t(lang, "signup", how=how))
                cards.append({"id": a.id, "title": a.title, "url": a.url, "summary": a.summary,
                              "why": why, "signup": how})
            dispatcher.utter_message(text="\n".join(lines), json_message={"type": "activities", "activities": cards})
        else:
            dispatcher.utter_message(text=t(lang, "none", what=what))

        buttons = []
        if len(teams) == 1:
            buttons.append(button(t(lang, "btn_callback"), "/request_callback"))
        if formats != ["online"]:
            buttons.append(button(t(lang, "btn_online"), '/refine{"format": "online"}'))
        if chosen:
            buttons.append(button(t(lang, "btn_more"), "/refine"))
        if teams:
            events += utter_teams(dispatcher, teams, lang, t(lang, "team_next"), buttons)
        else:
            dispatcher.utter_message(text=t(lang, "team_ask_place", site=settings.public_url), buttons=buttons)
        shown_before = list(tracker.get_slot("shown_ids") or []) if more else []
        events.append(SlotSet("shown_ids", shown_before + [a.id for a in chosen]))
        return events

    @staticmethod
    def _teams(api: Any, place: Optional[Place]) -> List[LocalTeam]:
        if not place or not place.known:
            return []
        return api.local_teams(**place.filters())
