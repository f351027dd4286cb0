"""Read side of the pipeline: the board, column totals, rotting deals, the forecast.

Totals are kept per currency: euros are never added to dollars.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.domain.text import fold
from crm_desktop.services.saved_views import ViewSpec, in_view
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Company, Contact, Deal, FollowUp, Stage, Tag, deal_tags


def weighted_minor(value_minor: int, probability: int) -> int:
    """value × probability %, rounded half up to a whole minor unit."""
    return (value_minor * probability + 50) // 100


def idle_days(last_activity_at: datetime | None, stage_changed_at: datetime | None,
              created_at: datetime | None, now: datetime) -> int:
    """Whole days since the last activity or stage change (creation only if neither exists)."""
    moments = [m for m in (last_activity_at, stage_changed_at) if m is not None]
    since = max(moments) if moments else created_at
    if since is None:
        return 0
    return max(0, (now - since).days)


def rotting_for(idle: int, rotting_days: int | None) -> bool:
    return rotting_days is not None and rotting_days > 0 and idle > rotting_days


@dataclass(frozen=True)
class DealCard:
    """What a card on the board (or a row of the deals table) shows."""

    id: int
    title: str
    value_minor: int
    currency: str
    stage_id: int
    position: float
    probability: int  # the override if there is one, else the stage's
    expected_close: date | None
    contact_id: int | None
    contact_name: str
    company_id: int | None
    company_name: str
    idle_days: int
    rotting: bool
    status: str = "open"
    stage_name: str = ""
    next_followup: date | None = None  # due date of the earliest open follow-up

    @property
    def weighted_minor(self) -> int:
        return weighted_minor(self.value_minor, self.probability)

    @property
    def party(self) -> str:
        """'Company · Contact', or whichever exists."""
        return " · ".join(p for p in (self.company_name, self.contact_name) if p)


@dataclass
class BoardColumn:
    """One stage of the board: its open deals' ids in board order, and their totals."""

    stage_id: int
    name: str
    probability: int
    rotting_days: int | None
    deal_ids: list[int] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)  # currency -> minor units
    weighted: dict[str, int] = field(default_factory=dict)
    rotting: int = 0  # how many of its deals are rotting

    @property
    def count(self) -> int:
        return len(self.deal_ids)


@dataclass(frozen=True)
class ForecastMonth:
    month: date  # first day of the month
    weighted: dict[str, int]  # currency -> minor units
    count: int


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


_CONTACT = aliased(Contact)
_COMPANY = aliased(Company)
_NEXT_FOLLOWUP = (
    select(func.min(FollowUp.due_date))
    .where(FollowUp.deal_id == Deal.id, FollowUp.done_at.is_(None), FollowUp.deleted_at.is_(None))
    .correlate(Deal)
    .scalar_subquery()
)
_CONTACT_NAME = func.trim(func.coalesce(_CONTACT.first_name, "") + " " + func.coalesce(_CONTACT.last_name, ""))


def _card_select() -> Select:  # type: ignore[type-arg]
    return (
        select(
            Deal.id, Deal.title, Deal.value_minor, Deal.currency, Deal.stage_id, Deal.position,
            func.coalesce(Deal.probability_override, Stage.probability), Deal.expected_close,
            Deal.contact_id, _CONTACT_NAME, Deal.company_id, _COMPANY.name,
            Deal.last_activity_at, Deal.stage_changed_at, Deal.created_at, Stage.rotting_days,
            Deal.status, Stage.name, _NEXT_FOLLOWUP,
        )
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(_CONTACT, _CONTACT.id == Deal.contact_id)
        .outerjoin(_COMPANY, _COMPANY.id == Deal.company_id)
        .where(Deal.deleted_at.is_(None))
    )


