"""The catalogue as an HSDS 3.0 API (Open Referral), for other social-map platforms:
GET /api/hsds/services (paginated, ``search``, ``page``, ``per_page``) and
GET /api/hsds/services/<id>. Both give fully nested services (organization, locations, taxonomy
terms inside): the published activities and the local teams, as ``dichtbij export`` writes them
(same ids, same mapping; a team is a service with the ``lokaal-team`` term).

The list holds the activities first, ordered by title (by relevance with ``search``), then the
local teams, ordered by name; ``total_items`` counts both. With ``search`` a team is listed when
every word of the search (apart from stop words) occurs in its name, its municipality's name,
the names or PC4 postcodes of its neighbourhoods, or "lokaal team" and the synonyms editors gave
for it (such as wijkteam and buurtteam); case and accents do not matter.

An id names one service: the catalogue's service layer refuses an activity and a local team with
the same id. ``/services/<id>`` looks for a published activity first, then for a team; the
order only matters for a shared id that check could not stop (stored before it existed, or two
writers racing: see ``catalogue.validation.check_public_id``), and then the activity is served.

The mapping lives in the catalogue (``catalogue.hsds.exporter``); this module only pages,
filters and serves it.
"""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from catalogue.errors import NotFound
from catalogue.hsds import profile
from catalogue.hsds.exporter import load_local_teams, local_team_to_hsds, service_to_hsds
from catalogue.models import LocalTeam
from catalogue.search.analysis import STOPWORDS, words
from catalogue.search.interface import SearchQuery

from ..errors import BadParameter
from ..lookups import get_catalogue

bp = Blueprint("hsds", __name__)

MAX_PER_PAGE = 100


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not (low <= int(raw) <= high):
        raise BadParameter(name, f"{name} must be a whole number from {low} to {high}")
    return int(raw)


# -- local teams in a search ---------------------------------------------------------------------
def _team_text(team: LocalTeam, synonyms: list[tuple[str, ...]]) -> str:
    """What a search is matched against, folded: name, municipality, neighbourhoods (names and
    PC4 postcodes), "lokaal team", and every synonym of a word or phrase among these."""
    parts = [team.name, team.municipality.name, team.municipality.slug, profile.LOCAL_TEAM_LABEL]
    for hood in team.neighbourhoods:
        parts.append(hood.name)
        parts.extend(p.pc4 for p in hood.postcodes)
    text = f" {' '.join(words(' '.join(parts)))} "
    extra = [term for group in synonyms if any(f" {t} " in text for t in group) for term in group]
    return text + " ".join(extra)


def _matching_teams(teams: list[LocalTeam], search: str, synonym_groups: list[list[str]]) -> list[LocalTeam]:
    wanted = [w for w in words(search) if w not in STOPWORDS]
    if not wanted:
        return []  # only stop words: nothing to match a team on
    synonyms = [tuple(" ".join(words(t)) for t in group) for group in synonym_groups]
    matching = []
    for team in teams:
        text = _team_text(team, synonyms)
        if all(w in text for w in wanted):
            matching.append(team)
    return matching


def _listed_teams(search: str) -> list[LocalTeam]:
    """The local teams the list shows, in order (name, then id)."""
    catalogue = get_catalogue()
    teams = load_local_teams(catalogue)
    if search:
        teams = _matching_teams(teams, search, catalogue.taxonomy.synonym_groups())
    return sorted(teams, key=lambda t: (t.name.casefold(), t.public_id))


# -- views ------------------------------------------------------------------------------------------
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
    catalogue = get_catalogue()
    # Activities come first, exactly as the search engine pages them; the teams follow them.
    results = catalogue.search(SearchQuery(text=text, page=page, per_page=per_page))
    activities = catalogue.activities.get_many([hit.id for hit in results.hits])
    teams = _listed_teams(text)
    start = (page - 1) * per_page
    first_team = max(0, start - results.total)
    team_slots = max(0, start + per_page - max(start, results.total))
    contents = [service_to_hsds(a) for a in activities]
    contents += [local_team_to_hsds(t) for t in teams[first_team:first_team + team_slots]]
    total = results.total + len(teams)
    total_pages = max(1, -(-total // per_page))
    return jsonify(
        {
            "total_items": total,
            "total_pages": total_pages,
            "page_number": page,
            "size": len(contents),
            "first_page": page == 1,
            "last_page": page >= total_pages,
            "empty": total == 0,
            "contents": contents,
        }
    )


@bp.get("/services/<public_id>")
def service(public_id: str):
    """A published activity, else a local team, by its id; 404 (JSON) for anything else."""
    catalogue = get_catalogue()
    try:
        return jsonify(service_to_hsds(catalogue.activities.get(public_id, published_only=True)))
    except NotFound:
        teams = load_local_teams(catalogue, public_id)
        if not teams:
            raise
    return jsonify(local_team_to_hsds(teams[0]))
