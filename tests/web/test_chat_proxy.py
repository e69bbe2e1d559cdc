"""POST /chat/message against a fake Rasa REST channel on a loopback port (a test double of the
proxy contract only; the bot's own end-to-end tests use the real bot)."""
from __future__ import annotations

import logging

import pytest

from web import create_app
from web.extensions import limiter

SENDER = "3f2a9c1e-77b0-4a6e-9d1c-5b2f0e8a4c11"


@pytest.fixture
def chat_app(demo_catalogue, fake_rasa):
    app = create_app(catalogue=demo_catalogue, config={"DICHTBIJ_RASA_URL": fake_rasa.url, "DICHTBIJ_CHAT_TIMEOUT": 2})
    limiter.reset()
    yield app
    limiter.reset()


def post(client, body, **kwargs):
    return client.post("/chat/message", json=body, **kwargs)


def test_message_is_relayed_to_rasa_rest_channel_and_answers_come_back(chat_app, fake_rasa):
    fake_rasa.answer = [
        {"recipient_id": SENDER, "text": "Waar woon je?", "buttons": [{"title": "Zutphen", "payload": "/inform{\"municipality\":\"zutphen\"}"}]},
        {"recipient_id": SENDER, "custom": {"type": "activities", "activities": [
            {"id": "act-1", "title": "Puberteitstraining", "url": "http://127.0.0.1:8000/activiteit/act-1", "summary": "Zes avonden"}]}},
        {"recipient_id": SENDER, "custom": {"type": "local_team", "team": {"id": "lt-1", "name": "Lokaal team", "phone": "0575 123 456",
                                                                            "url": "/lokaal-team/lt-1", "walk_in_hours": "Di 9-11"}}},
        {"recipient_id": SENDER, "custom": {"type": "crisis", "lines": [{"name": "113", "phone": "113", "url": "https://www.113.nl/", "for": "zelfmoord"}]}},
    ]
    response = post(chat_app.test_client(), {"sender": SENDER, "message": "mijn puber luistert niet"})
    assert response.status_code == 200
    assert fake_rasa.received == [{"path": "/webhooks/rest/webhook", "content_type": "application/json",
                                   "body": {"sender": SENDER, "message": "mijn puber luistert niet", "metadata": {"lang": "nl"}}}]
    messages = response.get_json()["messages"]
    assert messages[0] == {"text": "Waar woon je?", "buttons": [{"title": "Zutphen", "payload": "/inform{\"municipality\":\"zutphen\"}"}]}
    assert messages[1]["custom"]["activities"][0]["title"] == "Puberteitstraining"
    assert messages[2]["custom"]["team"]["name"] == "Lokaal team"
    assert messages[3]["custom"]["lines"][0]["phone"] == "113"


def test_unknown_payloads_and_unsafe_urls_are_dropped(chat_app, fake_rasa):
    fake_rasa.answer = [
        {"custom": {"type": "activities", "activities": [{"title": "X", "url": "javascript:alert(1)"}]}},
        {"custom": {"type": "something_else", "html": "<b>hi</b>"}},
        {"image": "https://example.org/cat.png"},
    ]
    messages = post(chat_app.test_client(), {"sender": SENDER, "message": "hoi"}).get_json()["messages"]
    assert messages == [{"custom": {"type": "activities", "activities": [{"id": None, "title": "X", "url": None, "summary": None}]}}]


@pytest.mark.parametrize("answer, status", [("not json", 200), ([], 500)])
def test_a_broken_bot_answer_gives_the_friendly_message_and_crisis_lines(chat_app, fake_rasa, answer, status):
    fake_rasa.answer, fake_rasa.status = answer, status
    response = post(chat_app.test_client(), {"sender": SENDER, "message": "hoi"})
    assert response.status_code == 503
    body = response.get_json()
    assert body["error"]["code"] == "unavailable"
    assert body["messages"][0]["text"].startswith("Sorry, de chat werkt nu even niet.")
    phones = {line["name"]: line["phone"] for line in body["messages"][1]["custom"]["lines"]}
    assert phones == {"112": "112", "113 Zelfmoordpreventie": "113 / 0800-0113", "Veilig Thuis": "0800-2000",
                      "De Kindertelefoon": "0800-0432"}


def test_unreachable_bot_gives_the_friendly_message_and_never_logs_the_text(demo_catalogue, caplog):
    app = create_app(catalogue=demo_catalogue, config={"DICHTBIJ_RASA_URL": "http://127.0.0.1:9", "DICHTBIJ_CHAT_TIMEOUT": 1})
    limiter.reset()
    secret = "mijn zoon van 14 heet Jasper en woont op de Kerkstraat"
    with caplog.at_level(logging.DEBUG):
        response = post(app.test_client(), {"sender": SENDER, "message": secret})
    assert response.status_code == 503
    assert response.get_json()["messages"][1]["custom"]["type"] == "crisis"
    assert caplog.records, "the failure is logged"
    assert all(secret not in record.getMessage() and "Jasper" not in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("body, parameter", [
    ({"sender": "short", "message": "hoi"}, "sender"),
    ({"sender": "../../etc/passwd", "message": "hoi"}, "sender"),
    ({"sender": SENDER, "message": ""}, "message"),
    ({"sender": SENDER, "message": 5}, "message"),
    ({"sender": SENDER, "message": "x" * 1001}, "message"),
    ([1, 2], "message"),
])
def test_bad_messages_get_400(chat_app, fake_rasa, body, parameter):
    response = post(chat_app.test_client(), body)
    assert response.status_code == 400
    assert response.get_json()["error"]["parameter"] == parameter
    assert fake_rasa.received == []


def test_only_json_from_this_site_is_accepted(chat_app, fake_rasa):
    client = chat_app.test_client()
    form = client.post("/chat/message", data={"sender": SENDER, "message": "hoi"})
    assert form.status_code == 415
    cross = post(client, {"sender": SENDER, "message": "hoi"}, headers={"Origin": "https://evil.example"})
    assert cross.status_code == 403
    fetch_site = post(client, {"sender": SENDER, "message": "hoi"}, headers={"Sec-Fetch-Site": "cross-site"})
    assert fetch_site.status_code == 403
    same = post(client, {"sender": SENDER, "message": "hoi"}, headers={"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"})
    assert same.status_code == 200
    assert len(fake_rasa.received) == 1


def test_chat_is_rate_limited(chat_app, fake_rasa):
    chat_app.config["DICHTBIJ_CHAT_LIMIT"] = "3 per minute"
    client = chat_app.test_client()
    codes = [post(client, {"sender": SENDER, "message": f"bericht {i}"}).status_code for i in range(4)]
    assert codes == [200, 200, 200, 429]
    assert len(fake_rasa.received) == 3


def test_embed_page_works_with_the_widget_open_and_a_no_script_fallback(chat_app):
    html = chat_app.test_client().get("/chat/embed").get_data(as_text=True)
    assert '<section class="chat chat--embedded"' in html
    assert 'role="log" aria-live="polite"' in html
    assert "<noscript>" in html and "/zoeken" in html
