"""The production tracker store keeps no chat text, forgets the callback details once the
conversation no longer needs them and deletes old events (SQLite here; on PostgreSQL and with
the Redis lock store in test_production_stores.py)."""
import asyncio
import copy
import json
import re
import time
import warnings
from pathlib import Path
from typing import Any, Dict, List

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (ActionExecuted, ActiveLoop, BotUttered, SessionStarted, SlotSet, UserUttered,
                                     deserialise_events)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk.executor import CollectingDispatcher

from actions.handover import PERSONAL_SLOTS, ActionCancelCallback, ActionSubmitCallback
from actions.texts import t
from stores.privacy_sql import DEFAULT_SENSITIVE_SLOTS, REMOVED, PrivacySQLTrackerStore

from .conftest import TRACKERS, load_tracker


def test_no_text_is_stored_and_old_events_are_purged(tmp_path):
    store = PrivacySQLTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"),
                                   retention_days=30)
    old = time.time() - 40 * 86400
    tracker = DialogueStateTracker.from_events("s1", [
        ActionExecuted("action_listen", timestamp=old),
        UserUttered("mijn zoon van 14 is opstandig", {"name": "need_puberteit", "confidence": 0.9},
                    [{"entity": "age", "value": "14", "start": 11, "end": 13}]),
        SlotSet("age", "14"),
    ])
    asyncio.run(store.save(tracker))
    with store.session_scope() as session:
        rows = [json.loads(r.data) for r in session.query(store.SQLEvent).all()]
    assert len(rows) == 3
    user = next(r for r in rows if r["event"] == "user")
    assert user["text"] is None and "opstandig" not in json.dumps(rows)
    assert user["parse_data"]["intent"]["name"] == "need_puberteit"
    again = asyncio.run(store.retrieve("s1"))
    assert again.latest_message.intent_name == "need_puberteit" and again.latest_message.text is None
    assert store.purge() == 1  # the 40-day-old event
    with store.session_scope() as session:
        assert session.query(store.SQLEvent).count() == 2


def test_production_endpoints_build_this_store(monkeypatch, tmp_path):
    from pathlib import Path

    from rasa.core.tracker_store import TrackerStore
    from rasa.utils.endpoints import read_endpoint_config

    env = {"DICHTBIJ_ACTIONS_HOST": "127.0.0.1", "DICHTBIJ_ACTIONS_PORT": "5055",
           "DICHTBIJ_BOT_DB_HOST": "db.internal", "DICHTBIJ_BOT_DB_PORT": "5432",
           "DICHTBIJ_BOT_DB_NAME": str(tmp_path / "bot.db"), "DICHTBIJ_BOT_DB_USER": "bot",
           "DICHTBIJ_BOT_DB_PASSWORD": "secret", "DICHTBIJ_TRACKER_RETENTION_DAYS": "7",
           "DICHTBIJ_REDIS_HOST": "redis.internal", "DICHTBIJ_REDIS_PORT": "6379", "DICHTBIJ_REDIS_LOCK_DB": "1"}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    path = str(Path(__file__).resolve().parents[2] / "endpoints.production.yml")
    tracker_cfg = read_endpoint_config(path, "tracker_store")
    lock_cfg = read_endpoint_config(path, "lock_store")
    assert tracker_cfg.type == "stores.privacy_sql.PrivacySQLTrackerStore"
    # Rasa passes `url` as the store's host: a `host:` key as well would crash start-up
    assert tracker_cfg.url == "db.internal" and "host" not in tracker_cfg.kwargs
    assert tracker_cfg.kwargs["dialect"] == "postgresql" and tracker_cfg.kwargs["login_db"] == "postgres"
    assert lock_cfg.type == "redis" and lock_cfg.url == "redis.internal" and lock_cfg.kwargs["db"] == "1"
    # the same configuration on SQLite (test_production_stores.py runs it on PostgreSQL)
    tracker_cfg.url = None
    tracker_cfg.kwargs.update(dialect="sqlite")
    for key in ("port", "username", "password", "login_db"):
        tracker_cfg.kwargs.pop(key)
    store = TrackerStore.create(tracker_cfg, Domain.empty())
    assert isinstance(store, PrivacySQLTrackerStore) and store.retention_days == 7
    assert store.sensitive_slots == list(DEFAULT_SENSITIVE_SLOTS) and store.sensitive_retention_hours == 2


# -- the callback details are forgotten once the conversation no longer needs them ----------

