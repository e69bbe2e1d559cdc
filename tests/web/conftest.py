"""Fixtures for the web tests: apps built on the shared catalogue fixtures (tests/conftest.py)."""
from __future__ import annotations

import copy
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest

from catalogue.bulk import load_document
from catalogue.demo import demo_document
from web import create_app
from web.extensions import limiter


@pytest.fixture(scope="session")
def demo_app(demo_catalogue):
    """The web app on the read-only demo catalogue."""
    app = create_app(catalogue=demo_catalogue, config={"DICHTBIJ_RASA_URL": "http://127.0.0.1:9"})
    return app


@pytest.fixture
def client(demo_app):
    return demo_app.test_client()


def small_document() -> dict:
    """A slice of the demo catalogue (Zutphen only) for tests that write."""
    doc = copy.deepcopy(demo_document())
    doc["municipalities"] = [m for m in doc["municipalities"] if m["slug"] == "zutphen"]
    doc["activities"] = [a for a in doc["activities"] if a["municipality"] == "zutphen"][:6]
    used = {a.get("provider") for a in doc["activities"]}
    doc["providers"] = [p for p in doc["providers"] if p["id"] in used]
    return doc


@pytest.fixture
def write_catalogue(catalogue):
    """An empty scratch catalogue with a few Zutphen activities, for tests that write."""
    load_document(catalogue, small_document())
    catalogue.ensure_index()
    return catalogue


@pytest.fixture
def write_app(write_catalogue):
    app = create_app(catalogue=write_catalogue)
    limiter.reset()
    yield app
    limiter.reset()


class FakeRasa:
    """A stand-in for Rasa's REST channel on a loopback port: it records what it got and answers
    with ``self.answer``. A test double for the proxy contract only."""

    def __init__(self):
        self.received: list[dict] = []
        self.answer: list | dict | str = [{"text": "Hallo"}]
        self.status = 200
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.received.append({"path": self.path, "body": body, "content_type": self.headers.get("Content-Type")})
                payload = fake.answer if isinstance(fake.answer, str) else json.dumps(fake.answer)
                data = payload.encode("utf-8")
                self.send_response(fake.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):  # keep the test output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_rasa() -> Iterator[FakeRasa]:
    fake = FakeRasa()
    yield fake
    fake.close()
