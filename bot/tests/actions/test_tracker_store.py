"""The production tracker store keeps no chat text and deletes old events (SQLite here)."""
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
