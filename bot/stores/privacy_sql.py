"""A SQL tracker store that keeps no free chat text and forgets old conversations.

Used in production (`bot/endpoints.production.yml`, PostgreSQL). Compared with Rasa's
SQLTrackerStore it
- stores user messages without their text (intent, entities and slots are kept, because
  the dialogue needs them on the next turn), unless `store_text: true`;
- deletes every event older than `retention_days` (default 30), checked at start-up and
  then every `purge_every` saves.
Callback details the user consented to (first name, phone/e-mail, note) live in slots only
until the request is delivered; the actions then clear them, and the retention limit
removes the history.
"""
from __future__ import annotations

import json
import logging
import time
from typing import Any, Optional

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

logger = logging.getLogger(__name__)


def redact_event(data: dict) -> dict:
    """The stored form of one event: user text removed."""
    if data.get("event") == "user":
        data = dict(data)
        data["text"] = None
        parse = dict(data.get("parse_data") or {})
        parse.pop("text", None)
        parse["entities"] = [
            {k: v for k, v in e.items() if k not in ("text",)} for e in parse.get("entities") or []
        ]
        data["parse_data"] = parse
        data["message_id"] = data.get("message_id")
    return data


class PrivacySQLTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        domain: Optional[Any] = None,
        retention_days: float = 30,
        store_text: bool = False,
        purge_every: int = 200,
        **kwargs: Any,
    ) -> None:
        super().__init__(domain=domain, **kwargs)
        self.retention_days = float(retention_days)
        self.store_text = bool(store_text)
        self.purge_every = max(1, int(purge_every))
        self._saves = 0
        self.purge()

    def purge(self, now: Optional[float] = None) -> int:
        """Deletes events older than the retention limit; returns how many."""
        cutoff = (now or time.time()) - self.retention_days * 86400
        with self.session_scope() as session:
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.timestamp < cutoff)
                .delete(synchronize_session=False)
            )
            session.commit()
        if deleted:
            logger.info("tracker store: deleted %d events older than %s days", deleted, self.retention_days)
        return int(deleted or 0)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.session_scope() as session:
            for event in self._additional_events(session, tracker):
                data = event.as_dict()
                if not self.store_text:
                    data = redact_event(data)
                intent = (data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY)
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=intent,
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()
        self._saves += 1
        if self._saves % self.purge_every == 0:
            self.purge()


__all__ = ["PrivacySQLTrackerStore", "redact_event"]
