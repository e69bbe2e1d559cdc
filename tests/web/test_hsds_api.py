"""/api/hsds: the catalogue as an HSDS 3.0 API; answers validate against the Open Referral
schemas in ../shared/hsds-3.0 (skipped on a machine without them, failed in CI)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from catalogue.errors import ValidationError
from catalogue.hsds.exporter import export_hsds, load_local_teams
from catalogue.inputs import LocalTeamInput
from catalogue.models import LocalTeam, Municipality

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
    assert body["total_items"] == demo_catalogue.activities.count_published() + len(load_local_teams(demo_catalogue))
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


# -- local teams: services tagged lokaal-team, as `dichtbij export` writes them ----------------------
def all_services(client, query: str = "", per_page: int = 100) -> tuple[list[dict], int]:
    """Every service of the list, page by page, and the total the first page announced."""
    first = client.get(f"/api/hsds/services?per_page={per_page}{query}").get_json()
    contents = list(first["contents"])
    for page in range(2, first["total_pages"] + 1):
        contents += client.get(f"/api/hsds/services?per_page={per_page}&page={page}{query}").get_json()["contents"]
    return contents, first["total_items"]


def is_team(service: dict) -> bool:
    return any(a["taxonomy_term"]["code"] == "lokaal-team" for a in service.get("attributes", []))


def team_ids(services: list[dict]) -> list[str]:
    return [s["id"] for s in services if is_team(s)]


def test_local_teams_are_listed_after_the_activities(client, hsds, demo_catalogue):
    teams = load_local_teams(demo_catalogue)
    assert len(teams) >= 3
    services, total = all_services(client)
    assert total == demo_catalogue.activities.count_published() + len(teams) == len(services)
    assert len({s["id"] for s in services}) == len(services)
    assert sorted(team_ids(services)) == sorted(t.public_id for t in teams)
    kinds = [is_team(s) for s in services]
    assert kinds == sorted(kinds)  # every activity before every team
    listed = [s for s in services if is_team(s)]
    assert [s["name"] for s in listed] == sorted((s["name"] for s in listed), key=str.casefold)
    for service in listed:
        assert errors(hsds["service_list"], service) == []
        assert errors(hsds["service"], service) == []


def test_paging_runs_from_the_activities_into_the_teams(client, demo_catalogue):
    everything, total = all_services(client)
    for per_page in (7, 10, 100):
        pages, paged_total = all_services(client, per_page=per_page)
        assert paged_total == total and [s["id"] for s in pages] == [s["id"] for s in everything]
    activities = demo_catalogue.activities.count_published()
    page = activities // 7 + 1  # the page where the activities end and the teams begin
    body = client.get(f"/api/hsds/services?per_page=7&page={page}").get_json()
    assert body["size"] == 7 and body["page_number"] == page
    assert [is_team(s) for s in body["contents"]] == [i >= activities % 7 for i in range(7)]
    beyond = client.get(f"/api/hsds/services?per_page=7&page={body['total_pages'] + 1}").get_json()
    assert beyond["contents"] == [] and beyond["size"] == 0 and beyond["last_page"] is True
    assert beyond["total_items"] == total and beyond["empty"] is False


def test_a_local_team_is_valid_hsds_and_the_same_as_in_the_export(client, hsds, demo_catalogue):
    response = client.get("/api/hsds/services/lt-zutphen-noord")
    assert response.status_code == 200 and response.mimetype == "application/json"
    service = response.get_json()
    assert errors(hsds["service"], service) == []
    assert errors(hsds["service_list"], service) == []
    team = demo_catalogue.places.local_team("lt-zutphen-noord")
    assert service["id"] == team.public_id and service["name"] == team.name and is_team(service)
    assert service["status"] == "active" and service["phones"][0]["number"] == team.phone
    areas = {a["name"]: a for a in service["service_areas"]}
    assert areas["Zutphen - De Hoven"]["extent"] == "PC4: 7207"
    [link] = service["service_at_locations"]
    assert link["location"]["addresses"][0]["postal_code"] == team.postcode

    # The export (the CLI's `dichtbij export`) has the same service, with the location kept apart.
    document = export_hsds(demo_catalogue)
    [exported] = [s for s in document["services"] if s["id"] == "lt-zutphen-noord"]
    assert {k: v for k, v in service.items() if k != "service_at_locations"} == exported
    assert [{k: v for k, v in link.items() if k != "location"}] == [
        sal for sal in document["service_at_locations"] if sal["service_id"] == "lt-zutphen-noord"
    ]
    assert link["location"] in document["locations"]
    # every id is a service once: activities and teams do not share ids in the demo catalogue
    ids = [s["id"] for s in document["services"]]
    assert len(ids) == len(set(ids))


def test_search_finds_teams_by_name_place_postcode_and_synonym(client, demo_catalogue):
    teams = load_local_teams(demo_catalogue)
    zutphen = sorted(t.public_id for t in teams if t.municipality.slug == "zutphen")
    services, total = all_services(client, "&search=ZUTPHEN")
    assert sorted(team_ids(services)) == zutphen and total == len(services)
    assert team_ids(all_services(client, "&search=warnsveld")[0]) == ["lt-zutphen-warnsveld"]
    assert team_ids(all_services(client, "&search=7207")[0]) == ["lt-zutphen-noord"]  # De Hoven
    assert team_ids(all_services(client, "&search=lokaal team de hoven")[0]) == ["lt-zutphen-noord"]
    # "wijkteam" and "buurtteam" are synonyms of "lokaal team": every team, whatever it is called
    assert sorted(team_ids(all_services(client, "&search=wijkteam")[0])) == sorted(t.public_id for t in teams)
    assert sorted(team_ids(all_services(client, "&search=buurtteam amersfoort")[0])) == sorted(
        t.public_id for t in teams if t.municipality.slug == "amersfoort")
    assert team_ids(all_services(client, "&search=puberteit")[0]) == []
    assert team_ids(all_services(client, "&search=de")[0]) == []  # stop words alone match no team


def test_unpublished_activities_never_show(client, demo_catalogue):
    hidden = [a.public_id for a in demo_catalogue.activities.list() if a.status.value != "published"]
    assert hidden
    listed = {s["id"] for s in all_services(client)[0]}
    for public_id in hidden:
        assert public_id not in listed
        missing = client.get(f"/api/hsds/services/{public_id}")
        assert missing.status_code == 404 and missing.get_json()["error"]["code"] == "not_found"


def test_archived_deleted_and_removed_things_disappear(write_app, write_catalogue):
    client = write_app.test_client()
    services, total = all_services(client)
    assert "lt-zutphen-zuid" in team_ids(services) and "act-zutphen-home-start" in [s["id"] for s in services]

    archived = write_catalogue.activities.get("act-zutphen-home-start")
    write_catalogue.activities.archive(archived.public_id, archived.version)
    deleted = write_catalogue.activities.get("act-zutphen-opvoedspreekuur")
    write_catalogue.activities.delete(deleted.public_id, deleted.version)
    with write_catalogue.sessions() as session:  # a team removed from the database
        session.delete(session.scalar(select(LocalTeam).where(LocalTeam.public_id == "lt-zutphen-zuid")))
        session.commit()

    after, after_total = all_services(client)
    assert after_total == total - 3 == len(after)
    for public_id in ("act-zutphen-home-start", "act-zutphen-opvoedspreekuur", "lt-zutphen-zuid"):
        assert public_id not in [s["id"] for s in after]
        missing = client.get(f"/api/hsds/services/{public_id}")
        assert missing.status_code == 404 and missing.mimetype == "application/json"
        assert missing.get_json()["error"]["code"] == "not_found" and missing.get_json()["error"]["message"]


def test_an_id_names_one_service(write_app, write_catalogue):
    """A local team cannot take an activity's id (the catalogue refuses it), so the list and the
    export name every id once. A shared id stored around that check gives the activity."""
    client = write_app.test_client()
    shared = "act-zutphen-puberteitstraining"
    with pytest.raises(ValidationError) as caught:
        write_catalogue.places.save_local_team(LocalTeamInput(
            id=shared, name="Lokaal team met een geleend id", municipality="zutphen", phone="0575 000 999"))
    assert f"De code '{shared}' is al in gebruik voor aanbod" in str(caught.value.errors["id"][0])
    services, total = all_services(client)
    ids = [s["id"] for s in services]
    assert ids.count(shared) == 1 and len(ids) == len(set(ids)) == total
    exported = [s["id"] for s in export_hsds(write_catalogue)["services"]]
    assert len(exported) == len(set(exported))

    # As in a database written before the check existed: the detail still gives the activity.
    with write_catalogue.sessions() as session:
        zutphen = session.scalar(select(Municipality).where(Municipality.slug == "zutphen"))
        session.add(LocalTeam(public_id=shared, name="Lokaal team met een geleend id", municipality=zutphen))
        session.commit()
    assert not is_team(client.get(f"/api/hsds/services/{shared}").get_json())
