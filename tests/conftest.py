"""Shared fixtures: a real database (SQLite by default, PostgreSQL with
``DICHTBIJ_TEST_DATABASE=postgresql``) and a real Whoosh index in a temporary folder.

Two databases per test session: ``demo`` holds the demo catalogue, loaded once, for tests that
only read; ``scratch`` is emptied before every test that writes.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text

from catalogue.config import Settings
from catalogue.core import Catalogue
from catalogue.db import Base

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_ADMIN_URL = os.environ.get("DICHTBIJ_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def unavailable(reason: str) -> None:
    """Skip on a developer's machine; in CI a missing service is a failure, never a skip."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: required)")
    pytest.skip(reason)


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        unavailable(f"{path} is not here (../shared is only beside a CI checkout)")
    return path


class DatabaseFactory:
    def __init__(self, kind: str, tmp: Path):
        self.kind = kind
        self.tmp = tmp
        self.created: list[str] = []
        if kind == "postgresql":
            try:
                self.admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
                with self.admin.connect() as connection:
                    connection.execute(text("select 1"))
            except Exception as exc:  # noqa: BLE001 - any failure means: no server
                unavailable(f"PostgreSQL at {POSTGRES_ADMIN_URL} is not reachable: {exc.__class__.__name__}")

    def new(self, label: str) -> str:
        if self.kind == "sqlite":
            return f"sqlite:///{self.tmp / f'{label}.db'}"
        name = f"dichtbij_test_{label}_{uuid.uuid4().hex[:8]}"
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name

    def drop_all(self) -> None:
        if self.kind != "postgresql":
            return
        with self.admin.connect() as connection:
            for name in self.created:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def database_kind() -> str:
    kind = os.environ.get("DICHTBIJ_TEST_DATABASE", "sqlite")
    assert kind in {"sqlite", "postgresql"}, f"DICHTBIJ_TEST_DATABASE must be sqlite or postgresql, not {kind}"
    return kind


@pytest.fixture(scope="session")
def databases(database_kind, tmp_path_factory) -> Iterator[DatabaseFactory]:
    factory = DatabaseFactory(database_kind, tmp_path_factory.mktemp("db"))
    yield factory
    factory.drop_all()


def make_settings(database_url: str, instance: Path, **overrides) -> Settings:
    return Settings.from_env(
        {"DICHTBIJ_ENV": "testing"},
        instance_dir=instance,
        database_url=database_url,
        index_dir=instance / "index",
        secret_key="test-secret",
        **overrides,
    )


@pytest.fixture(scope="session")
def _scratch_url(databases) -> str:
    return databases.new("scratch")


@pytest.fixture
def catalogue(_scratch_url, tmp_path) -> Iterator[Catalogue]:
    """An empty, migrated catalogue with its own index folder."""
    cat = Catalogue(make_settings(_scratch_url, tmp_path / "instance"))
    cat.upgrade_database()
    with cat.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    yield cat
    cat.close()


@pytest.fixture(scope="session")
def demo_catalogue(databases, tmp_path_factory) -> Iterator[Catalogue]:
    """The demo catalogue, loaded once. Tests using it must not write."""
    from catalogue.bulk import load_document
    from catalogue.demo import demo_document

    instance = tmp_path_factory.mktemp("demo-instance")
    cat = Catalogue(make_settings(databases.new("demo"), instance))
    cat.upgrade_database()
    load_document(cat, demo_document())
    cat.ensure_index()
    yield cat
    cat.close()


@pytest.fixture
def cli_env(tmp_path, database_kind, databases) -> dict[str, str]:
    """Environment for running the ``dichtbij`` command on its own database and index."""
    url = databases.new("cli") if database_kind == "postgresql" else f"sqlite:///{tmp_path / 'cli.db'}"
    return {
        "DICHTBIJ_INSTANCE_DIR": str(tmp_path / "instance"),
        "DICHTBIJ_DATABASE_URL": url,
        "DICHTBIJ_INDEX_DIR": str(tmp_path / "index"),
        "DICHTBIJ_ENV": "testing",
    }
