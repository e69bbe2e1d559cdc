"""The JSON API /api/v1/: every endpoint, bad parameters, and every answer checked against the
OpenAPI description the API serves itself."""
from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

OPENAPI = json.loads(resources.files("web").joinpath("openapi.json").read_text("utf-8"))
REGISTRY = Registry().with_resource("urn:dichtbij-openapi", Resource.from_contents(OPENAPI, default_specification=DRAFT202012))
CHECKED: set[tuple[str, str, str]] = set()


def pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def check(response, path: str, method: str = "get", status: int | None = None):
    """Assert the response is JSON and matches the OpenAPI schema for (path, method, status)."""
    status = status or response.status_code
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    spec = OPENAPI["paths"][path][method]["responses"][str(status)]
    location = ("components/responses/" + spec["$ref"].rsplit("/", 1)[1] if "$ref" in spec
                else pointer("paths", path, method, "responses", str(status)))
    validator = Draft202012Validator({"$ref": f"urn:dichtbij-openapi#/{location}/content/application~1json/schema"},
                                     registry=REGISTRY)
    errors = sorted(validator.iter_errors(response.get_json()), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    CHECKED.add((path, method, str(status)))
    return response.get_json()


def bad_parameter(response, parameter: str, path: str):
    body = check(response, path, status=400)
    assert body["error"]["code"] == "bad_parameter"
    assert body["error"]["parameter"] == parameter
    assert body["error"]["message"]


# -- the description itself ----------------------------------------------------------------------

def test_openapi_document_is_served_and_valid(client):
    from jsonschema.validators import validator_for

    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    served = response.get_json()
    assert served["openapi"].startswith("3.1")
    assert served["servers"][0]["url"].endswith("/api/v1")
    assert served["paths"] == OPENAPI["paths"]
    for name, schema in OPENAPI["components"]["schemas"].items():
        validator_for(schema, default=Draft202012Validator).check_schema(schema)


def test_every_api_route_is_described(demo_app):
    routes = set()
    for rule in demo_app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/") and rule.endpoint != "api.openapi":
            routes.add(re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule.rule[len("/api/v1"):])
                       .replace("{public_id}", "{id}"))
    assert routes == set(OPENAPI["paths"])


# -- search --------------------------------------------------------------------------------------

def test_search_puberteit_for_a_14_year_old_in_zutphen(client):
    body = check(client.get("/api/v1/search?q=puberteit&age=14&municipality=zutphen"), "/search")
    assert body["total"] >= 1 and body["page"] == 1 and body["per_page"] == 10
    ids = [r["id"] for r in body["results"]]
    assert "act-zutphen-puberteitstraining" in ids
    for result in body["results"]:
        assert result["min_age"] <= 14 <= result["max_age"]
        assert result["municipality"] == "zutphen" or "online" in result["formats"]
        assert result["url"].endswith("/activiteit/" + result["id"])
        assert result["translated"] is False
    assert body["place"] == {"municipality": "zutphen", "neighbourhood": None, "postcode_found": None}
    themes = {f["value"]: f for f in body["facets"]["theme"]}
    assert themes["puberteit"]["label"] == "Puberteit" and themes["puberteit"]["count"] >= 1


def test_search_facets_count_and_filter(client):
    body = check(client.get("/api/v1/search?municipality=zutphen"), "/search")
    formats = {f["value"]: f["count"] for f in body["facets"]["format"]}
    assert formats
    value, count = next(iter(formats.items()))
    filtered = check(client.get(f"/api/v1/search?municipality=zutphen&format={value}&per_page=50"), "/search")
    assert filtered["total"] == count
    assert all(value in r["formats"] for r in filtered["results"])
    neighbourhoods = body["facets"]["neighbourhood"]
    assert neighbourhoods and all("/" not in n["value"] for n in neighbourhoods)


def test_search_repeatable_filters_and_paging(client):
    both = check(client.get("/api/v1/search?theme=puberteit&theme=echtscheiding&per_page=50"), "/search")
    one = check(client.get("/api/v1/search?theme=puberteit&per_page=50"), "/search")
    assert both["total"] > one["total"]
    page2 = check(client.get("/api/v1/search?per_page=5&page=2"), "/search")
    page1 = check(client.get("/api/v1/search?per_page=5&page=1"), "/search")
    assert page2["page"] == 2 and len(page2["results"]) == 5
    assert not {r["id"] for r in page1["results"]} & {r["id"] for r in page2["results"]}