BOT = Path(__file__).resolve().parents[2]
# what the user typed in tests/actions/trackers/callback_consented.json after consenting
PERSONAL_VALUES = ("Sam", "0612345678", "na 16 uur", "gepest op school")
HOUR = 3600.0
ASK_PREFERRED_TIME = t("nl", "ask_preferred_time")


def bot_domain() -> Domain:
    """The bot's slots and session configuration (domain/core.yml: a new session after 60
    idle minutes, slots not carried over), with the real callback slots (handover.yml)."""
    with warnings.catch_warnings():  # Rasa warns about any domain with slots (and filters it itself)
        warnings.filterwarnings("ignore", message="Slot auto-fill has been removed", category=UserWarning)
        return Domain.load([str(BOT / "domain" / f"{name}.yml") for name in ("core", "help", "handover")])


def recorded_turns(end: float) -> List[List[Dict[str, Any]]]:
    """The recorded consented callback conversation (help form, local team, callback form up
    to the note), one list of events per message as Rasa saves them, the last event at `end`."""
    events = copy.deepcopy(json.loads((TRACKERS / "callback_consented.json").read_text(encoding="utf-8"))["events"])
    shift = end - events[-1]["timestamp"]
    for event in events:
        event["timestamp"] += shift
    starts = [i for i, e in enumerate(events) if e["event"] == "user"][1:]
    bounds = [0, *starts, len(events)]
    return [events[a:b] for a, b in zip(bounds, bounds[1:])]


def submit_callback_events() -> List[Dict[str, Any]]:
    """What Rasa records when action_submit_callback runs on that conversation: the action,
    its reply ("Dank je, Sam ...") and the slots it clears."""
    dispatcher = CollectingDispatcher()
    slots = ActionSubmitCallback().run(dispatcher, load_tracker("callback_consented"), {})
    keys = ("elements", "quick_replies", "buttons", "attachment", "image", "custom")
    bots = [BotUttered(m.get("text"), {k: m.get(k) or None for k in keys}).as_dict() for m in dispatcher.messages]
    return [ActionExecuted("action_submit_callback").as_dict(), *bots, *slots, ActionExecuted("action_listen").as_dict()]


def save_turns(store, sender: str, turns: List[List[Dict[str, Any]]]) -> None:
    """Each turn as Rasa handles a message: retrieve the tracker, add the turn, save."""
    for turn in turns:
        tracker = asyncio.run(store.retrieve(sender)) or DialogueStateTracker(sender, store.domain.slots)
        for event in deserialise_events(turn):
            tracker.update(event)
        asyncio.run(store.save(tracker))


def mentions(text: str, value: str) -> bool:
    """`value` as a word or phrase in `text` ("Sam", not "Samenvatting")."""
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE) is not None


def assert_forgotten(rows: List[Dict[str, Any]], values=PERSONAL_VALUES) -> None:
    """None of `values` in the stored events, but for the example in the bot's own question
    ("... of 'na 16 uur')?"), which the user copied: stored before they said anything, so
    the store keeps it."""
    raw = json.dumps(rows, ensure_ascii=False)
    assert raw.count(json.dumps(ASK_PREFERRED_TIME, ensure_ascii=False)) == 1
    raw = raw.replace(json.dumps(ASK_PREFERRED_TIME, ensure_ascii=False), "")
    for value in values:
        assert not mentions(raw, value), value


def stored(store, sender: str) -> List[Dict[str, Any]]:
    with store.session_scope() as session:
        rows = session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == sender).order_by(store.SQLEvent.id)
        return [json.loads(r.data) for r in rows]


def sqlite_store(tmp_path, domain=None, **kwargs) -> PrivacySQLTrackerStore:
    return PrivacySQLTrackerStore(domain=domain or bot_domain(), dialect="sqlite", db=str(tmp_path / "t.db"),
                                  **kwargs)


def test_default_sensitive_slots_are_the_callback_details_the_actions_clear():
    callback_form = bot_domain().forms["callback_form"]["required_slots"]
    assert set(DEFAULT_SENSITIVE_SLOTS) <= set(callback_form)
    assert set(DEFAULT_SENSITIVE_SLOTS) <= set(PERSONAL_SLOTS)  # forget_personal_data() clears them
    assert {e["name"] for e in submit_callback_events() if e["event"] == "slot"} >= set(DEFAULT_SENSITIVE_SLOTS)


