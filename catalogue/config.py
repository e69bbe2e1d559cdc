"""Settings read once from the environment (prefix ``DICHTBIJ_``).

Defaults are embedded so the product runs on a fresh machine without any set-up: an SQLite
file and a Whoosh index in the instance folder.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENVIRONMENTS = ("development", "testing", "production")


@dataclass(frozen=True)
class Settings:
    environment: str
    instance_dir: Path
    database_url: str
    index_dir: Path
    secret_key: str | None
    base_url: str
    callback_retention_days: int
    redis_url: str | None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> "Settings":
        env = dict(os.environ if env is None else env)
        environment = env.get("DICHTBIJ_ENV", "development")
        if environment not in ENVIRONMENTS:
            raise ValueError(f"DICHTBIJ_ENV must be one of {', '.join(ENVIRONMENTS)}, not {environment!r}")
        instance_dir = Path(env.get("DICHTBIJ_INSTANCE_DIR", Path.cwd() / "instance")).resolve()
        values: dict[str, object] = dict(
            environment=environment,
            instance_dir=instance_dir,
            database_url=env.get("DICHTBIJ_DATABASE_URL", f"sqlite:///{instance_dir / 'dichtbij.db'}"),
            index_dir=Path(env.get("DICHTBIJ_INDEX_DIR", instance_dir / "index")).resolve(),
            secret_key=env.get("DICHTBIJ_SECRET_KEY") or None,
            base_url=env.get("DICHTBIJ_BASE_URL", "http://127.0.0.1:8000").rstrip("/"),
            callback_retention_days=int(env.get("DICHTBIJ_CALLBACK_RETENTION_DAYS", "30")),
            redis_url=env.get("DICHTBIJ_REDIS_URL") or None,
        )
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]