def test_search_by_postcode_and_unknown_postcode(client):
    body = check(client.get("/api/v1/search?postcode=7207"), "/search")
    assert body["place"] == {"municipality": "zutphen", "neighbourhood": "de-hoven", "postcode_found": True}
    elsewhere = check(client.get("/api/v1/search?postcode=1011"), "/search")
    assert elsewhere["place"]["postcode_found"] is False and elsewhere["place"]["municipality"] is None


def test_search_in_english_uses_translations_where_they_exist(client, demo_catalogue):
    body = check(client.get("/api/v1/search?lang=en&per_page=50&municipality=zutphen"), "/search")
    by_id = {r["id"]: r for r in body["results"]}
    translated = [a for a in demo_catalogue.activities.get_many(list(by_id)) if any(t.language == "en" for t in a.translations)]
    assert translated
    sample = translated[0]
    assert by_id[sample.public_id]["title"] == sample.text("title", "en")[0]
    assert by_id[sample.public_id]["translated"] is True
    labels = {f["value"]: f["label"] for f in body["facets"]["theme"]}
    assert labels.get("puberteit") == "Puberty" or "puberteit" not in labels


@pytest.mark.parametrize("query, parameter", [
    ("age=abc", "age"), ("age=-1", "age"), ("age=100", "age"), ("page=0", "page"), ("per_page=51", "per_page"),
    ("theme=onbekend", "theme"), ("audience=opa", "audience"), ("format=teleport", "format"), ("cost=cheap", "cost"),
    ("municipality=atlantis", "municipality"), ("postcode=12", "postcode"), ("neighbourhood=de-hoven", "neighbourhood"),
    ("municipality=zutphen&neighbourhood=lombok", "neighbourhood"), ("language=dutch", "language"), ("lang=fr", "lang"),
    ("age_band=5-6", "age_band"), ("q=" + "x" * 201, "q"),
])
def test_search_bad_parameters_get_400_naming_the_parameter(client, query, parameter):
    bad_parameter(client.get("/api/v1/search?" + query), parameter, "/search")


# -- activities, themes, municipalities ---------------------------------------------------------

def test_one_activity(client, demo_catalogue):
    body = check(client.get("/api/v1/activities/act-zutphen-puberteitstraining"), "/activities/{id}")
    activity = demo_catalogue.activities.get("act-zutphen-puberteitstraining")
    assert body["id"] == activity.public_id and body["title"] == activity.title
    assert body["description"] == activity.description
    assert body["no_referral_needed"] is True
    assert body["last_checked"] == (activity.last_checked.isoformat() if activity.last_checked else None)
    assert len(body["locations"]) == len(activity.locations)
    assert (body["provider"] or {}).get("name") == (activity.provider.name if activity.provider else None)


def test_unknown_activity_is_404_json(client):
    body = check(client.get("/api/v1/activities/bestaat-niet"), "/activities/{id}", status=404)
    assert body["error"]["code"] == "not_found"


def test_activity_bad_lang(client):
    bad_parameter(client.get("/api/v1/activities/act-zutphen-puberteitstraining?lang=xx"), "lang", "/activities/{id}")


@pytest.mark.parametrize("lang, label", [("nl", "Puberteit"), ("en", "Puberty")])
def test_themes(client, lang, label):
    body = check(client.get(f"/api/v1/themes?lang={lang}"), "/themes")
    by_slug = {t["slug"]: t for t in body["themes"]}
    assert by_slug["puberteit"] == {"slug": "puberteit", "kind": "theme", "label": label}
    assert by_slug["ouders"]["kind"] == "audience"
    only = check(client.get("/api/v1/themes?kind=audience"), "/themes")
    assert {t["kind"] for t in only["themes"]} == {"audience"}
    bad_parameter(client.get("/api/v1/themes?kind=colour"), "kind", "/themes")


def test_municipalities(client):
    body = check(client.get("/api/v1/municipalities"), "/municipalities")
    slugs = [m["slug"] for m in body["municipalities"]]
    assert {"zutphen", "utrecht", "amersfoort"} <= set(slugs)
    zutphen = next(m for m in body["municipalities"] if m["slug"] == "zutphen")
    assert zutphen["name"] == "Zutphen" and {"slug": "de-hoven", "name": "De Hoven"} in zutphen["neighbourhoods"]
    bad_parameter(client.get("/api/v1/municipalities?lang=de"), "lang", "/municipalities")


# -- local teams ---------------------------------------------------------------------------------

def test_local_teams_by_postcode(client, demo_catalogue):
    body = check(client.get("/api/v1/local-teams?postcode=7207"), "/local-teams")
    expected = [t.public_id for t in demo_catalogue.places.local_teams("zutphen", "de-hoven")]
    assert [t["id"] for t in body["results"]] == expected
    team = body["results"][0]
    assert team["municipality"] == "zutphen" and "De Hoven" in team["neighbourhoods"]
    assert team["url"].endswith("/lokaal-team/" + team["id"])


