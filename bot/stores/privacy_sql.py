"""A SQL tracker store that keeps no free chat text and forgets what it no longer needs.

Used in production (`bot/endpoints.production.yml`, PostgreSQL). Compared with Rasa's
SQLTrackerStore it
- stores user messages without their text (intent, entities and slots are kept, because
  the dialogue needs them on the next turn), unless `store_text: true`;
- forgets the values of the `sensitive_slots` (default: the callback details first_name,
  contact, preferred_time, note) as soon as the conversation no longer needs them: a save
  that clears such a slot (SlotSet(slot, None), as the actions do after every callback
  attempt; also a restart, an AllSlotsReset, or a new session when the domain does not carry
  slots over) rewrites the conversation's stored events in the same transaction: the slot's
  earlier values become null, and events that mention one of those values are scrubbed
  (bot text replaced by REMOVED and its data emptied, entity values REMOVED, other slots
  that picked such a value up null; see `scrub_event`);
- does the same for conversations idle for `sensitive_retention_hours` (default 2; the
  dialogue starts a new session without the slots after 60 idle minutes anyway), e.g. a
  callback form abandoned halfway, where no action ever clears the slots;
- deletes every event older than `retention_days` (default 30).
The last two are checked at start-up, then at the first save after `purge_interval_minutes`
(default 60) and every `purge_every` saves (default 200). Stored rows are rewritten, never
deleted, by the scrubbing: Rasa counts a conversation's stored events to know which events
of a tracker are new.
"""
from __future__ import annotations

import json
import logging
import re
import time
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Set, Union

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

logger = logging.getLogger(__name__)

DEFAULT_SENSITIVE_SLOTS = ("first_name", "contact", "preferred_time", "note")
REMOVED = "[removed]"
# events after which no earlier slot value is needed any more
_RESETS = ("restart", "reset_slots")
# how Rasa and this store serialise a slot event without a value (json.dumps defaults)
_NULL_VALUE_JSON = '%"value": null%'


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


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def values_pattern(values: Iterable[Any]) -> Optional["re.Pattern[str]"]:
    """A case-insensitive pattern that finds any of `values` as a whole word or phrase.

    Only string values with a letter or digit count: the form's placeholder "-" (no note)
    would otherwise match every text with a dash."""
    words = {v.strip() for v in values if isinstance(v, str) and re.search(r"\w", v)}
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _mentions(value: Any, pattern: Optional["re.Pattern[str]"]) -> bool:
    return pattern is not None and any(pattern.search(s) for s in _strings(value))


def scrub_event(data: dict, null_slots: Set[str], pattern: Optional["re.Pattern[str]"]) -> dict:
    """`data` without the forgotten values (the same object when nothing changes).

    - a SlotSet of a slot in `null_slots`, or of any other slot whose value mentions a
      value (e.g. `age` filled from a phone number the NLU read as an age): value null;
    - a bot event that mentions a value: text REMOVED, every data field null, metadata {};
    - a user event that mentions a value: no text, matching entity values REMOVED, and its
      metadata {} if that mentions a value.
    Other events hold no user input and stay as they are."""
    kind = data.get("event")
    if kind == "slot":
        value = data.get("value")
        if value is not None and (data.get("name") in null_slots or _mentions(value, pattern)):
            return {**data, "value": None}
        return data
    if not _mentions(data, pattern):
        return data
    if kind == "bot":
        return {**data, "text": REMOVED, "data": {k: None for k in data.get("data") or {}}, "metadata": {}}
    if kind == "user":
        user = redact_event(data)
        parse = dict(user.get("parse_data") or {})
        parse["entities"] = [
            {**e, "value": REMOVED} if _mentions(e.get("value"), pattern) else e for e in parse.get("entities") or []
        ]
        user["parse_data"] = parse
        if _mentions(user.get("metadata"), pattern):
            user["metadata"] = {}
        return user
    return data


def forget(events: List[dict], clear_at: Dict[str, int]) -> List[dict]:
    """One conversation's events (in order) without the values the dialogue no longer needs.

    `clear_at` maps a slot to the index of the event after which its earlier values are not
    needed (the SlotSet(slot, None), a restart, ...). Every value set before that index is
    forgotten: those SlotSet events get value null, and `scrub_event` scrubs every event
    from the user message the value came from onwards that mentions it. Earlier events (the
    bot's question, an example in it that the user copied, a theme set before) cannot
    repeat what the user had not said yet and stay as they are. Returns a new list; unchanged
    events are the same objects."""
    origin: Dict[str, int] = {}  # forgotten value -> index of the user message that gave it
    last_user = None
    for i, data in enumerate(events):
        if data.get("event") == "user":
            last_user = i
        value = data.get("value")
        if data.get("event") == "slot" and i < clear_at.get(data.get("name"), -1) and isinstance(value, str):
            origin.setdefault(value, i if last_user is None else last_user)
    patterns: Dict[frozenset, Optional["re.Pattern[str]"]] = {}
    result = []
    for i, data in enumerate(events):
        if data.get("event") == "slot" and i >= clear_at.get(data.get("name"), len(events)):
            result.append(data)  # set again after it was cleared: the dialogue needs it
            continue
        null_slots = {slot for slot, at in clear_at.items() if i < at}
        said = frozenset(v for v, at in origin.items() if at <= i)
        if said not in patterns:
            patterns[said] = values_pattern(said)
        result.append(scrub_event(data, null_slots, patterns[said]))
    return result


def _slot_list(value: Union[None, str, Sequence[str]]) -> List[str]:
    if value is None:
        return list(DEFAULT_SENSITIVE_SLOTS)
    if isinstance(value, str):  # "first_name, contact" (e.g. from an environment variable)
        return [s.strip() for s in value.split(",") if s.strip()]
    return [str(s).strip() for s in value if str(s).strip()]


