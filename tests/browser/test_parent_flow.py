"""The parent's way through the site in a real browser: search "puberteit" for a 14-year-old in
Zutphen, filter, open an activity, find the local team. In Dutch, English and Arabic (right to
left), with the keyboard alone, and without JavaScript."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from .browser_helpers import DESKTOP, PHONE, focused, run_axe, screenshot, tab_to

TEXT = {
    "nl": {"h1": "Waar maak je je zorgen over?", "results": r"\d+ resultaten? in Zutphen", "team": "Het lokale team voor De Hoven in Zutphen"},
    "en": {"h1": "What are you worried about?", "results": r"\d+ results? in Zutphen", "team": "The local team for De Hoven in Zutphen"},
    "ar": {"h1": "ما الذي يقلقك؟", "results": r"في Zutphen", "team": "الفريق المحلي لحي De Hoven في Zutphen"},
}


def query(page) -> dict:
    return parse_qs(urlsplit(page.url).query)


@pytest.mark.parametrize("viewport_name", ["phone", "desktop"])
@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_parent_searches_filters_opens_an_activity_and_finds_the_local_team(page_factory, lang, viewport_name):
    page = page_factory(lang, viewport=PHONE if viewport_name == "phone" else DESKTOP)
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.locator("h1").inner_text() == TEXT[lang]["h1"]
    if lang == "ar":  # the layout really mirrors: the site name sits on the right
        box = page.locator(".site-name").bounding_box()
        assert box["x"] + box["width"] > page.viewport_size["width"] / 2

    # 1. search
    page.locator("#home-q").fill("puberteit")
    page.locator("#home-municipality").select_option("zutphen")
    page.locator("#home-age").fill("14")
    page.locator(".search-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/zoeken\?"))
    assert query(page) == {"q": ["puberteit"], "municipality": ["zutphen"], "age": ["14"]}
    heading = page.locator("#results-title").inner_text()
    assert re.search(TEXT[lang]["results"], heading), heading
    first_total = len(page.locator(".result").all())
    assert first_total >= 1
    assert page.locator(".result mark").count() >= 1 or lang != "nl"
    assert page.locator(".team-box").is_visible()

    # 2. filter (a real GET form: the filter lands in the URL)
    if page.locator(".filters__details").get_attribute("open") is None:  # folded on a phone
        assert viewport_name == "phone"
        page.locator(".filters__summary").click()
    option = page.locator(".facet input[name=format]").first
    value = option.get_attribute("value")
    option.check()
    page.locator(".filters__details button[type=submit]").click()
    page.wait_for_url(re.compile(r"format="))
    assert query(page)["format"] == [value]
    assert page.locator(f"#f-format-{value}").is_checked()
    results = page.locator(".result__title a")
    assert results.count() >= 1

    # 3. open an activity
    href = results.first.get_attribute("href")
    results.first.click()
    page.wait_for_url(re.compile(re.escape(href)))
    assert page.locator("h1").is_visible()
    assert page.locator(".no-referral").is_visible()
    assert page.locator('script[type="application/ld+json"]').count() == 1
    screenshot(page, f"flow-activity-{lang}-{viewport_name}")

    # 4. find the local team
    page.locator(".main-nav a[href='/lokaal-team']").click()
    page.locator("#team-postcode").fill("7207")
    page.locator(".team-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"postcode=7207"))
    assert page.locator("#team-results-title").inner_text() == TEXT[lang]["team"]
    card = page.locator(".team-card").first
    assert card.locator("a[href^='tel:']").count() >= 1
    screenshot(page, f"flow-local-team-{lang}-{viewport_name}")
    assert page.console_errors == []


def test_keyboard_only_search_filter_activity_and_local_team(page_factory):
    """No mouse: Tab, Shift+Tab, typing, Space and Enter. Every focus stop must be visible."""
    page = page_factory("nl")
    page.goto("/")
    # the skip link is the first stop and moves to the main content
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["cls"] == "skip-link" and first["visible"]
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"

    tab_to(page, lambda f: f["id"] == "home-q")
    page.keyboard.type("puberteit")
    tab_to(page, lambda f: f["id"] == "home-municipality")
    page.keyboard.type("Zutphen")  # a focused select picks the option you type
    assert page.locator("#home-municipality").input_value() == "zutphen"
    tab_to(page, lambda f: f["id"] == "home-age")
    page.keyboard.type("14")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken\?.*age=14"))
    assert query(page)["municipality"] == ["zutphen"]

    # a filter with the space bar, then apply it
    box = tab_to(page, lambda f: f["type"] == "checkbox" and f["name"] == "theme")
    page.keyboard.press("Space")
    tab_to(page, lambda f: f["tag"] == "button" and "secondary" in f["cls"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"theme="))
    assert query(page)["theme"] == [box["id"].removeprefix("f-theme-")]

    # open the first result
    link = tab_to(page, lambda f: f["tag"] == "a" and (f["href"] or "").startswith("/activiteit/"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(link["href"])))
    assert page.locator(".no-referral").is_visible()

    # to the local team finder through the main menu, postcode, Enter
    tab_to(page, lambda f: f["href"] == "/lokaal-team" and "Lokaal team" in f["text"], backwards=False)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/lokaal-team$"))
    tab_to(page, lambda f: f["id"] == "team-postcode")
    page.keyboard.type("7207")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"postcode=7207"))
    assert page.locator(".team-card").count() >= 1
    tab_to(page, lambda f: (f["href"] or "").startswith("tel:"))


def test_the_whole_flow_works_without_javascript(page_factory):
    page = page_factory("nl", java_script_enabled=False)
    page.goto("/")
    assert page.locator("#chat").is_hidden()
    page.locator("#home-q").fill("puberteit")
    page.locator("#home-postcode").fill("7207")
    page.locator(".search-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/zoeken\?"))
    assert "De Hoven" in page.locator(".place-note").inner_text()
    page.locator(".facet input[name=audience]").first.check()
    page.locator(".filters__details button[type=submit]").click()
    page.wait_for_url(re.compile(r"audience="))
    page.locator(".result__title a").first.click()
    page.wait_for_url(re.compile(r"/activiteit/"))
    page.locator("#message").fill("Het telefoonnummer werkt niet meer.")
    # (the report is not sent here: the demo catalogue is read-only in tests)
    page.locator(".team-box a[href^='tel:']").first.wait_for()


def test_no_results_page_offers_a_way_on(page_factory):
    page = page_factory("en", viewport=PHONE)
    page.goto("/zoeken?q=zzkwyx+qqqvb&municipality=amersfoort&lang=en")
    assert page.locator("#results-title").inner_text().startswith("We did not find anything")
    assert page.locator(".no-results a").count() >= 2
    assert page.locator(".team-box .team-card").count() >= 1
    assert run_axe(page) == []
