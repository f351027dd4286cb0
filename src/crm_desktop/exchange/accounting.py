"""The accountant's report: deals won in a date range, with totals per month and currency.

Totals are summed in integer minor units (exact) and written as numbers in the currency's
number format.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import aliased

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.i18n import user_text
from crm_desktop.exchange import atomic
from crm_desktop.exchange.tables import DATE, ID, INT, MONEY, Column, amount, full_name, local_date
from crm_desktop.exchange.xlsx_out import XlsxBook
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Company, Contact, Deal

ROW_COLUMNS = (
    Column("Date won", DATE),
    Column("Customer", width=20),
    Column("Company", width=22),
    Column("Title", width=28),
    Column("Value", MONEY, width=18, currency_column=5),
    Column("Currency"),
    Column("Deal ID", ID),
)
SUMMARY_COLUMNS = (
    Column("Month", width=12),
    Column("Currency"),
    Column("Deals won", INT),
    Column("Total", MONEY, width=18, currency_column=1),
)


@dataclass(frozen=True)
class WonDeal:
    id: int
    won_on: date
    customer: str
    company: str
    title: str
    value_minor: int
    currency: str


@dataclass(frozen=True)
class Total:
    month: str  # "2026-03", or "" for the whole period
    currency: str
    deals: int
    minor: int


@dataclass
class WonDealsReport:
    start: date
    end: date
    deals: list[WonDeal] = field(default_factory=list)

    @property
    def by_month(self) -> list[Total]:
        return _totals(self.deals, lambda d: d.won_on.strftime("%Y-%m"))

    @property
    def by_currency(self) -> list[Total]:
        return _totals(self.deals, lambda d: "")


def _totals(deals: Iterable[WonDeal], key: Callable[[WonDeal], str]) -> list[Total]:
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for deal in deals:
        entry = sums[(key(deal), deal.currency)]
        entry[0] += 1
        entry[1] += deal.value_minor
    return [Total(m, c, n, s) for (m, c), (n, s) in sorted(sums.items())]


def _utc_start(day: date) -> datetime:
    """Midnight at the start of this local day, as a UTC time."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def won_deals(conn: Connection, start: date, end: date) -> WonDealsReport:
    """Deals won from ``start`` to ``end`` (local dates, both included), oldest first."""
    if end < start:
        raise CrmError(user_text("The end date is before the start date. Choose a later end date."))
    contact_company = aliased(Company)  # the customer's company when the deal names none
    stmt = (
        select(Deal.id, Deal.closed_at, Contact.first_name, Contact.last_name,
               func.coalesce(Company.name, contact_company.name), Deal.title, Deal.value_minor, Deal.currency)
        .outerjoin(Contact, Contact.id == Deal.contact_id)
        .outerjoin(Company, Company.id == Deal.company_id)
        .outerjoin(contact_company, contact_company.id == Contact.company_id)
        .where(
            Deal.status == "won",
            Deal.deleted_at.is_(None),
            Deal.closed_at >= _utc_start(start),
            Deal.closed_at < _utc_start(end + timedelta(days=1)),
        )
        .order_by(Deal.closed_at, Deal.id)
    )
    report = WonDealsReport(start, end)
    for r in conn.execute(stmt):
        won_on = local_date(r[1])
        assert won_on is not None
        report.deals.append(
            WonDeal(r[0], won_on, full_name(r[2], r[3]), r[4] or "", r[5], r[6] or 0, r[7] or "EUR")
        )
    return report


def write_won_deals(db: Database, start: date, end: date, target: Path) -> WonDealsReport:
    """Write the report as an XLSX workbook: the deals, then a summary sheet."""
    target = Path(target).expanduser()
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    with db.engine.connect() as conn:
        report = won_deals(conn, start, end)
    rows = [
        (d.won_on, d.customer, d.company, d.title, amount(d.value_minor, d.currency), d.currency, d.id)
        for d in report.deals
    ]
    summary: list[tuple[object, ...]] = [
        (t.month, t.currency, t.deals, amount(t.minor, t.currency)) for t in report.by_month
    ]
    if summary:
        summary.append((None, None, None, None))
    summary += [
        (f"Total {start.isoformat()} – {end.isoformat()}", t.currency, t.deals, amount(t.minor, t.currency))
        for t in report.by_currency
    ]
    with atomic.atomic_path(target) as temp:
        book = XlsxBook(temp)
        try:
            book.add_sheet("Won deals", ROW_COLUMNS, rows)
            book.add_sheet("Summary", SUMMARY_COLUMNS, summary)
        finally:
            book.close()
    return report
