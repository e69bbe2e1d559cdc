"""Views of /api/v1/. Same services and parameter parsing as the pages; answers in JSON.

Texts (titles, labels) are in ``lang`` (nl, en or ar; default nl), never guessed from headers,
so an answer depends only on its URL.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from flask import current_app, g, jsonify, request, url_for
from flask_babel import gettext

from catalogue.services.feedback import CallbackInput

from ..errors import BadParameter
from ..extensions import limiter
from ..i18n import CODES
from ..lookups import get_catalogue, vocabulary
from ..presenters import activity_detail, activity_summary, facets_dict, local_team_dict
from ..searching import PC4, parse_search
from . import bp

CALLBACK_FIELDS = {"team_id": str, "first_name": str, "phone": (str, type(None)), "email": (str, type(None)),
                   "note": (str, type(None)), "preferred_time": (str, type(None)), "consent": bool}


@bp.before_request
def choose_language():
    lang = request.args.get("lang", "nl")
    if lang not in CODES:
        raise BadParameter("lang", "lang must be one of: " + ", ".join(CODES))
    g.forced_lang = lang


def base_url() -> str:
    return current_app.config["DICHTBIJ_BASE_URL"]


def _locate(pc4: str):
    hood = get_catalogue().places.locate_postcode(pc4)
    return (hood.municipality.slug, hood.slug) if hood is not None else None


@bp.get("/search")
def search():
    vocab = vocabulary()
    wanted = parse_search(request.args, vocab, locate=_locate)
    if wanted.errors:
        name, message = next(iter(wanted.errors.items()))
        raise BadParameter(name, message)
    catalogue = get_catalogue()
    results = catalogue.search(wanted.query)
    activities = catalogue.activities.get_many([hit.id for hit in results.hits], full=False)
    lang = g.forced_lang
    return jsonify(
        {
            "total": results.total,
            "page": results.page,
            "per_page": results.per_page,
            "pages": results.pages,
            "suggestion": results.suggestion,
            "relaxed": results.relaxed,
            "place": {
                "municipality": wanted.municipality.slug if wanted.municipality else None,
                "neighbourhood": wanted.neighbourhood.slug if wanted.neighbourhood else None,
                "postcode_found": (not wanted.postcode_unknown) if request.args.get("postcode") else None,
            },
            "results": [
                activity_summary(a, lang, base_url(), url_for("public.activity", public_id=a.public_id))
                for a in activities
            ],
            "facets": facets_dict(results, lang, vocab),
        }
    )


@bp.get("/activities/<public_id>")
def activity(public_id: str):
    item = get_catalogue().activities.get(public_id, published_only=True)
    return jsonify(activity_detail(item, g.forced_lang, base_url(), url_for("public.activity", public_id=public_id), vocabulary()))


@bp.get("/themes")
def themes():
    kind = request.args.get("kind")
    if kind not in (None, "theme", "audience"):
        raise BadParameter("kind", "kind must be theme or audience")
    lang = g.forced_lang
    return jsonify(
        {"themes": [{"slug": t.slug, "kind": t.kind, "label": t.label(lang)}
                    for t in vocabulary().themes if kind is None or t.kind == kind]}
    )


@bp.get("/municipalities")
def municipalities():
    return jsonify(
        {"municipalities": [
            {"slug": m.slug, "name": m.name, "neighbourhoods": [{"slug": n.slug, "name": n.name} for n in m.neighbourhoods]}
            for m in vocabulary().municipalities
        ]}
    )


@bp.get("/local-teams")
def local_teams():
    catalogue = get_catalogue()
    vocab = vocabulary()
    postcode = (request.args.get("postcode") or "").strip()
    municipality = (request.args.get("municipality") or "").strip()
    neighbourhood = (request.args.get("neighbourhood") or "").strip()
    if postcode:
        match = PC4.match(postcode)
        if not match:
            raise BadParameter("postcode", "postcode must be 4 digits (optionally followed by 2 letters), e.g. 7207")
        hood = catalogue.places.locate_postcode(match.group(1))
        teams = catalogue.places.local_teams(hood.municipality.slug, hood.slug) if hood else []
    elif municipality:
        place = vocab.municipality(municipality)
        if place is None:
            raise BadParameter("municipality", f"unknown municipality '{municipality}' (see /api/v1/municipalities)")
        if neighbourhood and place.neighbourhood(neighbourhood) is None:
            raise BadParameter("neighbourhood", f"'{neighbourhood}' is not a neighbourhood of {place.slug}")
        teams = catalogue.places.local_teams(place.slug, neighbourhood or None)
    elif neighbourhood:
        raise BadParameter("municipality", "give municipality together with neighbourhood")
    else:
        raise BadParameter("postcode", "give postcode, or municipality (with an optional neighbourhood)")
    return jsonify(
        {"results": [local_team_dict(t, base_url(), url_for("public.local_team", team_id=t.public_id)) for t in teams]}
    )


@bp.post("/callbacks")
@limiter.limit(lambda: current_app.config.get("DICHTBIJ_CALLBACK_LIMIT", "30 per minute;500 per day"))
def callbacks():
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        response = jsonify({"error": {"code": "invalid", "message": gettext("Stuur de gegevens als JSON-object."),
                                      "fields": {"body": [gettext("Stuur de gegevens als JSON-object.")]}}})
        response.status_code = 422
        return response
    wrong = {
        name: [gettext("Dit veld heeft de verkeerde vorm.")]
        for name, kinds in CALLBACK_FIELDS.items() if name in data and not isinstance(data[name], kinds)
    }
    if wrong:
        response = jsonify({"error": {"code": "invalid", "message": gettext("De gegevens kloppen niet."), "fields": wrong}})
        response.status_code = 422
        return response
    request_ = get_catalogue().feedback.request_callback(
        CallbackInput(
            team_id=data.get("team_id") or "",
            first_name=data.get("first_name") or "",
            phone=data.get("phone"),
            email=data.get("email"),
            note=data.get("note") or "",
            preferred_time=data.get("preferred_time") or "",
            consent=data.get("consent") is True,
        )
    )
    response = jsonify({"id": request_.public_id, "team": {"id": request_.local_team.public_id, "name": request_.local_team.name}})
    response.status_code = 201
    return response


@lru_cache(maxsize=1)
def _openapi_text() -> str:
    return resources.files("web").joinpath("openapi.json").read_text("utf-8")


@bp.get("/openapi.json")
def openapi():
    document = json.loads(_openapi_text())
    document["servers"] = [{"url": base_url() + "/api/v1"}]
    return jsonify(document)
