"""Settings of the action server, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Settings:
    api_url: str
    public_url: str
    connect_timeout: float
    read_timeout: float
    max_results: int = 3

    @classmethod
    def from_env(cls, env: "os._Environ[str] | dict[str, str]" = os.environ) -> "Settings":
        api_url = env.get("DICHTBIJ_API_URL", "http://127.0.0.1:8000").rstrip("/")
        return cls(
            api_url=api_url,
            # The link people get when the API is down; the public site by default.
            public_url=env.get("DICHTBIJ_PUBLIC_URL", api_url).rstrip("/"),
            connect_timeout=float(env.get("DICHTBIJ_API_CONNECT_TIMEOUT", "2")),
            read_timeout=float(env.get("DICHTBIJ_API_TIMEOUT", "5")),
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.from_env()
