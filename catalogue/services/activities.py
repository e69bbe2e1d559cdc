"""Creating, editing, publishing, archiving and deleting activities."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Iterator, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from ..db import utcnow
from ..errors import Conflict, NotFound, ValidationError
from ..i18n import Message, N_
from ..inputs import ActivityInput, LocationInput, ScheduleInput, SignupInput, TranslationInput, parse_date
from ..models import (
    Activity,
    ActivityStatus,
    ActivityTranslation,
    Location,
    Municipality,
    Neighbourhood,
    Provider,
    Schedule,
    Theme,
)
from ..validation import review_due_for, validate_activity
from .permissions import Actor, require_edit
from .uow import UnitOfWork

if TYPE_CHECKING:
    from ..core import Catalogue

FULL = (
    selectinload(Activity.themes),
    selectinload(Activity.translations),
    selectinload(Activity.provider),
    selectinload(Activity.municipality),
    selectinload(Activity.neighbourhoods).selectinload(Neighbourhood.postcodes),
    selectinload(Activity.locations),
    selectinload(Activity.schedules),
)
# What a results list shows: no locations or schedules (about half the load time per page).
LISTING = FULL[:5]


def _conflict() -> Conflict:
    return Conflict(
        Message(
            N_("Iemand anders heeft dit aanbod net aangepast. Open het opnieuw, bekijk de wijzigingen en sla dan uw aanpassing op.")
        )
    )


def apply_input(session: Session, activity: Activity, data: ActivityInput) -> None:
    """Copy validated input onto the activity (the caller validated it first)."""
    with session.no_autoflush:
        _apply_input(session, activity, data)


def _apply_input(session: Session, activity: Activity, data: ActivityInput) -> None:
    municipality = session.scalar(select(Municipality).where(Municipality.slug == data.municipality))
    assert municipality is not None
    activity.title = data.title
    activity.summary = data.summary
    activity.description = data.description
    activity.municipality = municipality
    activity.neighbourhoods = [n for n in municipality.neighbourhoods if n.slug in set(data.neighbourhoods)]
    wanted = [*data.themes, *data.audiences]
    themes = {t.slug: t for t in session.scalars(select(Theme).where(Theme.slug.in_(wanted)))}
    activity.themes = [themes[s] for s in dict.fromkeys(wanted)]
    activity.min_age = int(data.min_age)
    activity.max_age = int(data.max_age)
    activity.formats = list(dict.fromkeys(data.formats))
    activity.is_free = data.free
    activity.cost_text = None if data.free else (data.cost or "").strip()
    activity.signup_url = data.signup.url
    activity.signup_phone = data.signup.phone
    activity.signup_email = data.signup.email
    activity.signup_walk_in = data.signup.walk_in
    activity.no_referral_needed = True
    activity.languages = list(dict.fromkeys(data.languages))
    activity.provider = (
        session.scalar(select(Provider).where(Provider.public_id == data.provider)) if data.provider else None
    )
    activity.evidence_level = data.evidence_level
    activity.status = ActivityStatus(data.status)
    activity.last_checked = parse_date(data.last_checked)
    activity.review_due = review_due_for(activity.last_checked, parse_date(data.review_due))
    activity.locations = [
        Location(position=i, name=loc.name.strip(), street=loc.street, postcode=loc.postcode, city=loc.city,
                 **({"public_id": loc.id} if loc.id else {}))
        for i, loc in enumerate(data.locations)
    ]
    activity.schedules = [
        Schedule(position=i, description=s.description or "", byday=s.byday.upper() if s.byday else None,
                 opens_at=s.opens_at, closes_at=s.closes_at)
        for i, s in enumerate(data.schedules)
    ]
    existing = {t.language: t for t in activity.translations}
    translations = []
    for lang, tr in sorted(data.translations.items()):
        if not (tr.title or tr.summary or tr.description):
            continue
        row = existing.get(lang) or ActivityTranslation(language=lang)
        row.title, row.summary, row.description = tr.title, tr.summary, tr.description
        translations.append(row)
    activity.translations = translations
    activity.updated_at = utcnow()


class ActivityService:
    def __init__(self, catalogue: "Catalogue"):
        self.catalogue = catalogue

    # -- reading -----------------------------------------------------------------------------
    def get(self, public_id: str, *, published_only: bool = False) -> Activity:
        with self.catalogue.sessions() as session:
            activity = session.scalar(select(Activity).where(Activity.public_id == public_id).options(*FULL))
            if activity is None or (published_only and activity.status is not ActivityStatus.published):
                raise NotFound(Message(N_("Dit aanbod bestaat niet (meer).")))
            return activity

    def get_many(self, public_ids: Sequence[str], *, full: bool = True) -> list[Activity]:
        """Published activities in the order of ``public_ids`` (unknown ids are skipped).
        With ``full=False`` locations and schedules are not loaded (for results lists)."""
        if not public_ids:
            return []
        with self.catalogue.sessions() as session:
            rows = session.scalars(
                select(Activity)
                .where(Activity.public_id.in_(list(public_ids)), Activity.status == ActivityStatus.published)
                .options(*(FULL if full else LISTING))
            )
            by_id = {a.public_id: a for a in rows}
        return [by_id[i] for i in public_ids if i in by_id]

    def list(self, municipality: str | None = None, status: str | None = None) -> list[Activity]:
        with self.catalogue.sessions() as session:
            stmt = select(Activity).options(*FULL).order_by(Activity.title)
            if municipality:
                stmt = stmt.join(Activity.municipality).where(Municipality.slug == municipality)
            if status:
                stmt = stmt.where(Activity.status == ActivityStatus(status))
            return list(session.scalars(stmt))

    def count_published(self) -> int:
        with self.catalogue.sessions() as session:
            return session.scalar(
                select(func.count()).select_from(Activity).where(Activity.status == ActivityStatus.published)
            ) or 0

    def iter_published(self, chunk: int = 500) -> Iterator[Activity]:
        """Every published activity, fully loaded, in chunks to keep memory flat."""
        last_id = 0
        while True:
            with self.catalogue.sessions() as session:
                rows = list(
                    session.scalars(
                        select(Activity)
                        .where(Activity.status == ActivityStatus.published, Activity.id > last_id)
                        .order_by(Activity.id)
                        .limit(chunk)
                        .options(*FULL)
                    )
                )
            if not rows:
                return
            yield from rows
            last_id = rows[-1].id

    # -- writing -----------------------------------------------------------------------------
    def create(self, data: ActivityInput, actor: Actor | None = None, uow: UnitOfWork | None = None) -> Activity:
        if uow is None:
            with self.catalogue.unit_of_work() as own:
                return self.create(data, actor, own)
        require_edit(actor, data.municipality)
        session = uow.session
        problems = validate_activity(session, data)
        if data.id and "id" not in problems.errors and session.scalar(
            select(Activity.id).where(Activity.public_id == data.id)
        ) is not None:
            problems.add("id", N_("Er bestaat al aanbod met de code '%(value)s'."), value=data.id)
        if problems:
            raise ValidationError(dict(problems.errors), record=data.id or data.title or None)
        activity = Activity()
        if data.id:
            activity.public_id = data.id
        apply_input(session, activity, data)
        session.add(activity)
        activity.created_at = activity.updated_at
        uow.index_later(activity)
        return activity

    def import_one(self, data: ActivityInput, uow: UnitOfWork) -> Activity:
        """Create or overwrite by public id, for imports run by the system (no version check:
        the file is the newer truth). Validation is the same as for editors."""
        session = uow.session
        # Only a text id can name a stored activity (create's validation refuses any other).
        by_id = isinstance(data.id, str) and data.id
        activity = session.scalar(select(Activity).where(Activity.public_id == data.id)) if by_id else None
        if activity is None:
            return self.create(data, None, uow)
        problems = validate_activity(session, data)
        if problems:
            raise ValidationError(dict(problems.errors), record=data.id)
        apply_input(session, activity, data)
        uow.index_later(activity)
        return activity

    def update(
        self, public_id: str, data: ActivityInput, expected_version: int, actor: Actor | None = None
    ) -> Activity:
        with self.catalogue.unit_of_work() as uow:
            activity = self._load_for_write(uow.session, public_id, expected_version, actor)
            require_edit(actor, data.municipality)
            # The id is the one in the address: an update never changes it, but it is checked too.
            problems = validate_activity(uow.session, replace(data, id=public_id))
            if problems:
                raise ValidationError(dict(problems.errors), record=public_id)
            apply_input(uow.session, activity, data)
            self._flush(uow)
            uow.index_later(activity)
        return activity

    def set_status(
        self, public_id: str, status: str, expected_version: int, actor: Actor | None = None
    ) -> Activity:
        """Publish, archive, or return to draft. Publishing re-validates the whole record."""
        with self.catalogue.unit_of_work() as uow:
            activity = self._load_for_write(uow.session, public_id, expected_version, actor)
            new_status = ActivityStatus(status)
            if new_status is ActivityStatus.published:
                problems = validate_activity(uow.session, replace(to_input(activity), status=status))
                if problems:
                    raise ValidationError(dict(problems.errors), record=public_id)
            activity.status = new_status
            activity.updated_at = utcnow()
            self._flush(uow)
            uow.index_later(activity)
        return activity

    def publish(self, public_id: str, expected_version: int, actor: Actor | None = None) -> Activity:
        return self.set_status(public_id, "published", expected_version, actor)

    def archive(self, public_id: str, expected_version: int, actor: Actor | None = None) -> Activity:
        return self.set_status(public_id, "archived", expected_version, actor)

    def delete(self, public_id: str, expected_version: int, actor: Actor | None = None) -> None:
        with self.catalogue.unit_of_work() as uow:
            activity = self._load_for_write(uow.session, public_id, expected_version, actor)
            uow.session.delete(activity)
            self._flush(uow)
            uow.unindex_later(public_id)

    def _load_for_write(self, session: Session, public_id: str, expected_version: int, actor: Actor | None) -> Activity:
        activity = session.scalar(select(Activity).where(Activity.public_id == public_id).options(*FULL))
        if activity is None:
            raise NotFound(Message(N_("Dit aanbod bestaat niet (meer).")))
        require_edit(actor, activity.municipality.slug)
        if activity.version != expected_version:
            raise _conflict()
        return activity

    @staticmethod
    def _flush(uow: UnitOfWork) -> None:
        """The version check in SQL: a concurrent commit between our read and write fails here."""
        try:
            uow.session.flush()
        except StaleDataError as exc:
            raise _conflict() from exc


def to_input(activity: Activity) -> ActivityInput:
    """The input that would recreate ``activity``: used to re-validate on publish and by editors' forms."""
    return ActivityInput(
        id=activity.public_id,
        title=activity.title,
        summary=activity.summary,
        description=activity.description,
        municipality=activity.municipality.slug,
        themes=[t.slug for t in activity.topic_themes],
        audiences=[t.slug for t in activity.audiences],
        min_age=activity.min_age,
        max_age=activity.max_age,
        formats=list(activity.formats),
        free=activity.is_free,
        cost=activity.cost_text,
        signup=SignupInput(activity.signup_url, activity.signup_phone, activity.signup_email, activity.signup_walk_in),
        languages=list(activity.languages),
        provider=activity.provider.public_id if activity.provider else None,
        neighbourhoods=[n.slug for n in activity.neighbourhoods],
        locations=[LocationInput(l.name, l.street, l.postcode, l.city, l.public_id) for l in activity.locations],
        schedules=[ScheduleInput(s.description, s.byday, s.opens_at, s.closes_at) for s in activity.schedules],
        translations={t.language: TranslationInput(t.title, t.summary, t.description) for t in activity.translations},
        evidence_level=activity.evidence_level,
        status=activity.status.value,
        last_checked=activity.last_checked,
        review_due=activity.review_due,
    )
