"""A small, hand-written catalogue whose words each search test relies on."""
from __future__ import annotations

from copy import deepcopy
from typing import Any

THEMES = [
    {"slug": s, "kind": "theme", "labels": {"nl": nl, "en": en}}
    for s, nl, en in [
        ("echtscheiding", "Echtscheiding", "Divorce"),
        ("puberteit", "Puberteit", "Puberty"),
        ("autisme", "Autisme", "Autism"),
        ("pesten", "Pesten", "Bullying"),
        ("opvoedondersteuning", "Opvoedondersteuning", "Parenting support"),
    ]
] + [
    {"slug": s, "kind": "audience", "labels": {"nl": nl, "en": en}}
    for s, nl, en in [("ouders", "Ouders", "Parents"), ("jongeren", "Jongeren", "Young people"), ("kinderen", "Kinderen", "Children")]
]

SYNONYMS = [
    ["uit elkaar", "scheiding", "echtscheiding", "divorce"],
    ["puber", "tiener", "teenager"],
    ["pesten", "gepest", "bullying"],
]

PLACES = [
    {"slug": "zutphen", "name": "Zutphen",
     "neighbourhoods": [{"slug": "de-hoven", "name": "De Hoven", "postcodes": ["7207"]},
                        {"slug": "centrum", "name": "Centrum", "postcodes": ["7201"]}],
     "local_teams": [{"id": "lt-zutphen", "name": "Lokaal team Zutphen", "neighbourhoods": ["de-hoven", "centrum"],
                      "phone": "0575 000 100", "email": "team@zutphen.example.nl", "walk_in_hours": "Dinsdag 9-11 uur"}]},
    {"slug": "utrecht", "name": "Utrecht",
     "neighbourhoods": [{"slug": "overvecht", "name": "Overvecht", "postcodes": ["3561", "3562"]}],
     "local_teams": [{"id": "lt-overvecht", "name": "Buurtteam Overvecht", "neighbourhoods": ["overvecht"],
                      "phone": "030 000 2000", "email": "overvecht@buurtteam.example.nl", "walk_in_hours": "Woensdag"}]},
]


def activity(id: str, title: str, **extra: Any) -> dict[str, Any]:
    base = {
        "id": id, "title": title, "summary": f"Samenvatting van {title}.",
        "description": "Een activiteit dicht bij huis. U heeft geen verwijzing nodig.",
        "themes": ["opvoedondersteuning"], "audiences": ["ouders"], "min_age": 0, "max_age": 23,
        "formats": ["group"], "free": True, "signup": {"email": "aanmelden@example.nl"},
        "languages": ["nl"], "municipality": "zutphen", "status": "published", "last_checked": "2026-10-01",
    }
    base.update(extra)
    return base


ACTIVITIES = [
    activity("act-kies", "Echtscheidingsgroep voor kinderen",
             description="Kinderen van gescheiden ouders praten met elkaar over wat er thuis verandert.",
             themes=["echtscheiding"], audiences=["kinderen"], min_age=8, max_age=12),
    activity("act-spreekuur", "Opvoedspreekuur in de wijk",
             description="Loop binnen met uw vragen over opvoeden, slapen en eten.",
             formats=["walk_in"], signup={"walk_in": True}, locations=[{"name": "Buurthuis De Hoven", "postcode": "7207 AB"}],
             neighbourhoods=["de-hoven"], min_age=0, max_age=12),
    activity("act-voetbal", "Samen sterk bij de voetbalclub",
             description="Trainers en ouders leren hoe ze kinderen helpen die het moeilijk hebben.",
             themes=["pesten"], audiences=["ouders"], min_age=6, max_age=14, free=False, cost="€ 10 per avond"),
    activity("act-puber", "Training Puberteit: grip op je tiener",
             description="Zes avonden over ruzie, grenzen en school in de puberteit.",
             themes=["puberteit"], audiences=["ouders"], min_age=12, max_age=18),
    activity("act-autisme", "Themavond autisme",
             description="Een avond voor ouders over autisme bij jongeren en kinderen.",
             themes=["autisme"], min_age=4, max_age=18),
    activity("act-online-pest", "Online module: pesten aanpakken",
             description="Een online cursus voor jongeren die gepest worden.",
             themes=["pesten"], audiences=["jongeren"], formats=["online"], min_age=12, max_age=18, municipality="utrecht",
             signup={"url": "https://example.nl/module"}),
    activity("act-expat", "Parenting in the Netherlands",
             description="Meetings in English for expat parents about raising children in a new country.",
             languages=["en"], translations={"en": {"title": "Parenting in the Netherlands", "summary": "For expat parents."}},
             municipality="utrecht", neighbourhoods=["overvecht"], min_age=0, max_age=18),
    activity("act-draft", "Geheime conceptgroep", status="draft", themes=["echtscheiding"]),
    activity("act-archived", "Oude archiefgroep", status="archived", themes=["echtscheiding"]),
]


def document(activities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return deepcopy({
        "themes": THEMES, "synonyms": SYNONYMS, "municipalities": PLACES,
        "providers": [{"id": "prov-test", "name": "Stichting Test"}],
        "activities": ACTIVITIES if activities is None else activities,
    })
