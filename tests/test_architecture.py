"""The dependency rules from the architecture, checked on the source: ``web -> catalogue``,
``bot -> HTTP API`` only; ``catalogue`` imports neither Flask nor Rasa; nothing imports
``web`` or ``bot``; nothing does work at import time in the catalogue."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        if "migrations/versions" in path.as_posix():
            continue
        tree = ast.parse(path.read_text("utf-8"))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


@pytest.mark.parametrize("forbidden", ["flask", "flask_babel", "werkzeug", "rasa", "rasa_sdk", "web", "bot"])
def test_catalogue_imports_neither_flask_nor_rasa_nor_its_callers(forbidden):
    offenders = [path for path, names in imported_modules("catalogue").items() if forbidden in names]
    assert offenders == []


@pytest.mark.parametrize("forbidden", ["rasa", "rasa_sdk", "bot"])
def test_web_does_not_import_the_bot(forbidden):
    if not (ROOT / "web").exists():
        pytest.skip("no web package yet")
    offenders = [path for path, names in imported_modules("web").items() if forbidden in names]
    assert offenders == []


def test_bot_reaches_the_catalogue_only_over_http():
    if not (ROOT / "bot").exists():
        pytest.skip("no bot yet")
    """The bot's actions use the web API. SQLAlchemy is allowed only in bot/stores/, for Rasa's
    own tracker store (a database of its own, never the catalogue's: no bot code reads the
    catalogue's DICHTBIJ_DATABASE_URL)."""
    offenders = [
        path for path, names in imported_modules("bot").items()
        if names & {"catalogue", "web", "whoosh"}
        or ("sqlalchemy" in names and not str(path).startswith("bot/stores/"))
    ]
    assert offenders == []
    readers = [str(p.relative_to(ROOT)) for p in (ROOT / "bot").rglob("*.py")
               if "DICHTBIJ_DATABASE_URL" in p.read_text("utf-8")]
    assert readers == []


def test_catalogue_modules_do_no_work_at_import_time():
    """No engines, sessions or indexes created at module level."""
    suspicious = ("create_engine", "make_engine", "sessionmaker", "WhooshIndex", "Catalogue", "open_dir", "create_in")
    offenders = []
    for path in (ROOT / "catalogue").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.Assign, ast.Expr, ast.AnnAssign)) and isinstance(getattr(node, "value", None), ast.Call):
                func = node.value.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in suspicious:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
