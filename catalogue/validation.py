"""Validation that reports every problem at once, field by field, in words an editor knows."""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from .i18n import Message, N_
from .inputs import ActivityInput, LocalTeamInput, parse_date
from .models import (
    EVIDENCE_LEVELS,
    FORMATS,
    Activity,
    ActivityStatus,
    LocalTeam,
    Municipality,
    Neighbourhood,
    Provider,
    Theme,
    ThemeKind,
)

URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,19}$")
POSTCODE = re.compile(r"^[1-9][0-9]{3} ?[A-Za-z]{2}$")
PC4 = re.compile(r"^[1-9][0-9]{3}$")
TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REVIEW_PERIOD = timedelta(days=365)

MAX_AGE = 99
MAX_PUBLIC_ID = 120  # the length of the public_id columns


class Problems:
    """Collects messages per field."""

    def __init__(self) -> None:
        self.errors: dict[str, list[Message]] = defaultdict(list)

    def add(self, field: str, template: str, **params: object) -> None:
        self.errors[field].append(Message(template, params))

    def __bool__(self) -> bool:
        return bool(self.errors)


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def check_contact(problems: Problems, prefix: str, url: str | None, phone: str | None, email: str | None) -> None:
    if url and not URL.match(url):
        problems.add(f"{prefix}url", N_("Vul een volledig webadres in dat begint met https://."))
    if phone and not PHONE.match(phone.strip()):
        problems.add(f"{prefix}phone", N_("Vul een telefoonnummer in met alleen cijfers, spaties of streepjes."))
    if email and not EMAIL.match(email.strip()):
        problems.add(f"{prefix}email", N_("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."))


def check_public_id(p: Problems, session: Session, public_id: object, kind: type[Activity] | type[LocalTeam]) -> None:
    """Check the public id of an activity or a local team (``kind``); none means a new UUID.

    Activities and local teams are both HSDS services (the HSDS API and ``dichtbij export`` serve
    them side by side), so a public id must be unique across both tables, not only within its own
    one (which the tables' unique constraints ensure). An id taken by the other kind is refused.

    This is a check, not a constraint, and nothing locks across the two tables: two transactions
    that create the same id at the same moment, one as an activity and one as a local team, can
    both pass it (on PostgreSQL under READ COMMITTED neither sees the other's uncommitted row; on
    SQLite a reader does not wait for a writer, so the check can run before the other commits).
    That needs the same id chosen by hand or by two feeds imported at once (ids Dichtbij makes are
    random UUIDs); should it happen, the HSDS API serves the activity for that id.

    The type and length are checked first so that every database behaves alike: PostgreSQL
    refuses to compare a text column with a number, and to store more than the column holds,
    where SQLite would accept both.
    """
    if public_id is None or public_id == "":
        return
    if not isinstance(public_id, str) or len(public_id) > MAX_PUBLIC_ID:
        p.add("id", N_("Vul als code een tekst in van hoogstens %(max)s tekens."), max=MAX_PUBLIC_ID)
        return
    if kind is Activity:
        other, taken = LocalTeam, N_(
            "De code '%(value)s' is al in gebruik voor een lokaal team. Aanbod en lokale teams kunnen "
            "niet dezelfde code hebben. Kies een andere code voor dit aanbod."
        )
    else:
        other, taken = Activity, N_(
            "De code '%(value)s' is al in gebruik voor aanbod. Aanbod en lokale teams kunnen niet dezelfde "
            "code hebben. Kies een andere code voor dit lokale team."
        )
    if session.scalar(select(other.id).where(other.public_id == public_id)) is not None:
        p.add("id", taken, value=public_id)


