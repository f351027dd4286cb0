"""Reading follow-ups for the view: groups with counts, pages of rows, deals without a next step.

Groups are ranges of the instant a follow-up is due (its snooze time, or its due time;
9:00 local for an all-day one) between the UTC instants where the user's local days begin,
computed with zoneinfo so they are right at midnight and across DST. Counts and pages are
index range scans on that instant, so the view stays fast with tens of thousands of rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, case, exists, func, literal, select

from crm_desktop.domain.dates import Recurrence, day_start
from crm_desktop.domain.i18n import joined, user_text
from crm_desktop.services.followups import FollowUpService, contact_name
from crm_desktop.storage import search
from crm_desktop.storage.models import Contact, Deal, FollowUp

if TYPE_CHECKING:  # icalendar is imported only when a calendar is written (start-up time)
    from crm_desktop.exchange.ics import CalendarItem

DONE_RECENT_DAYS = 14
UPCOMING_DAYS = 7


class Group(IntEnum):
    OVERDUE = 0
    TODAY = 1
    UPCOMING = 2
    LATER = 3
    DONE = 4

    @property
    def title(self) -> str:
        return (user_text("Overdue"), user_text("Today"), user_text("Upcoming (next 7 days)"), user_text("Later"),
                user_text("Done (last 14 days)"))[self]


HIDDEN = -1  # done long ago: in no group


@dataclass(frozen=True)
class Bounds:
    """Where the local days begin, as UTC instants, for one moment."""

    now: datetime
    today: date
    today_start: datetime
    tomorrow_start: datetime
    upcoming_end: datetime
    done_since: datetime

    @classmethod
    def at(cls, service: FollowUpService) -> Bounds:
        now = service.now()
        today = now.astimezone(service.zone).date()
        return cls(
            now, today, day_start(today, service.zone), day_start(today + timedelta(days=1), service.zone),
            day_start(today + timedelta(days=1 + UPCOMING_DAYS), service.zone),
            now - timedelta(days=DONE_RECENT_DAYS),
        )


@dataclass(frozen=True)
class FollowUpRow:
    """One line of the follow-ups list: only what the list shows."""

    id: int
    title: str
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
    recurrence: str
    source: str

    @property
    def repeats(self) -> str:
        try:
            rule = Recurrence.from_rrule(self.recurrence)
        except ValueError:
            return ""
        return rule.describe() if rule else ""


@dataclass(frozen=True)
class DealRow:
    id: int
    title: str
    contact_name: str
    value_minor: int
    currency: str


# When an open follow-up is due: its snooze time, or its due instant (all-day ones at
# 9:00 local on their date). Indexed by the partial index ix_followups_open_remind, so that
# ranges and ordering are read from the index.
EFFECTIVE = FollowUp.remind_at
_ALIVE = FollowUp.deleted_at.is_(None)
_OPEN = and_(FollowUp.done_at.is_(None), _ALIVE)


def group_ranges(b: Bounds) -> dict[Group, tuple[datetime | None, datetime | None]]:
    """[start, end) of each open group as UTC instants (None: unbounded)."""
    return {
        Group.OVERDUE: (None, b.today_start),
        Group.TODAY: (b.today_start, b.tomorrow_start),
        Group.UPCOMING: (b.tomorrow_start, b.upcoming_end),
        Group.LATER: (b.upcoming_end, None),
    }


def _in_range(lo: datetime | None, hi: datetime | None) -> list[ColumnElement[bool]]:
    terms = [FollowUp.done_at.is_(None), FollowUp.deleted_at.is_(None)]
    if lo is not None:
        terms.append(EFFECTIVE >= lo)
    if hi is not None:
        terms.append(EFFECTIVE < hi)
    return terms


def _group_where(group: Group, b: Bounds) -> list[ColumnElement[bool]]:
    if group == Group.DONE:
        return [FollowUp.done_at >= b.done_since, _ALIVE]
    return _in_range(*group_ranges(b)[group])


def group_expr(b: Bounds) -> ColumnElement[int]:
    """The group of one row, as SQL (for single rows; lists use the ranges above)."""
    return case(
        (FollowUp.done_at.is_not(None),
         case((FollowUp.done_at >= b.done_since, literal(Group.DONE)), else_=literal(HIDDEN))),
        (EFFECTIVE < b.today_start, literal(Group.OVERDUE)),
        (EFFECTIVE < b.tomorrow_start, literal(Group.TODAY)),
        (EFFECTIVE < b.upcoming_end, literal(Group.UPCOMING)),
        else_=literal(Group.LATER),
    )


def _rows_stmt():  # type: ignore[no-untyped-def]
    return (
        select(
            FollowUp.id, FollowUp.title, FollowUp.due_date, FollowUp.due_time, FollowUp.due_at,
            FollowUp.priority, FollowUp.contact_id, Contact.first_name, Contact.last_name,
            FollowUp.deal_id, Deal.title, FollowUp.done_at, FollowUp.snoozed_until,
            FollowUp.recurrence, FollowUp.source,
        )
        .outerjoin(Contact, Contact.id == FollowUp.contact_id)
        .outerjoin(Deal, Deal.id == FollowUp.deal_id)
    )


def _row(r) -> FollowUpRow:  # type: ignore[no-untyped-def]
    return FollowUpRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                       contact_name(r[7], r[8]) if r[6] is not None else "", r[9], r[10] or "",
                       r[11], r[12], r[13] or "", r[14])


def _calendar_rule(text: str) -> str:
    """The RRULE a calendar app reads the same way. "Weekdays only" moves a weekly or monthly
    date off the weekend, which RRULE cannot say; BYDAY there would mean every weekday, so it
    is left out (calendars show it on the scheduled day)."""
    rule = Recurrence.from_rrule(text) if text else None
    if rule is None:
        return ""
    if rule.weekdays_only and rule.freq != "daily":
        rule = replace(rule, weekdays_only=False)
    return rule.to_rrule()


class FollowUpLists:
    """Read-only queries behind the follow-ups view and the detail-pane sections."""

    def __init__(self, service: FollowUpService):
        self.service = service
        self.db = service.db

    def bounds(self) -> Bounds:
        return Bounds.at(self.service)

    def counts(self, bounds: Bounds | None = None) -> dict[Group, int]:
        b = bounds or self.bounds()
        out = {group: 0 for group in Group}
        with self.db.reader() as s:
            for group in Group:
                out[group] = int(s.scalar(select(func.count()).select_from(FollowUp)
                                          .where(*_group_where(group, b))) or 0)
        return out

    def badge_count(self, bounds: Bounds | None = None) -> int:
        """Overdue + today: what the sidebar badge shows."""
        b = bounds or self.bounds()
        stmt = select(func.count()).select_from(FollowUp).where(*_in_range(None, b.tomorrow_start))
        with self.db.reader() as s:
            return int(s.scalar(stmt) or 0)

    def page(self, group: Group, offset: int = 0, limit: int = 200, bounds: Bounds | None = None) -> list[FollowUpRow]:
        b = bounds or self.bounds()
        stmt = _rows_stmt().where(*_group_where(group, b))
        if group == Group.DONE:
            stmt = stmt.order_by(FollowUp.done_at.desc(), FollowUp.id.desc())
        else:
            # Index order (due instant, id); high priority first among equal times.
            prio = case((FollowUp.priority == "high", 0), (FollowUp.priority == "normal", 1), else_=2)
            stmt = stmt.order_by(EFFECTIVE, prio, FollowUp.id)
        with self.db.reader() as s:
            return [_row(r) for r in s.execute(stmt.offset(offset).limit(limit))]

    def row(self, followup_id: int) -> FollowUpRow | None:
        with self.db.reader() as s:
            r = s.execute(_rows_stmt().where(FollowUp.id == followup_id, _ALIVE)).first()
        return _row(r) if r else None

    def open_for(self, contact_id: int | None = None, deal_id: int | None = None, limit: int = 100) -> list[FollowUpRow]:
        """Open follow-ups of one contact or deal, soonest first."""
        stmt = _rows_stmt().where(_OPEN)
        if contact_id is not None:
            stmt = stmt.where(FollowUp.contact_id == contact_id)
        elif deal_id is not None:
            stmt = stmt.where(FollowUp.deal_id == deal_id)
        else:
            raise ValueError("open_for needs a contact or a deal")
        stmt = stmt.order_by(EFFECTIVE, FollowUp.id).limit(limit)
        with self.db.reader() as s:
            return [_row(r) for r in s.execute(stmt)]

    def group_of(self, followup_id: int, bounds: Bounds | None = None) -> Group | None:
        b = bounds or self.bounds()
        with self.db.reader() as s:
            value = s.scalar(select(group_expr(b)).where(FollowUp.id == followup_id, _ALIVE))
        return None if value is None or value == HIDDEN else Group(value)

    def link_choices(self, text: str, limit: int = 12) -> list[tuple[str, int, str]]:
        """Contacts and open deals matching what was typed: (kind, id, label)."""
        text = " ".join(text.split())
        if not text:
            return []
        out: list[tuple[str, int, str]] = []
        with self.db.reader() as s:
            ids = search.contact_ids(s.connection(), text, limit=limit)
            if ids:
                names = {r[0]: contact_name(r[1], r[2]) for r in s.execute(
                    select(Contact.id, Contact.first_name, Contact.last_name)
                    .where(Contact.id.in_(ids), Contact.deleted_at.is_(None)))}
                out += [("contact", i, names[i]) for i in ids if i in names]
            pattern = "%" + text.lower().replace("%", "").replace("_", "") + "%"
            for deal_id, title in s.execute(
                select(Deal.id, Deal.title).where(func.lower(Deal.title).like(pattern), Deal.status == "open",
                                                  Deal.deleted_at.is_(None)).order_by(Deal.title).limit(limit)):
                out.append(("deal", deal_id, title))
        return out

    def link_label(self, contact_id: int | None, deal_id: int | None) -> str:
        parts = []
        with self.db.reader() as s:
            if contact_id is not None:
                r = s.execute(select(Contact.first_name, Contact.last_name).where(Contact.id == contact_id)).first()
                if r:
                    parts.append(contact_name(r[0], r[1]))
            if deal_id is not None:
                title = s.scalar(select(Deal.title).where(Deal.id == deal_id))
                if title:
                    parts.append(title)
        return joined(parts, " · ") if parts else ""

    # --- calendar export -------------------------------------------------------------

    def calendar_items(self) -> list[CalendarItem]:
        """Open follow-ups, soonest first, as calendar items."""
        from crm_desktop.exchange.ics import CalendarItem

        stmt = _rows_stmt().add_columns(FollowUp.notes).where(_OPEN).order_by(FollowUp.due_at, FollowUp.id)
        with self.db.reader() as s:
            rows = [(_row(r), r[-1]) for r in s.execute(stmt)]
        return [CalendarItem(r.id, r.title, notes, r.due_date, r.due_time, r.due_at, r.priority,
                             _calendar_rule(r.recurrence), r.contact_name, r.deal_title) for r, notes in rows]

    def export_ics(self, path: Path, as_tasks: bool = False) -> int:
        """Write open follow-ups to an iCalendar file. Returns how many were written."""
        from crm_desktop.exchange.ics import write_ics

        return write_ics(path, self.calendar_items(), self.service.now(), as_tasks)

    # --- deals without a next step ---------------------------------------------------

    def _deals_filter(self):  # type: ignore[no-untyped-def]
        has_next = exists().where(FollowUp.deal_id == Deal.id, _OPEN)
        return and_(Deal.status == "open", Deal.deleted_at.is_(None), ~has_next)

    def deals_without_next_step(self, limit: int = 200) -> list[DealRow]:
        stmt = (
            select(Deal.id, Deal.title, Deal.contact_id, Contact.first_name, Contact.last_name,
                   Deal.value_minor, Deal.currency)
            .outerjoin(Contact, Contact.id == Deal.contact_id)
            .where(self._deals_filter())
            .order_by(Deal.value_minor.desc(), Deal.id)
            .limit(limit)
        )
        with self.db.reader() as s:
            return [DealRow(r[0], r[1], contact_name(r[3], r[4]) if r[2] is not None else "", r[5], r[6])
                    for r in s.execute(stmt)]

    def count_deals_without_next_step(self) -> int:
        with self.db.reader() as s:
            return int(s.scalar(select(func.count()).select_from(Deal).where(self._deals_filter())) or 0)

    def deal_ids_without_next_step(self, deal_ids: list[int]) -> set[int]:
        """For the pipeline board: which of these deals have no open follow-up."""
        if not deal_ids:
            return set()
        with self.db.reader() as s:
            return set(s.scalars(select(Deal.id).where(Deal.id.in_(deal_ids), self._deals_filter())))


__all__ = ["Bounds", "DealRow", "FollowUpLists", "FollowUpRow", "Group", "group_expr"]
