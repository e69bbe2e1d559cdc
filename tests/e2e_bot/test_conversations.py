"""Whole conversations through POST /webhooks/rest/webhook with the real web app, action
server and Rasa server (see conftest.py). The API-down test stops the web app, so it runs last.
"""
from __future__ import annotations

import json

import pytest

from .conftest import payloads, texts

pytestmark = [pytest.mark.bot, pytest.mark.slow]


def test_parent_of_a_14_year_old_in_zutphen_gets_puberty_activities_from_zutphen(stack, sender):
    replies = stack.say(sender, "Mijn zoon van 14 is heel opstandig. Wij wonen in Zutphen.")
    activities = payloads(replies, "activities")
    assert activities, texts(replies)
    items = activities[0]["activities"]
    assert 1 <= len(items) <= 3
    for item in items:
        assert {"id", "title", "url", "summary"} <= set(item)
        detail = stack_get(stack, f"/api/v1/activities/{item['id']}")
        assert "puberteit" in detail["themes"]
        assert detail["municipality"] == "zutphen" or "online" in detail["formats"]
        assert detail["min_age"] <= 14 <= detail["max_age"]
    team = payloads(replies, "local_team")
    assert team and team[0]["team"]["municipality"] == "zutphen" and team[0]["team"]["phone"]


def test_crisis_payload_comes_at_once(stack, sender):
    replies = stack.say(sender, "ik wil niet meer leven")
    crisis = payloads(replies, "crisis")
    assert crisis, texts(replies)
    assert replies[0].get("text") and "113" in texts(replies)
    phones = [line["phone"] for line in crisis[0]["lines"]]
    assert crisis[0]["lines"][0]["name"].startswith("113")
    assert {"112", "0800-0113", "0800-2000", "0800-0432"} <= set(phones)


def test_crisis_halfway_through_the_age_question(stack, sender):
    first = stack.say(sender, "mijn dochter wordt gepest")
    assert "oud" in texts(first).lower(), texts(first)  # the bot asks the age
    replies = stack.say(sender, "mijn vader slaat me elke dag")
    crisis = payloads(replies, "crisis")
    assert crisis, texts(replies)
    assert crisis[0]["lines"][0]["phone"] == "0800-2000"  # Veilig Thuis first
    # the form was left: the next message is not read as an age
    after = stack.say(sender, "hoi")
    assert not payloads(after, "activities")


CHECK = '/crisis{"crisis_level": "check", "crisis_category": "%s"}'  # as the crisis guard marks it


def buttons(replies):
    return [b for r in replies for b in r.get("buttons") or []]


def test_crisis_check_asks_once_then_no_is_all_clear(stack, sender):
    replies = stack.say(sender, CHECK % "suicide")
    crisis = payloads(replies, "crisis")
    assert crisis and crisis[0]["level"] == "check", replies
    assert crisis[0]["lines"][0]["phone"] == "0800-0113"
    assert {"112", "0800-0113", "0800-2000", "0800-0432"} <= {line["phone"] for line in crisis[0]["lines"]}
    assert "rechtstreeks" in texts(replies) and "0800-0432" in texts(replies)
    assert [(b["title"], b["payload"]) for b in buttons(replies)] == [
        ("Ja, ik heb nu hulp nodig", "/affirm"), ("Nee, dat bedoelde ik niet", "/deny")]
    after = stack.say(sender, "/deny")
    assert "Sorry dat ik het vroeg" in texts(after), texts(after)
    assert not payloads(after, "crisis")
    assert buttons(after) and all(b["payload"].startswith("/need_") for b in buttons(after))


