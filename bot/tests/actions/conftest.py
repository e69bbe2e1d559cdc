"""Fixtures for the action tests: a fake web API on loopback and recorded trackers."""
from __future__ import annotations

import copy
import json
import os
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

BOT = Path(__file__).resolve().parents[2]
if str(BOT) not in sys.path:
    sys.path.insert(0, str(BOT))

from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from actions.api import get_api  # noqa: E402
from actions.settings import get_settings  # noqa: E402

from .fake_api import FakeApi  # noqa: E402

TRACKERS = Path(__file__).parent / "trackers"

# Every slot of the domain with its empty value, so hand-made trackers look like real ones.
EMPTY_SLOTS = {
    "language": None, "theme": None, "age": None, "place": None, "asker": None, "format": None,
    "municipality": None, "neighbourhood": None, "postcode": None, "place_name": None,
    "shown_ids": None, "team_id": None, "team_name": None, "team_phone": None,
    "callback_consent": None, "first_name": None, "contact": None, "preferred_time": None,
    "note": None, "crisis_category": None, "requested_slot": None,
}


def _reset_singletons() -> None:
    get_settings.cache_clear()
    get_api.cache_clear()


@pytest.fixture
def fake_api(monkeypatch: pytest.MonkeyPatch):
    api = FakeApi().start()
    monkeypatch.setenv("DICHTBIJ_API_URL", api.url)
    monkeypatch.setenv("DICHTBIJ_PUBLIC_URL", "https://dichtbij.example")
    _reset_singletons()
    yield api
    api.stop()
    _reset_singletons()


@pytest.fixture
def api_down(monkeypatch: pytest.MonkeyPatch):
    """The API URL points at a closed loopback port."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    monkeypatch.setenv("DICHTBIJ_API_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("DICHTBIJ_PUBLIC_URL", "https://dichtbij.example")
    monkeypatch.setenv("DICHTBIJ_API_CONNECT_TIMEOUT", "0.5")
    _reset_singletons()
    yield
    _reset_singletons()


def load_tracker(name: str, **slots: Any) -> Tracker:
    """A tracker recorded from the Rasa server (GET /conversations/<id>/tracker)."""
    state = json.loads((TRACKERS / f"{name}.json").read_text(encoding="utf-8"))
    state = copy.deepcopy(state)
    state["slots"] = {**EMPTY_SLOTS, **state.get("slots", {}), **slots}
    return Tracker.from_dict(state)


def make_tracker(
    text: str = "",
    intent: Optional[str] = None,
    entities: Optional[List[Dict[str, Any]]] = None,
    active_loop: Optional[str] = None,
    ranking: Optional[List[Dict[str, Any]]] = None,
    **slots: Any,
) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9} if intent else {},
              "entities": entities or [], "intent_ranking": ranking or []}
    return Tracker(
        sender_id="test-sender-0001",
        slots={**EMPTY_SLOTS, **slots},
        latest_message=latest,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def customs(dispatcher: CollectingDispatcher) -> List[Dict[str, Any]]:
    return [m["custom"] for m in dispatcher.messages if m.get("custom")]


def texts(dispatcher: CollectingDispatcher) -> str:
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


def slot_events(events: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


REPO = BOT.parent
MAIN_PY = REPO / ".venv" / "bin" / "python"


@pytest.fixture(scope="session")
def web_api(tmp_path_factory):
    """The real web app (main venv, demo catalogue) on a free loopback port, when it is here."""
    import socket
    import subprocess
    import time
    import urllib.request

    if not MAIN_PY.exists() or not (REPO / "web" / "__main__.py").exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("the main virtualenv (.venv) with the web app is required in CI")
        pytest.skip("the main virtualenv (.venv) with the web app is not here: run scripts/setup.sh")
    tmp = tmp_path_factory.mktemp("web")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("DICHTBIJ_")}
    env.update(DICHTBIJ_INSTANCE_DIR=str(tmp / "instance"), DICHTBIJ_BASE_URL=f"http://127.0.0.1:{port}")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(MAIN_PY), "-m", "catalogue.cli", *args], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=300)

    for step in (("db", "upgrade"), ("seed-demo",)):
        done = cli(*step)
        assert done.returncode == 0, done.stderr
    log = open(tmp / "web.log", "wb")
    proc = subprocess.Popen([str(MAIN_PY), "-m", "catalogue.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v1/municipalities", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError((tmp / "web.log").read_text()[-2000:])
                time.sleep(0.3)
        yield type("WebApi", (), {"url": url, "cli": staticmethod(cli)})
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture
def real_api(web_api, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DICHTBIJ_API_URL", web_api.url)
    monkeypatch.setenv("DICHTBIJ_PUBLIC_URL", web_api.url)
    _reset_singletons()
    yield web_api
    _reset_singletons()
