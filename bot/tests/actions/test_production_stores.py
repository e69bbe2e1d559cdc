"""The production stores (`endpoints.production.yml`) against the real local servers.

Built exactly as `rasa run --endpoints endpoints.production.yml` builds them
(`read_endpoint_config` + `TrackerStore.create` / `LockStore.create`), with the DICHTBIJ_*
variables pointing at
- PostgreSQL from DICHTBIJ_TEST_POSTGRES_URL (default postgres@127.0.0.1:5432): the tracker
  store creates a throw-away database per test there (dropped afterwards);
- Redis from DICHTBIJ_TEST_REDIS_URL (default 127.0.0.1:6379, database 15): unique
  conversation ids, their lock keys are deleted afterwards.
Skipped with a reason when a server is not reachable; with CI=true that is a failure.
"""
from __future__ import annotations

import asyncio
import json
import os
import time
import uuid
import warnings
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import unquote, urlsplit

import pytest

BOT = Path(__file__).resolve().parents[2]
ENDPOINTS = str(BOT / "endpoints.production.yml")
IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_ADMIN_URL = os.environ.get("DICHTBIJ_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("DICHTBIJ_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
DAY = 86400.0


def unavailable(reason: str) -> None:
    """Skip on a developer's machine; in CI a missing service is a failure, never a skip."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: required)")
    pytest.skip(reason)


def postgres_params() -> Dict[str, Any]:
    """Connection parameters of the test server (the SQLAlchemy URL the main tests use)."""
    url = urlsplit(POSTGRES_ADMIN_URL)
    return {"host": url.hostname or "127.0.0.1", "port": url.port or 5432,
            "user": unquote(url.username or "postgres"), "password": unquote(url.password or ""),
            "dbname": url.path.lstrip("/") or "postgres"}


def redis_params() -> Dict[str, Any]:
    url = urlsplit(REDIS_URL)
    return {"host": url.hostname or "127.0.0.1", "port": url.port or 6379, "db": int(url.path.lstrip("/") or 0)}


class Postgres:
    """A connection to the server's maintenance database, to look at what the store wrote."""

    def __init__(self) -> None:
        import psycopg2

        self.params = postgres_params()
        try:
            self.admin = psycopg2.connect(connect_timeout=3, **self.params)
        except psycopg2.Error as exc:
            unavailable(f"PostgreSQL at {self.params['host']}:{self.params['port']} is not reachable: "
                        f"{exc.__class__.__name__}")
        self.admin.autocommit = True
        self.database = f"dichtbij_bot_test_{uuid.uuid4().hex[:10]}"

    def database_exists(self) -> bool:
        with self.admin.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.database,))
            return cur.fetchone() is not None

    def rows(self, sender_id: str) -> List[Tuple[str, Any, Any, Dict[str, Any], str]]:
        """(type_name, intent_name, action_name, data, raw data) of one conversation, in order."""
        import psycopg2

        with psycopg2.connect(connect_timeout=3, **{**self.params, "dbname": self.database}) as conn:
            with conn.cursor() as cur:
                cur.execute("SELECT type_name, intent_name, action_name, data FROM events "
                            "WHERE sender_id = %s ORDER BY id", (sender_id,))
                found = cur.fetchall()
        conn.close()
        return [(t, i, a, json.loads(d), d) for t, i, a, d in found]

    def insert_old_event(self, sender_id: str, days_ago: float) -> None:
        import psycopg2

        stamp = time.time() - days_ago * DAY
        data = json.dumps({"event": "action", "name": "action_listen", "timestamp": stamp})
        with psycopg2.connect(connect_timeout=3, **{**self.params, "dbname": self.database}) as conn:
            with conn.cursor() as cur:
                cur.execute("INSERT INTO events (sender_id, type_name, timestamp, action_name, data) "
                            "VALUES (%s, 'action', %s, 'action_listen', %s)", (sender_id, stamp, data))
        conn.close()

    def drop(self) -> None:
        with self.admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        self.admin.close()


