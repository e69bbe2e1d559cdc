"""The chat widget in a real browser, talking through /chat/message to a fake Rasa on a
loopback port: keyboard use, the live region, cards and quick replies, phone width, embed."""
from __future__ import annotations

from .browser_helpers import PHONE, focused, open_chat_with_keyboard, run_axe, screenshot, tab_to


def test_widget_with_the_keyboard_cards_quick_replies_and_live_region(page_factory, bot_double):
    page = page_factory("nl")
    page.goto("/nu-hulp")
    open_chat_with_keyboard(page)
    log = page.locator(".chat__log")
    assert log.get_attribute("role") == "log" and log.get_attribute("aria-live") == "polite"
    assert "assistent van Dichtbij" in log.inner_text()  # the welcome

    received = len(bot_double.received)
    page.keyboard.type("mijn puber van 14 luistert niet")
    page.keyboard.press("Enter")
    card = page.locator(".chat__card--activities")
    card.wait_for()
    assert card.locator("a[href='/activiteit/act-zutphen-puberteitstraining']").count() == 1
    sent = bot_double.received[received]
    assert sent["message"] == "mijn puber van 14 luistert niet"
    assert len(sent["sender"]) >= 8
    assert focused(page)["id"] == "chat-input"  # focus stays where the parent types

    # a quick reply, chosen with the keyboard
    tab_to(page, lambda f: f["text"] == "Ja, het lokale team", backwards=True)
    page.keyboard.press("Enter")
    team = page.locator(".chat__card--team")
    team.wait_for()
    assert team.locator("a[href^='tel:']").count() == 1
    assert bot_double.received[-1]["message"] == "lokaal team"
    assert bot_double.received[-1]["sender"] == sent["sender"]  # one anonymous id per tab

    # the conversation survives a page change in the same tab
    page.goto("/")
    page.locator(".chat__card--team").wait_for()

    # Escape closes and gives the focus back to the launcher
    page.locator("#chat-input").focus()
    page.keyboard.press("Escape")
    assert page.locator("#chat-panel").is_hidden()
    assert "chat__launcher" in focused(page)["cls"]
    assert page.console_errors == []


def test_widget_on_a_phone_and_the_crisis_card(page_factory):
    page = page_factory("ar", viewport=PHONE)
    page.goto("/")
    page.locator(".chat__launcher").click()
    page.locator("#chat-input").fill("ik heb nu hulp nodig")
    page.locator(".chat__send").click()
    crisis = page.locator(".chat__card--crisis")
    crisis.wait_for()
    assert crisis.locator("a[href='tel:113']").count() == 1 and crisis.locator("a[href='tel:08000113']").count() == 1
    panel = page.locator("#chat-panel").bounding_box()
    assert panel["x"] >= 0 and panel["x"] + panel["width"] <= PHONE["width"]
    screenshot(page, "chat-crisis-ar-phone")
    assert run_axe(page) == []


def test_embeddable_chat_page(page_factory):
    page = page_factory("nl", viewport=PHONE)
    page.goto("/chat/embed")
    assert page.locator("#chat-panel").is_visible()
    page.locator("#chat-input").fill("lokaal team")
    page.keyboard.press("Enter")
    page.locator(".chat__card--team").wait_for()
    assert run_axe(page) == []
    screenshot(page, "chat-embed-nl-phone")


def test_unreachable_bot_shows_kind_words_and_crisis_lines(browser, demo_catalogue):
    import threading

    from werkzeug.serving import make_server

    from .browser_helpers import DESKTOP
    from web import create_app

    app = create_app(catalogue=demo_catalogue, config={"DICHTBIJ_RASA_URL": "http://127.0.0.1:9", "DICHTBIJ_CHAT_TIMEOUT": 1})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context(base_url=f"http://127.0.0.1:{server.server_port}", viewport=DESKTOP, locale="nl-NL")
    try:
        page = context.new_page()
        page.goto("/")
        page.locator(".chat__launcher").click()
        page.locator("#chat-input").fill("hallo")
        page.keyboard.press("Enter")
        page.locator(".chat__card--crisis").wait_for()
        assert "de chat werkt nu even niet" in page.locator(".chat__log").inner_text()
        assert page.locator(".chat__card--crisis a[href='tel:112']").count() == 1
    finally:
        context.close()
        server.shutdown()