def validate_activity(session: Session, data: ActivityInput) -> Problems:
    """Every problem with ``data``; ``data.id`` is the activity's public id (given or existing)."""
    p = Problems()
    check_public_id(p, session, data.id, Activity)
    if not data.title:
        p.add("title", N_("Vul een titel in."))
    elif len(data.title) > 200:
        p.add("title", N_("De titel is te lang. Gebruik maximaal %(max)s tekens."), max=200)
    if not data.summary:
        p.add("summary", N_("Vul een korte samenvatting in (één zin)."))
    elif len(data.summary) > 300:
        p.add("summary", N_("De samenvatting is te lang. Gebruik maximaal %(max)s tekens."), max=300)
    if not data.description:
        p.add("description", N_("Vul een beschrijving in: wat gebeurt er, en voor wie is het?"))

    if not data.no_referral_needed:
        p.add(
            "no_referral_needed",
            N_("Dichtbij toont alleen hulp waarvoor geen verwijzing nodig is. Hulp met een verwijzing kunt u hier niet plaatsen."),
        )

    municipality = session.scalar(select(Municipality).where(Municipality.slug == data.municipality)) if data.municipality else None
    if not data.municipality:
        p.add("municipality", N_("Kies een gemeente."))
    elif municipality is None:
        p.add("municipality", N_("De gemeente '%(value)s' bestaat niet in de catalogus."), value=data.municipality)
    elif data.neighbourhoods:
        known = {n.slug for n in municipality.neighbourhoods}
        for slug in data.neighbourhoods:
            if slug not in known:
                p.add("neighbourhoods", N_("De wijk '%(value)s' hoort niet bij deze gemeente."), value=slug)

    themes = {t.slug: t for t in session.scalars(select(Theme))}
    topic = [s for s in data.themes]
    if not topic:
        p.add("themes", N_("Kies minstens één thema."))
    for slug in topic:
        theme = themes.get(slug)
        if theme is None or theme.kind is not ThemeKind.theme:
            p.add("themes", N_("Het thema '%(value)s' bestaat niet."), value=slug)
    for slug in data.audiences:
        theme = themes.get(slug)
        if theme is None or theme.kind is not ThemeKind.audience:
            p.add("audiences", N_("De doelgroep '%(value)s' bestaat niet."), value=slug)

    min_age, max_age = _int(data.min_age), _int(data.max_age)
    if min_age is None or not 0 <= min_age <= MAX_AGE:
        p.add("min_age", N_("Vul bij de minimumleeftijd een heel getal in van 0 tot en met %(max)s."), max=MAX_AGE)
    if max_age is None or not 0 <= max_age <= MAX_AGE:
        p.add("max_age", N_("Vul bij de maximumleeftijd een heel getal in van 0 tot en met %(max)s."), max=MAX_AGE)
    if min_age is not None and max_age is not None and min_age > max_age:
        p.add("max_age", N_("De maximumleeftijd moet gelijk aan of hoger zijn dan de minimumleeftijd."))

    if not data.formats:
        p.add("formats", N_("Kies minstens één vorm, bijvoorbeeld groep of online."))
    for value in data.formats:
        if value not in FORMATS:
            p.add("formats", N_("De vorm '%(value)s' bestaat niet."), value=value)

    if not data.free and not (data.cost or "").strip():
        p.add("cost", N_("Schrijf op wat het kost, of kies 'gratis'."))

    s = data.signup
    if not (s.url or s.phone or s.email or s.walk_in):
        p.add("signup", N_("Vul in hoe mensen zich aanmelden: een website, telefoonnummer, e-mailadres of 'gewoon binnenlopen'."))
    check_contact(p, "signup.", s.url, s.phone, s.email)

    if not data.languages:
        p.add("languages", N_("Kies minstens één taal."))
    for code in data.languages:
        if not LANGUAGE.match(str(code)):
            p.add("languages", N_("'%(value)s' is geen taalcode. Gebruik twee letters, zoals nl of en."), value=code)

    if data.provider and session.scalar(select(Provider.id).where(Provider.public_id == data.provider)) is None:
        p.add("provider", N_("De aanbieder '%(value)s' bestaat niet."), value=data.provider)

    needs_place = "walk_in" in data.formats or s.walk_in
    if needs_place and not data.locations:
        p.add("locations", N_("Bij binnenlopen hoort een adres. Vul minstens één locatie in."))
    for i, loc in enumerate(data.locations):
        if not (loc.name or "").strip():
            p.add(f"locations[{i}].name", N_("Vul de naam van de locatie in."))
        if loc.postcode and not POSTCODE.match(loc.postcode.strip()):
            p.add(f"locations[{i}].postcode", N_("Vul een postcode in zoals 1234 AB."))

    for i, sch in enumerate(data.schedules):
        if not (sch.description or "").strip() and not sch.byday:
            p.add(f"schedules[{i}].description", N_("Beschrijf wanneer het is, bijvoorbeeld 'elke dinsdag van 19.30 tot 21.00 uur'."))
        if sch.byday and not set(sch.byday.upper().split(",")) <= DAYS:
            p.add(f"schedules[{i}].byday", N_("Gebruik voor de dagen MO, TU, WE, TH, FR, SA of SU."))
        for name in ("opens_at", "closes_at"):
            value = getattr(sch, name)
            if value and not TIME.match(value):
                p.add(f"schedules[{i}].{name}", N_("Vul een tijd in zoals 09:30."))
        if sch.opens_at and sch.closes_at and TIME.match(sch.opens_at) and TIME.match(sch.closes_at) and sch.opens_at >= sch.closes_at:
            p.add(f"schedules[{i}].closes_at", N_("De eindtijd moet na de begintijd liggen."))

    for lang, tr in data.translations.items():
        if not LANGUAGE.match(lang) or lang == "nl":
            p.add("translations", N_("'%(value)s' is geen geldige taal voor een vertaling."), value=lang)
        if tr.title and len(tr.title) > 200:
            p.add(f"translations.{lang}.title", N_("De titel is te lang. Gebruik maximaal %(max)s tekens."), max=200)
        if tr.summary and len(tr.summary) > 300:
            p.add(f"translations.{lang}.summary", N_("De samenvatting is te lang. Gebruik maximaal %(max)s tekens."), max=300)

    if data.evidence_level and data.evidence_level not in EVIDENCE_LEVELS:
        p.add("evidence_level", N_("Kies een erkenningsniveau uit de lijst."))
    if data.status not in {s.value for s in ActivityStatus}:
        p.add("status", N_("De status moet concept, gepubliceerd of gearchiveerd zijn."))

    for name in ("last_checked", "review_due"):
        try:
            parse_date(getattr(data, name))
        except (TypeError, ValueError):
            p.add(name, N_("Vul een datum in zoals 2026-10-01."))
    return p


