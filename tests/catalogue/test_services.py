"""The service layer: validation, referral-free rule, one id per service, optimistic locking,
permissions, editor accounts, error reports and callback requests."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from catalogue.bulk import ImportFailed, load_document
from catalogue.db import Base, utcnow
from catalogue.errors import Conflict, NotAllowed, NotFound, ValidationError
from catalogue.inputs import ActivityInput, LocalTeamInput
from catalogue.models import Activity, CallbackRequest, LocalTeam, Municipality
from catalogue.services.activities import to_input
from catalogue.services.feedback import CallbackInput
from catalogue.services.permissions import Actor

from .fixtures import activity, document


@pytest.fixture
def cat(catalogue):
    load_document(catalogue, document())
    return catalogue


def test_validation_reports_every_problem_at_once(cat):
    bad = ActivityInput.from_dict({
        "title": "", "summary": "x" * 301, "municipality": "atlantis", "themes": ["onbekend"],
        "min_age": "tien", "max_age": 200, "formats": ["circus"], "free": False,
        "signup": {"url": "www.zonder-https.nl", "email": "geen-mail"}, "languages": ["Nederlands"],
        "schedules": [{"byday": "MAANDAG", "opens_at": "25:00"}], "evidence_level": "heel goed",
    })
    with pytest.raises(ValidationError) as caught:
        cat.activities.create(bad)
    errors = caught.value.errors
    for field in ["title", "summary", "description", "municipality", "themes", "min_age", "max_age", "formats",
                  "cost", "signup.url", "signup.email", "languages", "schedules[0].byday",
                  "schedules[0].opens_at", "evidence_level"]:
        assert field in errors, field
    # Messages are plain Dutch an editor can act on.
    assert str(errors["signup.url"][0]).startswith("Vul een volledig webadres in")


def test_activity_that_needs_a_referral_is_refused(cat):
    data = ActivityInput.from_dict(activity("act-ggz", "Behandeling bij de GGZ", no_referral_needed=False))
    with pytest.raises(ValidationError) as caught:
        cat.activities.create(data)
    assert "verwijzing" in str(caught.value.errors["no_referral_needed"][0])
    with pytest.raises(NotFound):
        cat.activities.get("act-ggz")


def test_review_due_defaults_to_a_year_after_last_checked(cat):
    created = cat.activities.create(ActivityInput.from_dict(activity("act-r", "Rouwgroep", last_checked="2026-03-01")))
    assert created.review_due == date(2026, 3, 1) + timedelta(days=365)


def test_translations_fall_back_to_dutch(cat):
    expat = cat.activities.get("act-expat")
    assert expat.text("title", "en") == ("Parenting in the Netherlands", False)
    assert expat.text("description", "en")[1] is True  # no English description: Dutch, flagged
    assert expat.text("title", "ar")[1] is True


def test_concurrent_edits_cannot_overwrite_each_other(cat):
    first_read = cat.activities.get("act-puber")
    second_read = cat.activities.get("act-puber")
    mine = to_input(first_read)
    mine.title = "Puberteit: de eerste versie"
    saved = cat.activities.update("act-puber", mine, first_read.version)
    assert saved.version == first_read.version + 1
    theirs = to_input(second_read)
    theirs.title = "Puberteit: de tweede versie"
    with pytest.raises(Conflict) as caught:
        cat.activities.update("act-puber", theirs, second_read.version)
    assert "Iemand anders" in str(caught.value)
    assert cat.activities.get("act-puber").title == "Puberteit: de eerste versie"


def test_version_is_checked_in_the_database_too(cat, monkeypatch):
    """A commit that lands between our read and our write is caught by the SQL version guard."""
    import catalogue.services.activities as activities_module

    original = activities_module.apply_input

    def with_concurrent_commit(session, activity, data):
        with cat.sessions() as other:
            row = other.scalar(select(Activity).where(Activity.public_id == "act-autisme"))
            row.title = "Gelijktijdig aangepast"
            other.commit()
        original(session, activity, data)

    monkeypatch.setattr(activities_module, "apply_input", with_concurrent_commit)
    reader = cat.activities.get("act-autisme")
    mine = to_input(reader)
    mine.title = "Mijn versie"
    with pytest.raises(Conflict):
        cat.activities.update("act-autisme", mine, reader.version)
    assert cat.activities.get("act-autisme").title == "Gelijktijdig aangepast"


def test_editors_may_only_change_their_own_municipality(cat):
    utrecht_editor = Actor(1, "e@utrecht.nl", "utrecht")
    puber = cat.activities.get("act-puber")  # Zutphen
    with pytest.raises(NotAllowed):
        cat.activities.archive("act-puber", puber.version, utrecht_editor)
    admin = Actor(2, "a@dichtbij.nl", None, is_admin=True)
    assert cat.activities.archive("act-puber", puber.version, admin).status.value == "archived"


def test_publishing_revalidates(cat):
    with cat.sessions() as session:
        row = session.scalar(select(Activity).where(Activity.public_id == "act-draft"))
        row.formats = []  # broken behind the service's back
        session.commit()
    draft = cat.activities.get("act-draft")
    with pytest.raises(ValidationError) as caught:
        cat.activities.publish("act-draft", draft.version)
    assert "formats" in caught.value.errors


def test_all_or_nothing_load_lists_every_problem(cat):
    before = cat.activities.count_published()
    broken = document([
        activity("act-ok-1", "Goede nieuwe groep"),
        activity("act-bad-1", "", themes=["bestaat-niet"]),
        activity("act-bad-2", "Te jong", min_age=10, max_age=5),
    ])
    with pytest.raises(ImportFailed) as caught:
        load_document(cat, broken)
    problems = "\n".join(caught.value.problems)
    assert "act-bad-1: title" in problems and "act-bad-1: themes" in problems and "act-bad-2: max_age" in problems
    assert cat.activities.count_published() == before
    with pytest.raises(NotFound):
        cat.activities.get("act-ok-1")


# -- one id, one service: an activity and a local team never share a public id ---------------------
TEAM_HAS_IT = ("De code '%s' is al in gebruik voor een lokaal team. Aanbod en lokale teams kunnen niet dezelfde "
               "code hebben. Kies een andere code voor dit aanbod.")
ACTIVITY_HAS_IT = ("De code '%s' is al in gebruik voor aanbod. Aanbod en lokale teams kunnen niet dezelfde code "
                   "hebben. Kies een andere code voor dit lokale team.")


def team(id, **extra) -> LocalTeamInput:
    fields = {"name": "Lokaal team met een geleend id", "municipality": "zutphen", "phone": "0575 000 999"}
    return LocalTeamInput(id=id, **{**fields, **extra})


def row_counts(catalogue) -> dict[str, int]:
    with catalogue.engine.connect() as connection:
        return {t.name: connection.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def test_an_activity_cannot_take_a_local_teams_id(cat):
    with pytest.raises(ValidationError) as caught:
        cat.activities.create(ActivityInput.from_dict(activity("lt-zutphen", "")))
    errors = caught.value.errors
    assert "title" in errors  # reported with every other problem
    assert [str(m) for m in errors["id"]] == [TEAM_HAS_IT % "lt-zutphen"]
    with pytest.raises(NotFound):
        cat.activities.get("lt-zutphen")


def test_a_local_team_cannot_take_an_activitys_id(cat):
    with pytest.raises(ValidationError) as caught:
        cat.places.save_local_team(team("act-puber", phone=None))
    errors = caught.value.errors
    assert "phone" in errors  # reported with every other problem
    assert [str(m) for m in errors["id"]] == [ACTIVITY_HAS_IT % "act-puber"]
    with pytest.raises(NotFound):
        cat.places.local_team("act-puber")
    # A draft's id is taken as well: publishing the draft would make the clash.
    with pytest.raises(ValidationError):
        cat.places.save_local_team(team("act-draft"))
    # A team keeps its own id: saving it again is an update.
    assert cat.places.save_local_team(team("lt-zutphen", name="Lokaal team Zutphen")).public_id == "lt-zutphen"


def test_a_shared_id_stored_around_the_check_blocks_saving_not_archiving(cat):
    """As in a database written before the check existed: neither record can be saved, nor the
    activity published, while they share the id; the activity can still be archived."""
    with cat.sessions() as session:
        zutphen = session.scalar(select(Municipality).where(Municipality.slug == "zutphen"))
        session.add(LocalTeam(public_id="act-puber", name="Team met een geleend id", municipality=zutphen))
        session.commit()
    puber = cat.activities.get("act-puber")
    with pytest.raises(ValidationError) as caught:  # the id in the address counts, not the input's
        cat.activities.update("act-puber", replace(to_input(puber), id=None), puber.version)
    assert [str(m) for m in caught.value.errors["id"]] == [TEAM_HAS_IT % "act-puber"]
    with pytest.raises(ValidationError) as caught:
        cat.places.save_local_team(team("act-puber"))
    assert [str(m) for m in caught.value.errors["id"]] == [ACTIVITY_HAS_IT % "act-puber"]
    archived = cat.activities.archive("act-puber", puber.version)
    with pytest.raises(ValidationError) as caught:
        cat.activities.publish("act-puber", archived.version)
    assert list(caught.value.errors) == ["id"]


@pytest.mark.parametrize("bad_id", [12, "x" * 121], ids=["number", "too-long"])
def test_an_id_is_text_of_at_most_120_characters(cat, bad_id):
    """Refused alike on every database (PostgreSQL cannot compare a text id with a number and
    does not store a longer one; SQLite would take both)."""
    with pytest.raises(ValidationError) as caught:
        cat.activities.create(ActivityInput.from_dict(activity(bad_id, "Groep met een vreemde code")))
    assert [str(m) for m in caught.value.errors["id"]] == ["Vul als code een tekst in van hoogstens 120 tekens."]
    with pytest.raises(ValidationError) as caught:
        cat.places.save_local_team(team(bad_id))
    assert list(caught.value.errors) == ["id"]
    with pytest.raises(ImportFailed):
        load_document(cat, document([activity(bad_id, "Groep met een vreemde code")]))
    assert len(cat.activities.list()) == len(document()["activities"])


def test_load_refuses_an_activity_with_the_id_of_a_team_in_the_same_file(catalogue):
    doc = document([activity("act-ok", "Goede groep"), activity("lt-zutphen", "Groep met het id van een team")])
    with pytest.raises(ImportFailed) as caught:
        load_document(catalogue, doc)
    assert caught.value.problems == [
        "activity lt-zutphen: id: De code 'lt-zutphen' staat in dit bestand bij aanbod én bij een lokaal team. "
        "Aanbod en lokale teams kunnen niet dezelfde code hebben. Geef een van de twee een andere code."
    ]
    assert set(row_counts(catalogue).values()) == {0}  # nothing written: not the team, not act-ok


def test_load_refuses_ids_the_catalogue_has_for_the_other_kind(cat):
    before = row_counts(cat)
    doc = {
        "municipalities": [{"slug": "zutphen", "name": "Zutphen", "local_teams": [
            {"id": "act-puber", "name": "Team met het id van aanbod", "phone": "0575 000 999"}]}],
        "activities": [activity("lt-overvecht", "Groep met het id van een team"), activity("act-nieuw", "Nieuwe groep")],
    }
    with pytest.raises(ImportFailed) as caught:
        load_document(cat, doc)
    assert caught.value.problems == [
        f"local team act-puber: id: {ACTIVITY_HAS_IT % 'act-puber'}",
        f"activity lt-overvecht: id: {TEAM_HAS_IT % 'lt-overvecht'}",
    ]
    assert row_counts(cat) == before
    with pytest.raises(NotFound):
        cat.activities.get("act-nieuw")


def test_editor_accounts(cat):
    editor = cat.accounts.create_editor("Redactie@Zutphen.nl", "een lang wachtwoord", "zutphen")
    assert editor.email == "redactie@zutphen.nl"
    actor = cat.accounts.authenticate("redactie@zutphen.nl", "een lang wachtwoord")
    assert actor is not None and actor.municipality == "zutphen" and not actor.is_admin
    assert cat.accounts.authenticate("redactie@zutphen.nl", "verkeerd wachtwoord") is None
    with pytest.raises(ValidationError) as caught:
        cat.accounts.create_editor("redactie@zutphen.nl", "kort", "nergens")
    assert set(caught.value.errors) == {"email", "password", "municipality"}


def test_error_reports_are_stored_with_their_activity(cat):
    cat.feedback.report_error("act-puber", "Het telefoonnummer klopt niet meer.", "ouder@example.nl")
    reports = cat.feedback.error_reports("zutphen")
    assert [(r.activity.public_id, r.message) for r in reports] == [("act-puber", "Het telefoonnummer klopt niet meer.")]
    with pytest.raises(NotFound):
        cat.feedback.report_error("act-draft", "Dit is een concept.")


def count_callbacks(cat) -> int:
    with cat.sessions() as session:
        return session.scalar(select(func.count()).select_from(CallbackRequest))


def test_callback_needs_consent_and_a_way_to_reach_you(cat):
    with pytest.raises(ValidationError) as caught:
        cat.feedback.request_callback(CallbackInput(team_id="lt-zutphen", first_name="Sam", consent=False))
    assert {"consent", "phone"} <= set(caught.value.errors)
    assert count_callbacks(cat) == 0
    request = cat.feedback.request_callback(
        CallbackInput(team_id="lt-zutphen", first_name="Sam", phone="06 1234 5678", note="Over school", consent=True)
    )
    assert request.local_team.name == "Lokaal team Zutphen"
    assert [r.first_name for r in cat.feedback.open_callbacks("zutphen")] == ["Sam"]
    assert cat.feedback.open_callbacks("utrecht") == []


def test_expired_callbacks_are_deleted(cat):
    cat.feedback.request_callback(CallbackInput(team_id="lt-zutphen", first_name="Old", email="o@example.nl", consent=True))
    cat.feedback.request_callback(CallbackInput(team_id="lt-zutphen", first_name="New", email="n@example.nl", consent=True))
    with cat.sessions() as session:
        old = session.scalar(select(CallbackRequest).where(CallbackRequest.first_name == "Old"))
        old.created_at = utcnow() - timedelta(days=cat.settings.callback_retention_days + 1)
        session.commit()
    assert cat.feedback.purge_expired_callbacks() == 1
    assert [r.first_name for r in cat.feedback.open_callbacks()] == ["New"]


def test_postcode_finds_neighbourhood_and_team(cat):
    hood = cat.places.locate_postcode("3562 AB")
    assert (hood.municipality.slug, hood.slug) == ("utrecht", "overvecht")
    assert [t.public_id for t in cat.places.local_teams("utrecht", "overvecht")] == ["lt-overvecht"]
    assert cat.places.locate_postcode("9999") is None


def test_postcode_cannot_belong_to_two_neighbourhoods(catalogue):
    doc = document([])
    doc["municipalities"][1]["neighbourhoods"].append({"slug": "dubbel", "name": "Dubbel", "postcodes": ["7207"]})
    with pytest.raises(ImportFailed) as caught:
        load_document(catalogue, doc)
    assert "7207" in "\n".join(caught.value.problems)


def test_migrations_match_the_models(catalogue):
    """A model change without its Alembic migration fails here, not in production."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from catalogue.db import Base

    with catalogue.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
