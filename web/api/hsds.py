"""The catalogue as an HSDS 3.0 API (Open Referral), for other social-map platforms:
GET /api/hsds/services (paginated, ``search``, ``page``, ``per_page``) and
GET /api/hsds/services/<id>. Both give fully nested services (organization, locations, taxonomy
terms inside), published activities only, ordered by title (by relevance with ``search``).

The mapping from an activity to an HSDS ``service`` lives in the catalogue
(``catalogue.hsds.exporter.service_to_hsds``); this module only pages and serves it.
"""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from catalogue.search.interface import SearchQuery

from ..errors import BadParameter
from ..lookups import get_catalogue

bp = Blueprint("hsds", __name__)

MAX_PER_PAGE = 100


def _exporter():
    from catalogue.hsds.exporter import service_to_hsds  # the colleague's mapping; imported when used

    return service_to_hsds


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not (low <= int(raw) <= high):
        raise BadParameter(name, f"{name} must be a whole number from {low} to {high}")
    return int(raw)


@bp.get("/")
def root():
    """The HSDS API's root: which version and where the description is."""
    return jsonify({"version": "3.0", "profile": "https://docs.openreferral.org/en/v3.0/",
                    "openapi_url": "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"})


@bp.get("/services")
def services():
    page = _int_arg("page", 1, 1, 100000)
    per_page = _int_arg("per_page", 20, 1, MAX_PER_PAGE)
    text = (request.args.get("search") or "").strip()[:200]
    service_to_hsds = _exporter()
    catalogue = get_catalogue()
    results = catalogue.search(SearchQuery(text=text, page=page, per_page=per_page))
    activities = catalogue.activities.get_many([hit.id for hit in results.hits])
    contents = [service_to_hsds(a) for a in activities]
    total_pages = results.pages
    return jsonify(
        {
            "total_items": results.total,
            "total_pages": total_pages,
            "page_number": page,
            "size": len(contents),
            "first_page": page == 1,
            "last_page": page >= total_pages,
            "empty": results.total == 0,
            "contents": contents,
        }
    )


@bp.get("/services/<public_id>")
def service(public_id: str):
    service_to_hsds = _exporter()
    activity = get_catalogue().activities.get(public_id, published_only=True)
    return jsonify(service_to_hsds(activity))
