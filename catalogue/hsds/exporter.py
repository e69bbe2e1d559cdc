"""Exporting the catalogue as HSDS 3.0: a whole document, or one nested service for the API.

The mapping is documented in :mod:`catalogue.hsds`. Every id Dichtbij has no stored id for is a
UUID derived from the owning record's public id, so exporting twice gives the same document.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Iterable

from sqlalchemy import inspect, select
from sqlalchemy.orm import selectinload

from ..models import Activity, ActivityStatus, LocalTeam, Municipality, Neighbourhood, Provider, Theme
from ..services.activities import FULL
from . import profile
from .profile import derived_id

__all__ = ["export_hsds", "service_to_hsds", "local_team_to_hsds", "load_local_teams", "organization_to_hsds"]


# -- small pieces ---------------------------------------------------------------------------------
def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None and v != [] and v != ""}


def _timestamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _loaded(obj: Any, name: str) -> bool:
    return name not in inspect(obj).unloaded


def taxonomy_to_hsds(name: str) -> dict[str, Any]:
    return {
        "id": profile.taxonomy_id(name),
        "name": name,
        "description": profile.TAXONOMY_DESCRIPTIONS[name],
        "version": "1",
    }


def _term(taxonomy: str, code: str, name: str, description: str, language: str = "nl") -> dict[str, Any]:
    return {
        "id": derived_id("term", taxonomy, code, language),
        "code": code,
        "name": name,
        "description": description,
        "taxonomy": taxonomy,
        "taxonomy_id": profile.taxonomy_id(taxonomy),
        "language": language,
    }


def theme_terms(theme: Theme) -> list[dict[str, Any]]:
    """One term per label language; the Dutch one (first) is the one services link to."""
    taxonomy = profile.AUDIENCES if theme.kind.value == "audience" else profile.THEMES
    kind = "Doelgroep" if theme.kind.value == "audience" else "Thema"
    labels = dict(theme.labels or {})
    labels.setdefault("nl", theme.slug)
    return [
        _term(taxonomy, theme.slug, label, f"{kind} in Dichtbij: {labels['nl']}", lang)
        for lang, label in sorted(labels.items(), key=lambda kv: (kv[0] != "nl", kv[0]))
    ]


def _format_term(code: str) -> dict[str, Any]:
    return _term(profile.FORMATS_TAXONOMY, code, profile.FORMAT_LABELS.get(code, code), f"Vorm: {code}")


def _evidence_term(code: str) -> dict[str, Any]:
    label = profile.EVIDENCE_LABELS.get(code, code)
    return _term(profile.EVIDENCE, code, label, f"Erkenningsniveau (Databank Effectieve Jeugdinterventies): {label}")


def _field_term(code: str) -> dict[str, Any]:
    name, description = profile.FIELD_LABELS[code]
    return _term(profile.FIELDS, code, name, description)


def _translation_term(field: str, language: str) -> dict[str, Any]:
    return _term(profile.TRANSLATIONS, field, f"{profile.TRANSLATION_LABELS[field]} ({language})",
                 f"Translation of the service's {field} into '{language}'", language)


def _team_term() -> dict[str, Any]:
    return _term(profile.SERVICE_TYPES, profile.LOCAL_TEAM, profile.LOCAL_TEAM_LABEL,
                 "Het lokale team van de gemeente: de eerste plek voor vragen over opgroeien en opvoeden")


def _attribute(service_id: str, term: dict[str, Any], value: str | None = None) -> dict[str, Any]:
    return _drop_empty({
        "id": derived_id(service_id, "attribute", term["taxonomy"], term["code"], term["language"]),
        "link_id": service_id,
        "link_entity": "service",
        "link_type": profile.LINK_TYPES.get(term["taxonomy"]),
        "taxonomy_term_id": term["id"],
        "taxonomy_term": term,
        "value": value,
    })


def _phones(owner_id: str, number: str | None) -> list[dict[str, Any]]:
    if not number:
        return []
    return [{"id": derived_id(owner_id, "phone", 0), "number": number, "type": "voice"}]


def _languages(service_id: str, codes: Iterable[str]) -> list[dict[str, Any]]:
    return [
        _drop_empty({"id": derived_id(service_id, "language", code), "code": code,
                     "name": profile.LANGUAGE_NAMES.get(code)})
        for code in codes
    ]


def _service_areas(service_id: str, municipality: Municipality, neighbourhoods: list[Neighbourhood]) -> list[dict[str, Any]]:
    if not neighbourhoods:
        return [{
            "id": derived_id(service_id, "service_area", municipality.slug),
            "name": municipality.name,
            "description": f"De hele gemeente {municipality.name}",
            "uri": profile.MUNICIPALITY_URN + municipality.slug,
        }]
    areas = []
    for hood in neighbourhoods:
        area: dict[str, Any] = {
            "id": derived_id(service_id, "service_area", municipality.slug, hood.slug),
            "name": f"{municipality.name} - {hood.name}",
            "description": f"De wijk {hood.name} in de gemeente {municipality.name}",
            "uri": f"{profile.NEIGHBOURHOOD_URN}{municipality.slug}/{hood.slug}",
        }
        if _loaded(hood, "postcodes") and hood.postcodes:
            area["extent_type"] = "text"
            area["extent"] = profile.postcode_extent([p.pc4 for p in hood.postcodes])
        areas.append(area)
    return areas


def _address(location_id: str, street: str | None, postcode: str | None, city: str | None) -> list[dict[str, Any]]:
    if not (street or postcode or city):
        return []
    # HSDS requires state_province; Dichtbij does not store provinces, so it is left empty.
    return [{
        "id": derived_id(location_id, "address", 0),
        "address_1": street or "",
        "city": city or "",
        "state_province": "",
        "postal_code": postcode or "",
        "country": "NL",
        "address_type": "physical",
    }]


def _location(location_id: str, name: str, street: str | None, postcode: str | None, city: str | None) -> dict[str, Any]:
    return _drop_empty({
        "id": location_id,
        "location_type": "physical",
        "name": name,
        "addresses": _address(location_id, street, postcode, city),
    })


def organization_to_hsds(provider: Provider) -> dict[str, Any]:
    return _drop_empty({
        "id": provider.public_id,
        "name": provider.name,
        "description": provider.description or "",
        "website": provider.website,
        "email": provider.email,
        "phones": _phones(provider.public_id, provider.phone),
    }) | {"description": provider.description or ""}


def _application_process(activity: Activity) -> str:
    ways = []
    if activity.signup_url:
        ways.append(f"via {activity.signup_url}")
    if activity.signup_phone:
        ways.append(f"bel {activity.signup_phone}")
    if activity.signup_email:
        ways.append(f"mail naar {activity.signup_email}")
    if activity.signup_walk_in:
        ways.append("loop gewoon binnen")
    how = ", ".join(ways[:-1]) + (" of " if len(ways) > 1 else "") + (ways[-1] if ways else "")
    return "Je hebt geen verwijzing nodig." + (f" Aanmelden: {how}." if how else "")


# -- services ----------------------------------------------------------------------------------------
def _activity_service(activity: Activity, nested: bool, location_ids: dict[int, str] | None = None) -> dict[str, Any]:
    sid = activity.public_id
    attributes = [_attribute(sid, theme_terms(t)[0]) for t in activity.topic_themes]
    attributes += [_attribute(sid, theme_terms(t)[0]) for t in activity.audiences]
    attributes += [_attribute(sid, _format_term(f)) for f in activity.formats]
    if activity.evidence_level:
        attributes.append(_attribute(sid, _evidence_term(activity.evidence_level)))
    attributes.append(_attribute(sid, _field_term(profile.FIELD_SUMMARY), activity.summary))
    attributes.append(_attribute(sid, _field_term(profile.FIELD_NO_REFERRAL), "true" if activity.no_referral_needed else "false"))
    if activity.signup_walk_in:
        attributes.append(_attribute(sid, _field_term(profile.FIELD_WALK_IN), "true"))
    if activity.review_due:
        attributes.append(_attribute(sid, _field_term(profile.FIELD_REVIEW_DUE), activity.review_due.isoformat()))
    if activity.status is ActivityStatus.draft:
        attributes.append(_attribute(sid, _field_term(profile.FIELD_STATUS), "draft"))
    for translation in activity.translations:
        for field in profile.TRANSLATED_FIELDS:
            text = getattr(translation, field)
            if text:
                attributes.append(_attribute(sid, _translation_term(field, translation.language), text))

    service_at_locations = []
    for i, loc in enumerate(activity.locations):
        location_id = (location_ids or {}).get(loc.id, loc.public_id)
        sal: dict[str, Any] = {"id": derived_id(sid, "service_at_location", i, location_id), "service_id": sid,
                               "location_id": location_id}
        if nested:
            sal["location"] = _location(location_id, loc.name, loc.street, loc.postcode, loc.city)
        service_at_locations.append(sal)

    service = _drop_empty({
        "id": sid,
        "organization_id": activity.provider.public_id if activity.provider else None,
        "name": activity.title,
        "description": activity.description,
        "url": activity.signup_url,
        "email": activity.signup_email,
        "status": profile.STATUS_TO_HSDS[activity.status.value],
        "application_process": _application_process(activity),
        "fees_description": profile.FREE_TEXT if activity.is_free else activity.cost_text,
        "accreditations": (
            f"Erkend in de Databank Effectieve Jeugdinterventies: {profile.EVIDENCE_LABELS[activity.evidence_level]}"
            if activity.evidence_level in profile.EVIDENCE_LABELS else None
        ),
        "minimum_age": activity.min_age,
        "maximum_age": activity.max_age,
        "assured_date": _date(activity.last_checked),
        "last_modified": _timestamp(activity.updated_at),
        "phones": _phones(sid, activity.signup_phone),
        "schedules": [
            _drop_empty({
                "id": derived_id(sid, "schedule", i),
                "service_id": sid,
                "freq": "WEEKLY" if s.byday else None,
                "byday": s.byday,
                "opens_at": s.opens_at,
                "closes_at": s.closes_at,
                "description": s.description,
            })
            for i, s in enumerate(activity.schedules)
        ],
        "service_areas": _service_areas(sid, activity.municipality, list(activity.neighbourhoods)),
        "service_at_locations": service_at_locations if nested else [],
        "languages": _languages(sid, activity.languages or []),
        "cost_options": (
            [{"id": derived_id(sid, "cost_option", 0), "option": profile.FREE_TEXT, "amount": 0, "currency": "EUR"}]
            if activity.is_free else []
        ),
        "attributes": attributes,
    })
    if nested and activity.provider:
        service["organization"] = organization_to_hsds(activity.provider)
    return service


def service_to_hsds(activity: Activity) -> dict[str, Any]:
    """One fully nested HSDS 3.0 service (organization, locations, taxonomy terms inside), as the
    HSDS API's ``/services/{id}`` returns it. ``activity`` must have its relations loaded, as
    ``catalogue.activities.get`` returns it; neighbourhood postcodes are included when loaded."""
    return _activity_service(activity, nested=True)


def _team_location_id(team: LocalTeam) -> str:
    return derived_id(team.public_id, "location")


def local_team_to_hsds(team: LocalTeam, nested: bool = True) -> dict[str, Any]:
    """A local team as an HSDS service tagged with the ``lokaal-team`` term."""
    sid = team.public_id
    location_id = _team_location_id(team)
    sals = []
    if team.street or team.postcode or team.city:
        sal: dict[str, Any] = {"id": derived_id(sid, "service_at_location", 0, location_id), "service_id": sid,
                               "location_id": location_id}
        if nested:
            sal["location"] = _location(location_id, team.name, team.street, team.postcode, team.city)
        sals.append(sal)
    return _drop_empty({
        "id": sid,
        "name": team.name,
        "description": team.description or "",
        "url": team.website,
        "email": team.email,
        "status": "active",
        "application_process": "Je hebt geen verwijzing nodig. Bel, mail of loop binnen tijdens het inloopspreekuur.",
        "last_modified": _timestamp(team.updated_at),
        "phones": _phones(sid, team.phone),
        "schedules": (
            [{"id": derived_id(sid, "schedule", 0), "service_id": sid, "description": team.walk_in_hours}]
            if team.walk_in_hours else []
        ),
        "service_areas": _service_areas(sid, team.municipality, list(team.neighbourhoods)),
        "service_at_locations": sals if nested else [],
        "attributes": [_attribute(sid, _team_term())],
    }) | {"description": team.description or ""}


def _teams_statement():
    return (
        select(LocalTeam)
        .options(selectinload(LocalTeam.neighbourhoods).selectinload(Neighbourhood.postcodes),
                 selectinload(LocalTeam.municipality))
        .order_by(LocalTeam.public_id)
    )


def load_local_teams(catalogue, public_id: str | None = None) -> list[LocalTeam]:
    """Local teams loaded as :func:`export_hsds` loads them (municipality, neighbourhoods with
    their postcodes), ready for :func:`local_team_to_hsds`, ordered by public id: every team, or
    only the one with ``public_id`` (an empty list when there is none). Local teams have no
    status: every stored team is current."""
    stmt = _teams_statement()
    if public_id is not None:
        stmt = stmt.where(LocalTeam.public_id == public_id)
    with catalogue.sessions() as session:
        return list(session.scalars(stmt))


# -- the whole document ------------------------------------------------------------------------------
def export_hsds(catalogue, municipality: str | None = None, published_only: bool = True) -> dict[str, Any]:
    """The catalogue (or one municipality) as an HSDS 3.0 document: ``organizations``, ``services``
    (activities and local teams, referring to the others by id), ``locations``,
    ``service_at_locations``, ``taxonomy_terms`` and ``taxonomies``.

    Raises :class:`~catalogue.errors.NotFound` for an unknown municipality slug."""
    if municipality:
        catalogue.places.municipality(municipality)  # NotFound for an unknown slug
    hood_postcodes = selectinload(Activity.neighbourhoods).selectinload(Neighbourhood.postcodes)
    with catalogue.sessions() as session:
        stmt = select(Activity).options(*FULL, hood_postcodes).order_by(Activity.public_id)
        teams_stmt = _teams_statement()
        if municipality:
            stmt = stmt.join(Activity.municipality).where(Municipality.slug == municipality)
            teams_stmt = teams_stmt.join(LocalTeam.municipality).where(Municipality.slug == municipality)
        if published_only:
            stmt = stmt.where(Activity.status == ActivityStatus.published)
        activities = list(session.scalars(stmt))
        teams = list(session.scalars(teams_stmt))
        themes = list(session.scalars(select(Theme).order_by(Theme.kind, Theme.slug)))
        providers = list(session.scalars(select(Provider).order_by(Provider.public_id)))

        services: list[dict[str, Any]] = []
        locations: dict[str, dict[str, Any]] = {}
        service_at_locations: list[dict[str, Any]] = []
        for activity in activities:
            location_ids: dict[int, str] = {}
            for i, loc in enumerate(activity.locations):
                data = _location(loc.public_id, loc.name, loc.street, loc.postcode, loc.city)
                location_id = loc.public_id
                if location_id in locations and locations[location_id] != data:
                    # Two different places stored under one id: keep both, the second under a derived id.
                    location_id = derived_id(activity.public_id, "location", i)
                    data = _location(location_id, loc.name, loc.street, loc.postcode, loc.city)
                locations.setdefault(location_id, data)
                location_ids[loc.id] = location_id
            service = _activity_service(activity, nested=False, location_ids=location_ids)
            nested = _activity_service(activity, nested=True, location_ids=location_ids)
            service_at_locations += [
                {k: v for k, v in sal.items() if k != "location"} for sal in nested.get("service_at_locations", [])
            ]
            services.append(service)
        for team in teams:
            services.append(local_team_to_hsds(team, nested=False))
            nested = local_team_to_hsds(team, nested=True)
            for sal in nested.get("service_at_locations", []):
                locations.setdefault(sal["location_id"], sal["location"])
                service_at_locations.append({k: v for k, v in sal.items() if k != "location"})

        used = {s.get("organization_id") for s in services}
        organizations = [organization_to_hsds(p) for p in providers if not municipality or p.public_id in used]

        terms: dict[str, dict[str, Any]] = {}
        for theme in themes:
            for term in theme_terms(theme):
                terms.setdefault(term["id"], term)
        for service in services:
            for attribute in service.get("attributes", []):
                terms.setdefault(attribute["taxonomy_term"]["id"], attribute["taxonomy_term"])

    return {
        "organizations": organizations,
        "services": services,
        "locations": list(locations.values()),
        "service_at_locations": service_at_locations,
        "taxonomy_terms": list(terms.values()),
        "taxonomies": [taxonomy_to_hsds(name) for name in profile.DICHTBIJ_TAXONOMIES],
    }
