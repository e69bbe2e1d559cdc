"""Search as parents type it: Dutch stems, compounds, synonyms, typos, facets and filters,
with the index always following the database."""
from __future__ import annotations

import shutil

import pytest

from catalogue.bulk import load_document
from catalogue.core import Catalogue
from catalogue.inputs import ActivityInput
from catalogue.search.interface import SearchQuery
from catalogue.services.activities import to_input
from catalogue.services.uow import stale_marker

from .fixtures import activity, document


@pytest.fixture
def cat(catalogue: Catalogue) -> Catalogue:
    load_document(catalogue, document())
    return catalogue


def ids(cat: Catalogue, text: str = "", **filters) -> list[str]:
    return [hit.id for hit in cat.search(SearchQuery(text=text, per_page=50, **filters)).hits]


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("kind", "act-kies"),           # "kinderen" in the title
        ("kinderen", "act-voetbal"),    # plural of "kind"... and the body says kinderen
        ("voetballen", "act-voetbal"),  # verb form meets "voetbalclub" via compound + stem
        ("voetbal", "act-voetbal"),
        ("opvoeden", "act-spreekuur"),
    ],
)
def test_stemming_finds_other_word_forms(cat, typed, expected):
    assert expected in ids(cat, typed)


@pytest.mark.parametrize(
    "typed, expected",
    [("scheiding", "act-kies"), ("opvoed", "act-spreekuur"), ("spreekuur", "act-spreekuur"), ("groep", "act-kies")],
)
def test_compound_words_are_found_by_their_parts(cat, typed, expected):
    assert expected in ids(cat, typed)


def test_synonym_phrases_find_the_same_help(cat):
    assert ids(cat, "uit elkaar") == ["act-kies"]
    assert "act-puber" in ids(cat, "puber")
    assert "act-puber" in ids(cat, "teenager")


def test_synonym_added_by_an_editor_works_at_once(cat):
    assert "act-autisme" not in ids(cat, "ass")
    cat.taxonomy.add_synonyms(["ass", "autisme"])
    assert "act-autisme" in ids(cat, "ass")


@pytest.mark.parametrize(
    "typed, meant, expected",
    [("pubertijd", "puberteit", "act-puber"), ("echtscheidng", "echtscheidingsgroep", "act-kies"),
     ("autisem", "autisme", "act-autisme")],
)
def test_typos_are_corrected_and_suggested(cat, typed, meant, expected):
    results = cat.search(SearchQuery(text=typed))
    assert expected in [h.id for h in results.hits]
    assert results.suggestion is not None and meant.startswith(results.suggestion[:6])
    assert results.corrected[typed]


def test_correct_words_get_no_suggestion(cat):
    assert cat.search(SearchQuery(text="puberteit")).suggestion is None


def test_english_words_for_expat_parents(cat):
    assert ids(cat, "divorce") == ["act-kies"]
    assert set(ids(cat, "bullying")) == {"act-voetbal", "act-online-pest"}  # via synonym and theme label
    assert "act-expat" in ids(cat, "parenting")


def test_unpublished_activities_are_never_found(cat):
    everything = ids(cat)
    assert "act-draft" not in everything and "act-archived" not in everything
    assert ids(cat, "conceptgroep") == [] and ids(cat, "archiefgroep") == []


def test_age_filter_matches_ranges_containing_the_age(cat):
    found = set(ids(cat, age=14))
    assert {"act-puber", "act-voetbal", "act-autisme", "act-online-pest", "act-expat"} <= found
    assert "act-kies" not in found and "act-spreekuur" not in found
    assert set(ids(cat, age=12)) >= {"act-kies", "act-spreekuur", "act-puber"}


def test_municipality_filter_includes_online_help_from_elsewhere(cat):
    zutphen = set(ids(cat, municipality="zutphen"))
    assert "act-online-pest" in zutphen  # online, from Utrecht
    assert "act-expat" not in zutphen


def test_neighbourhood_filter_keeps_whole_municipality_activities(cat):
    hoven = set(ids(cat, municipality="zutphen", neighbourhood="de-hoven"))
    centrum = set(ids(cat, municipality="zutphen", neighbourhood="centrum"))
    assert "act-spreekuur" in hoven and "act-spreekuur" not in centrum
    assert "act-kies" in hoven and "act-kies" in centrum


def test_theme_format_cost_language_audience_filters(cat):
    assert set(ids(cat, themes=("pesten",))) == {"act-voetbal", "act-online-pest"}
    assert set(ids(cat, themes=("pesten", "autisme"))) == {"act-voetbal", "act-online-pest", "act-autisme"}
    assert ids(cat, formats=("walk_in",)) == ["act-spreekuur"]
    assert ids(cat, cost="paid") == ["act-voetbal"]
    assert ids(cat, languages=("en",)) == ["act-expat"]
    assert set(ids(cat, audiences=("jongeren",))) == {"act-online-pest"}


def test_facet_counts_are_disjunctive(cat):
    results = cat.search(SearchQuery(themes=("pesten",), per_page=50))
    themes = {v.value: (v.count, v.selected) for v in results.facets["theme"]}
    assert themes["pesten"] == (2, True)
    assert themes["autisme"] == (1, False)  # choosing autisme as well would add one
    formats = {v.value: v.count for v in results.facets["format"]}
    assert formats == {"group": 1, "online": 1}
    municipalities = {v.value: v.count for v in results.facets["municipality"]}
    assert municipalities == {"zutphen": 1, "utrecht": 1}
    bands = {v.value: v.count for v in results.facets["age"]}
    assert bands["12-17"] == 2 and bands["0-3"] == 0


