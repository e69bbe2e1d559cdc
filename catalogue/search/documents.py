"""What the index knows about an activity: a flat, engine-neutral document."""
from __future__ import annotations

from dataclasses import dataclass, field

WHOLE_MUNICIPALITY = "*"


@dataclass(frozen=True)
class SearchDocument:
    id: str
    title: str
    summary: str
    body: str
    themes: tuple[str, ...]
    audiences: tuple[str, ...]
    municipality: str
    neighbourhoods: tuple[str, ...]  # "<municipality>/<slug>", or "<municipality>/*" for all
    formats: tuple[str, ...]
    cost: str  # "free" | "paid"
    languages: tuple[str, ...]
    min_age: int
    max_age: int
    extra_titles: tuple[str, ...] = field(default=())  # translated titles, searched too

    @classmethod
    def from_activity(cls, activity) -> "SearchDocument":
        """Build from a loaded ``Activity`` (themes, translations, provider, places loaded)."""
        muni = activity.municipality.slug
        hoods = tuple(f"{muni}/{n.slug}" for n in activity.neighbourhoods) or (f"{muni}/{WHOLE_MUNICIPALITY}",)
        theme_words = " ".join(
            " ".join(t.labels.values()) for t in activity.themes
        )
        translations = [tr for tr in activity.translations]
        body_parts = [
            activity.description,
            theme_words,
            activity.provider.name if activity.provider else "",
            " ".join(loc.name for loc in activity.locations),
            " ".join(filter(None, (tr.summary for tr in translations))),
            " ".join(filter(None, (tr.description for tr in translations))),
        ]
        return cls(
            id=activity.public_id,
            title=activity.title,
            summary=activity.summary,
            body="\n".join(p for p in body_parts if p),
            themes=tuple(t.slug for t in activity.topic_themes),
            audiences=tuple(t.slug for t in activity.audiences),
            municipality=muni,
            neighbourhoods=hoods,
            formats=tuple(activity.formats),
            cost="free" if activity.is_free else "paid",
            languages=tuple(activity.languages or ["nl"]),
            min_age=activity.min_age,
            max_age=activity.max_age,
            extra_titles=tuple(tr.title for tr in translations if tr.title),
        )
