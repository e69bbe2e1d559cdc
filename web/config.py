"""Flask configuration derived from the catalogue's ``Settings`` and a few web-only variables.

Web-only environment variables (all optional):

- ``DICHTBIJ_RASA_URL``: the Rasa server the chat proxy talks to (default http://127.0.0.1:5005).
- ``DICHTBIJ_CHAT_FRAME_ANCESTORS``: space-separated origins allowed to embed ``/chat/embed``
  in a frame (default: only this site).
- ``DICHTBIJ_TRUSTED_PROXIES``: number of reverse proxies in front of the app whose
  X-Forwarded-For / -Proto headers are trusted (default 0).
"""
from __future__ import annotations

import os
from typing import Any

from catalogue.config import Settings

DEV_SECRET = "dichtbij-development-only-secret"  # never used outside development and testing
WEAK_SECRETS = {"", "dev", "secret", "changeme", "change-me", DEV_SECRET}
MIN_SECRET_LENGTH = 16


class ConfigurationError(RuntimeError):
    pass


def secret_key_for(settings: Settings) -> str:
    """The secret key, or refuse to start outside development and testing without a real one."""
    key = settings.secret_key or ""
    if settings.environment in ("development", "testing"):
        return key or DEV_SECRET
    if key.strip().lower() in WEAK_SECRETS or len(key) < MIN_SECRET_LENGTH:
        raise ConfigurationError(
            "DICHTBIJ_SECRET_KEY must be set to a long random value (at least "
            f"{MIN_SECRET_LENGTH} characters) when DICHTBIJ_ENV={settings.environment}; for example: "
            "python -c 'import secrets; print(secrets.token_urlsafe(48))'"
        )
    return key


def limiter_storage_for(settings: Settings) -> str:
    if settings.redis_url:
        if not settings.redis_url.startswith(("redis://", "rediss://")):
            raise ConfigurationError("DICHTBIJ_REDIS_URL must start with redis:// or rediss://")
        return settings.redis_url
    return "memory://"


def flask_config(settings: Settings, env: dict[str, str] | None = None) -> dict[str, Any]:
    env = dict(os.environ if env is None else env)
    production = settings.environment == "production"
    return {
        "SECRET_KEY": secret_key_for(settings),
        "TESTING": settings.environment == "testing",
        "DICHTBIJ_ENV": settings.environment,
        "DICHTBIJ_BASE_URL": settings.base_url,
        "DICHTBIJ_RASA_URL": env.get("DICHTBIJ_RASA_URL", "http://127.0.0.1:5005").rstrip("/"),
        "DICHTBIJ_CHAT_FRAME_ANCESTORS": env.get("DICHTBIJ_CHAT_FRAME_ANCESTORS", "'self'").strip() or "'self'",
        "DICHTBIJ_TRUSTED_PROXIES": int(env.get("DICHTBIJ_TRUSTED_PROXIES", "0") or 0),
        "DICHTBIJ_CHAT_TIMEOUT": float(env.get("DICHTBIJ_CHAT_TIMEOUT", "15")),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": production,
        "WTF_CSRF_TIME_LIMIT": 4 * 3600,
        "BABEL_DEFAULT_LOCALE": "nl",
        "BABEL_DEFAULT_TIMEZONE": "Europe/Amsterdam",
        "BABEL_TRANSLATION_DIRECTORIES": str(_translations_dir()),
        "RATELIMIT_STORAGE_URI": limiter_storage_for(settings),
        "RATELIMIT_HEADERS_ENABLED": True,
        "RATELIMIT_STRATEGY": "fixed-window",
        "RATELIMIT_SWALLOW_ERRORS": production,
        "JSON_SORT_KEYS": False,
        "MAX_CONTENT_LENGTH": 64 * 1024,
    }


def _translations_dir():
    from pathlib import Path

    return Path(__file__).resolve().parents[1] / "translations"