def test_pagination(cat):
    first = cat.search(SearchQuery(per_page=3, page=1))
    second = cat.search(SearchQuery(per_page=3, page=2))
    assert first.total == second.total == 7
    assert first.pages == 3
    assert not set(h.id for h in first.hits) & set(h.id for h in second.hits)


def test_highlights_mark_the_matching_words(cat):
    hit = cat.search(SearchQuery(text="puberteit", highlight=True)).hits[0]
    assert '<mark class="match' in hit.highlights["title"]
    assert "Puberteit</mark>" in hit.highlights["title"]


def test_query_with_too_many_words_is_relaxed(cat):
    results = cat.search(SearchQuery(text="autisme zeilkamp"))
    assert results.relaxed and [h.id for h in results.hits] == ["act-autisme"]


def test_publishing_editing_and_archiving_show_at_once(cat):
    draft = cat.activities.get("act-draft")
    assert ids(cat, "conceptgroep") == []
    published = cat.activities.publish("act-draft", draft.version)
    assert ids(cat, "conceptgroep") == ["act-draft"]
    data = to_input(cat.activities.get("act-draft"))
    data.title = "Lotgenotengroep na de scheiding"
    data.summary = "Praat met andere ouders."
    edited = cat.activities.update("act-draft", data, published.version)
    assert ids(cat, "conceptgroep") == [] and "act-draft" in ids(cat, "lotgenotengroep")
    cat.activities.archive("act-draft", edited.version)
    assert "act-draft" not in ids(cat, "lotgenotengroep")
    kies = cat.activities.get("act-kies")
    cat.activities.delete("act-kies", kies.version)
    assert "act-kies" not in ids(cat, "scheiding")


def test_new_activity_is_searchable_after_create(cat):
    cat.activities.create(ActivityInput.from_dict(activity("act-new", "Rouwgroep voor jongeren", themes=["puberteit"])))
    assert ids(cat, "rouwgroep") == ["act-new"]


def test_deleted_index_folder_is_rebuilt_from_the_database(cat):
    before = ids(cat, "scheiding")
    settings = cat.settings
    cat.close()
    shutil.rmtree(settings.index_dir)
    fresh = Catalogue(settings)
    try:
        assert fresh.ensure_index() == "the index is missing or damaged"
        assert ids(fresh, "scheiding") == before
        assert fresh.ensure_index() is None
    finally:
        fresh.close()


def test_damaged_index_is_rebuilt(cat):
    settings = cat.settings
    cat.close()
    for toc in settings.index_dir.glob("*.toc"):
        toc.write_bytes(b"garbage")
    fresh = Catalogue(settings)
    try:
        assert fresh.ensure_index() == "the index is missing or damaged"
        assert "act-puber" in ids(fresh, "puberteit")
    finally:
        fresh.close()


def test_failed_index_update_marks_the_index_stale_and_start_up_repairs_it(cat, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(cat.index, "add", broken)
    cat.activities.create(ActivityInput.from_dict(activity("act-missed", "Maatjesproject voor jongeren")))
    monkeypatch.undo()
    # The database has it; the index missed it and says so.
    assert cat.activities.get("act-missed").title == "Maatjesproject voor jongeren"
    assert stale_marker(cat.settings.index_dir).exists()
    assert ids(cat, "maatjesproject") == []
    assert cat.ensure_index() == "an update was missed"
    assert ids(cat, "maatjesproject") == ["act-missed"]
    assert not stale_marker(cat.settings.index_dir).exists()


def test_index_out_of_step_with_database_is_rebuilt(cat):
    cat.index.remove("act-puber")
    assert cat.ensure_index() == "the index does not match the database"
    assert "act-puber" in ids(cat, "puberteit")


def _start_worker(settings, queue) -> None:
    worker = Catalogue(settings)
    try:
        reason = worker.ensure_index()
        queue.put((reason, [h.id for h in worker.search(SearchQuery(text="puberteit")).hits]))
    finally:
        worker.close()


def test_workers_starting_together_rebuild_the_index_once(cat):
    """Several web workers start at once on a missing index: one rebuilds, the others wait and use it."""
    import multiprocessing

    settings = cat.settings
    cat.close()
    shutil.rmtree(settings.index_dir)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_start_worker, args=(settings, queue)) for _ in range(3)]
    for w in workers:
        w.start()
    outcomes = [queue.get(timeout=60) for _ in workers]
    for w in workers:
        w.join(timeout=30)
    reasons = [reason for reason, _ in outcomes]
    assert reasons.count("the index is missing or damaged") == 1, reasons
    assert all(found == ["act-puber"] for _, found in outcomes)


def test_an_empty_catalogue_searches_without_error(catalogue):
    catalogue.ensure_index()
    results = catalogue.search(SearchQuery(text="puberteit", municipality="zutphen", age=14))
    assert results.total == 0 and results.hits == []
    assert catalogue.search(SearchQuery()).total == 0
