"""Catalogue records as plain dictionaries for the JSON API and the templates.

One shape per record, in the visitor's language: titles and descriptions come from the
activity's translation when there is one, with ``translated`` telling whether it fell back to
Dutch.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from catalogue.models import Activity, LocalTeam
from catalogue.search.interface import FacetValue, SearchResults

from .labels import AGE_BAND_LABELS, COST_LABELS, FORMAT_LABELS, language_name
from .lookups import Vocabulary

DAY_ORDER = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def public_url(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + path


def localized_texts(activity: Activity, lang: str) -> dict[str, Any]:
    title, title_fallback = activity.text("title", lang)
    summary, summary_fallback = activity.text("summary", lang)
    description, description_fallback = activity.text("description", lang)
    fell_back = lang != "nl" and (title_fallback or summary_fallback or description_fallback)
    return {
        "title": title,
        "summary": summary,
        "description": description,
        # a field shown in Dutch on a page in another language
        "fallback": {"title": lang != "nl" and title_fallback, "summary": lang != "nl" and summary_fallback,
                     "description": lang != "nl" and description_fallback},
        "translated": lang != "nl" and not fell_back,
    }


def activity_summary(activity: Activity, lang: str, base_url: str, activity_path: str) -> dict[str, Any]:
    texts = localized_texts(activity, lang)
    return {
        "id": activity.public_id,
        "title": texts["title"],
        "summary": texts["summary"],
        "url": public_url(base_url, activity_path),
        "themes": [t.slug for t in activity.topic_themes],
        "audiences": [t.slug for t in activity.audiences],
        "min_age": activity.min_age,
        "max_age": activity.max_age,
        "municipality": activity.municipality.slug,
        "neighbourhoods": [n.slug for n in activity.neighbourhoods],
        "formats": list(activity.formats or []),
        "free": activity.is_free,
        "cost": None if activity.is_free else activity.cost_text,
        "languages": list(activity.languages or []),
        "signup": {
            "url": activity.signup_url,
            "phone": activity.signup_phone,
            "email": activity.signup_email,
            "walk_in": activity.signup_walk_in,
        },
        "provider": activity.provider.name if activity.provider else None,
        "translated": texts["translated"],
    }


def activity_detail(activity: Activity, lang: str, base_url: str, activity_path: str, vocabulary: Vocabulary) -> dict[str, Any]:
    texts = localized_texts(activity, lang)
    data = activity_summary(activity, lang, base_url, activity_path)
    data.update(
        {
            "description": texts["description"],
            "theme_labels": [{"slug": t.slug, "label": t.label(lang)} for t in activity.topic_themes],
            "municipality_name": activity.municipality.name,
            "no_referral_needed": bool(activity.no_referral_needed),
            "locations": [
                {"name": loc.name, "street": loc.street, "postcode": loc.postcode, "city": loc.city}
                for loc in activity.locations
            ],
            "schedules": [
                {"description": s.description, "byday": s.byday, "opens_at": s.opens_at, "closes_at": s.closes_at}
                for s in activity.schedules
            ],
            "provider": (
                {"id": activity.provider.public_id, "name": activity.provider.name,
                 "website": activity.provider.website, "phone": activity.provider.phone,
                 "email": activity.provider.email}
                if activity.provider else None
            ),
            "evidence_level": activity.evidence_level,
            "last_checked": activity.last_checked.isoformat() if activity.last_checked else None,
        }
    )
    return data


def local_team_dict(team: LocalTeam, base_url: str, team_path: str) -> dict[str, Any]:
    return {
        "id": team.public_id,
        "name": team.name,
        "municipality": team.municipality.slug,
        "description": team.description,
        "phone": team.phone,
        "email": team.email,
        "website": team.website,
        "walk_in_hours": team.walk_in_hours,
        "address": {"street": team.street, "postcode": team.postcode, "city": team.city},
        "neighbourhoods": [n.name for n in team.neighbourhoods],
        "url": public_url(base_url, team_path),
    }


def facet_label(facet: str, value: str, lang: str, vocabulary: Vocabulary) -> str:
    if facet in ("theme", "audience"):
        theme = vocabulary.theme(value)
        return theme.label(lang) if theme else value
    if facet == "municipality":
        municipality = vocabulary.municipality(value)
        return municipality.name if municipality else value
    if facet == "neighbourhood":
        muni_slug, _, hood_slug = value.partition("/")
        municipality = vocabulary.municipality(muni_slug)
        hood = municipality.neighbourhood(hood_slug) if municipality else None
        return hood.name if hood else hood_slug
    if facet == "format":
        return str(FORMAT_LABELS.get(value, value))
    if facet == "cost":
        return str(COST_LABELS.get(value, value))
    if facet == "language":
        return language_name(value, lang)
    if facet == "age":
        return str(AGE_BAND_LABELS.get(value, value))
    return value


def facet_value_for_api(facet: str, value: str) -> str:
    # the API names a neighbourhood by its slug within the chosen municipality
    return value.partition("/")[2] if facet == "neighbourhood" else value


def facets_dict(results: SearchResults, lang: str, vocabulary: Vocabulary) -> dict[str, list[dict[str, Any]]]:
    return {
        facet: [
            {"value": facet_value_for_api(facet, v.value), "label": facet_label(facet, v.value, lang, vocabulary),
             "count": v.count, "selected": v.selected}
            for v in values
        ]
        for facet, values in results.facets.items()
    }


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def facet_values(results: SearchResults, facet: str) -> list[FacetValue]:
    return results.facets.get(facet, [])
