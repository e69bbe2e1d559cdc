"""Loading a whole catalogue document (demo data, converted HSDS feeds) all-or-nothing.

Every record is validated; when any record is wrong nothing is written and every problem is
reported with its record id and field, so the person importing can fix the file in one go.
Activities and local teams share one set of ids (both are HSDS services): an activity whose id
is a local team's in the same file, or one already stored, is refused, and so is a team whose id
is a stored activity's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import select

from .errors import CatalogueError, ValidationError
from .i18n import Message, N_
from .inputs import ActivityInput, LocalTeamInput, ProviderInput
from .models import SynonymGroup

Progress = Callable[[str, int, int], None]


class ImportFailed(CatalogueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(Message(N_("Er is niets ingelezen: %(count)s fouten gevonden."), {"count": len(problems)}))


@dataclass
class LoadSummary:
    themes: int = 0
    municipalities: int = 0
    neighbourhoods: int = 0
    local_teams: int = 0
    providers: int = 0
    activities: int = 0
    published: int = 0
    synonym_groups: int = 0
    extra: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        return (
            f"{self.activities} activities ({self.published} published), {self.local_teams} local teams, "
            f"{self.municipalities} municipalities, {self.neighbourhoods} neighbourhoods, "
            f"{self.providers} providers, {self.themes} themes, {self.synonym_groups} synonym groups"
        )


def _record(kind: str, data: Any) -> str:
    if isinstance(data, dict):
        return f"{kind} {data.get('id') or data.get('slug') or data.get('name') or '?'}"
    return f"{kind} ?"


def _shared_id(public_id: str) -> str:
    return str(Message(
        N_("De code '%(value)s' staat in dit bestand bij aanbod én bij een lokaal team. Aanbod en lokale teams "
           "kunnen niet dezelfde code hebben. Geef een van de twee een andere code."),
        {"value": public_id},
    ))


def _team_ids(document: dict[str, Any]) -> set[str]:
    """The ids the file gives its local teams (a team of a refused municipality counts too)."""
    return {
        team["id"]
        for muni in document.get("municipalities", []) if isinstance(muni, dict)
        for team in muni.get("local_teams") or [] if isinstance(team, dict) and isinstance(team.get("id"), str)
    }


def load_document(catalogue, document: dict[str, Any], progress: Progress | None = None) -> LoadSummary:
    from .services.places import ensure_municipality, ensure_neighbourhood, upsert_local_team, upsert_provider
    from .services.taxonomy import ensure_theme

    summary = LoadSummary()
    problems: list[str] = []

    def attempt(kind: str, data: Any, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except ValidationError as exc:
            record = f"{kind} {exc.record}" if exc.record else _record(kind, data)
            problems.extend(f"{record}: {name}: {msg}" for name, msgs in exc.errors.items() for msg in msgs)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(f"{_record(kind, data)}: the record has the wrong shape ({exc})")
        return None

    with catalogue.unit_of_work() as uow:
        session = uow.session
        for theme in document.get("themes", []):
            if attempt("theme", theme, lambda t=theme: ensure_theme(session, t["slug"], t.get("kind", "theme"), t.get("labels") or {})):
                summary.themes += 1

        existing = {frozenset(g.terms) for g in session.scalars(select(SynonymGroup))}
        for group in document.get("synonyms", []):
            terms = [str(t).strip().lower() for t in group if str(t).strip()]
            if len(set(terms)) >= 2 and frozenset(terms) not in existing:
                session.add(SynonymGroup(terms=terms))
                existing.add(frozenset(terms))
                summary.synonym_groups += 1

        for muni in document.get("municipalities", []):
            municipality = attempt("municipality", muni, lambda m=muni: ensure_municipality(session, m["name"], m.get("slug")))
            if municipality is None:
                continue
            summary.municipalities += 1
            for hood in muni.get("neighbourhoods", []):
                if attempt("neighbourhood", hood, lambda h=hood: ensure_neighbourhood(
                        session, municipality, h["name"], h.get("slug"), h.get("postcodes", []))):
                    summary.neighbourhoods += 1
            for team in muni.get("local_teams", []):
                if attempt("local team", team, lambda t=team: upsert_local_team(
                        session, LocalTeamInput.from_dict(t, municipality.slug))):
                    summary.local_teams += 1

        for provider in document.get("providers", []):
            if attempt("provider", provider, lambda p=provider: upsert_provider(session, ProviderInput.from_dict(p))):
                summary.providers += 1

        activities = document.get("activities", [])
        seen: set[str] = set()
        team_ids = _team_ids(document)
        for position, raw in enumerate(activities, start=1):
            if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"]:
                if raw["id"] in seen:
                    problems.append(f"activity {raw['id']}: id: the same id appears twice in the file")
                    continue
                seen.add(raw["id"])
                if raw["id"] in team_ids:
                    # Not loaded: the service layer would report the team just written as well.
                    problems.append(f"activity {raw['id']}: id: {_shared_id(raw['id'])}")
                    continue
            data = attempt("activity", raw, lambda r=raw: ActivityInput.from_dict(r))
            if data is None:
                continue
            activity = attempt("activity", raw, lambda d=data: catalogue.activities.import_one(d, uow))
            if activity is not None:
                summary.activities += 1
                summary.published += activity.status.value == "published"
            if progress and (position % 100 == 0 or position == len(activities)):
                progress("activities", position, len(activities))

        if problems:
            uow.rollback()
            raise ImportFailed(problems)
    catalogue.taxonomy.forget_synonyms()
    return summary
