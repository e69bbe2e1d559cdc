"""Error reports from visitors and consented callback requests for local teams."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Optional

from sqlalchemy import delete, select
from sqlalchemy.orm import selectinload

from ..db import utcnow
from ..errors import NotFound, ValidationError
from ..i18n import Message, N_
from ..models import Activity, ActivityStatus, CallbackRequest, ErrorReport, LocalTeam, Municipality
from ..validation import EMAIL, PHONE, Problems

if TYPE_CHECKING:
    from ..core import Catalogue

MAX_NOTE = 1000


@dataclass
class CallbackInput:
    team_id: str
    first_name: str
    phone: Optional[str] = None
    email: Optional[str] = None
    note: str = ""
    preferred_time: str = ""
    consent: bool = False


class FeedbackService:
    def __init__(self, catalogue: "Catalogue"):
        self.catalogue = catalogue

    def report_error(self, activity_public_id: str, message: str, contact: str | None = None) -> ErrorReport:
        message = (message or "").strip()
        problems = Problems()
        if len(message) < 5:
            problems.add("message", N_("Schrijf kort wat er niet klopt."))
        elif len(message) > 2000:
            problems.add("message", N_("Uw bericht is te lang. Gebruik maximaal %(max)s tekens."), max=2000)
        if problems:
            raise ValidationError(dict(problems.errors))
        with self.catalogue.unit_of_work() as uow:
            activity = uow.session.scalar(select(Activity).where(Activity.public_id == activity_public_id))
            if activity is None or activity.status is not ActivityStatus.published:
                raise NotFound(Message(N_("Dit aanbod bestaat niet (meer).")))
            report = ErrorReport(activity=activity, message=message, contact=(contact or "").strip() or None)
            uow.session.add(report)
        return report

    def error_reports(self, municipality: str | None = None, open_only: bool = True) -> list[ErrorReport]:
        with self.catalogue.sessions() as session:
            stmt = select(ErrorReport).options(selectinload(ErrorReport.activity).selectinload(Activity.municipality))
            if municipality:
                stmt = stmt.join(ErrorReport.activity).join(Activity.municipality).where(Municipality.slug == municipality)
            if open_only:
                stmt = stmt.where(ErrorReport.resolved_at.is_(None))
            return list(session.scalars(stmt.order_by(ErrorReport.created_at.desc())))

    def request_callback(self, data: CallbackInput) -> CallbackRequest:
        problems = Problems()
        if data.consent is not True:
            problems.add("consent", N_("Zonder toestemming bewaren we niets. Geef toestemming als je wilt dat het team je belt of mailt."))
        first_name = (data.first_name or "").strip()
        if not first_name or len(first_name) > 80:
            problems.add("first_name", N_("Vul je voornaam in."))
        phone = (data.phone or "").strip() or None
        email = (data.email or "").strip() or None
        if not (phone or email):
            problems.add("phone", N_("Vul een telefoonnummer of e-mailadres in."))
        if phone and not PHONE.match(phone):
            problems.add("phone", N_("Vul een telefoonnummer in met alleen cijfers, spaties of streepjes."))
        if email and not EMAIL.match(email):
            problems.add("email", N_("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."))
        if len(data.note or "") > MAX_NOTE:
            problems.add("note", N_("Je bericht is te lang. Gebruik maximaal %(max)s tekens."), max=MAX_NOTE)
        with self.catalogue.unit_of_work() as uow:
            team = uow.session.scalar(select(LocalTeam).where(LocalTeam.public_id == data.team_id))
            if team is None:
                problems.add("team_id", N_("Dit lokale team bestaat niet (meer)."))
            if problems:
                raise ValidationError(dict(problems.errors))
            request = CallbackRequest(
                local_team=team, first_name=first_name, phone=phone, email=email,
                note=(data.note or "").strip(), preferred_time=(data.preferred_time or "").strip()[:200],
            )
            uow.session.add(request)
            uow.session.flush()
            team.municipality  # loaded for the caller
        return request

    def open_callbacks(self, municipality: str | None = None) -> list[CallbackRequest]:
        with self.catalogue.sessions() as session:
            stmt = (
                select(CallbackRequest)
                .where(CallbackRequest.handled_at.is_(None))
                .options(selectinload(CallbackRequest.local_team).selectinload(LocalTeam.municipality))
                .order_by(CallbackRequest.created_at)
            )
            if municipality:
                stmt = stmt.join(CallbackRequest.local_team).join(LocalTeam.municipality).where(Municipality.slug == municipality)
            return list(session.scalars(stmt))

    def purge_expired_callbacks(self) -> int:
        """Delete callback requests older than the retention period. Returns how many."""
        cutoff = utcnow() - timedelta(days=self.catalogue.settings.callback_retention_days)
        with self.catalogue.unit_of_work() as uow:
            result = uow.session.execute(delete(CallbackRequest).where(CallbackRequest.created_at < cutoff))
            return result.rowcount or 0
