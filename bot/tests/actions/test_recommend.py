"""action_register_need and action_recommend on recorded trackers, against the fake API."""
from actions.recommend import ActionRecommend, ActionRegisterNeed

from .conftest import customs, load_tracker, make_tracker, slot_events, texts

STRUCTURED = {"theme", "age", "municipality", "postcode", "neighbourhood", "format", "lang", "per_page", "language"}


def test_register_need_listens_first_and_sets_the_theme(dispatcher):
    tracker = load_tracker("register_need_puberteit")
    events = ActionRegisterNeed().run(dispatcher, tracker, {})
    assert slot_events(events)["theme"] == "puberteit"
    assert "puberteit" in texts(dispatcher).lower()
    assert not customs(dispatcher)


def test_parent_of_14_in_zutphen_gets_puberty_activities_from_zutphen(fake_api, dispatcher):
    tracker = load_tracker("recommend_parent_zutphen")
    events = ActionRecommend().run(dispatcher, tracker, {})
    payloads = customs(dispatcher)
    activities = next(p for p in payloads if p["type"] == "activities")["activities"]
    assert 1 <= len(activities) <= 3
    assert {"id", "title", "url", "summary"} <= set(activities[0])
    assert all(a["id"] in {"act-1", "act-2", "act-3", "act-4"} for a in activities)  # Zutphen, 14, puberteit
    # parents first: act-2 is for young people only
    assert [a["id"] for a in activities][:2] == ["act-1", "act-3"]
    team = next(p for p in payloads if p["type"] == "local_team")["team"]
    assert team["id"] == "lt-zutphen-noord" and team["phone"]
    text = texts(dispatcher)
    assert "Past omdat" in text and "Aanmelden" in text
    assert slot_events(events)["shown_ids"] == [a["id"] for a in activities]


def test_only_structured_filters_reach_the_api(fake_api, dispatcher):
    tracker = load_tracker("recommend_parent_zutphen")
    ActionRecommend().run(dispatcher, tracker, {})
    assert fake_api.requests
    for method, path, query, body in fake_api.requests:
        assert set(query) <= STRUCTURED, query
        flat = " ".join(v for values in query.values() for v in values)
        assert "opstandig" not in flat and tracker.sender_id not in flat
        assert "q" not in query


def test_refine_online(fake_api, dispatcher):
    tracker = load_tracker("refine_online")
    ActionRecommend().run(dispatcher, tracker, {})
    search = [q for m, p, q, b in fake_api.requests if p == "/api/v1/search"][0]
    assert search["format"] == ["online"]
    activities = next(p for p in customs(dispatcher) if p["type"] == "activities")["activities"]
    assert [a["id"] for a in activities] == ["act-6"]


def test_refine_more_leaves_out_what_was_shown(fake_api, dispatcher):
    tracker = load_tracker("refine_online", format=None)
    tracker.latest_message["entities"] = []
    ActionRecommend().run(dispatcher, tracker, {})
    activities = next(p for p in customs(dispatcher) if p["type"] == "activities")["activities"]
    assert "act-1" not in [a["id"] for a in activities]


def test_other_age_is_relaxed_when_nothing_fits(fake_api, dispatcher):
    tracker = load_tracker("recommend_parent_zutphen", age="5")
    ActionRecommend().run(dispatcher, tracker, {})
    assert "andere leeftijden" in texts(dispatcher)
    assert any(p["type"] == "activities" for p in customs(dispatcher))


def test_english_parent_is_answered_in_english(fake_api, dispatcher):
    tracker = load_tracker("recommend_english")
    ActionRecommend().run(dispatcher, tracker, {})
    search = [q for m, p, q, b in fake_api.requests if p == "/api/v1/search"][0]
    assert search["lang"] == ["en"]
    assert "local team" in texts(dispatcher).lower() or "talk to someone" in texts(dispatcher).lower()


def test_no_place_shows_online_only(fake_api, dispatcher):
    tracker = make_tracker("geen idee", "dont_know", theme="puberteit", age="14", place="skip")
    ActionRecommend().run(dispatcher, tracker, {})
    search = [q for m, p, q, b in fake_api.requests if p == "/api/v1/search"][0]
    assert search["format"] == ["online"] and "municipality" not in search
    assert "online" in texts(dispatcher)


def test_api_down_gives_a_friendly_message_with_the_link(api_down, dispatcher):
    tracker = load_tracker("recommend_parent_zutphen")
    events = ActionRecommend().run(dispatcher, tracker, {})
    assert "https://dichtbij.example" in texts(dispatcher)
    assert not any(p.get("type") == "activities" for p in customs(dispatcher))
    assert isinstance(events, list)


def test_api_error_500_is_handled_like_down(fake_api, dispatcher):
    fake_api.fail_with = 500
    ActionRecommend().run(dispatcher, load_tracker("recommend_parent_zutphen"), {})
    assert "https://dichtbij.example" in texts(dispatcher)


def test_without_theme_the_bot_asks_what_is_going_on(fake_api, dispatcher):
    ActionRecommend().run(dispatcher, make_tracker("14", "inform", age="14"), {})
    assert dispatcher.messages[0]["response"] == "utter_ask_need"
    assert not [r for r in fake_api.requests if r[1] == "/api/v1/search"]


def test_a_place_without_a_theme_is_remembered(fake_api, dispatcher):
    events = ActionRecommend().run(dispatcher, make_tracker("ik woon in Zutphen", "inform", place="Zutphen"), {})
    assert dispatcher.messages[0]["response"] == "utter_ask_need"
    assert slot_events(events)["municipality"] == "zutphen"


def test_a_new_place_in_a_refinement_is_resolved(fake_api, dispatcher):
    tracker = load_tracker("recommend_parent_zutphen", place="Deventer")
    events = ActionRecommend().run(dispatcher, tracker, {})
    assert slot_events(events)["municipality"] == "deventer"
    search = [q for m, p, q, b in fake_api.requests if p == "/api/v1/search"][0]
    assert search["municipality"] == ["deventer"]


def test_an_unknown_theme_value_is_not_sent_to_the_api(fake_api, dispatcher):
    ActionRecommend().run(dispatcher, make_tracker("iets over honden", "refine", theme="honden"), {})
    assert dispatcher.messages[0]["response"] == "utter_ask_need"
    assert not [r for r in fake_api.requests if r[1] == "/api/v1/search"]
