"""Typed inputs for the service layer, built from forms, the API, demo data or HSDS records.

``from_dict`` accepts the catalogue file format (docs/catalogue-data-format.md); shape errors
become validation messages rather than exceptions, so a bad record is reported with all its
problems instead of stopping at the first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional


@dataclass
class SignupInput:
    url: Optional[str] = None
    phone: Optional[str] = None
    email: Optional[str] = None
    walk_in: bool = False


@dataclass
class LocationInput:
    name: str = ""
    street: Optional[str] = None
    postcode: Optional[str] = None
    city: Optional[str] = None
    id: Optional[str] = None


@dataclass
class ScheduleInput:
    description: str = ""
    byday: Optional[str] = None
    opens_at: Optional[str] = None
    closes_at: Optional[str] = None


@dataclass
class TranslationInput:
    title: Optional[str] = None
    summary: Optional[str] = None
    description: Optional[str] = None


@dataclass
class ActivityInput:
    title: str = ""
    summary: str = ""
    description: str = ""
    municipality: str = ""
    themes: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    min_age: Any = 0
    max_age: Any = 23
    formats: list[str] = field(default_factory=list)
    free: bool = True
    cost: Optional[str] = None
    signup: SignupInput = field(default_factory=SignupInput)
    languages: list[str] = field(default_factory=lambda: ["nl"])
    provider: Optional[str] = None
    neighbourhoods: list[str] = field(default_factory=list)
    locations: list[LocationInput] = field(default_factory=list)
    schedules: list[ScheduleInput] = field(default_factory=list)
    translations: dict[str, TranslationInput] = field(default_factory=dict)
    evidence_level: Optional[str] = None
    status: str = "draft"
    last_checked: Any = None
    review_due: Any = None
    no_referral_needed: bool = True
    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ActivityInput":
        signup = data.get("signup") or {}
        return cls(
            id=data.get("id"),
            title=(data.get("title") or "").strip(),
            summary=(data.get("summary") or "").strip(),
            description=(data.get("description") or "").strip(),
            municipality=data.get("municipality") or "",
            themes=list(data.get("themes") or []),
            audiences=list(data.get("audiences") or []),
            min_age=data.get("min_age", 0),
            max_age=data.get("max_age", 23),
            formats=list(data.get("formats") or []),
            free=bool(data.get("free", True)),
            cost=data.get("cost"),
            signup=SignupInput(
                url=signup.get("url") or None,
                phone=signup.get("phone") or None,
                email=signup.get("email") or None,
                walk_in=bool(signup.get("walk_in", False)),
            ),
            languages=list(data.get("languages") or ["nl"]),
            provider=data.get("provider"),
            neighbourhoods=list(data.get("neighbourhoods") or []),
            locations=[LocationInput(**_only(loc, LocationInput)) for loc in data.get("locations") or []],
            schedules=[ScheduleInput(**_only(s, ScheduleInput)) for s in data.get("schedules") or []],
            translations={
                lang: TranslationInput(**_only(t, TranslationInput))
                for lang, t in (data.get("translations") or {}).items()
            },
            evidence_level=data.get("evidence_level") or None,
            status=data.get("status") or "draft",
            last_checked=data.get("last_checked"),
            review_due=data.get("review_due"),
            no_referral_needed=bool(data.get("no_referral_needed", True)),
        )


@dataclass
class LocalTeamInput:
    name: str = ""
    municipality: str = ""
    description: str = ""
    neighbourhoods: list[str] = field(default_factory=list)
    phone: Optional[str] = None
    email: Optional[str] = None
    website: Optional[str] = None
    walk_in_hours: str = ""
    street: Optional[str] = None
    postcode: Optional[str] = None
    city: Optional[str] = None
    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: dict[str, Any], municipality: str) -> "LocalTeamInput":
        address = data.get("address") or {}
        return cls(
            id=data.get("id"),
            name=(data.get("name") or "").strip(),
            municipality=municipality,
            description=data.get("description") or "",
            neighbourhoods=list(data.get("neighbourhoods") or []),
            phone=data.get("phone"),
            email=data.get("email"),
            website=data.get("website"),
            walk_in_hours=data.get("walk_in_hours") or "",
            street=address.get("street"),
            postcode=address.get("postcode"),
            city=address.get("city"),
        )


@dataclass
class ProviderInput:
    name: str = ""
    description: str = ""
    website: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ProviderInput":
        return cls(**_only(data, cls))


def _only(data: Any, kind: type) -> dict[str, Any]:
    if not isinstance(data, dict):
        return {}
    names = kind.__dataclass_fields__.keys()
    return {k: v for k, v in data.items() if k in names}


def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