@pytest.fixture
def postgres() -> Iterator[Postgres]:
    """The server, and the name of a database that does not exist yet (dropped afterwards)."""
    server = Postgres()
    try:
        yield server
    finally:
        server.drop()


@pytest.fixture(scope="module")
def redis_server() -> Dict[str, Any]:
    import redis

    params = redis_params()
    client = redis.Redis(socket_connect_timeout=2, **params)
    try:
        client.ping()
    except redis.RedisError as exc:
        unavailable(f"Redis at {params['host']}:{params['port']} is not reachable: {exc.__class__.__name__}")
    finally:
        client.close()
    return params


def production_env(monkeypatch: pytest.MonkeyPatch, **values: str) -> None:
    """Every variable endpoints.production.yml needs (Rasa refuses unset ones)."""
    env = {"DICHTBIJ_ACTIONS_HOST": "127.0.0.1", "DICHTBIJ_ACTIONS_PORT": "5055",
           "DICHTBIJ_BOT_DB_HOST": "127.0.0.1", "DICHTBIJ_BOT_DB_PORT": "5432",
           "DICHTBIJ_BOT_DB_NAME": "unused", "DICHTBIJ_BOT_DB_USER": "unused",
           "DICHTBIJ_BOT_DB_PASSWORD": "", "DICHTBIJ_TRACKER_RETENTION_DAYS": "30",
           "DICHTBIJ_REDIS_HOST": "127.0.0.1", "DICHTBIJ_REDIS_PORT": "6379", "DICHTBIJ_REDIS_LOCK_DB": "1",
           **values}
    for key, value in env.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def tracker_store_env(monkeypatch: pytest.MonkeyPatch, postgres: Postgres) -> None:
    p = postgres.params
    production_env(monkeypatch, DICHTBIJ_BOT_DB_HOST=p["host"], DICHTBIJ_BOT_DB_PORT=str(p["port"]),
                   DICHTBIJ_BOT_DB_NAME=postgres.database, DICHTBIJ_BOT_DB_USER=p["user"],
                   DICHTBIJ_BOT_DB_PASSWORD=p["password"], DICHTBIJ_TRACKER_RETENTION_DAYS="7")


def domain():
    from rasa.shared.core.domain import Domain

    with warnings.catch_warnings():  # Rasa warns about any domain with slots (and filters it itself)
        warnings.filterwarnings("ignore", message="Slot auto-fill has been removed", category=UserWarning)
        return Domain.from_yaml("""
version: "3.1"
intents: [need_puberteit, inform]
entities: [age]
slots:
  age:
    type: text
    influence_conversation: false
    mappings: [{type: from_entity, entity: age}]
responses:
  utter_ask_age: [{text: "Hoe oud is je kind?"}]
""")


def create_tracker_store(with_domain: Any = None):
    from rasa.core.tracker_store import TrackerStore
    from rasa.utils.endpoints import read_endpoint_config

    from stores.privacy_sql import PrivacySQLTrackerStore

    config = read_endpoint_config(ENDPOINTS, "tracker_store")
    store = TrackerStore.create(config, with_domain or domain())
    # Rasa silently falls back to the in-memory store when the class cannot be imported
    assert isinstance(store, PrivacySQLTrackerStore), type(store)
    return store


