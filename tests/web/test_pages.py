"""The public pages, rendered by the test client on the demo catalogue (Dutch unless said)."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest


class Page(HTMLParser):
    """Just enough HTML parsing for assertions: elements with attributes, text, headings."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.headings: list[tuple[int, str]] = []
        self.text_parts: list[str] = []
        self._heading: list | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: "" if v is None else v for k, v in attrs}))
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = [int(tag[1]), ""]

    def handle_endtag(self, tag):
        if self._heading and tag == f"h{self._heading[0]}":
            self.headings.append((self._heading[0], " ".join(self._heading[1].split())))
            self._heading = None

    def handle_data(self, data):
        self.text_parts.append(data)
        if self._heading is not None:
            self._heading[1] += data

    @property
    def text(self) -> str:
        return " ".join("".join(self.text_parts).split())

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.elements if t == tag and all(a.get(k.rstrip("_")) == v for k, v in attrs.items())]

    def links(self) -> list[str]:
        return [a.get("href", "") for t, a in self.elements if t == "a"]


def page(client, url, status=200, **kwargs) -> Page:
    response = client.get(url, **kwargs)
    assert response.status_code == status, (url, response.status_code)
    assert response.mimetype == "text/html"
    return Page(response.get_data(as_text=True))


def assert_page_basics(p: Page, lang="nl", direction="ltr"):
    html = p.find("html")[0]
    assert html["lang"] == lang and html["dir"] == direction
    assert p.find("a", class_="skip-link", href="#inhoud"), "skip link"
    assert p.find("main", id="inhoud"), "main landmark"
    assert p.find("header") and p.find("footer")
    levels = [level for level, _ in p.headings]
    assert levels[0] == 1 and levels.count(1) == 1, p.headings
    for before, after in zip(levels, levels[1:]):
        assert after <= before + 1, f"heading jumps from h{before} to h{after}: {p.headings}"
    # every form control has a label
    labelled = {a.get("for") for a in p.find("label")}
    for tag in ("input", "select", "textarea"):
        for control in p.find(tag):
            if control.get("type") in ("hidden", "submit"):
                continue
            assert control.get("id") in labelled or control.get("aria-label"), control
    # the crisis banner is on every page
    assert "tel:112" in p.links() and "/nu-hulp" in p.links()


# -- home --------------------------------------------------------------------------------------

def test_home_asks_what_worries_you_with_theme_tiles_search_place_and_local_team(client):
    p = page(client, "/")
    assert_page_basics(p)
    assert p.headings[0] == (1, "Waar maak je je zorgen over?")
    assert "/zoeken?theme=puberteit" in p.links()
    assert "/zoeken?theme=echtscheiding" in p.links()
    assert p.find("form", action="/zoeken", method="get")
    assert p.find("select", name="municipality") and p.find("input", name="postcode")
    assert [o for o in p.find("option") if o.get("value") == "zutphen"]
    assert "/lokaal-team" in p.links()
    assert "Liever met iemand praten?" in p.text


# -- search ------------------------------------------------------------------------------------

def test_search_for_puberteit_for_a_14_year_old_in_zutphen(client):
    p = page(client, "/zoeken?q=puberteit&age=14&municipality=zutphen")
    assert_page_basics(p)
    results = [a["href"] for a in p.find("a") if a.get("href", "").startswith("/activiteit/")]
    assert "/activiteit/act-zutphen-puberteitstraining" in results
    assert all("utrecht" not in href and "amersfoort" not in href for href in results)
    assert re.search(r"\d+ resultaten? in Zutphen", p.text)
    # highlighted matches and the local team for the place
    html = client.get("/zoeken?q=puberteit&age=14&municipality=zutphen").get_data(as_text=True)
    assert '<mark class="match' in html
    assert "Het lokale team in Zutphen" in p.text
    # the form is a real GET form carrying all the state
    assert p.find("input", name="q", value="puberteit") and p.find("input", name="age", value="14")
    assert [o for o in p.find("option") if o.get("value") == "zutphen" and "selected" in o]


def test_facets_show_counts_and_filter_through_the_query_string(client):
    p = page(client, "/zoeken?q=puberteit&municipality=zutphen")
    checkbox = p.find("input", type="checkbox", name="format", value="group")
    assert checkbox, "format facet"
    label = re.search(r"In een groep \((\d+) resultaten?\)", p.text)
    assert label and int(label.group(1)) > 0
    filtered = page(client, "/zoeken?q=puberteit&municipality=zutphen&format=group")
    assert filtered.find("input", type="checkbox", name="format", value="group", checked="")
    count = int(re.search(r"(\d+) resultaten? in Zutphen", filtered.text).group(1))
    assert count == int(label.group(1))
    # the active filter can be removed with a link
    remove = [h for h in filtered.links() if h.startswith("/zoeken?") and "format=group" not in h and "q=puberteit" in h]
    assert remove


