"""The chat widget in a real browser against the REAL chat assistant: the web app with the demo
catalogue, the action server and the Rasa server with the trained model, each a subprocess on a
free loopback port (``Stack`` from tests/e2e_bot/conftest.py). Keyboard only: Tab to the
launcher, Enter, type; the parent of a 14-year-old in Zutphen gets activity cards that link to
Zutphen's activities, then a crisis message in the same conversation gets the crisis card.

Marked ``browser`` and ``bot``: it runs in the SQLite run and is left out of the PostgreSQL run.
Without the bot's virtualenv, a trained model or Chromium it skips with a reason (CI=true: fails).
"""
from __future__ import annotations

import re
from typing import Iterator
from urllib.parse import urlsplit

import pytest
import requests

from ..e2e_bot.conftest import Stack, require_bot
from .browser_helpers import focused, open_chat_with_keyboard, run_axe, screenshot
from .conftest import new_page

pytestmark = [pytest.mark.browser, pytest.mark.bot, pytest.mark.slow]

MUNICIPALITY = "zutphen"
REPLY_TIMEOUT_MS = 90_000  # a real Rasa on a busy 2-core machine: replies can take seconds
ACTIVITY_PATH = re.compile(r"^/activiteit/([A-Za-z0-9_-]+)$")


@pytest.fixture(scope="module")
def real_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The real web app, action server and Rasa server; the web app's chat proxy talks to this
    Rasa (not the default port 5005), with a patient timeout."""
    require_bot()
    stack = Stack(tmp_path_factory.mktemp("chat_real_bot"))
    stack.web_env.update({"DICHTBIJ_RASA_URL": stack.rasa_url, "DICHTBIJ_CHAT_TIMEOUT": "60"})
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()


def bot_messages(page):
    return page.locator(".chat__message--bot")


def send(page, text: str) -> str:
    """Type a message into the focused input, press Enter and wait for the bot's answer; the
    text of all bot messages that came with it."""
    assert focused(page)["id"] == "chat-input"
    before = bot_messages(page).count()
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    return wait_for_answer(page, before)


def wait_for_answer(page, before: int) -> str:
    page.wait_for_function(
        """(before) => {
            const root = document.querySelector('[data-chat]');
            return !root.classList.contains('chat--busy')
                && root.querySelectorAll('.chat__message--bot').length > before;
        }""", arg=before, timeout=REPLY_TIMEOUT_MS)
    new = bot_messages(page).all()[before:]
    return "\n".join(m.inner_text() for m in new)


def activity_ids(page) -> list[str]:
    ids = []
    for href in page.locator(".chat__card--activities a").evaluate_all("links => links.map(a => a.getAttribute('href'))"):
        match = ACTIVITY_PATH.match(urlsplit(href).path)
        assert match, f"an activity link that is not /activiteit/<id>: {href}"
        ids.append(match.group(1))
    return ids


def api(stack: Stack, path: str) -> dict:
    with requests.get(stack.web_url + path, timeout=10) as response:
        response.raise_for_status()
        return response.json()


def test_parent_chats_with_the_real_bot_by_keyboard_gets_activities_then_the_crisis_card(browser, real_stack):
    page = new_page(browser, real_stack.web_url, "nl")
    try:
        page.goto("/")
        open_chat_with_keyboard(page)

        # A parent's worry; then answer what the bot still asks (age, place) until it proposes.
        conversation = [send(page, "mijn zoon van 14 is erg opstandig")]
        cards = page.locator(".chat__card--activities")
        for _ in range(4):
            if cards.count():
                break
            asked = conversation[-1].lower()
            if "oud" in asked or "leeftijd" in asked:
                conversation.append(send(page, "14"))
            else:  # where: municipality, neighbourhood or postcode
                conversation.append(send(page, "Zutphen"))
        transcript = "\n---\n".join(conversation)
        assert cards.count() >= 1, f"no activity cards after:\n{transcript}"
        assert "werkt nu even niet" not in transcript, transcript  # the real bot answered, not the proxy's fallback
        assert focused(page)["id"] == "chat-input"  # focus stays where the parent types

        ids = activity_ids(page)
        assert 1 <= len(ids) <= 3, ids
        details = [api(real_stack, f"/api/v1/activities/{activity_id}") for activity_id in ids]
        for detail in details:
            assert "puberteit" in detail["themes"], detail
            assert detail["min_age"] <= 14 <= detail["max_age"], detail
        local = [d["id"] for d in details if d["municipality"] == MUNICIPALITY]
        assert local, f"no activity from {MUNICIPALITY}: {ids}"
        # and that activity's page exists on this site
        with requests.get(f"{real_stack.web_url}/activiteit/{local[0]}", timeout=10) as detail_page:
            assert detail_page.status_code == 200

        # A crisis in the same conversation: the crisis card with phone links, at once.
        crisis_answer = send(page, "ik wil niet meer leven")
        crisis = page.locator(".chat__card--crisis")
        assert crisis.count() == 1, crisis_answer
        assert "werkt nu even niet" not in crisis_answer, crisis_answer
        assert "113" in crisis_answer
        phones = crisis.locator("a[href^='tel:']").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert {"tel:08000113", "tel:112", "tel:08002000", "tel:08000432"} <= set(phones), phones
        assert crisis.locator(".chat__card-title").first.inner_text().startswith("113")  # most fitting line first
        assert focused(page)["id"] == "chat-input"

        violations = run_axe(page)
        assert violations == [], "\n".join(f"{v['id']} ({v['impact']}): {v['help']}\n  " + "\n  ".join(v["nodes"])
                                           for v in violations)
        assert screenshot(page, "chat-real-bot-nl-desktop").stat().st_size > 5_000
        assert page.console_errors == []
    finally:
        page.context.close()