def test_tracker_store_on_postgresql_keeps_no_text_and_forgets_old_events(tracker_store_env, postgres):
    from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    assert not postgres.database_exists()
    store = create_tracker_store()
    try:
        # the store created its database on the PostgreSQL server and works there
        assert postgres.database_exists()
        assert store.engine.dialect.name == "postgresql" and store.engine.url.database == postgres.database
        assert store.retention_days == 7

        sender = f"test-{uuid.uuid4().hex}"
        old = time.time() - 10 * DAY
        words = "Mijn zoon van 14 is heel opstandig en smijt met deuren"
        tracker = DialogueStateTracker.from_events(sender, [
            ActionExecuted("action_listen", timestamp=old),
            UserUttered(words, {"name": "need_puberteit", "confidence": 0.93},
                        [{"entity": "age", "value": "14", "start": 15, "end": 17}]),
            SlotSet("age", "14"),
            ActionExecuted("utter_ask_age"),
        ], domain().slots)
        asyncio.run(store.save(tracker))

        rows = postgres.rows(sender)
        assert [r[0] for r in rows] == ["action", "user", "slot", "action"]
        raw = "\n".join(r[4] for r in rows)
        for word in ("opstandig", "smijt", "deuren", "zoon"):
            assert word not in raw
        _, intent, _, user, _ = rows[1]
        assert intent == "need_puberteit" and user["text"] is None
        assert user["parse_data"]["intent"]["name"] == "need_puberteit"
        assert user["parse_data"]["entities"] == [{"entity": "age", "value": "14", "start": 15, "end": 17}]
        assert rows[2][3]["name"] == "age" and rows[2][3]["value"] == "14"
        assert rows[3][2] == "utter_ask_age"

        again = asyncio.run(store.retrieve(sender))
        assert again is not None and again.get_slot("age") == "14"
        assert again.latest_message.intent_name == "need_puberteit" and again.latest_message.text is None

        # the next turn adds only its own events
        again.update(UserUttered("hij is veertien", {"name": "inform", "confidence": 0.9}))
        asyncio.run(store.save(again))
        rows = postgres.rows(sender)
        assert [r[0] for r in rows] == ["action", "user", "slot", "action", "user"]
        assert rows[4][1] == "inform" and "veertien" not in rows[4][4]

        # retention: the 10-day-old event goes, the rest of the conversation stays
        assert store.purge() == 1
        assert [r[0] for r in postgres.rows(sender)] == ["user", "slot", "action", "user"]
        assert store.purge() == 0
    finally:
        store.engine.dispose()


def test_tracker_store_purges_at_start_up_and_reuses_its_database(tracker_store_env, postgres):
    first = create_tracker_store()  # creates the database and the table when the other test did not
    first.engine.dispose()
    sender = f"test-{uuid.uuid4().hex}"
    postgres.insert_old_event(sender, days_ago=8)
    postgres.insert_old_event(sender, days_ago=6)
    assert len(postgres.rows(sender)) == 2
    store = create_tracker_store()  # a restart: the database exists already
    try:
        rows = postgres.rows(sender)
        assert len(rows) == 1 and time.time() - rows[0][3]["timestamp"] < 7 * DAY
    finally:
        store.engine.dispose()


def test_callback_details_are_forgotten_on_postgresql(tracker_store_env, postgres, fake_api):
    """The recorded consented callback conversation, message by message; the last message
    also runs action_submit_callback, which clears the details: afterwards none of them is in
    the conversation's rows, while another conversation in the middle of the form keeps them."""
    from stores.privacy_sql import DEFAULT_SENSITIVE_SLOTS, REMOVED

    from .test_tracker_store import (PERSONAL_VALUES, assert_forgotten, bot_domain, mentions, recorded_turns,
                                     save_turns, submit_callback_events)

    store = create_tracker_store(bot_domain())
    try:
        assert store.sensitive_slots == list(DEFAULT_SENSITIVE_SLOTS) and store.sensitive_retention_hours == 2
        sender, other = f"test-{uuid.uuid4().hex}", f"test-{uuid.uuid4().hex}"
        turns = recorded_turns(time.time())
        clearing = submit_callback_events()
        save_turns(store, other, turns[:-1])
        other_before = postgres.rows(other)
        save_turns(store, sender, turns[:-2])
        assert all(mentions("\n".join(r[4] for r in postgres.rows(sender)), v) for v in PERSONAL_VALUES[:3])
        save_turns(store, sender, [turns[-2], turns[-1] + clearing])

        rows = postgres.rows(sender)
        assert len(rows) == sum(map(len, turns)) + len(clearing)
        assert_forgotten([r[3] for r in rows])
        assert all(r[3]["value"] is None for r in rows if r[0] == "slot" and r[2] in DEFAULT_SENSITIVE_SLOTS)
        assert [r[3]["text"] for r in rows if r[0] == "bot"].count(REMOVED) == 1
        tracker = asyncio.run(store.retrieve(sender))
        assert all(tracker.get_slot(s) is None for s in DEFAULT_SENSITIVE_SLOTS)
        assert tracker.get_slot("team_id") == "lt-zutphen-noord"

        assert postgres.rows(other) == other_before
        kept = asyncio.run(store.retrieve(other))
        assert kept.get_slot("first_name") == "Sam" and kept.get_slot("preferred_time") == "na 16 uur"
    finally:
        store.engine.dispose()