@pytest.mark.parametrize("clear_in_last_turn", [True, False], ids=["same-save", "separate-save"])
def test_callback_details_are_forgotten_once_the_actions_clear_them(tmp_path, fake_api, clear_in_last_turn):
    store = sqlite_store(tmp_path)
    turns = recorded_turns(time.time())
    clearing = submit_callback_events()
    assert any(e["event"] == "bot" and mentions(e["text"], "Sam") for e in clearing)  # "Dank je, Sam."
    # another conversation in the middle of the same form, with the same name and number
    save_turns(store, "other", turns[:-1])
    other_before = stored(store, "other")
    if clear_in_last_turn:  # as Rasa does: the note and action_submit_callback in one message
        save_turns(store, "s1", [*turns[:-1], turns[-1] + clearing])
    else:
        save_turns(store, "s1", turns)
        before = json.dumps(stored(store, "s1"))
        assert all(mentions(before, value) for value in PERSONAL_VALUES)
        save_turns(store, "s1", [clearing])

    rows = stored(store, "s1")
    assert len(rows) == sum(map(len, turns)) + len(clearing)  # rewritten, nothing deleted
    assert_forgotten(rows)
    slots = [r for r in rows if r["event"] == "slot" and r["name"] in DEFAULT_SENSITIVE_SLOTS]
    assert len(slots) >= 8 and all(r["value"] is None for r in slots)
    # the reply that repeated the name is scrubbed; the other replies are still there
    bots = [r for r in rows if r["event"] == "bot"]
    assert [r["text"] for r in bots].count(REMOVED) == 1
    assert ASK_PREFERRED_TIME in [r["text"] for r in bots]  # asked before the user answered
    removed = next(r for r in bots if r["text"] == REMOVED)
    assert set(removed["data"].values()) == {None} and removed["metadata"] == {}
    assert "Wat is je voornaam?" in [r["text"] for r in bots]
    assert any(r["text"].startswith("Hoe oud is je kind") for r in bots)  # what forms._asked_twice reads
    # the recorded NLU read the phone number as an age: that entity value and slot go too
    users = [r for r in rows if r["event"] == "user"]
    assert [r["parse_data"]["intent"]["name"] for r in users][-4:] == ["nlu_fallback", "inform", "inform", "need_pesten"]
    assert {"entity": "age", "value": REMOVED} in [
        {k: e[k] for k in ("entity", "value")} for r in users for e in r["parse_data"]["entities"]]
    assert [r["value"] for r in rows if r["event"] == "slot" and r["name"] == "age"] == ["skip", "skip", None, "16"]

    # the dialogue goes on with the slots empty and everything else as it was
    tracker = asyncio.run(store.retrieve("s1"))
    assert all(tracker.get_slot(s) is None for s in DEFAULT_SENSITIVE_SLOTS)
    assert tracker.get_slot("callback_consent") is None and tracker.get_slot("team_id") == "lt-zutphen-noord"
    assert len(tracker.events) == len(rows) - 1  # from session_started on, as Rasa retrieves it
    assert tracker.latest_action_name == "action_listen"
    tracker.update(UserUttered("dank je wel", {"name": "thank", "confidence": 0.9}))
    asyncio.run(store.save(tracker))
    assert len(stored(store, "s1")) == len(rows) + 1  # only the new event is added

    # the other conversation still has its details, in the store and in the tracker
    assert stored(store, "other") == other_before
    other = asyncio.run(store.retrieve("other"))
    assert other.get_slot("first_name") == "Sam" and other.get_slot("contact") == "0612345678"


def test_rejected_input_is_forgotten_and_the_other_details_kept(tmp_path):
    """A form validation that clears one slot (the user's answer was not a phone number)
    forgets that answer only; the first name the form still needs stays."""
    store = sqlite_store(tmp_path)
    save_turns(store, "s1", [
        [SlotSet("first_name", "Sam").as_dict(), ActionExecuted("action_listen").as_dict()],
        [UserUttered(None, {"name": "inform", "confidence": 0.9}).as_dict(),
         SlotSet("contact", "bel maar naar mijn moeder").as_dict(), ActionExecuted("callback_form").as_dict(),
         SlotSet("contact", None).as_dict(), BotUttered("Dat lijkt geen telefoonnummer of e-mailadres.").as_dict(),
         ActionExecuted("action_listen").as_dict()],
    ])
    raw = json.dumps(stored(store, "s1"))
    assert "moeder" not in raw and '"Sam"' in raw
    tracker = asyncio.run(store.retrieve("s1"))
    assert tracker.get_slot("first_name") == "Sam" and tracker.get_slot("contact") is None


