"""Crisis at two levels: the check (one direct safety question, lines shown, two buttons),
yes -> the full reply, no -> action_crisis_all_clear; a missing level is an alarm."""
import pytest

from actions.crisis import ActionCrisis, ActionCrisisAllClear

from .conftest import customs, load_tracker, make_tracker, slot_events, texts

CRISIS_RANKING = [  # as the guard leaves it: crisis on top, the classifier's ranking below
    {"name": "crisis", "confidence": 1.0},
    {"name": "everyday_talk", "confidence": 0.41},
    {"name": "need_stress_school", "confidence": 0.33},
    {"name": "need_pesten", "confidence": 0.12},
    {"name": "need_rouw", "confidence": 0.02},
]


def check_tracker(category="suicide", ranking=None, **slots):
    return make_tracker("ik ga dood", "crisis", ranking=ranking,
                        entities=[{"entity": "crisis_category", "value": category},
                                  {"entity": "crisis_level", "value": "check"}], **slots)


def buttons(dispatcher):
    return [b for m in dispatcher.messages for b in m.get("buttons") or []]


def test_check_asks_once_shows_the_lines_and_two_buttons(dispatcher):
    events = ActionCrisis().run(dispatcher, check_tracker(), {})
    payload = customs(dispatcher)[0]
    assert payload["type"] == "crisis" and payload["level"] == "check" and payload["category"] == "suicide"
    assert [line["phone"] for line in payload["lines"]] == ["0800-0113", "112", "0800-0432", "0800-2000"]
    assert buttons(dispatcher) == [{"title": "Ja, ik heb nu hulp nodig", "payload": "/affirm"},
                                   {"title": "Nee, dat bedoelde ik niet", "payload": "/deny"}]
    text = texts(dispatcher)
    assert "ben je in gevaar, of denk je erover om jezelf iets aan te doen?" in text
    assert "0800-0432" in text and "0800-0113" in text and "112" in text
    assert "Je hoeft dit niet alleen te dragen" not in text  # not the full alarm
    assert len(dispatcher.messages) == 1
    assert slot_events(events) == {"crisis_category": "suicide", "crisis_level": "check",
                                   "crisis_check_theme": None}


def test_check_about_someone_else_asks_about_danger_and_names_veilig_thuis(dispatcher):
    ActionCrisis().run(dispatcher, check_tracker("abuse_home"), {})
    payload = customs(dispatcher)[0]
    assert payload["level"] == "check" and payload["lines"][0]["phone"] == "0800-2000"
    assert "doet iemand je pijn?" in texts(dispatcher) and "0800-2000" in texts(dispatcher)


def test_check_in_english(dispatcher):
    ActionCrisis().run(dispatcher, check_tracker(language="en"), {})
    assert "are you in danger" in texts(dispatcher)
    assert [b["payload"] for b in buttons(dispatcher)] == ["/affirm", "/deny"]
    assert buttons(dispatcher)[0]["title"] == "Yes, I need help now"


def test_check_keeps_the_best_theme_intent_under_it_by_name_only(dispatcher):
    events = ActionCrisis().run(dispatcher, check_tracker(ranking=CRISIS_RANKING), {})
    assert slot_events(events)["crisis_check_theme"] == "need_stress_school"


def test_a_theme_far_down_the_ranking_is_not_a_theme(dispatcher):
    # "ik ga dood": goodbye 0.53, need_rouw 0.12 under crisis; no question about grief
    ranking = [{"name": "crisis", "confidence": 1.0}, {"name": "goodbye", "confidence": 0.53},
               {"name": "need_rouw", "confidence": 0.12}]
    events = ActionCrisis().run(dispatcher, check_tracker(ranking=ranking), {})
    assert slot_events(events)["crisis_check_theme"] is None