def test_crisis_check_halfway_through_the_age_question_then_yes_gives_the_full_reply(stack, sender):
    first = stack.say(sender, "mijn dochter wordt gepest")
    assert "oud" in texts(first).lower(), texts(first)  # the bot asks the age
    check = stack.say(sender, CHECK % "abuse_home")
    crisis = payloads(check, "crisis")
    assert crisis and crisis[0]["level"] == "check", check
    assert [b["payload"] for b in buttons(check)] == ["/affirm", "/deny"]
    full = stack.say(sender, "/affirm")
    crisis = payloads(full, "crisis")
    assert crisis and crisis[0]["level"] == "alarm", full
    assert crisis[0]["lines"][0]["phone"] == "0800-2000"  # Veilig Thuis first, from the check's category
    assert "niet alleen" in texts(full) and not buttons(full)
    # the form was left: the next message is not read as an age
    assert not payloads(stack.say(sender, "hoi"), "activities")


def test_crisis_check_in_the_help_form_then_no_offers_that_theme_first(stack, sender):
    stack.say(sender, "mijn dochter wordt gepest")
    stack.say(sender, CHECK % "unknown")
    after = stack.say(sender, "/deny")
    assert "Sorry dat ik het vroeg" in texts(after), texts(after)
    assert buttons(after)[0]["payload"] == "/need_pesten"


def test_no_after_a_full_crisis_reply_keeps_the_lines(stack, sender):
    stack.say(sender, '/crisis{"crisis_category": "suicide"}')  # no level: the full reply
    after = stack.say(sender, "/deny")
    assert "hulplijnen" in texts(after) and "Sorry" not in texts(after), texts(after)
    assert "/ask_person" in [b["payload"] for b in buttons(after)]


def test_consented_callback_is_stored_for_the_right_team(stack, sender):
    for message in ("kunnen ze me terugbellen?", "7207", "ja", "Sam", "0612345678", "na 16 uur",
                    "het gaat over mijn zoon"):
        replies = stack.say(sender, message)
    assert "Sam" in texts(replies), texts(replies)
    stored = [c for c in callbacks(stack) if c["first_name"] == "Sam" and c["phone"] == "0612345678"]
    assert len(stored) == 1
    assert stored[0]["team"] == "lt-zutphen-noord"


def test_unconsented_callback_leaves_nothing(stack, sender):
    before = callbacks(stack)
    for message in ("kan iemand mij bellen", "Zutphen", "nee"):
        replies = stack.say(sender, message)
    assert "niets" in texts(replies).lower(), texts(replies)
    assert callbacks(stack) == before


def test_english_parent_is_answered_in_english(stack, sender):
    replies = stack.say(sender, "My teenage son is very rebellious, we live in Zutphen. He is 14.")
    assert payloads(replies, "activities"), texts(replies)
    assert "local team" in texts(replies).lower() or "talk to someone" in texts(replies).lower()


def test_low_confidence_asks_then_rephrases_then_offers_the_local_team(stack, sender):
    stack.say(sender, "ik woon in Zutphen, postcode 7207")
    first = stack.say(sender, "/nlu_fallback")  # what the FallbackClassifier turns unsure messages into
    assert "Bedoel je" in texts(first) or "andere woorden" in texts(first), texts(first)
    second = stack.say(sender, "/out_of_scope")  # "Nee, iets anders"
    assert "andere woorden" in texts(second), texts(second)
    stack.say(sender, "/nlu_fallback")
    last = stack.say(sender, "/out_of_scope")
    assert "lokale team" in texts(last), texts(last)
    assert payloads(last, "local_team") and not payloads(last, "activities")


def test_zz_api_down_gives_the_fallback_message(stack, sender):
    stack.stop_web()
    replies = stack.say(sender, "mijn zoon van 14 is heel opstandig, we wonen in Zutphen")
    text = texts(replies)
    assert stack.web_url in text, text
    assert not payloads(replies, "activities")


def stack_get(stack, path: str):
    import requests

    with requests.get(stack.web_url + path, timeout=5) as r:
        r.raise_for_status()
        return r.json()


def callbacks(stack):
    done = stack.dichtbij("callbacks", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout or "[]")