def test_a_new_session_forgets_the_details_of_the_previous_one(tmp_path):
    """With carry_over_slots_to_new_session: false (domain/core.yml) a new session starts
    without the slots, so a form abandoned in the previous session is forgotten then."""
    store = sqlite_store(tmp_path)
    assert store.domain.session_config.carry_over_slots is False
    turns = recorded_turns(time.time() - 2 * HOUR)
    save_turns(store, "s1", turns[:-1])
    assert mentions(json.dumps(stored(store, "s1")), "0612345678")
    save_turns(store, "s1", [[ActionExecuted("action_session_start").as_dict(), SessionStarted().as_dict(),
                              ActionExecuted("action_listen").as_dict(),
                              UserUttered(None, {"name": "greet", "confidence": 0.9}).as_dict()]])
    assert_forgotten(stored(store, "s1"), PERSONAL_VALUES[:3])
    assert asyncio.run(store.retrieve("s1")).get_slot("first_name") is None


def test_callback_form_stopped_halfway_is_forgotten_at_once(tmp_path):
    """No or goodbye in the middle of the form: the cancel rule says utter_callback_cancelled,
    then action_cancel_callback clears the details in the same save, without waiting for the
    idle check."""
    store = sqlite_store(tmp_path, sensitive_retention_hours=2)
    turns = recorded_turns(time.time())[:-1]  # stopped at the question for the note
    dispatcher = CollectingDispatcher()
    cleared = ActionCancelCallback().run(dispatcher, load_tracker("callback_consented"), {})
    assert dispatcher.messages == []
    cancel = [UserUttered(None, {"name": "goodbye", "confidence": 0.9}).as_dict(),
              ActionExecuted("action_deactivate_loop").as_dict(), ActiveLoop(None).as_dict(),
              SlotSet("requested_slot", None).as_dict(), ActionExecuted("utter_callback_cancelled").as_dict(),
              BotUttered("Prima, ik heb niets bewaard of doorgegeven.").as_dict(),
              ActionExecuted("action_cancel_callback").as_dict(), *cleared,
              ActionExecuted("action_listen").as_dict()]
    save_turns(store, "s1", turns)
    assert all(mentions(json.dumps(stored(store, "s1")), value) for value in PERSONAL_VALUES[:3])
    save_turns(store, "s1", [cancel])
    rows = stored(store, "s1")
    assert len(rows) == sum(map(len, turns)) + len(cancel)
    assert_forgotten(rows, PERSONAL_VALUES[:3])
    assert all(r["value"] is None for r in rows if r["event"] == "slot" and r["name"] in DEFAULT_SENSITIVE_SLOTS)
    tracker = asyncio.run(store.retrieve("s1"))
    assert all(tracker.get_slot(s) is None for s in PERSONAL_SLOTS)
    assert tracker.get_slot("team_id") == "lt-zutphen-noord" and tracker.active_loop_name is None


def test_abandoned_callback_form_is_forgotten_after_sensitive_retention_hours(tmp_path):
    store = sqlite_store(tmp_path, sensitive_retention_hours=2)
    now = time.time()
    save_turns(store, "abandoned", recorded_turns(now - 3 * HOUR)[:-1])  # stopped before the note
    save_turns(store, "active", recorded_turns(now - 1 * HOUR)[:-1])
    count = len(stored(store, "abandoned"))
    assert store.purge(now) == 0  # nothing is old enough to delete
    rows = stored(store, "abandoned")
    assert len(rows) == count
    assert_forgotten(rows, PERSONAL_VALUES[:3])
    assert all(r["value"] is None for r in rows if r["event"] == "slot" and r["name"] in DEFAULT_SENSITIVE_SLOTS)
    assert asyncio.run(store.retrieve("abandoned")).get_slot("first_name") is None
    assert asyncio.run(store.retrieve("active")).get_slot("contact") == "0612345678"  # idle for 1 hour only
    assert store.forget_idle(now) == 0  # nothing left to forget
    assert store.forget_idle(now + 2 * HOUR) == 1  # the other one, two hours later
    assert asyncio.run(store.retrieve("active")).get_slot("contact") is None


def test_sensitive_settings():
    from stores.privacy_sql import _hours, _slot_list

    assert _slot_list(None) == ["first_name", "contact", "preferred_time", "note"]
    assert _slot_list("first_name, contact") == ["first_name", "contact"] == _slot_list(["first_name", "contact"])
    assert _hours("off") is None and _hours(0) is None and _hours("2") == 2.0
    with pytest.raises(ValueError):
        _hours(-1)