def test_without_a_theme_under_it_the_conversation_theme_counts(dispatcher):
    events = ActionCrisis().run(dispatcher, check_tracker(theme="pesten"), {})
    assert slot_events(events)["crisis_check_theme"] == "need_pesten"
    events = ActionCrisis().run(dispatcher, check_tracker(theme="mijn zoon zijn school"), {})
    assert slot_events(events)["crisis_check_theme"] is None  # only known theme names


def test_yes_after_the_check_gives_the_full_reply_with_the_stored_category(dispatcher):
    tracker = make_tracker("ja", "affirm", crisis_level="check", crisis_category="abuse_home",
                           crisis_check_theme="need_pesten")
    events = ActionCrisis().run(dispatcher, tracker, {})
    payload = customs(dispatcher)[0]
    assert payload["level"] == "alarm" and payload["category"] == "abuse_home"
    assert payload["lines"][0]["name"] == "Veilig Thuis"
    assert "Je hoeft dit niet alleen te dragen" in texts(dispatcher) and not buttons(dispatcher)
    assert slot_events(events) == {"crisis_category": "abuse_home", "crisis_level": "alarm"}  # theme kept


@pytest.mark.parametrize("entities", [
    [{"entity": "crisis_category", "value": "suicide"}],  # an older model: no level
    [{"entity": "crisis_category", "value": "suicide"}, {"entity": "crisis_level", "value": "alarm"}],
    [{"entity": "crisis_category", "value": "suicide"}, {"entity": "crisis_level", "value": "something"}],
])
def test_alarm_or_no_level_gives_the_full_reply(dispatcher, entities):
    events = ActionCrisis().run(dispatcher, make_tracker("/crisis", "crisis", entities=entities,
                                                         crisis_level="check"), {})
    payload = customs(dispatcher)[0]
    assert payload["level"] == "alarm" and payload["lines"][0]["phone"] == "0800-0113"
    assert "Je hoeft dit niet alleen te dragen" in texts(dispatcher) and not buttons(dispatcher)
    assert slot_events(events)["crisis_level"] == "alarm"  # not the slot's old "check"


def test_no_after_the_check_is_all_clear_with_the_stored_theme_first(dispatcher):
    tracker = make_tracker("/deny", "deny", crisis_level="check", crisis_check_theme="need_stress_school")
    assert ActionCrisisAllClear().run(dispatcher, tracker, {}) == []
    text = texts(dispatcher)
    assert "Gelukkig. Sorry dat ik het vroeg; bij sommige woorden vraag ik het liever één keer te veel." in text
    assert "stress en school" in text
    found = buttons(dispatcher)
    assert found[0] == {"title": "Stress en school", "payload": "/need_stress_school"}
    assert 1 < len(found) <= 8 and len({b["payload"] for b in found}) == len(found)
    assert all(b["payload"].startswith("/need_") for b in found)
    assert not customs(dispatcher)


def test_no_after_the_check_without_a_theme_asks_what_it_is_about(dispatcher):
    ActionCrisisAllClear().run(dispatcher, make_tracker("nee", "deny", crisis_level="check"), {})
    assert "Sorry dat ik het vroeg" in texts(dispatcher)
    assert dispatcher.messages[-1]["response"] == "utter_ask_need"


def test_no_after_the_check_in_english(dispatcher):
    tracker = make_tracker("no", "deny", language="en", crisis_level="check", crisis_check_theme="need_pesten")
    ActionCrisisAllClear().run(dispatcher, tracker, {})
    assert "Sorry for asking" in texts(dispatcher)
    assert buttons(dispatcher)[0] == {"title": "Bullying", "payload": "/need_pesten"}


@pytest.mark.parametrize("level", ["alarm", None])
def test_no_after_an_alarm_keeps_the_lines_and_offers_help_nearby(dispatcher, level):
    ActionCrisisAllClear().run(dispatcher, make_tracker("nee", "deny", crisis_level=level), {})
    text = texts(dispatcher)
    assert "Sorry" not in text and "hulplijnen" in text and "in de buurt" in text
    assert buttons(dispatcher) == [{"title": "Met iemand praten", "payload": "/ask_person"}]


