"""Reading search parameters from a query string, shared by the search page and the API.

Both take the same names (see docs/api.md), so a page URL and an API URL for the same search
differ only in their path. Every problem is collected per parameter: the API answers 400 for
the first one, the page shows each next to its field and searches without that filter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask_babel import gettext
from werkzeug.datastructures import MultiDict

from catalogue.models import FORMATS
from catalogue.search.interface import AGE_BANDS, SearchQuery

from .lookups import MunicipalityInfo, NeighbourhoodInfo, Vocabulary

PC4 = re.compile(r"^\s*([1-9][0-9]{3})(\s*[A-Za-z]{2})?\s*$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
MAX_TEXT = 200
MAX_PAGE = 1000
AUDIENCES = ("ouders", "jongeren", "kinderen")
COSTS = ("free", "paid")
BANDS = tuple(name for name, _low, _high in AGE_BANDS)
MAX_AGE = 99


@dataclass
class SearchRequest:
    query: SearchQuery
    errors: dict[str, str] = field(default_factory=dict)
    municipality: MunicipalityInfo | None = None
    neighbourhood: NeighbourhoodInfo | None = None
    postcode: str | None = None  # the 4 digits, when given and valid
    postcode_unknown: bool = False  # well formed, but not in the catalogue
    values: dict[str, object] = field(default_factory=dict)  # cleaned values, to refill the form

    @property
    def has_place(self) -> bool:
        return self.municipality is not None


def _int(args: MultiDict, name: str, low: int, high: int, errors: dict[str, str], message: str) -> int | None:
    raw = (args.get(name) or "").strip()
    if raw == "":
        return None
    if not raw.isdigit() or not (low <= int(raw) <= high):
        errors[name] = message
        return None
    return int(raw)


def _choices(args: MultiDict, name: str, allowed: set[str] | tuple[str, ...], errors: dict[str, str], message: str) -> tuple[str, ...]:
    values = [v.strip() for v in args.getlist(name) if v.strip()]
    unknown = [v for v in values if v not in allowed]
    if unknown:
        errors[name] = message % {"value": unknown[0]}
    return tuple(dict.fromkeys(v for v in values if v in allowed))


def parse_search(args: MultiDict, vocabulary: Vocabulary, *, per_page_default: int = 10,
                 per_page_max: int = 50, locate=None, highlight: bool = False) -> SearchRequest:
    """``locate(pc4)`` returns (municipality slug, neighbourhood slug) or None."""
    errors: dict[str, str] = {}
    text = " ".join((args.get("q") or "").split())
    if len(text) > MAX_TEXT:
        errors["q"] = gettext("Gebruik maximaal %(max)s tekens.", max=MAX_TEXT)
        text = text[:MAX_TEXT]

    age = _int(args, "age", 0, MAX_AGE, errors, gettext("Vul een leeftijd in als getal van 0 tot en met 99."))
    page = _int(args, "page", 1, MAX_PAGE, errors, gettext("Het paginanummer moet een getal van 1 tot en met 1000 zijn.")) or 1
    per_page = _int(args, "per_page", 1, per_page_max, errors,
                    gettext("Kies een aantal per pagina van 1 tot en met %(max)s.", max=per_page_max)) or per_page_default

    themes = _choices(args, "theme", {t.slug for t in vocabulary.topics()}, errors, gettext("Het thema '%(value)s' kennen we niet."))
    audience_slugs = {t.slug for t in vocabulary.audiences()} or set(AUDIENCES)
    audiences = _choices(args, "audience", audience_slugs, errors, gettext("De doelgroep '%(value)s' kennen we niet."))
    formats = _choices(args, "format", FORMATS, errors, gettext("De vorm '%(value)s' kennen we niet."))
    cost_values = _choices(args, "cost", COSTS, errors, gettext("Kies 'free' (gratis) of 'paid' (met kosten)."))
    languages = tuple(v.lower() for v in args.getlist("language") if v.strip())
    bad_language = next((v for v in languages if not LANGUAGE.match(v)), None)
    if bad_language:
        errors["language"] = gettext("Gebruik een taalcode van twee letters, zoals 'nl' of 'ar'.")
        languages = tuple(v for v in languages if LANGUAGE.match(v))
    age_band = (args.get("age_band") or "").strip() or None
    if age_band and age_band not in BANDS:
        errors["age_band"] = gettext("Kies een van de leeftijdsgroepen.")
        age_band = None

    municipality: MunicipalityInfo | None = None
    neighbourhood: NeighbourhoodInfo | None = None
    postcode: str | None = None
    postcode_unknown = False
    raw_municipality = (args.get("municipality") or "").strip()
    if raw_municipality:
        municipality = vocabulary.municipality(raw_municipality) or vocabulary.municipality_named(raw_municipality)
        if municipality is None:
            errors["municipality"] = gettext("De gemeente '%(value)s' staat niet in Dichtbij.", value=raw_municipality)
    raw_postcode = (args.get("postcode") or "").strip()
    if raw_postcode:
        match = PC4.match(raw_postcode)
        if not match:
            errors["postcode"] = gettext("Vul de vier cijfers van je postcode in, bijvoorbeeld 7207.")
        else:
            postcode = match.group(1)
            found = locate(postcode) if locate else None
            if found is None:
                postcode_unknown = True
            else:
                place_muni = vocabulary.municipality(found[0])
                # A municipality chosen explicitly wins over a postcode elsewhere.
                if place_muni is not None and (municipality is None or municipality.slug == place_muni.slug):
                    municipality = place_muni
                    neighbourhood = place_muni.neighbourhood(found[1])
                else:
                    postcode = None
    raw_hood = (args.get("neighbourhood") or "").strip()
    if raw_hood and neighbourhood is None:
        if municipality is None:
            if "municipality" not in errors:
                errors["neighbourhood"] = gettext("Kies eerst een gemeente.")
        else:
            neighbourhood = municipality.neighbourhood(raw_hood)
            if neighbourhood is None:
                errors["neighbourhood"] = gettext("Deze wijk hoort niet bij %(municipality)s.", municipality=municipality.name)

    query = SearchQuery(
        text=text,
        municipality=municipality.slug if municipality else None,
        neighbourhood=neighbourhood.slug if neighbourhood else None,
        age=age,
        themes=themes,
        audiences=audiences,
        formats=formats,
        cost=cost_values[0] if cost_values else None,
        languages=languages,
        age_band=age_band,
        page=page,
        per_page=per_page,
        highlight=highlight,
    )
    values = {
        "q": text, "age": "" if age is None else age, "theme": themes, "audience": audiences,
        "format": formats, "cost": query.cost or "", "language": languages, "age_band": age_band or "",
        "municipality": municipality.slug if municipality else "",
        "neighbourhood": neighbourhood.slug if neighbourhood else "",
        "postcode": postcode or (raw_postcode if "postcode" in errors else ""),
    }
    return SearchRequest(query, errors, municipality, neighbourhood, postcode, postcode_unknown, values)
