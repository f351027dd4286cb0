"""Follow-ups: create, edit, complete (with recurrence), snooze, delete. No Qt.

Every method takes its time from the injected clock (``now()`` returning an aware
datetime) and interprets dates in the injected local time zone, so tests never sleep.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import select, update
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.domain.dates import MORNING, Recurrence, local_zone, reminder_instant, to_utc
from crm_desktop.domain.enums import ActivityKind, Priority
from crm_desktop.domain.errors import ConflictError, NotFound, ValidationError
from crm_desktop.domain.i18n import user_text
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Contact, Deal, FollowUp

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class FollowUpInput:
    """What the edit dialog or quick add says about a follow-up."""

    title: str
    due_date: date
    due_time: time | None = None
    notes: str = ""
    priority: str = Priority.NORMAL.value
    contact_id: int | None = None
    deal_id: int | None = None
    recurrence: Recurrence | None = None


@dataclass(frozen=True)
class FollowUpDetail:
    id: int
    title: str
    notes: str
    due_date: date
    due_time: time | None
    due_at: datetime
    priority: str
    contact_id: int | None
    contact_name: str
    deal_id: int | None
    deal_title: str
    done_at: datetime | None
    snoozed_until: datetime | None
    recurrence: Recurrence | None
    source: str
    version: int

    def as_input(self) -> FollowUpInput:
        return FollowUpInput(self.title, self.due_date, self.due_time, self.notes, self.priority,
                             self.contact_id, self.deal_id, self.recurrence)


@dataclass(frozen=True)
class Completed:
    id: int
    next_id: int | None  # the next occurrence of a recurring follow-up
    next_due: date | None
    activity_id: int | None  # the outcome logged on the timeline


def contact_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p) or (user_text("(no name)") if first is not None else "")


class FollowUpService:
    def __init__(self, db: Database, hub: ChangeHub, activities: ActivityService,
                 clock: Clock | None = None, zone: tzinfo | None = None):
        self.db = db
        self.hub = hub
        self.activities = activities
        self.clock: Clock = clock or system_clock
        self.zone: tzinfo = zone or local_zone()

    # --- time ------------------------------------------------------------------------

    def now(self) -> datetime:
        now = self.clock()
        if now.tzinfo is None:
            raise ValueError("the clock must return an aware datetime")
        return now.astimezone(UTC)

    def local_now(self) -> datetime:
        return self.now().astimezone(self.zone)

    def today(self) -> date:
        return self.local_now().date()

    def snooze_choices(self) -> dict[str, datetime]:
        """The snooze menu: label -> the UTC instant it snoozes to."""
        local = self.local_now()
        tomorrow = local.date() + timedelta(days=1)
        next_monday = local.date() + timedelta(days=7 - local.weekday())
        return {
            user_text("1 hour"): self.now().replace(second=0, microsecond=0) + timedelta(hours=1),
            user_text("Tomorrow morning (9:00)"): to_utc(tomorrow, MORNING, self.zone),
            user_text("Next week (Monday 9:00)"): to_utc(next_monday, MORNING, self.zone),
        }

    # --- create / edit / delete --------------------------------------------------------

    def _check(self, data: FollowUpInput) -> FollowUpInput:
        title = " ".join((data.title or "").replace("\x00", "").split())
        errors: dict[str, str] = {}
        if not title:
            errors["title"] = user_text("Give the follow-up a title, e.g. “Call back about the quote”.")
        elif len(title) > 300:
            errors["title"] = user_text("The title is too long (300 characters at most); put details in the notes.")
        try:
            priority = Priority(data.priority or "normal").value
        except ValueError:
            errors["priority"] = user_text("Priority must be low, normal or high.")
            priority = "normal"
        if errors:
            raise ValidationError(errors)
        notes = (data.notes or "").replace("\x00", "").strip()
        return replace(data, title=title, notes=notes, priority=priority)

    def _check_links(self, s, data: FollowUpInput) -> None:  # type: ignore[no-untyped-def]
        if data.contact_id is not None and s.get(Contact, data.contact_id) is None:
            raise ValidationError({"contact": user_text("The linked contact no longer exists.")})
        if data.deal_id is not None and s.get(Deal, data.deal_id) is None:
            raise ValidationError({"deal": user_text("The linked deal no longer exists.")})

    def _apply(self, fu: FollowUp, data: FollowUpInput, now: datetime) -> None:
        fu.title = data.title
        fu.notes = data.notes
        fu.due_date = data.due_date
        fu.due_time = data.due_time
        fu.all_day = data.due_time is None
        fu.due_at = reminder_instant(data.due_date, data.due_time, self.zone)
        fu.priority = data.priority
        fu.contact_id = data.contact_id
        fu.deal_id = data.deal_id
        fu.recurrence = data.recurrence.to_rrule() if data.recurrence else ""
        fu.snoozed_until = None
        # A reminder time already past when the user sets it needs no alarm: they know.
        fu.reminded_at = now if fu.due_at <= now else None

    def create(self, data: FollowUpInput, source: str = "manual") -> int:
        data = self._check(data)
        now = self.now()
        with self.db.session() as s:
            self._check_links(s, data)
            fu = FollowUp(source=source, version=1)
            self._apply(fu, data, now)
            s.add(fu)
            s.flush()
            new_id = fu.id
        self.hub.publish(Change.of("followup", created=[new_id]))
        return new_id

    def update(self, followup_id: int, data: FollowUpInput, version: int | None = None) -> Change:
        data = self._check(data)
        now = self.now()
        try:
            with self.db.session() as s:
                fu = self._load(s, followup_id)
                if version is not None and fu.version != version:
                    raise ConflictError("follow-up")
                self._check_links(s, data)
                self._apply(fu, data, now)
        except StaleDataError as exc:
            raise ConflictError("follow-up") from exc
        change = Change.of("followup", updated=[followup_id])
        self.hub.publish(change)
        return change

    def delete(self, followup_ids: Iterable[int]) -> Change:
        ids = list(followup_ids)
        with self.db.session() as s:
            result = s.execute(
                update(FollowUp).where(FollowUp.id.in_(ids), FollowUp.deleted_at.is_(None))
                .values(deleted_at=self.now(), version=FollowUp.version + 1)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount == 0:
                raise NotFound("follow-up", ids)
        change = Change.of("followup", deleted=ids)
        self.hub.publish(change)
        return change

    def restore(self, followup_ids: Iterable[int]) -> Change:
        """Bring back deleted follow-ups (undo of delete)."""
        ids = list(followup_ids)
        with self.db.session() as s:
            s.execute(update(FollowUp).where(FollowUp.id.in_(ids)).values(deleted_at=None, version=FollowUp.version + 1)
                      .execution_options(synchronize_session=False))
        change = Change.of("followup", created=ids)
        self.hub.publish(change)
        return change

    def _load(self, s, followup_id: int) -> FollowUp:  # type: ignore[no-untyped-def]
        fu = s.get(FollowUp, followup_id)
        if fu is None or fu.deleted_at is not None:
            raise NotFound("follow-up", followup_id)
        return fu

    def get(self, followup_id: int) -> FollowUpDetail:
        stmt = (
            select(FollowUp, Contact.first_name, Contact.last_name, Deal.title)
            .outerjoin(Contact, Contact.id == FollowUp.contact_id)
            .outerjoin(Deal, Deal.id == FollowUp.deal_id)
            .where(FollowUp.id == followup_id, FollowUp.deleted_at.is_(None))
        )
        with self.db.reader() as s:
            row = s.execute(stmt).first()
            if row is None:
                raise NotFound("follow-up", followup_id)
            fu, first, last, deal_title = row
            return FollowUpDetail(
                fu.id, fu.title, fu.notes, fu.due_date, fu.due_time, fu.due_at, fu.priority,
                fu.contact_id, contact_name(first, last), fu.deal_id, deal_title or "", fu.done_at,
                fu.snoozed_until, Recurrence.from_rrule(fu.recurrence), fu.source, fu.version,
            )

    # --- complete / snooze -----------------------------------------------------------

    def complete(self, followup_id: int, outcome: str = "", outcome_kind: str = ActivityKind.NOTE.value,
                 from_today: bool = False) -> Completed:
        """Mark done. A recurring follow-up gets its next occurrence (counted from the due date,
        or from today when ``from_today``); an outcome text is logged on the timeline."""
        now = self.now()
        today = now.astimezone(self.zone).date()
        next_id = next_due = None
        with self.db.session() as s:
            fu = self._load(s, followup_id)
            if fu.done_at is not None:
                return Completed(followup_id, None, None, None)
            fu.done_at = now
            fu.snoozed_until = None
            fu.reminded_at = fu.reminded_at or now
            rule = Recurrence.from_rrule(fu.recurrence)
            if rule is not None:
                if from_today:
                    # Count the interval from today; a monthly rule now keeps today's day.
                    if rule.freq == "monthly":
                        rule = replace(rule, month_day=today.day)
                    next_due = rule.next_after(today)
                else:
                    # Keep the schedule of the due date, skipping occurrences already past.
                    next_due = rule.next_after(fu.due_date, not_before=today)
                due_at = reminder_instant(next_due, fu.due_time, self.zone)
                nxt = FollowUp(
                    title=fu.title, notes=fu.notes, due_date=next_due, due_time=fu.due_time,
                    all_day=fu.all_day, due_at=due_at, priority=fu.priority, contact_id=fu.contact_id,
                    deal_id=fu.deal_id, recurrence=rule.to_rrule(), source=fu.source, version=1,
                    reminded_at=now if due_at <= now else None,
                )
                s.add(nxt)
                s.flush()
                next_id = nxt.id
            contact_id, deal_id, title = fu.contact_id, fu.deal_id, fu.title
        self.hub.publish(Change.of("followup", created=[next_id] if next_id else [], updated=[followup_id]))
        activity_id = None
        if outcome.strip() and (contact_id is not None or deal_id is not None):
            activity_id = self.activities.add(outcome_kind, body=outcome, subject=f"Follow-up done: {title}",
                                              contact_id=contact_id, deal_id=deal_id, occurred_at=now)
        return Completed(followup_id, next_id, next_due, activity_id)

    def reopen(self, followup_id: int, drop_next: int | None = None) -> Change:
        """Undo a completion (and remove the occurrence it created, when given)."""
        with self.db.session() as s:
            fu = self._load(s, followup_id)
            fu.done_at = None
            if drop_next is not None:
                nxt = s.get(FollowUp, drop_next)
                if nxt is not None and nxt.done_at is None:
                    nxt.deleted_at = self.now()
        change = Change.of("followup", updated=[followup_id], deleted=[drop_next] if drop_next else [])
        self.hub.publish(change)
        return change

    def snooze_state(self, followup_ids: Iterable[int]) -> dict[int, tuple[datetime | None, datetime | None]]:
        """(snoozed_until, reminded_at) of each follow-up, to undo a snooze with ``unsnooze``."""
        with self.db.reader() as s:
            return {r[0]: (r[1], r[2]) for r in s.execute(
                select(FollowUp.id, FollowUp.snoozed_until, FollowUp.reminded_at)
                .where(FollowUp.id.in_(list(followup_ids))))}

    def unsnooze(self, state: dict[int, tuple[datetime | None, datetime | None]]) -> Change:
        """Put snooze times back as ``snooze_state`` recorded them."""
        with self.db.session() as s:
            for followup_id, (until, reminded) in state.items():
                s.execute(update(FollowUp).where(FollowUp.id == followup_id)
                          .values(snoozed_until=until, remind_at=until if until is not None else FollowUp.due_at,
                                  reminded_at=reminded, version=FollowUp.version + 1)
                          .execution_options(synchronize_session=False))
        change = Change.of("followup", updated=list(state))
        self.hub.publish(change)
        return change

    def snooze(self, followup_ids: Iterable[int], until: datetime) -> Change:
        """Hide until ``until`` (an aware instant); the reminder fires again then."""
        if until.tzinfo is None:
            raise ValueError("snooze needs an aware datetime")
        ids = list(followup_ids)
        if until <= self.now():
            raise ValidationError({"snooze": user_text("Pick a time in the future to snooze to.")})
        with self.db.session() as s:
            s.execute(
                update(FollowUp).where(FollowUp.id.in_(ids), FollowUp.deleted_at.is_(None), FollowUp.done_at.is_(None))
                .values(snoozed_until=until.astimezone(UTC), remind_at=until.astimezone(UTC), reminded_at=None,
                        version=FollowUp.version + 1)
                .execution_options(synchronize_session=False)
            )
        change = Change.of("followup", updated=ids)
        self.hub.publish(change)
        return change