def test_search_results_page_through_with_shareable_urls(client):
    first = page(client, "/zoeken?municipality=utrecht")
    total = int(re.search(r"(\d+) resultaten in Utrecht", first.text).group(1))
    assert total > 10
    nxt = [a["href"] for a in first.find("a", rel="next")]
    assert nxt and parse_qs(urlsplit(nxt[0]).query) == {"municipality": ["utrecht"], "page": ["2"]}
    second = page(client, nxt[0])
    ids_1 = {h for h in first.links() if h.startswith("/activiteit/")}
    ids_2 = {h for h in second.links() if h.startswith("/activiteit/")}
    assert ids_2 and not ids_1 & ids_2
    assert second.find("a", rel="prev")


def test_postcode_resolves_to_municipality_and_neighbourhood(client):
    p = page(client, "/zoeken?postcode=7207")
    assert "Postcode 7207 ligt in De Hoven, Zutphen." in p.text
    assert [o for o in p.find("option") if o.get("value") == "de-hoven" and "selected" in o]
    assert "Lokaal team Zutphen" in p.text


def test_no_results_are_kind_suggest_a_broader_search_and_show_the_local_team(client):
    p = page(client, "/zoeken?q=zzkwyx+qqqvb&municipality=amersfoort")
    assert "We hebben niets gevonden" in p.text
    assert "Dat is jammer." in p.text
    assert any(h.startswith("/zoeken?") and "q=" not in h and "municipality=amersfoort" in h for h in p.links())
    assert "Het lokale team in Amersfoort" in p.text
    assert "tel:" in " ".join(p.links())


def test_no_results_offer_the_spelling_correction(client):
    p = page(client, "/zoeken?q=puberteid&municipality=zutphen")
    suggestion = [h for h in p.links() if "q=puberteit" in h]
    assert suggestion or "resultaat" in p.text, "either the typo is corrected or a suggestion is offered"
    html = client.get("/zoeken?q=puberteid&municipality=zutphen").get_data(as_text=True)
    assert "Bedoel je:" in html or re.search(r"\d+ resultaten? in Zutphen", html)


def test_bad_search_input_is_shown_next_to_its_field_and_the_rest_still_works(client):
    p = page(client, "/zoeken?q=puberteit&age=veertien&postcode=12")
    assert "Vul een leeftijd in als getal van 0 tot en met 99." in p.text
    assert "Vul de vier cijfers van je postcode in, bijvoorbeeld 7207." in p.text
    assert p.find("input", name="age", **{"aria-invalid": "true"})
    assert p.find("input", name="postcode", **{"aria-describedby": "postcode-hint postcode-error"})
    assert any(h.startswith("/activiteit/") for h in p.links())


def test_html_in_the_query_is_escaped(client):
    html = client.get("/zoeken?q=%3Cscript%3Ealert(1)%3C/script%3E").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


# -- activity ----------------------------------------------------------------------------------

def test_activity_page_tells_what_who_where_cost_signup_provider_and_last_checked(client, demo_catalogue):
    activity = demo_catalogue.activities.get("act-zutphen-puberteitstraining")
    p = page(client, "/activiteit/act-zutphen-puberteitstraining")
    assert_page_basics(p)
    assert p.headings[0] == (1, activity.title)
    for heading in ("Wat is het?", "Voor wie?", "Waar en wanneer?", "Wat kost het?", "Hoe meld je je aan?", "Klopt er iets niet?"):
        assert (2, heading) in p.headings
    assert "Je hebt geen verwijzing nodig." in p.text
    assert f"{activity.min_age} tot en met {activity.max_age} jaar" in p.text
    if activity.provider:
        assert activity.provider.name in p.text
    if activity.last_checked:
        months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
        expected = f"{activity.last_checked.day} {months[activity.last_checked.month - 1]} {activity.last_checked.year}"
        assert f"Laatst gecontroleerd op {expected}." in p.text


def test_activity_page_has_schema_org_json_ld(client, demo_catalogue):
    html = client.get("/activiteit/act-zutphen-puberteitstraining").get_data(as_text=True)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S)
    assert block
    data = json.loads(block.group(1))
    activity = demo_catalogue.activities.get("act-zutphen-puberteitstraining")
    assert data["@context"] == "https://schema.org" and data["@type"] == "Service"
    assert data["name"] == activity.title
    assert data["url"].endswith("/activiteit/act-zutphen-puberteitstraining")
    assert data["audience"] == {"@type": "PeopleAudience", "suggestedMinAge": activity.min_age, "suggestedMaxAge": activity.max_age}
    assert data["areaServed"]["name"] == "Zutphen"