def _hours(value: Any) -> Optional[float]:
    """None (off) for an empty value, "off" or 0."""
    if value is None or str(value).strip().lower() in ("", "off", "none", "0"):
        return None
    hours = float(value)
    if hours < 0:
        raise ValueError(f"sensitive_retention_hours must be positive, got {value!r}")
    return hours


class PrivacySQLTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        domain: Optional[Any] = None,
        retention_days: float = 30,
        store_text: bool = False,
        purge_every: int = 200,
        sensitive_slots: Union[None, str, Sequence[str]] = None,
        sensitive_retention_hours: Any = 2,
        purge_interval_minutes: float = 60,
        **kwargs: Any,
    ) -> None:
        super().__init__(domain=domain, **kwargs)
        self.retention_days = float(retention_days)
        self.store_text = bool(store_text)
        self.purge_every = max(1, int(purge_every))
        self.sensitive_slots = _slot_list(sensitive_slots)
        self.sensitive_retention_hours = _hours(sensitive_retention_hours)
        self.purge_interval_minutes = float(purge_interval_minutes)
        self._saves = 0
        self._last_purge = 0.0
        self.purge()

    # -- retention -----------------------------------------------------------------------

    def purge(self, now: Optional[float] = None) -> int:
        """Deletes events older than the retention limit and forgets the sensitive slot
        values of conversations idle for longer than `sensitive_retention_hours`; returns
        how many events were deleted."""
        now = now or time.time()
        self._last_purge = time.time()
        cutoff = now - self.retention_days * 86400
        with self.session_scope() as session:
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.timestamp < cutoff)
                .delete(synchronize_session=False)
            )
            session.commit()
        if deleted:
            logger.info("tracker store: deleted %d events older than %s days", deleted, self.retention_days)
        self.forget_idle(now)
        return int(deleted or 0)

    def forget_idle(self, now: Optional[float] = None) -> int:
        """Forgets the sensitive slot values of every conversation whose last event is older
        than `sensitive_retention_hours`; returns how many conversations changed."""
        if self.sensitive_retention_hours is None or not self.sensitive_slots:
            return 0
        cutoff = (now or time.time()) - self.sensitive_retention_hours * 3600
        E = self.SQLEvent
        with self.session_scope() as session:
            idle = (
                session.query(E.sender_id)
                .group_by(E.sender_id)
                .having(sa.func.max(E.timestamp) < cutoff)
            )
            senders = [
                sender
                for (sender,) in session.query(E.sender_id)
                .filter(
                    E.type_name == "slot",
                    E.action_name.in_(self.sensitive_slots),  # a slot event's `name`: the slot
                    sa.not_(E.data.like(_NULL_VALUE_JSON)),
                    E.sender_id.in_(idle.scalar_subquery()),
                )
                .distinct()
            ]
            everything = {slot: 0 for slot in self.sensitive_slots}  # cleared after the stored events
            for sender in senders:
                self._forget_stored(session, sender, everything)
            changed = len(senders)
            session.commit()
        if changed:
            logger.info("tracker store: forgot the sensitive slot values of %d idle conversations", changed)
        return changed

    # -- forgetting --------------------------------------------------------------------------

    def _forget_stored(
        self, session: Any, sender_id: str, clear_at: Dict[str, int], new: Optional[List[dict]] = None
    ) -> List[dict]:
        """Applies `forget` to one conversation: its stored events, followed by `new` (not
        stored yet; `clear_at` indexes into them). Changed stored rows are rewritten (the
        caller commits); returns `new` as it is to be stored."""
        new = new or []
        rows = (
            session.query(self.SQLEvent)
            .filter(self.SQLEvent.sender_id == sender_id)
            .order_by(self.SQLEvent.id)
            .all()
        )
        events = [json.loads(row.data) for row in rows] + new
        after = forget(events, {slot: len(rows) + at for slot, at in clear_at.items()})
        for row, before, now in zip(rows, events, after):
            if now is not before:
                row.data = json.dumps(now)
        return after[len(rows):]

    def _clearing_positions(self, events: List[dict]) -> Dict[str, int]:
        """Sensitive slot -> index of the last event in `events` after which the slot's
        earlier values are no longer needed."""
        sensitive = set(self.sensitive_slots)
        session_config = getattr(self.domain, "session_config", None)
        session_clears = session_config is not None and not session_config.carry_over_slots
        found: Dict[str, int] = {}
        for i, data in enumerate(events):
            kind = data.get("event")
            if kind == "slot" and data.get("name") in sensitive and data.get("value") is None:
                found[data["name"]] = i
            elif kind in _RESETS or (kind == "session_started" and session_clears):
                found.update({slot: i for slot in sensitive})
        return found

    # -- saving ------------------------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.session_scope() as session:
            new = [event.as_dict() for event in self._additional_events(session, tracker)]
            if not self.store_text:
                new = [redact_event(data) for data in new]
            clear_at = self._clearing_positions(new)
            if clear_at:
                new = self._forget_stored(session, tracker.sender_id, clear_at, new)
            for data in new:
                intent = (data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY)
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=data.get("event"),
                        timestamp=data.get("timestamp"),
                        intent_name=intent,
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()
        self._saves += 1
        if self._saves % self.purge_every == 0 or time.time() - self._last_purge >= self.purge_interval_minutes * 60:
            self.purge()


__all__ = ["PrivacySQLTrackerStore", "REMOVED", "forget", "redact_event", "scrub_event", "values_pattern"]
