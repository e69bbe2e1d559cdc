"""/api/hsds: the catalogue as an HSDS 3.0 API; answers validate against the Open Referral
schemas in ../shared/hsds-3.0 (skipped on a machine without them, failed in CI)."""
from __future__ import annotations

import json

import pytest

from ..conftest import shared_path


@pytest.fixture(scope="module")
def hsds():
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    folder = shared_path("hsds-3.0", "schema")
    schemas = {p.name: json.loads(p.read_text("utf-8")) for p in folder.glob("*.json")}
    schemas.update({f"compiled/{p.name}": json.loads(p.read_text("utf-8")) for p in (folder / "compiled").glob("*.json")})
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema, default_specification=DRAFT202012)) for name, schema in schemas.items()
    )
    # ids are the catalogue's public ids (not always UUIDs), as in catalogue.hsds
    checker = FormatChecker(formats=[f for f in FormatChecker.checkers if f != "uuid"])
    page_schema = json.loads((folder / "openapi.json").read_text("utf-8"))["components"]["schemas"]["Page"]
    return {
        "service": Draft202012Validator(schemas["service.json"], registry=registry, format_checker=checker),
        "service_list": Draft202012Validator(schemas["compiled/service_list.json"], registry=registry, format_checker=checker),
        "page": Draft202012Validator(page_schema),
    }


def errors(validator, instance) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


def test_the_hsds_validator_can_fail(hsds):
    assert errors(hsds["service"], {"id": "x", "name": "n", "status": "maybe"})


def test_one_service_is_valid_hsds(client, hsds, demo_catalogue):
    response = client.get("/api/hsds/services/act-zutphen-puberteitstraining")
    assert response.status_code == 200 and response.mimetype == "application/json"
    service = response.get_json()
    assert errors(hsds["service"], service) == []
    activity = demo_catalogue.activities.get("act-zutphen-puberteitstraining")
    assert service["id"] == activity.public_id and service["name"] == activity.title
    assert service["minimum_age"] == activity.min_age and service["maximum_age"] == activity.max_age
    if activity.provider:
        assert service["organization"]["name"] == activity.provider.name


def test_service_list_is_a_valid_hsds_page(client, hsds, demo_catalogue):
    body = client.get("/api/hsds/services?per_page=25").get_json()
    assert errors(hsds["page"], body) == []
    assert body["total_items"] == demo_catalogue.activities.count_published()
    assert body["page_number"] == 1 and body["size"] == 25 and body["first_page"] is True and body["last_page"] is False
    assert body["total_pages"] == -(-body["total_items"] // 25)
    for service in body["contents"]:
        assert errors(hsds["service_list"], service) == []
        assert errors(hsds["service"], service) == []
    last = client.get(f"/api/hsds/services?per_page=25&page={body['total_pages']}").get_json()
    assert last["last_page"] is True and 0 < last["size"] <= 25
    seen = {s["id"] for s in body["contents"]} & {s["id"] for s in last["contents"]}
    assert not seen


def test_service_search(client):
    body = client.get("/api/hsds/services?search=puberteit").get_json()
    assert body["total_items"] >= 1
    assert "act-zutphen-puberteitstraining" in [s["id"] for s in body["contents"]]


def test_hsds_errors_are_json(client):
    missing = client.get("/api/hsds/services/bestaat-niet")
    assert missing.status_code == 404 and missing.get_json()["error"]["code"] == "not_found"
    bad = client.get("/api/hsds/services?per_page=1000")
    assert bad.status_code == 400 and bad.get_json()["error"]["parameter"] == "per_page"
    assert client.get("/api/hsds/").get_json()["version"] == "3.0"
