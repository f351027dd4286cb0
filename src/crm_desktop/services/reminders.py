"""Reminders that always fire, once, and keep-in-touch follow-ups. No Qt, no timers.

The GUI calls ``catch_up`` once at start-up and ``check`` on a periodic tick (and after a
wake or a clock change). Each reminder is marked in the database when it is handed out, so
the same reminder never fires twice, not even across restarts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from crm_desktop.domain.dates import reminder_instant
from crm_desktop.domain.i18n import number, user_text
from crm_desktop.services.changes import Change
from crm_desktop.services.followups import FollowUpService, contact_name
from crm_desktop.storage.models import Contact, FollowUp

KEEP_IN_TOUCH = "keep_in_touch"
_REMIND_AT = FollowUp.remind_at
# The same terms as the partial index ix_followups_pending_reminder, so SQLite uses it.
_PENDING_TERMS = (FollowUp.reminded_at.is_(None), FollowUp.done_at.is_(None), FollowUp.deleted_at.is_(None))


@dataclass(frozen=True)
class Reminder:
    id: int
    title: str
    remind_at: datetime
    contact_id: int | None
    contact_name: str
    deal_id: int | None


@dataclass(frozen=True)
class CatchUp:
    """Follow-ups that fell due while the app was closed."""

    reminders: list[Reminder]

    @property
    def count(self) -> int:
        return len(self.reminders)

    @property
    def message(self) -> str:
        if not self.reminders:
            return ""
        if self.count == 1:
            return user_text("1 follow-up became due while CRM was closed: {title}", title=self.reminders[0].title)
        return user_text("{count} follow-ups became due while CRM was closed", count=number(self.count))


class ReminderService:
    def __init__(self, followups: FollowUpService):
        self.followups = followups
        self.db = followups.db
        self.hub = followups.hub

    def due_reminders(self, now: datetime | None = None, limit: int = 1000) -> list[Reminder]:
        """Open follow-ups whose reminder time has passed and that were not reminded yet."""
        now = now or self.followups.now()
        stmt = (
            select(FollowUp.id, FollowUp.title, _REMIND_AT, FollowUp.contact_id,
                   Contact.first_name, Contact.last_name, FollowUp.deal_id)
            .outerjoin(Contact, Contact.id == FollowUp.contact_id)
            .where(*_PENDING_TERMS, _REMIND_AT <= now)
            .order_by(_REMIND_AT, FollowUp.id)
            .limit(limit)
        )
        with self.db.reader() as s:
            rows = s.execute(stmt).all()
        return [Reminder(r[0], r[1], _aware(r[2]), r[3], contact_name(r[4], r[5]) if r[3] else "", r[6])
                for r in rows]

    def mark_reminded(self, ids: list[int], now: datetime | None = None) -> int:
        """Record that these reminders were shown. Returns how many were still pending."""
        if not ids:
            return 0
        now = now or self.followups.now()
        with self.db.session() as s:
            result = s.execute(
                update(FollowUp).where(FollowUp.id.in_(ids), FollowUp.reminded_at.is_(None))
                .values(reminded_at=now).execution_options(synchronize_session=False)
            )
        return int(result.rowcount or 0)

    def check(self, now: datetime | None = None) -> list[Reminder]:
        """The reminders to show now; each is handed out exactly once."""
        now = now or self.followups.now()
        due = self.due_reminders(now)
        if not due:
            return []
        claimed = []
        with self.db.session() as s:
            for reminder in due:
                # Claim each one atomically, so two ticks (or two windows) never both show it.
                result = s.execute(
                    update(FollowUp).where(FollowUp.id == reminder.id, FollowUp.reminded_at.is_(None))
                    .values(reminded_at=now).execution_options(synchronize_session=False)
                )
                if result.rowcount:
                    claimed.append(reminder)
        return claimed

    def catch_up(self, now: datetime | None = None) -> CatchUp:
        """At start-up: everything that fell due while closed, announced once."""
        return CatchUp(self.check(now))

    def next_reminder_at(self, now: datetime | None = None) -> datetime | None:
        """When the next pending reminder is due (for a precise timer)."""
        now = now or self.followups.now()
        with self.db.reader() as s:
            value = s.scalar(select(func.min(_REMIND_AT)).where(*_PENDING_TERMS))
        return _aware(value) if value is not None else None

    # --- keep in touch ---------------------------------------------------------------

    def keep_in_touch(self, now: datetime | None = None) -> list[int]:
        """Create one follow-up per contact whose cadence has passed since the last contact.

        "Last contact" is the newest of the last activity and the last completed
        keep-in-touch follow-up, so completing one without logging anything does not
        immediately create the next. A contact with an open keep-in-touch follow-up gets
        no other.
        """
        now = now or self.followups.now()
        open_kit = (
            select(FollowUp.id).where(FollowUp.contact_id == Contact.id, FollowUp.source == KEEP_IN_TOUCH,
                                      FollowUp.done_at.is_(None), FollowUp.deleted_at.is_(None))
            .exists()
        )
        last_done = (
            select(func.max(FollowUp.done_at))
            .where(FollowUp.contact_id == Contact.id, FollowUp.source == KEEP_IN_TOUCH,
                   FollowUp.deleted_at.is_(None))
            .scalar_subquery()
        )
        stmt = (
            select(Contact.id, Contact.first_name, Contact.last_name, Contact.keep_in_touch_days,
                   Contact.last_activity_at, Contact.created_at, last_done)
            .where(Contact.keep_in_touch_days.is_not(None), Contact.keep_in_touch_days > 0,
                   Contact.deleted_at.is_(None), ~open_kit)
        )
        with self.db.reader() as s:
            rows = s.execute(stmt).all()
        service = self.followups
        today = now.astimezone(service.zone).date()
        due_at = reminder_instant(today, None, service.zone)
        fresh: list[FollowUp] = []
        for cid, first, last, days, last_activity, created_at, done in rows:
            times = [_aware(t) for t in (last_activity, done) if t is not None]
            since = max(times) if times else _aware(created_at)
            if since + timedelta(days=days) > now:
                continue
            fresh.append(FollowUp(
                title=f"Get in touch with {contact_name(first, last)}", due_date=today, due_time=None,
                all_day=True, due_at=due_at, contact_id=cid, source=KEEP_IN_TOUCH, priority="normal",
                notes=f"You wanted to be in touch every {days} days.", recurrence="", version=1,
                reminded_at=now if due_at <= now else None, remind_at=due_at,
            ))
        if not fresh:
            return []
        # One transaction for all of them: at first start there may be thousands.
        with self.db.session() as s:
            s.add_all(fresh)
            s.flush()
            created = [f.id for f in fresh]
        self.hub.publish(Change.of("followup", created=created))
        return created

    def cadence(self, contact_id: int) -> int | None:
        """A contact's "keep in touch every N days" (None: no cadence)."""
        with self.db.reader() as s:
            return s.scalar(select(Contact.keep_in_touch_days).where(Contact.id == contact_id))

    def set_cadence(self, contact_id: int, days: int | None) -> Change:
        """Set or clear a contact's "keep in touch every N days"."""
        from crm_desktop.domain.errors import NotFound, ValidationError

        if days is not None and not 1 <= days <= 3650:
            raise ValidationError({"keep_in_touch": user_text("Choose between 1 and 3650 days, or none.")})
        with self.db.session() as s:
            contact = s.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise NotFound("contact", contact_id)
            contact.keep_in_touch_days = days
        change = Change.of("contact", updated=[contact_id])
        self.hub.publish(change)
        return change


def _aware(value: datetime) -> datetime:
    from datetime import UTC

    if isinstance(value, str):  # coalesce() over two columns comes back untyped on SQLite
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
