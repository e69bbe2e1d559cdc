"""axe-core in a real Chromium: zero violations on every public page in every language, with
screenshots at phone and desktop width saved under tests/artifacts/screenshots/."""
from __future__ import annotations

import pytest

from .browser_helpers import DESKTOP, PHONE, run_axe, screenshot

PAGES = {
    "home": "/",
    "results": "/zoeken?q=puberteit&age=14&municipality=zutphen",
    "no-results": "/zoeken?q=zzkwyx+qqqvb&municipality=amersfoort",
    "activity": "/activiteit/act-zutphen-puberteitstraining",
    "local-team": "/lokaal-team?postcode=7207",
    "crisis": "/nu-hulp",
    "not-found": "/deze-pagina-bestaat-niet",
    "server-error": "/_test/server-error",
    "chat-embed": "/chat/embed",
    "form-errors": "/zoeken?q=puberteit&age=veertien&postcode=12",
}
STATUS = {"not-found": 404, "server-error": 500, "form-errors": 200}


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
@pytest.mark.parametrize("name", list(PAGES))
def test_axe_finds_no_violations(page_factory, name, lang):
    page = page_factory(lang)
    response = page.goto(f"{PAGES[name]}{'&' if '?' in PAGES[name] else '?'}lang={lang}")
    assert response.status == STATUS.get(name, 200)
    html = page.locator("html")
    assert html.get_attribute("lang") == lang
    assert html.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    violations = run_axe(page)
    assert violations == [], "\n".join(f"{v['id']} ({v['impact']}): {v['help']}\n  " + "\n  ".join(v["nodes"]) for v in violations)
    errors = [e for e in page.console_errors if not (name in STATUS and "status of " + str(STATUS[name]) in e)]
    assert errors == [], errors  # e.g. a CSP violation or a missing file
    for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(viewport)
        path = screenshot(page, f"{name}-{lang}-{label}")
        assert path.stat().st_size > 5_000


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_axe_on_the_open_chat_widget_and_the_report_form_errors(page_factory, lang):
    page = page_factory(lang, viewport=PHONE)
    page.goto(f"/activiteit/act-zutphen-puberteitstraining?lang={lang}")
    page.locator("#message").fill("kort")
    page.locator(".report button[type=submit]").click()
    assert page.locator("#message-error").is_visible()
    page.locator(".chat__launcher").click()
    page.locator("#chat-input").fill("puberteit")
    page.keyboard.press("Enter")
    page.locator(".chat__card--activities").wait_for()
    violations = run_axe(page)
    assert violations == [], "\n".join(f"{v['id']}: {v['help']} {v['nodes']}" for v in violations)
    screenshot(page, f"chat-open-{lang}-phone")


def test_pages_reflow_on_a_phone_without_sideways_scrolling(page_factory):
    page = page_factory("nl", viewport={"width": 320, "height": 640})
    for url in PAGES.values():
        page.goto(url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{url} is {width}px wide at 320px (WCAG 1.4.10 reflow)"


def test_the_axe_check_can_fail(page_factory):
    page = page_factory("nl")
    page.goto("/nu-hulp")
    page.evaluate("""() => { const img = document.createElement('img'); img.src = '/static/favicon.svg';
                             document.querySelector('main').appendChild(img); }""")
    assert "image-alt" in [v["id"] for v in run_axe(page)]