def _card(row: tuple, now: datetime) -> DealCard:  # type: ignore[type-arg]
    (deal_id, title, value, currency, stage_id, position, probability, expected, contact_id, contact_name,
     company_id, company_name, last_activity, stage_changed, created, rotting_days, status, stage_name,
     next_followup) = row
    idle = idle_days(last_activity, stage_changed, created, now)
    return DealCard(deal_id, title, value, currency, stage_id, position, int(probability or 0), expected,
                    contact_id, contact_name or "", company_id, company_name or "", idle,
                    status == "open" and rotting_for(idle, rotting_days), status, stage_name,
                    _as_date(next_followup))


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value))  # min() over a Date column comes back as text in SQLite


class DealBoardQueries:
    """Mixed into DealService: the queries behind the board, the table and the forecast."""

    db: Database

    def board(self, pipeline_id: int, text: str = "", tag: str = "", now: datetime | None = None,
              only: Sequence[int] | None = None, view: ViewSpec | None = None) -> list[BoardColumn]:
        """One column per stage (in order): the ids of its open deals in board order, totals
        and weighted totals per currency, and how many are rotting. Rows come from ``cards``.
        ``only``: show no other deals than these. ``view``: only the deals of this saved view
        of deals (its query runs as a subquery; ValidationError if it does not evaluate)."""
        now = now or datetime.now(UTC)
        with self.db.reader() as s:
            columns = [
                BoardColumn(st.id, st.name, st.probability, st.rotting_days)
                for st in s.scalars(select(Stage).where(Stage.pipeline_id == pipeline_id)
                                    .order_by(Stage.position, Stage.id))
            ]
            by_stage = {c.stage_id: c for c in columns}
            where = self._board_filter(s, pipeline_id, text, tag)
            if only is not None:
                where.append(Deal.id.in_(_id_list(only)))
            if view is not None:
                where.append(in_view(view, s.connection(), Deal.id))
            base = select(Deal.id).select_from(Deal).outerjoin(_CONTACT, _CONTACT.id == Deal.contact_id) \
                .outerjoin(_COMPANY, _COMPANY.id == Deal.company_id)
            ids = s.execute(base.add_columns(Deal.stage_id).where(*where).order_by(Deal.stage_id, Deal.position, Deal.id))
            for deal_id, stage_id in ids:
                if stage_id in by_stage:
                    by_stage[stage_id].deal_ids.append(deal_id)
            sums = s.execute(
                select(Deal.stage_id, Deal.currency, func.sum(Deal.value_minor),
                       func.sum(Deal.value_minor * func.coalesce(Deal.probability_override, Stage.probability)))
                .select_from(Deal).join(Stage, Stage.id == Deal.stage_id)
                .outerjoin(_CONTACT, _CONTACT.id == Deal.contact_id).outerjoin(_COMPANY, _COMPANY.id == Deal.company_id)
                .where(*where).group_by(Deal.stage_id, Deal.currency).order_by(Deal.stage_id, Deal.currency)
            )
            for stage_id, currency, total, weighted in sums:
                if stage_id in by_stage:
                    by_stage[stage_id].totals[currency] = int(total or 0)
                    by_stage[stage_id].weighted[currency] = (int(weighted or 0) + 50) // 100
            rot_conditions = [
                and_(Deal.stage_id == c.stage_id, _idle_since_before(now - timedelta(days=c.rotting_days + 1)))
                for c in columns if c.rotting_days
            ]
            if rot_conditions:
                rotting = s.execute(base.with_only_columns(Deal.stage_id, func.count())
                                    .where(*where, or_(*rot_conditions)).group_by(Deal.stage_id))
                for stage_id, count in rotting:
                    by_stage[stage_id].rotting = int(count)
        return columns

    def cards(self, ids: Iterable[int], now: datetime | None = None) -> list[DealCard]:
        """The card rows of these deals, in the order given (missing ones are left out)."""
        now = now or datetime.now(UTC)
        id_list = list(ids)
        found: dict[int, DealCard] = {}
        with self.db.reader() as s:
            for start in range(0, len(id_list), 2000):
                chunk = id_list[start:start + 2000]
                for row in s.execute(_card_select().where(Deal.id.in_(chunk))):
                    found[row[0]] = _card(row, now)
        return [found[i] for i in id_list if i in found]

    def column_cards(self, column: BoardColumn, now: datetime | None = None) -> list[DealCard]:
        return self.cards(column.deal_ids, now)

    def deals_for(self, contact_id: int | None = None, company_id: int | None = None,
                  now: datetime | None = None) -> list[DealCard]:
        """A contact's or a company's deals, open ones first, newest first."""
        now = now or datetime.now(UTC)
        stmt = _card_select()
        if contact_id is not None:
            stmt = stmt.where(Deal.contact_id == contact_id)
        elif company_id is not None:
            stmt = stmt.where(Deal.company_id == company_id)
        else:
            raise ValueError("deals_for needs a contact or a company")
        stmt = stmt.order_by((Deal.status != "open"), Deal.created_at.desc(), Deal.id.desc()).limit(500)
        with self.db.reader() as s:
            return [_card(r, now) for r in s.execute(stmt)]

    def forecast(self, pipeline_id: int | None = None, months: int = 6, today: date | None = None) -> list[ForecastMonth]:
        """Weighted value of open deals by expected close month, from this month on."""
        today = today or date.today()
        start = today.replace(day=1)
        end = add_months(start, months)
        stmt = (
            select(Deal.expected_close, Deal.currency, Deal.value_minor,
                   func.coalesce(Deal.probability_override, Stage.probability))
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Deal.status == "open", Deal.deleted_at.is_(None),
                   Deal.expected_close >= start, Deal.expected_close < end)
        )
        if pipeline_id is not None:
            stmt = stmt.where(Deal.pipeline_id == pipeline_id)
        sums: dict[date, dict[str, int]] = {add_months(start, i): defaultdict(int) for i in range(months)}
        counts: dict[date, int] = defaultdict(int)
        with self.db.reader() as s:
            for expected, currency, value, probability in s.execute(stmt):
                month = expected.replace(day=1)
                sums[month][currency] += value * int(probability or 0)
                counts[month] += 1
        return [
            ForecastMonth(month, {c: (v + 50) // 100 for c, v in sorted(per.items())}, counts[month])
            for month, per in sums.items()
        ]

    def currencies(self) -> list[str]:
        with self.db.reader() as s:
            return list(s.scalars(select(Deal.currency).distinct().order_by(Deal.currency)))

    @staticmethod
    def _board_filter(s: Session, pipeline_id: int, text: str, tag: str) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = [
            Deal.pipeline_id == pipeline_id, Deal.status == "open", Deal.deleted_at.is_(None),
        ]
        for word in fold(text or "").split():
            pattern = f"%{word}%"
            fts = [h.ref for h in search.search(s.connection(), word, kinds=["deal"], limit=100_000)]
            where.append(or_(
                func.lower(Deal.title).like(pattern), _COMPANY.sort_name.like(pattern),
                _CONTACT.sort_name.like(pattern), Deal.id.in_(fts),
            ))
        if tag:
            where.append(Deal.id.in_(
                select(deal_tags.c.deal_id).join(Tag, Tag.id == deal_tags.c.tag_id).where(Tag.name_key == fold(tag))
            ))
        return where


def _id_list(ids: Sequence[int]) -> Select[tuple[Any]]:
    """The ids as one JSON parameter: no limit on how many, unlike one parameter per id."""
    values = func.json_each(json.dumps([int(i) for i in ids])).table_valued("value")
    return select(values.c.value)


def _idle_since_before(threshold: datetime) -> ColumnElement[bool]:
    """No activity and no stage change after ``threshold`` (creation counts only if neither exists)."""
    return and_(
        or_(Deal.last_activity_at.is_(None), Deal.last_activity_at <= threshold),
        or_(Deal.stage_changed_at.is_(None), Deal.stage_changed_at <= threshold),
        or_(Deal.last_activity_at.is_not(None), Deal.stage_changed_at.is_not(None), Deal.created_at <= threshold),
    )