def test_unknown_or_unpublished_activity_is_a_404_page(client):
    p = page(client, "/activiteit/bestaat-niet", status=404)
    assert_page_basics(p)
    assert "Pagina niet gevonden" in p.text or "Dit aanbod bestaat niet (meer)." in p.text


def test_english_activity_page_uses_the_translation_or_says_it_falls_back(client, demo_catalogue):
    activities = demo_catalogue.activities.list(status="published")
    translated = next(a for a in activities if any(t.language == "en" and t.title for t in a.translations))
    untranslated = next(a for a in activities if not a.translations)
    p = page(client, f"/activiteit/{translated.public_id}?lang=en")
    assert_page_basics(p, lang="en")
    assert p.headings[0][1] == translated.text("title", "en")[0]
    q = page(client, f"/activiteit/{untranslated.public_id}?lang=en")
    assert "This information has not been translated yet. You are reading it in Dutch." in q.text
    assert q.find("h1", id="activity-title", lang="nl")


# -- report an error -----------------------------------------------------------------------------

def test_report_form_needs_a_csrf_token(write_app):
    client = write_app.test_client()
    response = client.post("/activiteit/act-zutphen-puberteitstraining/melding", data={"message": "De tijd klopt niet meer."})
    assert response.status_code == 400
    assert write_app.extensions["catalogue"].feedback.error_reports() == []


def csrf_token(client, url: str) -> str:
    html = client.get(url).get_data(as_text=True)
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)


def test_report_an_error_is_stored_with_its_activity(write_app):
    client = write_app.test_client()
    url = "/activiteit/act-zutphen-puberteitstraining"
    response = client.post(url + "/melding", data={"csrf_token": csrf_token(client, url),
                                                   "message": "De tijd klopt niet meer.", "contact": "ouder@example.nl"})
    assert response.status_code == 302 and response.headers["Location"].endswith(url + "#melding")
    reports = write_app.extensions["catalogue"].feedback.error_reports()
    assert [(r.activity.public_id, r.message, r.contact) for r in reports] == [
        ("act-zutphen-puberteitstraining", "De tijd klopt niet meer.", "ouder@example.nl")]
    assert "Dank je wel. De redactie kijkt naar je melding." in client.get(url).get_data(as_text=True)


def test_report_errors_are_shown_next_to_the_field(write_app):
    client = write_app.test_client()
    url = "/activiteit/act-zutphen-puberteitstraining"
    response = client.post(url + "/melding", data={"csrf_token": csrf_token(client, url), "message": "kort"})
    assert response.status_code == 422
    p = Page(response.get_data(as_text=True))
    assert p.find("textarea", id="message", **{"aria-invalid": "true"})
    assert p.find("div", id="message-error")
    assert "Schrijf tussen de 5 en 2000 tekens." in p.text
    assert write_app.extensions["catalogue"].feedback.error_reports() == []


def test_reporting_is_rate_limited(write_app):
    write_app.config["DICHTBIJ_REPORT_LIMIT"] = "2 per hour"
    client = write_app.test_client()
    url = "/activiteit/act-zutphen-puberteitstraining"
    token = csrf_token(client, url)
    codes = [client.post(url + "/melding", data={"csrf_token": token, "message": f"Melding nummer {i}"}).status_code
             for i in range(3)]
    assert codes == [302, 302, 429]
    assert len(write_app.extensions["catalogue"].feedback.error_reports()) == 2


# -- local team ----------------------------------------------------------------------------------

def test_local_team_finder_by_postcode(client, demo_catalogue):
    p = page(client, "/lokaal-team?postcode=7207")
    assert_page_basics(p)
    hood = demo_catalogue.places.locate_postcode("7207")
    teams = demo_catalogue.places.local_teams("zutphen", hood.slug)
    assert teams
    for team in teams:
        assert team.name in p.text
        if team.phone:
            assert any(h.startswith("tel:") for h in p.links())
        if team.walk_in_hours:
            assert team.walk_in_hours in p.text


def test_local_team_finder_by_neighbourhood_and_bad_postcode(client):
    p = page(client, "/lokaal-team?area=utrecht/overvecht")
    assert "Het lokale team voor Overvecht in Utrecht" in p.text
    bad = page(client, "/lokaal-team?postcode=abc", status=422)
    assert "Vul de vier cijfers van je postcode in, bijvoorbeeld 7207." in bad.text
    assert bad.find("input", id="team-postcode", **{"aria-invalid": "true"})
    elsewhere = page(client, "/lokaal-team?postcode=1011", status=422)
    assert "ligt niet in een gemeente die met Dichtbij werkt" in elsewhere.text


