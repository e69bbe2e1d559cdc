"""Municipalities, neighbourhoods with their postcodes, local teams and providers."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import NotFound, ValidationError
from ..i18n import Message, N_
from ..inputs import LocalTeamInput, ProviderInput
from ..models import LocalTeam, Municipality, Neighbourhood, NeighbourhoodPostcode, Provider
from ..slugs import slugify
from ..validation import Problems, check_contact, check_pc4, validate_local_team
from .permissions import Actor, require_edit

if TYPE_CHECKING:
    from ..core import Catalogue


def ensure_municipality(session: Session, name: str, slug: str | None = None) -> Municipality:
    slug = slug or slugify(name)
    if not slug or not name.strip():
        raise ValidationError({"municipality": [Message(N_("Vul de naam van de gemeente in."))]})
    municipality = session.scalar(select(Municipality).where(Municipality.slug == slug))
    if municipality is None:
        municipality = Municipality(slug=slug, name=name.strip())
        session.add(municipality)
        session.flush()
    return municipality


def ensure_neighbourhood(
    session: Session, municipality: Municipality, name: str, slug: str | None = None, postcodes: Iterable[str] = ()
) -> Neighbourhood:
    slug = slug or slugify(name)
    postcodes = [str(pc).strip() for pc in postcodes]
    problems = Problems()
    for bad in check_pc4(postcodes):
        problems.add("postcodes", N_("'%(value)s' is geen postcodegebied van vier cijfers."), value=bad)
    if not slug:
        problems.add("name", N_("Vul de naam van de wijk in."))
    if problems:
        raise ValidationError(dict(problems.errors), record=f"{municipality.slug}/{slug}")
    hood = session.scalar(
        select(Neighbourhood).where(Neighbourhood.municipality_id == municipality.id, Neighbourhood.slug == slug)
    )
    if hood is None:
        hood = Neighbourhood(municipality=municipality, slug=slug, name=name.strip() or slug)
        session.add(hood)
        session.flush()
    for pc4 in postcodes:
        existing = session.get(NeighbourhoodPostcode, pc4)
        if existing is None:
            session.add(NeighbourhoodPostcode(pc4=pc4, neighbourhood=hood))
        elif existing.neighbourhood_id != hood.id:
            other = existing.neighbourhood
            raise ValidationError(
                {"postcodes": [Message(N_("Postcode %(pc4)s hoort al bij de wijk %(other)s."), {"pc4": pc4, "other": other.name})]},
                record=f"{municipality.slug}/{slug}",
            )
    session.flush()
    return hood


def upsert_local_team(session: Session, data: LocalTeamInput) -> LocalTeam:
    municipality = session.scalar(select(Municipality).where(Municipality.slug == data.municipality))
    problems = validate_local_team(session, data, municipality)
    if problems:
        raise ValidationError(dict(problems.errors), record=data.id or data.name)
    assert municipality is not None
    team = session.scalar(select(LocalTeam).where(LocalTeam.public_id == data.id)) if data.id else None
    if team is None:
        team = LocalTeam(municipality=municipality)
        if data.id:
            team.public_id = data.id
        session.add(team)
    team.municipality = municipality
    for name in ("name", "description", "phone", "email", "website", "walk_in_hours", "street", "postcode", "city"):
        setattr(team, name, getattr(data, name))
    team.neighbourhoods = [n for n in municipality.neighbourhoods if n.slug in set(data.neighbourhoods)]
    session.flush()
    return team


def upsert_provider(session: Session, data: ProviderInput) -> Provider:
    problems = Problems()
    if not (data.name or "").strip():
        problems.add("name", N_("Vul de naam van de aanbieder in."))
    check_contact(problems, "", data.website, data.phone, data.email)
    if problems:
        raise ValidationError(dict(problems.errors), record=data.id or data.name)
    provider = session.scalar(select(Provider).where(Provider.public_id == data.id)) if data.id else None
    if provider is None:
        provider = Provider()
        if data.id:
            provider.public_id = data.id
        session.add(provider)
    for name in ("name", "description", "website", "email", "phone"):
        setattr(provider, name, getattr(data, name) if getattr(data, name) is not None else getattr(provider, name))
    provider.description = provider.description or ""
    session.flush()
    return provider


class PlaceService:
    def __init__(self, catalogue: "Catalogue"):
        self.catalogue = catalogue

    def municipalities(self) -> list[Municipality]:
        with self.catalogue.sessions() as session:
            stmt = select(Municipality).options(selectinload(Municipality.neighbourhoods)).order_by(Municipality.name)
            return list(session.scalars(stmt))

    def municipality(self, slug: str) -> Municipality:
        with self.catalogue.sessions() as session:
            municipality = session.scalar(
                select(Municipality)
                .where(Municipality.slug == slug)
                .options(selectinload(Municipality.neighbourhoods).selectinload(Neighbourhood.postcodes))
            )
            if municipality is None:
                raise NotFound(Message(N_("De gemeente '%(value)s' staat niet in de catalogus."), {"value": slug}))
            return municipality

    def locate_postcode(self, postcode: str) -> Neighbourhood | None:
        """The neighbourhood (with its municipality) for a postcode such as "7207" or "7207 AB"."""
        pc4 = postcode.strip()[:4]
        with self.catalogue.sessions() as session:
            row = session.get(
                NeighbourhoodPostcode,
                pc4,
                options=[selectinload(NeighbourhoodPostcode.neighbourhood).selectinload(Neighbourhood.municipality)],
            )
            return row.neighbourhood if row else None

    def local_teams(self, municipality: str, neighbourhood: str | None = None) -> list[LocalTeam]:
        """The teams for a place. With a neighbourhood, the team(s) serving it come first and
        alone; without, every team of the municipality."""
        with self.catalogue.sessions() as session:
            stmt = (
                select(LocalTeam)
                .join(LocalTeam.municipality)
                .where(Municipality.slug == municipality)
                .options(selectinload(LocalTeam.neighbourhoods), selectinload(LocalTeam.municipality))
                .order_by(LocalTeam.name)
            )
            teams = list(session.scalars(stmt))
        if neighbourhood:
            serving = [t for t in teams if any(n.slug == neighbourhood for n in t.neighbourhoods)]
            return serving or teams
        return teams

    def local_team(self, public_id: str) -> LocalTeam:
        with self.catalogue.sessions() as session:
            team = session.scalar(
                select(LocalTeam)
                .where(LocalTeam.public_id == public_id)
                .options(selectinload(LocalTeam.neighbourhoods), selectinload(LocalTeam.municipality))
            )
            if team is None:
                raise NotFound(Message(N_("Dit lokale team bestaat niet (meer).")))
            return team

    def save_local_team(self, data: LocalTeamInput, actor: Actor | None = None) -> LocalTeam:
        require_edit(actor, data.municipality)
        with self.catalogue.unit_of_work() as uow:
            return upsert_local_team(uow.session, data)
