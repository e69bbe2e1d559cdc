"""Rate limits in production are kept in Redis (DICHTBIJ_REDIS_URL), so every gunicorn worker
counts against the same limit. Needs a Redis server (skipped on a developer's machine without
one, failed in CI)."""
from __future__ import annotations

import os

import pytest

from web import create_app
from web.extensions import limiter

from ..conftest import unavailable

REDIS_URL = os.environ.get("DICHTBIJ_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
SENDER = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"


@pytest.fixture
def redis_url():
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as exc:
        unavailable(f"Redis at {REDIS_URL} is not reachable: {exc.__class__.__name__}")
    return REDIS_URL


@pytest.mark.redis
def test_two_workers_share_one_limit_in_redis(demo_catalogue, redis_url, fake_rasa):
    from dataclasses import replace

    settings = replace(demo_catalogue.settings, redis_url=redis_url)
    config = {"DICHTBIJ_RASA_URL": fake_rasa.url, "DICHTBIJ_CHAT_LIMIT": "3 per minute"}
    first = create_app(settings, catalogue=demo_catalogue, config=config)
    second = create_app(settings, catalogue=demo_catalogue, config=config)
    assert first.config["RATELIMIT_STORAGE_URI"] == redis_url
    limiter.reset()
    try:
        body = {"sender": SENDER, "message": "hoi"}
        codes = [app.test_client().post("/chat/message", json=body).status_code for app in (first, second, first, second)]
        assert codes == [200, 200, 200, 429]
        import redis

        keys = redis.Redis.from_url(redis_url).keys("LIMITS*")
        assert any(b"chat" in key for key in keys), keys  # the counts live in Redis, not in this process
    finally:
        limiter.reset()
        create_app(catalogue=demo_catalogue)  # back to in-memory limits for the other tests
