"""The production tracker store keeps no chat text and deletes old events (SQLite here; on
PostgreSQL and with the Redis lock store in test_production_stores.py)."""
import asyncio
import json
import time

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from stores.privacy_sql import PrivacySQLTrackerStore


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
