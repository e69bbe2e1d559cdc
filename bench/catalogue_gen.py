"""A large, realistic catalogue generated from the demo content, for benchmarks."""
from __future__ import annotations

import random
from dataclasses import replace

from catalogue.demo import demo_document
from catalogue.search.documents import SearchDocument

FORMATS = ("group", "individual", "online", "walk_in", "home_visit")
EXTRA_WORDS = ("ouders", "jongeren", "kinderen", "school", "thuis", "buurt", "samen", "groep", "gesprek",
               "avond", "training", "steun", "vragen", "zorgen", "wijk", "spreekuur", "maatje", "online")


def generate(count: int = 10_000, municipalities: int = 40, seed: int = 42) -> list[SearchDocument]:
    rng = random.Random(seed)
    demo = demo_document()
    labels = {t["slug"]: " ".join(t["labels"].values()) for t in demo["themes"]}
    templates = [a for a in demo["activities"] if a.get("status") == "published"]
    places = [f"gemeente-{i:02d}" for i in range(municipalities)]
    docs: list[SearchDocument] = []
    for n in range(count):
        t = rng.choice(templates)
        muni = rng.choice(places)
        hoods = tuple(f"{muni}/wijk-{rng.randrange(8)}" for _ in range(rng.choice((0, 0, 0, 1, 2)))) or (f"{muni}/*",)
        low = rng.randrange(0, 19)
        high = min(23, low + rng.randrange(2, 12))
        extra = " ".join(rng.sample(EXTRA_WORDS, 4))
        themes = [s for s in t["themes"]]
        docs.append(SearchDocument(
            id=f"bench-{n}",
            title=f"{t['title']} {muni.split('-')[1]}",
            summary=t["summary"],
            body=f"{t['description']} {extra} " + " ".join(labels.get(s, s) for s in themes),
            themes=tuple(themes),
            audiences=tuple(t.get("audiences", [])),
            municipality=muni,
            neighbourhoods=hoods,
            formats=tuple(rng.sample(FORMATS, rng.choice((1, 1, 2)))),
            cost=rng.choice(("free", "free", "free", "paid")),
            languages=tuple(t.get("languages") or ["nl"]),
            min_age=low,
            max_age=high,
        ))
    return docs


def synonyms() -> list[list[str]]:
    return demo_document()["synonyms"]


__all__ = ["generate", "replace", "synonyms"]