def test_abandoned_callback_form_is_forgotten_on_postgresql(tracker_store_env, postgres):
    from .test_tracker_store import HOUR, assert_forgotten, bot_domain, recorded_turns, save_turns

    store = create_tracker_store(bot_domain())
    try:
        abandoned, active = f"test-{uuid.uuid4().hex}", f"test-{uuid.uuid4().hex}"
        now = time.time()
        save_turns(store, abandoned, recorded_turns(now - 3 * HOUR)[:-1])
        save_turns(store, active, recorded_turns(now - 1 * HOUR)[:-1])
        count = len(postgres.rows(abandoned))
        assert store.purge(now) == 0
        rows = postgres.rows(abandoned)
        assert len(rows) == count
        assert_forgotten([r[3] for r in rows], ("Sam", "0612345678", "na 16 uur"))
        assert asyncio.run(store.retrieve(active)).get_slot("contact") == "0612345678"
        assert store.forget_idle(now) == 0
        # a restart checks as well; the other conversation has been idle for an hour only
        restarted = create_tracker_store(bot_domain())
        restarted.engine.dispose()
        assert asyncio.run(store.retrieve(active)).get_slot("contact") == "0612345678"
        assert store.forget_idle(now + 2 * HOUR) == 1
        assert asyncio.run(store.retrieve(active)).get_slot("contact") is None
    finally:
        store.engine.dispose()


def test_redis_lock_store_serialises_one_conversation(monkeypatch, redis_server):
    import redis
    from rasa.core.lock_store import LockStore, RedisLockStore
    from rasa.utils.endpoints import read_endpoint_config

    production_env(monkeypatch, DICHTBIJ_REDIS_HOST=redis_server["host"], DICHTBIJ_REDIS_PORT=str(redis_server["port"]),
                   DICHTBIJ_REDIS_LOCK_DB=str(redis_server["db"]))
    config = read_endpoint_config(ENDPOINTS, "lock_store")
    # two lock stores, as in two Rasa processes: they share nothing but Redis
    stores = [LockStore.create(config), LockStore.create(config)]
    for store in stores:
        assert isinstance(store, RedisLockStore) and store.key_prefix == "dichtbij:lock:"
    conversation = f"test-{uuid.uuid4().hex}"
    key = f"dichtbij:lock:{conversation}"
    client = redis.Redis(socket_connect_timeout=2, **redis_server)
    log: List[Tuple[str, str]] = []
    tickets_seen: List[int] = []

    async def handle(store: Any, name: str, hold: float) -> None:
        async with store.lock(conversation, lock_lifetime=30, wait_time_in_seconds=0.02):
            log.append(("start", name))
            assert client.exists(key) == 1  # the lock lives in Redis
            await asyncio.sleep(hold)
            tickets_seen.append(len(json.loads(client.get(key))["tickets"]))
            log.append(("end", name))

    async def both() -> None:
        first = asyncio.create_task(handle(stores[0], "first", 0.5))
        await asyncio.sleep(0.05)  # the first message holds the lock when the second arrives
        await asyncio.gather(first, handle(stores[1], "second", 0.1))

    try:
        started = time.monotonic()
        asyncio.run(both())
        assert log == [("start", "first"), ("end", "first"), ("start", "second"), ("end", "second")]
        assert tickets_seen == [2, 1]  # the second message queued in Redis behind the first
        assert time.monotonic() - started >= 0.6
        assert client.exists(key) == 0  # released: nothing left behind
    finally:
        client.delete(key)
        client.close()
        for store in stores:
            store.red.close()
