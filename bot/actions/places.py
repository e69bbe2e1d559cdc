"""Turn the place a user typed into structured filters (municipality, neighbourhood, postcode)."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from .api import ApiUnavailable, DichtbijApi
from .parsing import normalize, parse_postcode, slugify


@dataclass(frozen=True)
class Place:
    name: str
    municipality: Optional[str] = None
    neighbourhood: Optional[str] = None
    postcode: Optional[str] = None

    @property
    def known(self) -> bool:
        return bool(self.municipality or self.postcode)

    def as_slots(self) -> Dict[str, Any]:
        return {
            "place_name": self.name,
            "municipality": self.municipality,
            "neighbourhood": self.neighbourhood,
            "postcode": self.postcode,
        }

    def filters(self) -> Dict[str, Any]:
        return {"municipality": self.municipality, "neighbourhood": self.neighbourhood, "postcode": self.postcode}


EMPTY_PLACE_SLOTS = {"place_name": None, "municipality": None, "neighbourhood": None, "postcode": None}


def resolve_place(api: DichtbijApi, text: Optional[str]) -> Optional[Place]:
    """A Place for what the user typed, or None when it is not in the catalogue.

    Raises ApiUnavailable when the API cannot be reached (callers decide what to say).
    """
    if not text or text == "skip":
        return None
    postcode = parse_postcode(text)
    if postcode:
        teams = api.local_teams(postcode=postcode)
        municipality = teams[0].municipality if teams else None
        names = {m.slug: m.name for m in api.municipalities()} if municipality else {}
        name = f"{names.get(municipality, municipality)} ({postcode})" if municipality else postcode
        return Place(name=name, municipality=municipality, postcode=postcode)

    wanted = normalize(text)
    if not wanted:
        return None
    municipalities = api.municipalities()
    by_name = {}
    for m in municipalities:
        by_name[normalize(m.name)] = (m, None)
        by_name[normalize(m.slug.replace("-", " "))] = (m, None)
        for hood_slug, hood_name in m.neighbourhoods:
            by_name.setdefault(normalize(hood_name or hood_slug), (m, (hood_slug, hood_name)))
    hit = by_name.get(wanted)
    if hit is None:
        # "gemeente Zutphen", "in zutphen centrum": a known name inside the text
        for key in sorted(by_name, key=len, reverse=True):
            if key and f" {key} " in f" {wanted} ":
                hit = by_name[key]
                break
    if hit is None:
        close = difflib.get_close_matches(wanted, list(by_name), n=1, cutoff=0.85)
        if close:
            hit = by_name[close[0]]
    if hit is None:
        return None
    municipality, hood = hit
    if hood:
        return Place(name=hood[1] or hood[0], municipality=municipality.slug, neighbourhood=hood[0] or slugify(hood[1]))
    return Place(name=municipality.name, municipality=municipality.slug)


def current_place(tracker: Any, api: DichtbijApi) -> Tuple[Optional[Place], List[Dict[str, Any]]]:
    """The user's place as filters, plus slot events when it had to be (re)resolved.

    The form validation resolves a place right away; a place given outside a form (a
    refinement like "en in Deventer?") is resolved here. Raises ApiUnavailable.
    """
    from rasa_sdk.events import SlotSet

    typed = tracker.get_slot("place")
    municipality, postcode = tracker.get_slot("municipality"), tracker.get_slot("postcode")
    known = Place(name=tracker.get_slot("place_name") or str(typed or ""), municipality=municipality,
                  neighbourhood=tracker.get_slot("neighbourhood"), postcode=postcode)
    if not typed or typed == "skip":
        return (known if known.known else None), []
    if known.known and (
        normalize(str(typed)) == normalize(known.name) or (postcode and parse_postcode(str(typed)) == postcode)
    ):
        return known, []  # already resolved (by the form, or by an earlier turn)
    place = resolve_place(api, str(typed))
    slots = place.as_slots() if place else EMPTY_PLACE_SLOTS
    return place, [SlotSet(k, v) for k, v in slots.items()] + [SlotSet("team_id", None)]


__all__ = ["Place", "resolve_place", "current_place", "EMPTY_PLACE_SLOTS", "ApiUnavailable"]