def test_no_after_an_alarm_offers_the_theme_too(dispatcher):
    tracker = make_tracker("nee", "deny", crisis_level="alarm", crisis_check_theme="need_rouw")
    ActionCrisisAllClear().run(dispatcher, tracker, {})
    assert [b["payload"] for b in buttons(dispatcher)] == ["/need_rouw", "/ask_person"]


def test_a_stored_theme_that_is_not_a_theme_intent_is_ignored(dispatcher):
    tracker = make_tracker("nee", "deny", crisis_level="check", crisis_check_theme="greet")
    ActionCrisisAllClear().run(dispatcher, tracker, {})
    assert dispatcher.messages[-1]["response"] == "utter_ask_need"


def test_the_users_words_are_never_stored(dispatcher):
    text = "mijn vader slaat me dood als ik weer een onvoldoende haal"
    tracker = make_tracker(text, "crisis", ranking=CRISIS_RANKING,
                           entities=[{"entity": "crisis_category", "value": "abuse_home"},
                                     {"entity": "crisis_level", "value": "check"}])
    events = ActionCrisis().run(dispatcher, tracker, {})
    assert all(text not in str(e.get("value")) for e in events)
    assert all(m.get("text") is None or "vader" not in m["text"] for m in dispatcher.messages)


# Recorded from the Rasa server (tools/record_tracker.py), messages as the crisis guard marked them.

def test_recorded_check_keeps_the_theme_under_it(dispatcher):
    tracker = load_tracker("crisis_check_pesten")  # "ik ga dood als ik weer gepest word"
    events = ActionCrisis().run(dispatcher, tracker, {})
    assert customs(dispatcher)[0]["level"] == "check"
    assert [b["payload"] for b in buttons(dispatcher)] == ["/affirm", "/deny"]
    assert slot_events(events) == {"crisis_category": "unknown", "crisis_level": "check",
                                   "crisis_check_theme": "need_pesten"}


def test_recorded_check_inside_the_help_form_keeps_the_forms_theme(dispatcher):
    tracker = load_tracker("crisis_check_in_help_form")  # "ik word gepest", then "ik ga dood"
    assert tracker.latest_action_name == "action_deactivate_loop"
    events = ActionCrisis().run(dispatcher, tracker, {})
    payload = customs(dispatcher)[0]
    assert payload["level"] == "check" and payload["lines"][0]["phone"] == "0800-0113"
    assert slot_events(events)["crisis_check_theme"] == "need_pesten"


def test_recorded_yes_after_the_check_gives_the_full_reply(dispatcher):
    events = ActionCrisis().run(dispatcher, load_tracker("crisis_check_affirm"), {})
    payload = customs(dispatcher)[0]
    assert payload["level"] == "alarm" and payload["category"] == "suicide"
    assert len(payload["lines"]) == 4 and "Je hoeft dit niet alleen te dragen" in texts(dispatcher)
    assert slot_events(events) == {"crisis_category": "suicide", "crisis_level": "alarm"}


def test_recorded_no_after_the_check_is_all_clear_with_the_theme_button_first(dispatcher):
    ActionCrisisAllClear().run(dispatcher, load_tracker("crisis_check_deny"), {})
    assert "Sorry dat ik het vroeg" in texts(dispatcher)
    assert buttons(dispatcher)[0] == {"title": "Pesten", "payload": "/need_pesten"}


def test_recorded_no_after_the_full_reply_keeps_the_lines(dispatcher):
    ActionCrisisAllClear().run(dispatcher, load_tracker("crisis_alarm_deny"), {})
    assert "Sorry" not in texts(dispatcher) and "hulplijnen" in texts(dispatcher)
    assert [b["payload"] for b in buttons(dispatcher)] == ["/need_pesten", "/ask_person"]
