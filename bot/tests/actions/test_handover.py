"""action_local_team, action_submit_callback and action_cancel_callback: consent decides whether
anything is sent, and no callback detail is kept after the form ends or is stopped."""
import asyncio
import warnings
from pathlib import Path

import pytest

from actions.handover import PERSONAL_SLOTS, ActionCancelCallback, ActionLocalTeam, ActionSubmitCallback

from .conftest import customs, load_tracker, make_tracker, slot_events, texts

DOMAIN = Path(__file__).resolve().parents[2] / "domain"


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


def test_cancelled_callback_clears_every_detail(fake_api, dispatcher):
    """No or goodbye in the middle of the callback form (rule in data/rules/handover.yml: the
    rule says utter_callback_cancelled, then this action clears)."""
    tracker = load_tracker("callback_consented")
    assert tracker.get_slot("first_name") == "Sam" and tracker.get_slot("contact") == "0612345678"
    events = ActionCancelCallback().run(dispatcher, tracker, {})
    assert dispatcher.messages == []
    assert [e for e in events if e.get("event") == "slot"] == events  # slots only, nothing else
    assert slot_events(events) == {s: None for s in PERSONAL_SLOTS}
    assert fake_api.requests == []  # nothing sent anywhere


@pytest.mark.parametrize("language, expected", [
    ("nl", "Prima, ik heb niets bewaard of doorgegeven. Je kunt het lokale team altijd zelf bellen of langsgaan."),
    ("en", "Okay, I haven't stored or passed on anything. You can always call or visit the local team yourself."),
])
def test_cancel_text_is_the_cancelled_response_in_the_users_language(language, expected):
    """What Rasa sends for utter_callback_cancelled, which the cancel rule runs before
    action_cancel_callback."""
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    with warnings.catch_warnings():  # Rasa warns about any domain with slots (and filters it itself)
        warnings.filterwarnings("ignore", message="Slot auto-fill has been removed", category=UserWarning)
        domain = Domain.load([str(DOMAIN / "core.yml"), str(DOMAIN / "handover.yml")])
    assert "action_cancel_callback" in domain.action_names_or_texts
    tracker = DialogueStateTracker.from_events("s1", [SlotSet("language", language)], slots=domain.slots)
    nlg = TemplatedNaturalLanguageGenerator(domain.responses)
    message = asyncio.run(nlg.generate("utter_callback_cancelled", tracker, "rest"))
    assert message["text"] == expected
