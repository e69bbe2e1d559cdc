"""The same actions against the real web app with the demo catalogue (see conftest.web_api)."""
import json

from actions.handover import ActionLocalTeam, ActionSubmitCallback
from actions.recommend import ActionRecommend

from .conftest import customs, load_tracker, make_tracker, texts


def test_parent_of_14_in_zutphen_gets_puberty_activities_from_zutphen(real_api, dispatcher):
    ActionRecommend().run(dispatcher, load_tracker("recommend_parent_zutphen", shown_ids=[]), {})
    activities = next(p for p in customs(dispatcher) if p["type"] == "activities")["activities"]
    assert 1 <= len(activities) <= 3
    assert all(a["url"].startswith(real_api.url) or a["url"].startswith("http") for a in activities)
    assert all(a["id"].startswith("act-") for a in activities)
    teams = [p["team"] for p in customs(dispatcher) if p["type"] == "local_team"]
    assert teams and all(t["municipality"] == "zutphen" for t in teams)


def test_local_team_for_postcode_7207(real_api, dispatcher):
    ActionLocalTeam().run(dispatcher, load_tracker("local_team_postcode"), {})
    team = customs(dispatcher)[0]["team"]
    assert team["id"] == "lt-zutphen-noord" and team["walk_in_hours"]


def test_consented_callback_is_stored_with_the_team(real_api, dispatcher):
    tracker = load_tracker("callback_consented", first_name="Robin", contact="robin@example.org")
    ActionSubmitCallback().run(dispatcher, tracker, {})
    assert "Robin" in texts(dispatcher)
    done = real_api.cli("callbacks", "--json")
    stored = [c for c in json.loads(done.stdout) if c["first_name"] == "Robin"]
    assert len(stored) == 1 and stored[0]["team"] == "lt-zutphen-noord" and stored[0]["email"] == "robin@example.org"


def test_declined_callback_stores_nothing(real_api, dispatcher):
    before = real_api.cli("callbacks", "--json").stdout
    ActionSubmitCallback().run(dispatcher, load_tracker("callback_declined"), {})
    assert real_api.cli("callbacks", "--json").stdout == before


def test_a_neighbourhood_name_is_resolved_by_the_api_list(real_api, dispatcher):
    from actions.api import get_api
    from actions.places import resolve_place

    place = resolve_place(get_api(), "De Hoven")
    assert place.municipality == "zutphen" and place.neighbourhood == "de-hoven"
    ActionRecommend().run(dispatcher, make_tracker("De Hoven", "inform", theme="opvoedondersteuning",
                                                   place="De Hoven"), {})
    assert any(p["type"] == "activities" for p in customs(dispatcher))
