"""The chat assistant with its production endpoints (`bot/endpoints.production.yml`): a Rasa
server whose tracker store is on the local PostgreSQL server (a throw-away database) and whose
lock store is on the local Redis server, fed through POST /webhooks/rest/webhook.

Its own web app, action server and Rasa server (module-scoped, see conftest.Stack), because
the shared stack runs on the development endpoints. Skipped with a reason without PostgreSQL,
Redis, the bot's virtualenv or a trained model; with CI=true each of those is a failure.
"""
from __future__ import annotations

import json
import os
import re
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List

import pytest
import requests
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import Engine

from ..conftest import DatabaseFactory
from .conftest import Stack, payloads, require_bot, texts, unavailable

pytestmark = [pytest.mark.bot, pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis]

REDIS_URL = os.environ.get("DICHTBIJ_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
LOCK_PREFIX = "dichtbij:lock:"  # key_prefix "dichtbij" in endpoints.production.yml, plus Rasa's "lock:"


@dataclass
class Production:
    stack: Stack
    events: Engine  # the tracker store's database
    redis: Any
    senders: List[str]

    def sender(self) -> str:
        self.senders.append(f"e2e-prod-{uuid.uuid4().hex[:12]}")
        return self.senders[-1]

    def rows(self, sender: str) -> List[Dict[str, Any]]:
        with self.events.connect() as connection:
            found = connection.execute(
                text("SELECT type_name, intent_name, action_name, data FROM events "
                     "WHERE sender_id = :sender ORDER BY id"), {"sender": sender}).mappings().all()
        return [dict(row) for row in found]


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Production]:
    import redis

    require_bot()
    tmp = tmp_path_factory.mktemp("e2e_bot_production")
    databases = DatabaseFactory("postgresql", tmp)  # skips (fails in CI) without PostgreSQL
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        client.close()
        databases.drop_all()
        unavailable(f"Redis at {REDIS_URL} is not reachable: {exc.__class__.__name__}")
    db = make_url(databases.new("bot_tracker"))
    lock = client.connection_pool.connection_kwargs
    stack = Stack(tmp, bot_env={
        "DICHTBIJ_BOT_ENDPOINTS": "endpoints.production.yml",
        "DICHTBIJ_BOT_DB_HOST": db.host or "127.0.0.1", "DICHTBIJ_BOT_DB_PORT": str(db.port or 5432),
        "DICHTBIJ_BOT_DB_NAME": db.database or "", "DICHTBIJ_BOT_DB_USER": db.username or "postgres",
        "DICHTBIJ_BOT_DB_PASSWORD": db.password or "", "DICHTBIJ_TRACKER_RETENTION_DAYS": "30",
        "DICHTBIJ_REDIS_HOST": str(lock.get("host", "127.0.0.1")), "DICHTBIJ_REDIS_PORT": str(lock.get("port", 6379)),
        "DICHTBIJ_REDIS_LOCK_DB": str(lock.get("db", 0)),
    })
    events = create_engine(db)
    found = Production(stack, events, client, [])
    try:
        stack.start()
        yield found
    finally:
        stack.stop()
        events.dispose()
        databases.drop_all()
        for sender in found.senders:
            client.delete(LOCK_PREFIX + sender)
        client.close()


def test_conversation_is_stored_in_postgresql_without_the_users_words(production):
    sender = production.sender()
    first = production.stack.say(sender, "Mijn zoon is erg opstandig en smijt steeds met de deuren")
    assert "oud" in texts(first).lower(), texts(first)  # the bot asks the age
    second = production.stack.say(sender, "hij is 14")
    third = production.stack.say(sender, "Zutphen")
    assert payloads(second + third, "activities"), texts(second + third)

    rows = production.rows(sender)
    data = [json.loads(row["data"]) for row in rows]
    users = [d for d in data if d["event"] == "user"]
    assert len(users) == 3 and all(d["text"] is None for d in users)
    assert "need_puberteit" in [row["intent_name"] for row in rows if row["type_name"] == "user"]
    assert {"name": "age", "value": "14"}.items() <= next(
        d for d in data if d["event"] == "slot" and d["name"] == "age" and d["value"]).items()
    assert "action_recommend" in [row["action_name"] for row in rows]
    stored = "\n".join(row["data"] for row in rows).lower()
    for word in ("opstandig", "smijt", "deuren", "zoon", "hij is"):
        assert word not in stored, word
    # the lock was released after every message
    assert production.redis.exists(LOCK_PREFIX + sender) == 0


