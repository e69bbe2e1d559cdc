"""Browser tests: Playwright drives Debian's Chromium (/usr/bin/chromium, installed by
scripts/setup-web.sh; never a browser download) against the app on a loopback port, with the
demo catalogue and a fake Rasa for the chat widget."""
from __future__ import annotations

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from .browser_helpers import AXE, DESKTOP

CHROMIUM = Path(os.environ.get("DICHTBIJ_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _unavailable(reason: str) -> None:
    """The shared helper from tests/conftest.py: skip on a developer's machine, fail in CI."""
    from ..conftest import unavailable

    unavailable(reason)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


class BotDouble:
    """Rasa's REST channel, faked on a loopback port: answers by keyword."""

    def __init__(self):
        self.received: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
                fake.received.append(body)
                data = json.dumps(fake.answer_for(body.get("message", ""))).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @staticmethod
    def answer_for(message: str) -> list[dict]:
        if "team" in message.lower():
            return [{"text": "Dit is het lokale team bij jou in de buurt:",
                     "custom": {"type": "local_team", "team": {"id": "lt-zutphen-noord", "name": "Lokaal team Zutphen-Noord",
                                                               "phone": "0575 123 456", "url": "/lokaal-team/lt-zutphen-noord",
                                                               "walk_in_hours": "Dinsdag 9.00 - 11.00 uur"}}}]
        if "nu hulp" in message.lower():
            return [{"text": "Bel meteen als het dringend is:",
                     "custom": {"type": "crisis", "lines": [{"name": "113 Zelfmoordpreventie", "phone": "113 / 0800-0113",
                                                              "url": "https://www.113.nl/", "for": "Als je aan zelfmoord denkt."}]}}]
        return [
            {"text": "Ik vond dit aanbod voor je:",
             "custom": {"type": "activities", "activities": [
                 {"id": "act-zutphen-puberteitstraining", "title": "Puberteitstraining voor ouders",
                  "url": "/activiteit/act-zutphen-puberteitstraining", "summary": "Vier avonden over pubers."}]}},
            {"text": "Wil je ook het lokale team zien?", "buttons": [{"title": "Ja, het lokale team", "payload": "lokaal team"},
                                                                    {"title": "Nee, dank je", "payload": "nee"}]},
        ]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def bot_double() -> Iterator[BotDouble]:
    bot = BotDouble()
    yield bot
    bot.close()


@pytest.fixture(scope="session")
def live_server(demo_catalogue, bot_double) -> Iterator[str]:
    from werkzeug.serving import make_server

    from web import create_app

    app = create_app(catalogue=demo_catalogue, config={
        "DICHTBIJ_RASA_URL": bot_double.url, "DICHTBIJ_CHAT_LIMIT": "1000 per minute",
    })

    @app.get("/_test/server-error")
    def server_error():  # only in this test app: shows the 500 page
        raise RuntimeError("a test of the error page")

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed (scripts/setup-web.sh installs Debian's chromium)")
    if not AXE.exists():
        _unavailable(f"{AXE} is missing (run scripts/setup-web.sh)")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    # launch() gives every run a fresh, temporary user-data-dir
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
    yield chromium
    chromium.close()
    playwright.stop()


def new_page(browser, base_url: str, lang: str = "nl", viewport=None, **options):
    context = browser.new_context(base_url=base_url, viewport=viewport or DESKTOP, locale={"nl": "nl-NL", "en": "en-GB", "ar": "ar"}[lang],
                                  extra_http_headers={"Accept-Language": lang}, **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.console_errors = errors  # type: ignore[attr-defined]
    return page


@pytest.fixture
def page_factory(browser, live_server):
    pages = []

    def make(lang: str = "nl", viewport=None, **options):
        page = new_page(browser, live_server, lang, viewport, **options)
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.context.close()