def test_local_teams_by_place_and_unknown_postcode(client):
    body = check(client.get("/api/v1/local-teams?municipality=utrecht&neighbourhood=overvecht"), "/local-teams")
    assert body["results"] and all(t["municipality"] == "utrecht" for t in body["results"])
    everyone = check(client.get("/api/v1/local-teams?municipality=utrecht"), "/local-teams")
    assert len(everyone["results"]) >= len(body["results"])
    assert check(client.get("/api/v1/local-teams?postcode=1011"), "/local-teams") == {"results": []}


@pytest.mark.parametrize("query, parameter", [
    ("", "postcode"), ("postcode=72", "postcode"), ("postcode=abcd", "postcode"), ("municipality=atlantis", "municipality"),
    ("municipality=zutphen&neighbourhood=lombok", "neighbourhood"), ("neighbourhood=lombok", "municipality"),
])
def test_local_teams_bad_parameters(client, query, parameter):
    bad_parameter(client.get("/api/v1/local-teams?" + query), parameter, "/local-teams")


# -- callbacks -----------------------------------------------------------------------------------

def test_callback_request_is_stored_with_consent(write_app):
    client = write_app.test_client()
    body = {"team_id": "lt-zutphen-noord", "first_name": "Sam", "phone": "06 1234 5678", "email": None,
            "note": "Graag na school", "preferred_time": "na 16 uur", "consent": True}
    created = check(client.post("/api/v1/callbacks", json=body), "/callbacks", method="post", status=201)
    assert created["team"]["id"] == "lt-zutphen-noord"
    stored = write_app.extensions["catalogue"].feedback.open_callbacks()
    assert [(c.public_id, c.first_name, c.phone, c.local_team.public_id) for c in stored] == [
        (created["id"], "Sam", "06 1234 5678", "lt-zutphen-noord")]


@pytest.mark.parametrize("change, field", [
    ({"consent": False}, "consent"), ({"phone": None, "email": None}, "phone"), ({"team_id": "lt-nergens"}, "team_id"),
    ({"first_name": ""}, "first_name"), ({"email": "geen-adres"}, "email"), ({"consent": "yes"}, "consent"),
])
def test_invalid_callback_requests_store_nothing(write_app, change, field):
    client = write_app.test_client()
    body = {"team_id": "lt-zutphen-noord", "first_name": "Sam", "phone": "0612345678", "consent": True, **change}
    answer = check(client.post("/api/v1/callbacks", json=body), "/callbacks", method="post", status=422)
    assert answer["error"]["code"] == "invalid" and field in answer["error"]["fields"]
    assert write_app.extensions["catalogue"].feedback.open_callbacks() == []


def test_callback_body_must_be_a_json_object(write_app):
    client = write_app.test_client()
    for data, content_type in (("not json", "text/plain"), ("[1, 2]", "application/json")):
        answer = check(client.post("/api/v1/callbacks", data=data, content_type=content_type), "/callbacks", method="post", status=422)
        assert answer["error"]["fields"]


def test_callbacks_are_rate_limited(write_app):
    write_app.config["DICHTBIJ_CALLBACK_LIMIT"] = "1 per minute"
    client = write_app.test_client()
    body = {"team_id": "lt-zutphen-noord", "first_name": "Sam", "phone": "0612345678", "consent": True}
    assert client.post("/api/v1/callbacks", json=body).status_code == 201
    answer = check(client.post("/api/v1/callbacks", json=body), "/callbacks", method="post", status=429)
    assert answer["error"]["code"] == "rate_limited"


def test_api_answers_json_for_unknown_paths_and_methods(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"
    response = client.delete("/api/v1/search")
    assert response.status_code == 405 and response.get_json()["error"]["code"] == "method_not_allowed"


def test_the_schema_check_can_fail():
    validator = Draft202012Validator({"$ref": "urn:dichtbij-openapi#/components/schemas/SearchResponse"}, registry=REGISTRY)
    assert list(validator.iter_errors({"total": "many", "results": []}))
    detail = Draft202012Validator({"$ref": "urn:dichtbij-openapi#/components/schemas/ActivitySummary"}, registry=REGISTRY)
    assert list(detail.iter_errors({"id": "x", "unexpected": 1}))


def test_zz_every_described_response_was_checked():
    """Runs last in this module: each status the description promises was seen and validated."""
    described = {(path, method, status) for path, item in OPENAPI["paths"].items()
                 for method, operation in item.items() for status in operation["responses"]}
    missing = described - CHECKED
    assert not missing, f"responses described but never checked: {sorted(missing)}"