def review_due_for(last_checked: date | None, review_due: date | None) -> date | None:
    if review_due:
        return review_due
    return last_checked + REVIEW_PERIOD if last_checked else None


def validate_local_team(session: Session, data: LocalTeamInput, municipality: Municipality | None) -> Problems:
    p = Problems()
    check_public_id(p, session, data.id, LocalTeam)
    if not data.name:
        p.add("name", N_("Vul de naam van het team in."))
    if municipality is None:
        p.add("municipality", N_("De gemeente '%(value)s' bestaat niet in de catalogus."), value=data.municipality)
    else:
        known = {n.slug for n in municipality.neighbourhoods}
        for slug in data.neighbourhoods:
            if slug not in known:
                p.add("neighbourhoods", N_("De wijk '%(value)s' hoort niet bij deze gemeente."), value=slug)
    if not (data.phone or data.email):
        p.add("phone", N_("Vul een telefoonnummer of e-mailadres in, zodat mensen het team kunnen bereiken."))
    check_contact(p, "", data.website, data.phone, data.email)
    if data.postcode and not POSTCODE.match(data.postcode.strip()):
        p.add("postcode", N_("Vul een postcode in zoals 1234 AB."))
    return p


def check_slug(value: str) -> bool:
    return bool(SLUG.match(value))


def check_pc4(values: Iterable[str]) -> list[str]:
    return [v for v in values if not PC4.match(str(v))]
