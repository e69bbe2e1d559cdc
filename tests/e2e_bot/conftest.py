"""End-to-end fixtures for the chat assistant: the real web app (demo catalogue), the action
server and the Rasa server, each started as a subprocess on a free loopback port.

Skips with a reason when the bot's virtualenv or trained model is missing (run
`scripts/setup.sh`), unless CI=true: then that is a failure.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
BOT_PYTHON = ROOT / ".venv-bot" / "bin" / "python"
IN_CI = os.environ.get("CI", "").lower() == "true"


def unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: required)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def http_ok(url: str) -> bool:
    with requests.get(url, timeout=2) as r:
        return r.status_code < 500


def trained_model() -> Optional[str]:
    out = subprocess.run(["bash", str(ROOT / "scripts" / "bot.sh"), "model-path"], capture_output=True, text=True)
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else None


class Service:
    """A subprocess with its own process group and a log file."""

    def __init__(self, name: str, argv: List[str], env: Dict[str, str], log_dir: Path, cwd: Path = ROOT):
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=self._log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)

    def wait_until(self, ready: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.tail()}")
            try:
                if ready():
                    return
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"{self.name} not ready after {timeout:.0f}s:\n{self.tail()}")

    def tail(self, n: int = 40) -> str:
        self._log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(timeout=10)
        self._log.close()


class Stack:
    """Web app, action server and Rasa server; `bot_env` adds to (or overrides) the bot's
    environment, e.g. DICHTBIJ_BOT_ENDPOINTS for another endpoints file."""

    def __init__(self, tmp: Path, bot_env: Optional[Dict[str, str]] = None):
        self.tmp = tmp
        self.web_port, self.actions_port, self.rasa_port = free_port(), free_port(), free_port()
        self.web_url = f"http://127.0.0.1:{self.web_port}"
        self.rasa_url = f"http://127.0.0.1:{self.rasa_port}"
        base = {k: v for k, v in os.environ.items() if not k.startswith("DICHTBIJ_")}
        self.web_env = {**base, "DICHTBIJ_ENV": "development", "DICHTBIJ_INSTANCE_DIR": str(tmp / "instance"),
                        "DICHTBIJ_BASE_URL": self.web_url, "DICHTBIJ_HOST": "127.0.0.1",
                        "DICHTBIJ_PORT": str(self.web_port)}
        self.bot_env = {**base, "RASA_TELEMETRY_ENABLED": "false", "DICHTBIJ_API_URL": self.web_url,
                        "DICHTBIJ_PUBLIC_URL": self.web_url, "DICHTBIJ_API_TIMEOUT": "5",
                        "DICHTBIJ_ACTIONS_HOST": "127.0.0.1", "DICHTBIJ_ACTIONS_PORT": str(self.actions_port),
                        "DICHTBIJ_RASA_HOST": "127.0.0.1", "DICHTBIJ_RASA_PORT": str(self.rasa_port),
                        **(bot_env or {})}
        self.web: Optional[Service] = None
        self.actions: Optional[Service] = None
        self.rasa: Optional[Service] = None

    def dichtbij(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "catalogue.cli", *args], cwd=ROOT, env=self.web_env,
                              capture_output=True, text=True, timeout=300)

    def start_web(self) -> None:
        self.web = Service("web", [sys.executable, "-m", "catalogue.cli", "serve", "--host", "127.0.0.1",
                                   "--port", str(self.web_port)], self.web_env, self.tmp)
        self.web.wait_until(lambda: http_ok(f"{self.web_url}/api/v1/municipalities"), 60)

    def stop_web(self) -> None:
        if self.web:
            self.web.stop()
            self.web = None

    def say(self, sender: str, message: str) -> List[Dict[str, Any]]:
        with requests.post(f"{self.rasa_url}/webhooks/rest/webhook",
                           json={"sender": sender, "message": message}, timeout=60) as r:
            r.raise_for_status()
            return r.json()

    def start(self) -> None:
        """The demo catalogue in the web app, then the action server and the Rasa server."""
        for step in (("db", "upgrade"), ("seed-demo",)):
            done = self.dichtbij(*step)
            if done.returncode != 0:
                unavailable(f"dichtbij {' '.join(step)} failed: {done.stderr.strip()[-500:]}")
        self.start_web()
        with requests.get(f"{self.web_url}/api/v1/local-teams", params={"postcode": "7207"}, timeout=5) as probe:
            if probe.status_code != 200 or "results" not in probe.json():
                unavailable(f"the web app does not serve /api/v1/local-teams yet (HTTP {probe.status_code})")
        self.actions = Service("actions", ["bash", "scripts/bot.sh", "actions"], self.bot_env, self.tmp)
        self.rasa = Service("rasa", ["bash", "scripts/bot.sh", "run"], self.bot_env, self.tmp)
        self.actions.wait_until(lambda: http_ok(f"http://127.0.0.1:{self.actions_port}/health"), 60)
        self.rasa.wait_until(lambda: http_ok(f"{self.rasa_url}/status"), 300)

    def stop(self) -> None:
        for service in (self.rasa, self.actions, self.web):
            if service:
                service.stop()


def require_bot() -> None:
    """Skip (fail with CI=true) without the bot's virtualenv or a trained model."""
    if not BOT_PYTHON.exists():
        unavailable("the bot's virtualenv .venv-bot is missing: run scripts/setup.sh")
    if trained_model() is None:
        unavailable("no trained bot model for the current training data: run scripts/bot.sh train")


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    require_bot()
    s = Stack(tmp_path_factory.mktemp("e2e_bot"))
    try:
        s.start()
        yield s
    finally:
        s.stop()


@pytest.fixture
def sender() -> str:
    return f"e2e-{uuid.uuid4().hex[:12]}"


def texts(replies: List[Dict[str, Any]]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def payloads(replies: List[Dict[str, Any]], kind: str) -> List[Dict[str, Any]]:
    return [r["custom"] for r in replies if isinstance(r.get("custom"), dict) and r["custom"].get("type") == kind]
