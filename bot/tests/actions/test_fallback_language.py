"""The two-stage fallback's steps, language detection, parsing and the API client."""
import pytest

from actions.api import ApiError, ApiUnavailable, DichtbijApi
from actions.fallback import ActionDefaultAskAffirmation, ActionDefaultFallback, best_guess
from actions.language import ActionDetectLanguage
from actions.parsing import detect_language, parse_age, parse_contact, parse_postcode

from .conftest import customs, load_tracker, make_tracker, slot_events, texts


def test_bedoel_je_names_the_best_guess(dispatcher):
    tracker = load_tracker("fallback_low_confidence")
    tracker.latest_message["intent_ranking"] = [
        {"name": "nlu_fallback", "confidence": 0.45}, {"name": "need_pesten", "confidence": 0.4},
        {"name": "greet", "confidence": 0.1}]
    ActionDefaultAskAffirmation().run(dispatcher, tracker, {})
    msg = dispatcher.messages[0]
    assert msg["text"].startswith("Bedoel je") and "pesten" in msg["text"]
    assert [b["payload"] for b in msg["buttons"]] == ["/need_pesten", "/out_of_scope"]


def test_bedoel_je_asks_about_safety_when_crisis_is_near_the_top():
    tracker = make_tracker("...", "nlu_fallback", ranking=[
        {"name": "nlu_fallback"}, {"name": "need_rouw"}, {"name": "crisis"}])
    assert best_guess(tracker) == "crisis"


def test_last_fallback_step_offers_the_local_team_never_a_guess(fake_api, dispatcher):
    tracker = make_tracker("???", "nlu_fallback", municipality="zutphen", place_name="Zutphen")
    events = ActionDefaultFallback().run(dispatcher, tracker, {})
    assert events == [{"event": "rewind", "timestamp": None}]
    assert customs(dispatcher)[0]["type"] == "local_team"


def test_last_fallback_step_with_api_down(api_down, dispatcher):
    tracker = make_tracker("???", "nlu_fallback", municipality="zutphen", place_name="Zutphen")
    ActionDefaultFallback().run(dispatcher, tracker, {})
    assert "https://dichtbij.example" in texts(dispatcher)


@pytest.mark.parametrize("text, lang", [
    ("my son is being bullied at school", "en"), ("mijn zoon wordt gepest", "nl"),
    ("hello", "en"), ("hoi", "nl"), ("14", None), ("Zutphen", None), ("/greet", None)])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_language_slot_only_changes_when_clear(dispatcher):
    tracker = make_tracker("my daughter is 9", "inform", language="nl")
    assert slot_events(ActionDetectLanguage().run(dispatcher, tracker, {})) == {"language": "en"}
    assert ActionDetectLanguage().run(dispatcher, make_tracker("7207", "inform", language="en"), {}) == []


def test_parsing():
    assert parse_age("mijn dochter van 9") == 9 and parse_age("7207") is None
    assert parse_postcode("7207 AB") == "7207" and parse_postcode("14") is None
    assert parse_contact("+31 6 1234 5678") == ("0612345678", None)
    assert parse_contact("bel me") is None


def test_client_errors(fake_api):
    api = DichtbijApi(fake_api.url)
    assert api.local_teams(postcode="12") == []  # 400 for a malformed postcode: no team
    with pytest.raises(ApiError):
        api.create_callback(team_id="nope", first_name="A", phone="0612345678", email=None, note="", preferred_time="")
    fake_api.fail_with = 503
    with pytest.raises(ApiUnavailable):
        api.search(themes=["pesten"])


def test_client_timeout_is_unavailable():
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)  # accepts, never answers
    try:
        api = DichtbijApi(f"http://127.0.0.1:{server.getsockname()[1]}", connect_timeout=0.5, read_timeout=0.5)
        with pytest.raises(ApiUnavailable):
            api.municipalities()
    finally:
        server.close()
