"""Read side of the pipeline: the board, column totals, rotting deals, the forecast.

Totals are kept per currency: euros are never added to dollars.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from crm_desktop.domain.text import fold
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
    stage_id: int
    name: str
    probability: int
    rotting_days: int | None
    cards: list[DealCard] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)  # currency -> minor units
    weighted: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.cards)


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

    def board(self, pipeline_id: int, text: str = "", tag: str = "", now: datetime | None = None) -> list[BoardColumn]:
        """One column per stage (in order) with its open deals in board order and totals."""
        now = now or datetime.now(UTC)
        with self.db.reader() as s:
            columns = [
                BoardColumn(st.id, st.name, st.probability, st.rotting_days)
                for st in s.scalars(select(Stage).where(Stage.pipeline_id == pipeline_id)
                                    .order_by(Stage.position, Stage.id))
            ]
            stmt = _card_select().where(Deal.pipeline_id == pipeline_id, Deal.status == "open")
            stmt = self._filtered(stmt, tag).order_by(Deal.stage_id, Deal.position, Deal.id)
            rows = s.execute(stmt).all()
        by_stage = {c.stage_id: c for c in columns}
        words = fold(text or "").split()
        for row in rows:
            card = _card(row, now)
            if words:
                haystack = fold(f"{card.title} {card.company_name} {card.contact_name}")
                if not all(w in haystack for w in words):
                    continue
            column = by_stage.get(card.stage_id)
            if column is None:
                continue
            column.cards.append(card)
        for column in columns:
            totals: dict[str, int] = defaultdict(int)
            weighted: dict[str, int] = defaultdict(int)
            for card in column.cards:
                totals[card.currency] += card.value_minor
                weighted[card.currency] += card.value_minor * card.probability
            column.totals = dict(sorted(totals.items()))
            column.weighted = {c: (v + 50) // 100 for c, v in sorted(weighted.items())}
        return columns

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

    def cards(self, ids: list[int], now: datetime | None = None) -> dict[int, DealCard]:
        now = now or datetime.now(UTC)
        with self.db.reader() as s:
            return {r[0]: _card(r, now) for r in s.execute(_card_select().where(Deal.id.in_(ids)))}

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
    def _filtered(stmt: Select, tag: str) -> Select:  # type: ignore[type-arg]
        if tag:
            stmt = stmt.where(Deal.id.in_(
                select(deal_tags.c.deal_id).join(Tag, Tag.id == deal_tags.c.tag_id).where(Tag.name_key == fold(tag))
            ))
        return stmt