def test_consented_callback_leaves_no_personal_details_in_postgresql(production):
    """The callback conversation of test_conversations.py: once action_submit_callback has
    delivered the request and cleared the slots, the store has rewritten the conversation's
    events: none of the details is left (the bot's own question keeps its example 'na 16
    uur', which it asked before the user copied it), and the dialogue goes on."""
    sender = production.sender()
    personal = ("Sam", "0612345678", "na 16 uur", "het gaat over mijn zoon")
    for message in ("kunnen ze me terugbellen?", "7207", "ja", *personal):
        replies = production.stack.say(sender, message)
    assert "Sam" in texts(replies), texts(replies)  # "Dank je, Sam. ..."
    done = production.stack.dichtbij("callbacks", "--json")
    assert done.returncode == 0, done.stderr
    assert [c for c in json.loads(done.stdout or "[]") if c["first_name"] == "Sam" and c["phone"] == "0612345678"]

    data = [json.loads(row["data"]) for row in production.rows(sender)]
    question = [d for d in data if d["event"] == "bot" and (d["text"] or "").startswith("Wanneer komt het je")]
    assert len(question) == 1 and "'na 16 uur'" in question[0]["text"]
    rest = json.dumps([d for d in data if d not in question], ensure_ascii=False)
    for value in personal:  # as a word: "Sam", not "Samenvatting"
        assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", rest, re.IGNORECASE), value
    details = [d for d in data if d["event"] == "slot" and d["name"] in ("first_name", "contact", "preferred_time", "note")]
    assert len(details) >= 4 and all(d["value"] is None for d in details)
    assert "[removed]" in [d["text"] for d in data if d["event"] == "bot"]

    with requests.get(f"{production.stack.rasa_url}/conversations/{sender}/tracker", timeout=30) as r:
        r.raise_for_status()
        slots = r.json()["slots"]
    assert all(slots[name] is None for name in ("first_name", "contact", "preferred_time", "note"))
    assert slots["team_id"] == "lt-zutphen-noord"
    assert texts(production.stack.say(sender, "dank je wel"))


def test_rasa_waits_for_the_conversation_lock_in_redis(production):
    """Another process holds the conversation's lock: Rasa queues a ticket in Redis and
    answers only after that lock has expired."""
    sender = production.sender()
    key = LOCK_PREFIX + sender
    held_until = time.time() + 4
    # Rasa 3.6's TicketLock format: tickets are JSON strings with a number and an expiry time
    production.redis.set(key, json.dumps({"conversation_id": sender, "tickets": [
        json.dumps({"number": 0, "expires": held_until})]}))
    with ThreadPoolExecutor(1) as pool:
        reply = pool.submit(production.stack.say, sender, "hoi")
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            tickets = [json.loads(t)["number"] for t in json.loads(production.redis.get(key) or "{}").get("tickets", [])]
            if len(tickets) == 2:
                break
            time.sleep(0.05)
        assert tickets == [0, 1], "Rasa did not queue behind the lock held in Redis"
        assert not reply.done()
        replies = reply.result(timeout=60)
    assert time.time() >= held_until  # not served before the other holder's lock expired
    assert texts(replies)
    assert production.redis.exists(key) == 0  # and released afterwards
    assert [row["intent_name"] for row in production.rows(sender) if row["type_name"] == "user"]
