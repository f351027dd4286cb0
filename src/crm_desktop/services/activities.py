"""Timeline entries (notes, calls, meetings, emails) on contacts, companies and deals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import NotFound, ValidationError
from crm_desktop.domain.i18n import user_text
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Activity, Company, Contact, Deal


@dataclass(frozen=True)
class ActivityRow:
    id: int
    kind: str
    subject: str
    body: str
    occurred_at: datetime
    contact_id: int | None
    company_id: int | None
    deal_id: int | None

    @property
    def kind_label(self) -> str:
        try:
            return ActivityKind(self.kind).label
        except ValueError:
            return self.kind.replace("_", " ").capitalize()


def _row(a: Activity) -> ActivityRow:
    return ActivityRow(a.id, a.kind, a.subject, a.body, a.occurred_at, a.contact_id, a.company_id, a.deal_id)


def touch_last_activity(s: Session, contact_id: int | None, company_id: int | None, deal_id: int | None) -> None:
    """Recompute the denormalised 'last activity' of the records an activity belongs to."""
    alive = Activity.deleted_at.is_(None)
    for model, col, ident in (
        (Contact, Activity.contact_id, contact_id),
        (Company, Activity.company_id, company_id),
        (Deal, Activity.deal_id, deal_id),
    ):
        if ident is None:
            continue
        latest = s.scalar(select(func.max(Activity.occurred_at)).where(col == ident, alive))
        s.execute(
            update(model)
            .where(model.id == ident)
            .values(last_activity_at=latest)
            .execution_options(synchronize_session=False)
        )


class ActivityService:
    def __init__(self, db: Database, hub: ChangeHub):
        self.db = db
        self.hub = hub

    def add(
        self,
        kind: ActivityKind | str,
        body: str = "",
        subject: str = "",
        contact_id: int | None = None,
        company_id: int | None = None,
        deal_id: int | None = None,
        occurred_at: datetime | None = None,
        external_id: str | None = None,
    ) -> int:
        kind = ActivityKind(kind)
        body = (body or "").replace("\x00", "").strip()
        subject = " ".join((subject or "").split())[:200]
        if not body and not subject:
            raise ValidationError({"body": user_text("Write something first.")})
        if contact_id is None and company_id is None and deal_id is None:
            raise ValidationError({"body": user_text("An activity must belong to a contact, company or deal.")})
        when = occurred_at or datetime.now(UTC)
        with self.db.session() as s:
            if contact_id is not None and company_id is None:
                company_id = s.scalar(select(Contact.company_id).where(Contact.id == contact_id))
            activity = Activity(
                kind=kind.value,
                subject=subject,
                body=body,
                occurred_at=when,
                contact_id=contact_id,
                company_id=company_id,
                deal_id=deal_id,
                external_id=external_id,
            )
            s.add(activity)
            s.flush()
            touch_last_activity(s, contact_id, company_id, deal_id)
            new_id = activity.id
        self._publish(Change.of("activity", created=[new_id]), contact_id, company_id, deal_id)
        return new_id

    def delete(self, activity_ids: Iterable[int]) -> None:
        ids = list(activity_ids)
        with self.db.session() as s:
            owners = s.execute(
                select(Activity.contact_id, Activity.company_id, Activity.deal_id).where(Activity.id.in_(ids))
            ).all()
            if not owners:
                raise NotFound("activity", ids)
            for activity in s.scalars(select(Activity).where(Activity.id.in_(ids))):
                activity.deleted_at = datetime.now(UTC)
            s.flush()
            for contact_id, company_id, deal_id in owners:
                touch_last_activity(s, contact_id, company_id, deal_id)
        for contact_id, company_id, deal_id in owners:
            self._publish(Change.of("activity", deleted=ids), contact_id, company_id, deal_id)

    def _publish(self, change: Change, contact_id: int | None, company_id: int | None, deal_id: int | None) -> None:
        changes = [change]
        if contact_id is not None:
            changes.append(Change.of("contact", updated=[contact_id]))
        if company_id is not None:
            changes.append(Change.of("company", updated=[company_id]))
        if deal_id is not None:
            changes.append(Change.of("deal", updated=[deal_id]))
        self.hub.publish(*changes)

    def timeline(
        self,
        contact_id: int | None = None,
        company_id: int | None = None,
        deal_id: int | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[ActivityRow]:
        """Newest first. A company's timeline includes its people's activities."""
        stmt = select(Activity).where(Activity.deleted_at.is_(None))
        if contact_id is not None:
            stmt = stmt.where(Activity.contact_id == contact_id)
        elif company_id is not None:
            stmt = stmt.where(Activity.company_id == company_id)
        elif deal_id is not None:
            stmt = stmt.where(Activity.deal_id == deal_id)
        else:
            raise ValueError("timeline needs a contact, company or deal")
        stmt = stmt.order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit).offset(offset)
        with self.db.reader() as s:
            return [_row(a) for a in s.scalars(stmt)]
