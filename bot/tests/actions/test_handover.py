"""action_local_team and action_submit_callback: consent decides whether anything is sent."""
from actions.handover import PERSONAL_SLOTS, ActionLocalTeam, ActionSubmitCallback

from .conftest import customs, load_tracker, make_tracker, slot_events, texts


def test_local_team_for_a_postcode(fake_api, dispatcher):
    events = ActionLocalTeam().run(dispatcher, load_tracker("local_team_postcode"), {})
    team = customs(dispatcher)[0]["team"]
    assert customs(dispatcher)[0]["type"] == "local_team"
    assert team["name"] == "Lokaal team Zutphen-Noord"
    text = texts(dispatcher)
    assert "0575 123 456" in text and "noord@lokaalteamzutphen.nl" in text and "Dinsdag" in text
    assert slot_events(events)["team_id"] == "lt-zutphen-noord"
    assert dispatcher.messages[0]["buttons"][0]["payload"] == "/request_callback"


def test_local_team_without_place_points_to_the_site(fake_api, dispatcher):
    ActionLocalTeam().run(dispatcher, make_tracker("ik wil iemand spreken", "ask_person", place="skip"), {})
    assert "https://dichtbij.example" in texts(dispatcher)
    assert not fake_api.requests


def test_consented_callback_is_delivered_to_the_right_team(fake_api, dispatcher):
    events = ActionSubmitCallback().run(dispatcher, load_tracker("callback_consented"), {})
    assert len(fake_api.callbacks) == 1
    sent = fake_api.callbacks[0]
    assert sent["team_id"] == "lt-zutphen-noord" and sent["consent"] is True
    assert sent["first_name"] == "Sam" and sent["phone"] == "0612345678" and sent["email"] is None
    assert sent["preferred_time"] == "na 16 uur"
    assert "Sam" in texts(dispatcher) and "Zutphen-Noord" in texts(dispatcher)
    cleared = slot_events(events)
    assert all(cleared[s] is None for s in PERSONAL_SLOTS)


def test_declined_callback_sends_nothing(fake_api, dispatcher):
    events = ActionSubmitCallback().run(dispatcher, load_tracker("callback_declined"), {})
    assert fake_api.callbacks == [] and not [r for r in fake_api.requests if r[0] == "POST"]
    assert dispatcher.messages[0]["response"] == "utter_callback_cancelled"
    assert all(slot_events(events)[s] is None for s in PERSONAL_SLOTS)


def test_callback_with_api_down_says_so_and_keeps_nothing(api_down, dispatcher):
    events = ActionSubmitCallback().run(dispatcher, load_tracker("callback_consented"), {})
    assert "niets bewaard" in texts(dispatcher) and "0575 123 456" in texts(dispatcher)
    assert all(slot_events(events)[s] is None for s in PERSONAL_SLOTS)


def test_callback_with_email(fake_api, dispatcher):
    tracker = load_tracker("callback_consented", contact="sam@example.org")
    ActionSubmitCallback().run(dispatcher, tracker, {})
    assert fake_api.callbacks[0]["email"] == "sam@example.org" and fake_api.callbacks[0]["phone"] is None


def test_several_teams_in_a_municipality_are_all_shown(fake_api, dispatcher):
    tracker = make_tracker("ik wil iemand spreken", "ask_person", place="Deventer", municipality="deventer",
                           place_name="Deventer")
    events = ActionLocalTeam().run(dispatcher, tracker, {})
    teams = [p["team"]["id"] for p in customs(dispatcher) if p["type"] == "local_team"]
    assert teams == ["lt-deventer", "lt-deventer-oost"]
    assert "wijk" in texts(dispatcher)
    assert slot_events(events)["team_id"] is None  # no single team to call back from yet
