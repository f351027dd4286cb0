"""Report periods and the plain results the reports dashboard shows (no I/O, no Qt).

A ``Period`` is a range of whole local days (both ends included). Times in the database are
UTC; ``Period.utc_bounds(tz)`` gives the UTC instants of local midnight at the start and of
local midnight after the last day, so "March" means March on the owner's wall clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from crm_desktop.domain.dates import MONTH_NAMES
from crm_desktop.domain.i18n import user_text


class Preset(StrEnum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    LAST_12_MONTHS = "last_12_months"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return _PRESET_LABELS[self]


_PRESET_LABELS = {
    Preset.THIS_MONTH: user_text("This month"),
    Preset.LAST_MONTH: user_text("Last month"),
    Preset.THIS_QUARTER: user_text("This quarter"),
    Preset.LAST_12_MONTHS: user_text("Last 12 months"),
    Preset.CUSTOM: user_text("Custom dates"),
}


def month_start(d: date) -> date:
    return d.replace(day=1)


def add_months(d: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) ``d``'s month."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def month_label(key: str) -> str:
    """'2026-03' -> 'Mar 2026' (in the reader's language)."""
    year, month = key.split("-")
    return user_text("{month} {year}", month=MONTH_NAMES[int(month) - 1], year=year)


def day_label(d: date) -> str:
    """'3 Mar 2026' (in the reader's language)."""
    return user_text("{day} {month} {year}", day=d.day, month=MONTH_NAMES[d.month - 1], year=d.year)


def week_start(d: date) -> date:
    """The Monday on or before ``d``."""
    return d - timedelta(days=d.weekday())


def local_midnight_utc(d: date, tz: tzinfo) -> datetime:
    """The UTC instant at which local day ``d`` begins."""
    return datetime.combine(d, time(0), tzinfo=tz).astimezone(UTC)


@dataclass(frozen=True)
class Period:
    """Local days ``start`` .. ``end`` (both included)."""

    start: date
    end: date
    preset: Preset = Preset.CUSTOM

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(user_text("The end date is before the start date. Pick an end date on or after the start."))

    @classmethod
    def of(cls, preset: Preset | str, today: date, start: date | None = None, end: date | None = None) -> Period:
        preset = Preset(preset)
        first = month_start(today)
        if preset is Preset.THIS_MONTH:
            return cls(first, add_months(first, 1) - timedelta(days=1), preset)
        if preset is Preset.LAST_MONTH:
            return cls(add_months(first, -1), first - timedelta(days=1), preset)
        if preset is Preset.THIS_QUARTER:
            q_first = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
            return cls(q_first, add_months(q_first, 3) - timedelta(days=1), preset)
        if preset is Preset.LAST_12_MONTHS:
            return cls(add_months(first, -11), add_months(first, 1) - timedelta(days=1), preset)
        if start is None or end is None:
            raise ValueError(user_text("A custom period needs a start and an end date."))
        return cls(start, end, Preset.CUSTOM)

    def utc_bounds(self, tz: tzinfo) -> tuple[datetime, datetime]:
        """[start, end) as UTC instants."""
        return local_midnight_utc(self.start, tz), local_midnight_utc(self.end + timedelta(days=1), tz)

    def months(self) -> list[str]:
        keys, d = [], month_start(self.start)
        while d <= self.end:
            keys.append(month_key(d))
            d = add_months(d, 1)
        return keys

    def month_ranges(self) -> list[tuple[date, date]]:
        """Each month of the period as local days [first, after_last), clipped to the period."""
        after = self.end + timedelta(days=1)
        return [(max(self.start, date.fromisoformat(k + "-01")), min(after, add_months(date.fromisoformat(k + "-01"), 1)))
                for k in self.months()]

    def week_ranges(self) -> list[tuple[date, date]]:
        """Each Monday-to-Sunday week as local days [first, after_last), clipped to the period."""
        after = self.end + timedelta(days=1)
        return [(max(self.start, w), min(after, w + timedelta(days=7))) for w in self.weeks()]

    def weeks(self) -> list[date]:
        weeks, d = [], week_start(self.start)
        while d <= self.end:
            weeks.append(d)
            d += timedelta(days=7)
        return weeks

    @property
    def label(self) -> str:
        if self.start.day == 1 and self.end == add_months(self.start, 1) - timedelta(days=1):
            return month_label(month_key(self.start))
        if self.start == self.end:
            return day_label(self.start)
        return user_text("{start} – {end}", start=day_label(self.start), end=day_label(self.end))


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DealQuery:
    """Which deals stand behind a figure (used to list them on a click)."""

    statuses: tuple[str, ...] = ()
    closed_from: datetime | None = None
    closed_to: datetime | None = None
    expected_from: date | None = None
    expected_to: date | None = None  # exclusive
    stage_id: int | None = None
    pipeline_id: int | None = None
    currency: str | None = None
    lost_reason: str | None = None
    company_id: int | None = None
    contact_id: int | None = None
    no_customer: bool = False
    title: str = ""


@dataclass(frozen=True)
class MoneyTotal:
    currency: str
    minor: int


@dataclass(frozen=True)
class StageRow:
    pipeline: str
    stage: str
    stage_id: int
    probability: int
    currency: str
    count: int
    total_minor: int
    weighted_minor: int
    drill: DealQuery


@dataclass(frozen=True)
class MonthMoney:
    month: str  # 'YYYY-MM'
    currency: str
    minor: int
    count: int
    drill: DealQuery


@dataclass(frozen=True)
class ReasonRow:
    reason: str
    count: int
    drill: DealQuery


@dataclass(frozen=True)
class CustomerRow:
    name: str
    kind: str  # 'company', 'contact' or '' when no customer is linked
    currency: str
    minor: int
    count: int
    drill: DealQuery


@dataclass(frozen=True)
class WeekCount:
    week: date  # the Monday
    kind: str
    count: int


@dataclass(frozen=True)
class MonthCount:
    month: str
    count: int


@dataclass(frozen=True)
class DealRow:
    id: int
    title: str
    customer: str
    currency: str
    value_minor: int
    status: str
    pipeline: str
    stage: str
    expected_close: date | None
    closed_at: datetime | None


@dataclass
class Dashboard:
    period: Period
    pipeline_id: int | None
    pipeline_name: str  # '' for all pipelines
    generated_at: datetime
    today: date | None = None  # the owner's local date when the figures were computed
    currencies: list[str] = field(default_factory=list)  # every currency seen, most used first
    stages: list[StageRow] = field(default_factory=list)
    forecast_months: list[str] = field(default_factory=list)
    forecast: list[MonthMoney] = field(default_factory=list)
    won_months: list[str] = field(default_factory=list)
    won_by_month: list[MonthMoney] = field(default_factory=list)
    won_count: int = 0
    lost_count: int = 0
    won_drill: DealQuery = field(default_factory=DealQuery)
    lost_drill: DealQuery = field(default_factory=DealQuery)
    won_total: list[MoneyTotal] = field(default_factory=list)
    average_deal: list[MoneyTotal] = field(default_factory=list)
    average_days_to_close: float | None = None
    lost_reasons: list[ReasonRow] = field(default_factory=list)
    open_weighted: list[MoneyTotal] = field(default_factory=list)
    open_count: int = 0
    activity_weeks: list[date] = field(default_factory=list)
    activities: list[WeekCount] = field(default_factory=list)
    followups_on_time: int = 0
    followups_late: int = 0
    followups_overdue: int = 0
    top_customers: list[CustomerRow] = field(default_factory=list)
    new_contacts: list[MonthCount] = field(default_factory=list)

    @property
    def win_rate(self) -> float | None:
        """Won deals / (won + lost) closed in the period; None when nothing closed."""
        closed = self.won_count + self.lost_count
        return self.won_count / closed if closed else None

    @property
    def has_deals(self) -> bool:
        return bool(self.stages or self.won_count or self.lost_count or self.forecast)

    def won_in(self, currency: str) -> int:
        return sum(m.minor for m in self.won_by_month if m.currency == currency)


# --- tables (what the view shows beside each chart, one sheet / PDF page each) -----------


@dataclass(frozen=True)
class Ratio:
    """A share between 0 and 1, shown as a percentage."""

    value: float


Cell = str | int | float | date | Ratio | None  # money cells are domain.money.Money


@dataclass
class ReportTable:
    key: str  # 'summary', 'stages', 'forecast', ...
    title: str
    note: str  # one plain sentence saying what the figures mean
    headers: list[str]
    rows: list[list[object]] = field(default_factory=list)
    drills: list[DealQuery | None] = field(default_factory=list)  # one per row
    empty: str = user_text("Nothing to show for this period.")