def test_team_page(client, demo_catalogue):
    team = demo_catalogue.places.local_teams("zutphen")[0]
    p = page(client, f"/lokaal-team/{team.public_id}")
    assert p.headings[0] == (1, team.name)


# -- crisis, errors, languages --------------------------------------------------------------------

def test_crisis_page_lists_the_lines_and_what_each_is_for(client):
    p = page(client, "/nu-hulp")
    assert_page_basics(p)
    for number in ("tel:112", "tel:113", "tel:08000113", "tel:08002000", "tel:08000432"):
        assert number in p.links()
    for name in ("113 Zelfmoordpreventie", "Veilig Thuis", "De Kindertelefoon"):
        assert (2, name) in p.headings
    assert "huiselijk geweld of kindermishandeling" in p.text


@pytest.mark.parametrize("lang, expected", [("nl", "Pagina niet gevonden"), ("en", "Page not found"), ("ar", "الصفحة غير موجودة")])
def test_404_page_in_the_site_style_and_language(client, lang, expected):
    p = page(client, f"/nergens?lang={lang}", status=404)
    assert_page_basics(p, lang=lang, direction="rtl" if lang == "ar" else "ltr")
    assert p.headings[0] == (1, expected)


def test_500_page_in_the_site_style(demo_catalogue):
    from web import create_app

    app = create_app(catalogue=demo_catalogue)

    @app.get("/boom")
    def boom():
        raise RuntimeError("kapot")

    response = app.test_client().get("/boom?lang=en")
    assert response.status_code == 500
    p = Page(response.get_data(as_text=True))
    assert p.headings[0] == (1, "Something went wrong")
    assert "kapot" not in p.text


def test_accept_language_is_the_first_guess(client):
    p = page(client, "/", headers={"Accept-Language": "ar,en;q=0.5"})
    assert_page_basics(p, lang="ar", direction="rtl")
    assert p.headings[0] == (1, "ما الذي يقلقك؟")
    p = page(client, "/", headers={"Accept-Language": "de,en;q=0.8"})
    assert p.headings[0] == (1, "What are you worried about?")
    p = page(client, "/", headers={"Accept-Language": "de"})
    assert p.headings[0] == (1, "Waar maak je je zorgen over?")


def test_language_switcher_is_visible_and_remembered(client):
    p = page(client, "/zoeken?q=puberteit&theme=puberteit")
    switch = [a for a in p.find("a") if a.get("hreflang") == "en" and a.get("href", "").startswith("/taal/en")]
    assert switch and switch[0]["lang"] == "en"
    response = client.get(switch[0]["href"])
    assert response.status_code == 302
    assert response.headers["Location"] == "/zoeken?q=puberteit&theme=puberteit"
    assert "lang=en" in response.headers["Set-Cookie"]
    p = page(client, "/zoeken?q=puberteit&theme=puberteit", headers={"Accept-Language": "nl"})
    assert_page_basics(p, lang="en")
    assert p.headings[0] == (1, "Find help")


def test_language_switch_never_redirects_off_site(client):
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        response = client.get("/taal/en", query_string={"next": target})
        assert response.headers["Location"] == "/"
    assert client.get("/taal/fr").status_code == 404


def test_arabic_pages_are_right_to_left_with_dutch_content_marked(client):
    p = page(client, "/zoeken?q=puberteit&municipality=zutphen&lang=ar")
    assert_page_basics(p, lang="ar", direction="rtl")
    # Dutch-only activity titles are marked as Dutch, left to right
    assert p.find("a", lang="nl", dir="ltr")
    assert "متوفر باللغة الهولندية فقط." in p.text


def test_numbers_and_dates_follow_the_locale(client, demo_catalogue):
    activity = next(a for a in demo_catalogue.activities.list(status="published") if a.last_checked)
    en = page(client, f"/activiteit/{activity.public_id}?lang=en")
    assert f"Last checked on {activity.last_checked.strftime('%B')} {activity.last_checked.day}, {activity.last_checked.year}." in en.text
    ar = client.get(f"/activiteit/{activity.public_id}?lang=ar").get_data(as_text=True)
    assert "آخر مراجعة في" in ar


def test_pages_work_without_javascript_the_chat_widget_starts_hidden(client):
    p = page(client, "/")
    chat = p.find("aside", id="chat")
    assert chat and "hidden" in chat[0]
    assert p.find("script", src="/static/js/chat.js", defer="")
