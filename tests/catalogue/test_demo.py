"""The demo catalogue is complete enough to show the product honestly."""
from __future__ import annotations

from catalogue.search.interface import SearchQuery

THEMES = ["opvoedondersteuning", "puberteit", "echtscheiding", "stress-en-school", "autisme", "verslaving",
          "pesten", "rouw", "eenzaamheid", "geldzorgen"]


def test_demo_covers_every_theme_age_and_two_municipalities_with_teams(demo_catalogue):
    results = demo_catalogue.search(SearchQuery(per_page=1))
    assert results.total >= 60
    themes = {v.value: v.count for v in results.facets["theme"]}
    assert all(themes.get(t, 0) >= 1 for t in THEMES), themes
    for age in range(0, 24):
        assert demo_catalogue.search(SearchQuery(age=age)).total > 0, age
    with_teams = [m for m in demo_catalogue.places.municipalities() if demo_catalogue.places.local_teams(m.slug)]
    assert len(with_teams) >= 2
    formats = {v.value for v in results.facets["format"]}
    assert {"online", "group", "walk_in"} <= formats
    assert {v.value for v in results.facets["language"]} >= {"nl", "en"}


def test_parent_of_a_14_year_old_in_zutphen_finds_puberty_help(demo_catalogue):
    results = demo_catalogue.search(SearchQuery(text="puberteit", municipality="zutphen", age=14))
    assert results.total >= 1
    activities = demo_catalogue.activities.get_many([h.id for h in results.hits])
    assert all(a.min_age <= 14 <= a.max_age for a in activities)
    assert any(a.municipality.slug == "zutphen" for a in activities)


def test_every_demo_neighbourhood_has_a_local_team(demo_catalogue):
    for municipality in demo_catalogue.places.municipalities():
        for hood in municipality.neighbourhoods:
            teams = demo_catalogue.places.local_teams(municipality.slug, hood.slug)
            assert any(hood.slug in {n.slug for n in t.neighbourhoods} for t in teams), (municipality.slug, hood.slug)
