"""Form validation: age, place, and the callback form's consent."""
import asyncio

from actions.forms import ValidateCallbackForm, ValidateHelpForm, ValidateTeamForm

from .conftest import load_tracker, make_tracker, texts


def run(coro):
    return asyncio.run(coro)


def test_age_from_words_and_numbers(dispatcher):
    form = ValidateHelpForm()
    tracker = make_tracker("hij is veertien", "inform", requested_slot="age", active_loop="help_form")
    assert form.extract_age(dispatcher, tracker, {}) == {"age": "14"}
    assert form.validate_age("14", dispatcher, tracker, {}) == {"age": "14"}
    assert form.validate_age("skip", dispatcher, tracker, {}) == {"age": "skip"}


def test_unclear_age_is_asked_again_then_skipped(dispatcher):
    form = ValidateHelpForm()
    tracker = make_tracker("blabla", "nlu_fallback", requested_slot="age", active_loop="help_form")
    assert form.extract_age(dispatcher, tracker, {}) == {"age": "unclear"}
    assert form.validate_age("unclear", dispatcher, tracker, {}) == {"age": None}
    assert "leeftijd" in texts(dispatcher)
    tracker.events.append({"event": "bot", "text": dispatcher.messages[0]["text"]})
    assert form.extract_age(dispatcher, tracker, {}) == {"age": "skip"}


def test_crisis_message_fills_no_slot(dispatcher):
    form = ValidateHelpForm()
    tracker = make_tracker("ik ben 14 en mijn vader slaat me", "crisis", requested_slot="age", active_loop="help_form")
    assert form.extract_age(dispatcher, tracker, {}) == {}
    assert form.extract_place(dispatcher, make_tracker("ik wil dood", "crisis", requested_slot="place"), {}) == {}


def test_place_resolves_municipality_and_postcode(fake_api, dispatcher):
    form = ValidateHelpForm()
    tracker = load_tracker("help_form_place_question")
    slots = form.validate_place("7207", dispatcher, tracker, {})
    assert slots["postcode"] == "7207" and slots["municipality"] == "zutphen"
    slots = form.validate_place("gemeente zutphen", dispatcher, tracker, {})
    assert slots["municipality"] == "zutphen" and slots["place_name"] == "Zutphen"
    assert form.validate_place("Zuthpen", dispatcher, tracker, {})["municipality"] == "zutphen"  # typo


def test_unknown_place_is_asked_again(fake_api, dispatcher):
    slots = ValidateHelpForm().validate_place("Timboektoe", dispatcher, load_tracker("help_form_place_question"), {})
    assert slots == {"place": None}
    assert "ken ik" in texts(dispatcher)


def test_team_form_asks_again_after_a_skipped_place(dispatcher):
    tracker = make_tracker("ik wil iemand spreken", "ask_person", place="skip")
    assert ValidateTeamForm().extract_place(dispatcher, tracker, {}) == {"place": None}


def test_callback_form_stops_without_consent(dispatcher):
    form = ValidateCallbackForm()
    domain_slots = ["place", "callback_consent", "first_name", "contact", "preferred_time", "note"]
    tracker = load_tracker("callback_declined")
    assert run(form.required_slots(domain_slots, dispatcher, tracker, {})) == ["place", "callback_consent"]
    consented = load_tracker("callback_consented")
    assert run(form.required_slots(domain_slots, dispatcher, consented, {})) == domain_slots


def test_callback_form_finds_the_team_for_a_known_place(fake_api, dispatcher):
    form = ValidateCallbackForm()
    tracker = make_tracker("bel me terug", "request_callback", place="Zutphen", municipality="zutphen",
                           place_name="Zutphen")
    slots = form.extract_place(dispatcher, tracker, {})
    assert slots["team_id"] == "lt-zutphen-noord" and slots["team_name"] == "Lokaal team Zutphen-Noord"


def test_contact_must_be_a_phone_or_email(dispatcher):
    form = ValidateCallbackForm()
    tracker = make_tracker("x", requested_slot="contact", active_loop="callback_form")
    assert form.validate_contact("hallo", dispatcher, tracker, {}) == {"contact": None}
    assert form.validate_contact("06 1234 5678", dispatcher, tracker, {}) == {"contact": "06 1234 5678"}
    assert form.validate_contact("sam@example.org", dispatcher, tracker, {}) == {"contact": "sam@example.org"}
    assert form.validate_first_name("ik heet Sam", dispatcher, tracker, {}) == {"first_name": "Sam"}


def test_callback_form_asks_for_the_postcode_when_a_municipality_has_several_teams(fake_api, dispatcher):
    form = ValidateCallbackForm()
    tracker = make_tracker("Deventer", "inform", requested_slot="place", active_loop="callback_form")
    slots = form.validate_place("Deventer", dispatcher, tracker, {})
    assert slots["place"] is None and "postcode" in texts(dispatcher)


def test_crisis_inside_the_callback_form_rejects_and_clears_the_details(dispatcher):
    """The crisis rule (data/rules/crisis.yml) deactivates the form and answers; the form's
    validation rejects the message and clears what was given, as action_cancel_callback does."""
    from actions.forms import ValidateCallbackForm
    from actions.handover import PERSONAL_SLOTS

    tracker = make_tracker("ik wil niet meer leven", "crisis", active_loop="callback_form", requested_slot="preferred_time",
                           place="7207", team_id="lt-zutphen-noord", callback_consent=True, first_name="Sam",
                           contact="0612345678")
    events = asyncio.run(ValidateCallbackForm().run(dispatcher, tracker, {}))
    assert {e["name"]: e["value"] for e in events if e["event"] == "slot"} == {s: None for s in PERSONAL_SLOTS}
    assert [e["name"] for e in events if e["event"] == "action_execution_rejected"] == ["callback_form"]
    assert dispatcher.messages == []
