"""action_crisis: the crisis payload with the most fitting line first, in every language."""
import pytest

from actions.crisis import ActionCrisis, crisis_lines, order_for

from .conftest import customs, make_tracker, slot_events, texts


@pytest.mark.parametrize(
    "category, first",
    [("suicide", "113 Zelfmoordpreventie"), ("self_harm", "113 Zelfmoordpreventie"),
     ("domestic_violence", "Veilig Thuis"), ("abuse", "Veilig Thuis"), ("sexual_abuse", "Veilig Thuis"),
     ("immediate_danger", "112"), (None, "112")],
)
def test_the_right_line_comes_first(category, first):
    lines = crisis_lines(category, "nl")
    assert lines[0]["name"] == first
    assert {line["phone"] for line in lines} == {"112", "0800-0113", "0800-2000", "0800-0432"}
    assert all(set(line) == {"name", "phone", "url", "for"} for line in lines)


def test_crisis_reply_from_the_entity(dispatcher):
    tracker = make_tracker("mijn vader slaat me", "crisis",
                           entities=[{"entity": "crisis_category", "value": "domestic_violence"}])
    events = ActionCrisis().run(dispatcher, tracker, {})
    payload = customs(dispatcher)[0]
    assert payload["type"] == "crisis" and payload["lines"][0]["phone"] == "0800-2000"
    assert "0800-0432" in texts(dispatcher) and "112" in texts(dispatcher)
    assert slot_events(events)["crisis_category"] == "domestic_violence"


def test_crisis_reply_in_english(dispatcher):
    tracker = make_tracker("I want to kill myself", "crisis", language="en",
                           entities=[{"entity": "crisis_category", "value": "suicide"}])
    ActionCrisis().run(dispatcher, tracker, {})
    assert "helplines" in texts(dispatcher)
    assert customs(dispatcher)[0]["lines"][0]["phone"] == "0800-0113"


def test_crisis_reply_without_category_still_lists_every_line(dispatcher):
    ActionCrisis().run(dispatcher, make_tracker("help", "crisis"), {})
    assert len(customs(dispatcher)[0]["lines"]) == 4


def test_order_mapping_is_total():
    assert order_for("something_new")[0] == "112"


def test_without_an_entity_the_deterministic_guard_names_the_category(dispatcher):
    pytest.importorskip("crisis.guard")
    from actions.crisis import guard_category

    assert guard_category("ik wil niet meer leven") == "suicide"
    assert guard_category("mijn zoon van 14 is opstandig") is None
    ActionCrisis().run(dispatcher, make_tracker("mijn vader slaat mij elke dag", "crisis"), {})
    assert customs(dispatcher)[0]["lines"][0]["name"] == "Veilig Thuis"
