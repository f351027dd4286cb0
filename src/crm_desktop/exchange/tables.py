"""What each exported table holds: its columns (with a cell type) and its rows.

Rows are streamed from the database in batches of ids, never as ORM objects: contacts with
plain SQL (contact_reader; as CSV text in contact_csv), the other tables with SQLAlchemy
Core. The header names are the file format contract shared with the importer and the
spreadsheet sync: change them only together with those.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import aliased

from crm_desktop.domain.i18n import user_text
from crm_desktop.domain.money import exponent
from crm_desktop.exchange.contact_reader import BATCH as BATCH  # re-exported: used by other modules
from crm_desktop.exchange.contact_reader import LIST_SEPARATOR as LIST_SEPARATOR
from crm_desktop.exchange.contact_reader import TAG_SEPARATOR as TAG_SEPARATOR
from crm_desktop.exchange.contact_reader import contact_batches
from crm_desktop.exchange.csv_lines import CsvCells
from crm_desktop.storage.models import (
    Activity,
    Company,
    Contact,
    Deal,
    FollowUp,
    Pipeline,
    Stage,
    Tag,
    company_tags,
)

# Cell types: how each value is written (XLSX cell type, CSV text form).
ID, TEXT, INT, DATE, DATETIME, MONEY, BOOL = "id", "text", "int", "date", "datetime", "money", "bool"
RAW = "raw"  # a value kept as it was read (columns of a linked sheet that the CRM does not know)


@dataclass(frozen=True)
class Column:
    header: str
    type: str = TEXT
    width: int = 0  # a minimum width in characters (0: from the header and the data)
    currency_column: int = -1  # for MONEY: index of the column holding the currency code


@dataclass
class TextBatch:
    """Rows for a CSV file as finished lines (without the line end): every cell exactly as
    the CSV writer writes the typed cell (text neutralised, dates as ISO text, in quotes
    where needed), between delimiters."""

    ids: list[int]  # the records, for the custom field columns
    lines: list[str]


@dataclass(frozen=True)
class Table:
    kind: str  # "contacts", ...
    title: str  # sheet name
    columns: tuple[Column, ...]
    rows: Callable[[Connection, Sequence[int] | None], Iterator[tuple[object, ...]]]
    count: Callable[[Connection, Sequence[int] | None], int]
    # The same rows as CSV text, made with the file's CsvCells: where building typed cells first
    # is the slow part of a CSV export.
    text: Callable[[Connection, Sequence[int] | None, CsvCells], Iterator[TextBatch]] | None = None

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


_OFFSETS: dict[int, timedelta] = {}
_DAYS: dict[int, timedelta] = {}
_MIXED = timedelta(days=-999)  # marker: the offset changes during this day


def _fixed_offset() -> timedelta | None:
    """The local zone's offset when it never changes (no daylight saving time), else None."""
    import time

    return None if time.daylight else timedelta(seconds=-time.timezone)


def local(value: datetime | None) -> datetime | None:
    """A stored UTC time as the local wall-clock time, naive (spreadsheets have no zones).

    The zone offset is cached per UTC day, and per quarter hour on the days the clocks
    change (every zone changes on a quarter hour): the lookup is the slow part when
    exporting 100,000 rows."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    fixed = _FIXED
    if fixed is not None:
        return value + fixed
    day = value.toordinal()
    offset = _DAYS.get(day)
    if offset is None:
        offset = _DAYS[day] = _day_offset(day)
    if offset is not _MIXED:
        return value + offset
    key = (day * 24 + value.hour) * 4 + value.minute // 15  # the day the clocks change
    offset = _OFFSETS.get(key)
    if offset is None:
        offset = _OFFSETS[key] = _offset_at(value)
    return value + offset


def _offset_at(value: datetime) -> timedelta:
    return value.replace(tzinfo=UTC).astimezone().utcoffset() or timedelta(0)


def _day_offset(day: int) -> timedelta:
    """The offset for a whole UTC day, or _MIXED when the clocks change that day."""
    start = datetime.fromordinal(day)
    first, last = _offset_at(start), _offset_at(start + timedelta(days=1, microseconds=-1))
    return first if first == last else _MIXED


_FIXED = _fixed_offset()


def local_date(value: datetime | None) -> date | None:
    moment = local(value)
    return moment.date() if moment else None


def amount(minor: int | None, currency: str) -> Decimal | None:
    if minor is None:
        return None
    return Decimal(minor).scaleb(-exponent(currency or "EUR"))


def full_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first or "", last or "") if p)


def _chunks(ids: Sequence[int], size: int = BATCH) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _batches(conn: Connection, base: Select, id_col, ids: Sequence[int] | None) -> Iterator[list[int]]:  # type: ignore[no-untyped-def]
    """Ordered batches of ids to export: the given ones (in their order) or all live ones."""
    if ids is not None:
        yield from _chunks(list(ids))
        return
    last = 0
    while True:
        batch = list(conn.scalars(base.where(id_col > last).order_by(id_col).limit(BATCH)).all())
        if not batch:
            return
        yield batch
        last = batch[-1]


def _count(model) -> Callable[[Connection, Sequence[int] | None], int]:  # type: ignore[no-untyped-def]
    def count(conn: Connection, ids: Sequence[int] | None) -> int:
        if ids is not None:
            return len(ids)
        return conn.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0

    return count


def _datetime(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value)[:10])


def _grouped(conn: Connection, stmt: Select) -> dict[int, list[str]]:  # type: ignore[type-arg]
    out: dict[int, list[str]] = {}
    for key, value in conn.execute(stmt):
        out.setdefault(key, []).append(value)
    return out


# --- contacts ------------------------------------------------------------------------------

CONTACT_COLUMNS = (
    Column("ID", ID),
    Column("First name"),
    Column("Last name"),
    Column("Email", width=24),
    Column("Phone", width=16),
    Column("Company", width=20),
    Column("Job title"),
    Column("Tags"),
    Column("Street"),
    Column("Postal code"),
    Column("City"),
    Column("Region"),
    Column("Country"),
    Column("Other emails"),
    Column("Other phones"),
    Column("Website"),
    Column("Birthday", DATE),
    Column("Do not email", BOOL),
    Column("Source"),
    Column("Notes", width=30),
    Column("Created", DATETIME),
    Column("Updated", DATETIME),
)


def contact_rows(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple[object, ...]]:
    """Typed contact rows (dates, local datetimes, booleans), for workbooks and the sync."""
    for b in contact_batches(conn, ids):
        email, phone, company, tags = b.emails.get, b.phones.get, b.companies.get, b.tags.get
        other_email, other_phone = b.other_emails.get, b.other_phones.get
        for (cid, company_id, birthday, no_email, created, updated, first, last, job, street, postal, city, region,
             country, website, source, notes) in b.rows:
            yield (cid, first, last, email(cid, ""), phone(cid, ""), company(company_id, ""), job, tags(cid, ""),
                   street, postal, city, region, country, other_email(cid, ""), other_phone(cid, ""), website,
                   _date(birthday), bool(no_email), source, notes, made := local(_datetime(created)),
                   made if updated == created else local(_datetime(updated)))


def contact_text(conn: Connection, ids: Sequence[int] | None, cells: CsvCells) -> Iterator[TextBatch]:
    """The same contacts as CSV text (see contact_csv)."""
    from crm_desktop.exchange.contact_csv import text_batches  # it uses this module's time helpers

    return text_batches(conn, ids, cells)


# --- companies -----------------------------------------------------------------------------

COMPANY_COLUMNS = (
    Column("ID", ID),
    Column("Name", width=24),
    Column("Domain"),
    Column("Website"),
    Column("Email", width=22),
    Column("Phone", width=16),
    Column("Street"),
    Column("Postal code"),
    Column("City"),
    Column("Region"),
    Column("Country"),
    Column("Tags"),
    Column("People", INT),
    Column("Notes", width=30),
    Column("Created", DATETIME),
    Column("Updated", DATETIME),
)


def company_rows(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple[object, ...]]:
    base = select(Company.id).where(Company.deleted_at.is_(None))
    for batch in _batches(conn, base, Company.id, ids):
        tags = _grouped(
            conn,
            select(company_tags.c.company_id, Tag.name)
            .join(Tag, Tag.id == company_tags.c.tag_id)
            .where(company_tags.c.company_id.in_(batch))
            .order_by(company_tags.c.company_id, Tag.name),
        )
        people = dict(
            conn.execute(
                select(Contact.company_id, func.count())
                .where(Contact.company_id.in_(batch), Contact.deleted_at.is_(None))
                .group_by(Contact.company_id)
            ).all()
        )
        stmt = select(
            Company.id, Company.name, Company.domain, Company.website, Company.email, Company.phone,
            Company.street, Company.postal_code, Company.city, Company.region, Company.country,
            Company.notes, Company.created_at, Company.updated_at,
        ).where(Company.id.in_(batch), Company.deleted_at.is_(None))
        found = {r[0]: r for r in conn.execute(stmt)}
        for cid in batch:
            r = found.get(cid)
            if r is None:
                continue
            yield (*r[:11], TAG_SEPARATOR.join(tags.get(cid, ())), people.get(cid, 0), r[11],
                   local(r[12]), local(r[13]))


# --- deals ---------------------------------------------------------------------------------

DEAL_COLUMNS = (
    Column("ID", ID),
    Column("Title", width=24),
    Column("Pipeline"),
    Column("Stage"),
    Column("Status"),
    Column("Value", MONEY, width=18, currency_column=6),
    Column("Currency"),
    Column("Expected close", DATE),
    Column("Won/lost date", DATE),
    Column("Lost reason"),
    Column("Contact", width=18),
    Column("Company", width=20),
    Column("Notes", width=30),
    Column("Created", DATETIME),
    Column("Updated", DATETIME),
)


def deal_rows(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple[object, ...]]:
    base = select(Deal.id).where(Deal.deleted_at.is_(None))
    for batch in _batches(conn, base, Deal.id, ids):
        stmt = (
            select(
                Deal.id, Deal.title, Pipeline.name, Stage.name, Deal.status, Deal.value_minor,
                Deal.currency, Deal.expected_close, Deal.closed_at, Deal.lost_reason,
                Contact.first_name, Contact.last_name, Company.name, Deal.notes, Deal.created_at,
                Deal.updated_at,
            )
            .outerjoin(Pipeline, Pipeline.id == Deal.pipeline_id)
            .outerjoin(Stage, Stage.id == Deal.stage_id)
            .outerjoin(Contact, Contact.id == Deal.contact_id)
            .outerjoin(Company, Company.id == Deal.company_id)
            .where(Deal.id.in_(batch), Deal.deleted_at.is_(None))
        )
        found = {r[0]: r for r in conn.execute(stmt)}
        for did in batch:
            r = found.get(did)
            if r is None:
                continue
            closed = local_date(r[8]) if r[4] in ("won", "lost") else None
            yield (
                did, r[1], r[2] or "", r[3] or "", (r[4] or "").capitalize(), amount(r[5], r[6]), r[6], r[7], closed, r[9],
                full_name(r[10], r[11]), r[12] or "", r[13], local(r[14]), local(r[15]),
            )


# --- activities ----------------------------------------------------------------------------

ACTIVITY_COLUMNS = (
    Column("ID", ID),
    Column("Date", DATETIME),
    Column("Type"),
    Column("Subject", width=20),
    Column("Details", width=40),
    Column("Contact", width=18),
    Column("Company", width=20),
    Column("Deal", width=20),
)

_ACTIVITY_KINDS = {"email_sent": "Email sent", "email_received": "Email received", "stage": "Stage change"}


def activity_rows(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple[object, ...]]:
    base = select(Activity.id).where(Activity.deleted_at.is_(None))
    for batch in _batches(conn, base, Activity.id, ids):
        stmt = (
            select(
                Activity.id, Activity.occurred_at, Activity.kind, Activity.subject, Activity.body,
                Contact.first_name, Contact.last_name, Company.name, Deal.title,
            )
            .outerjoin(Contact, Contact.id == Activity.contact_id)
            .outerjoin(Company, Company.id == Activity.company_id)
            .outerjoin(Deal, Deal.id == Activity.deal_id)
            .where(Activity.id.in_(batch), Activity.deleted_at.is_(None))
        )
        found = {r[0]: r for r in conn.execute(stmt)}
        for aid in batch:
            r = found.get(aid)
            if r is None:
                continue
            kind = _ACTIVITY_KINDS.get(r[2], (r[2] or "").replace("_", " ").capitalize())
            yield (aid, local(r[1]), kind, r[3], r[4], full_name(r[5], r[6]), r[7] or "", r[8] or "")


# --- follow-ups ----------------------------------------------------------------------------

FOLLOWUP_COLUMNS = (
    Column("ID", ID),
    Column("Title", width=24),
    Column("Due date", DATE),
    Column("Due time"),
    Column("Priority"),
    Column("Done", DATETIME),
    Column("Contact", width=18),
    Column("Deal", width=20),
    Column("Repeats"),
    Column("Notes", width=30),
    Column("Created", DATETIME),
)


def followup_rows(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple[object, ...]]:
    base = select(FollowUp.id).where(FollowUp.deleted_at.is_(None))
    deal = aliased(Deal)
    for batch in _batches(conn, base, FollowUp.id, ids):
        stmt = (
            select(
                FollowUp.id, FollowUp.title, FollowUp.due_date, FollowUp.due_time, FollowUp.priority,
                FollowUp.done_at, Contact.first_name, Contact.last_name, deal.title,
                FollowUp.recurrence, FollowUp.notes, FollowUp.created_at,
            )
            .outerjoin(Contact, Contact.id == FollowUp.contact_id)
            .outerjoin(deal, deal.id == FollowUp.deal_id)
            .where(FollowUp.id.in_(batch), FollowUp.deleted_at.is_(None))
        )
        found = {r[0]: r for r in conn.execute(stmt)}
        for fid in batch:
            r = found.get(fid)
            if r is None:
                continue
            due_time = r[3].strftime("%H:%M") if r[3] else ""
            yield (fid, r[1], r[2], due_time, (r[4] or "").capitalize(), local(r[5]),
                   full_name(r[6], r[7]), r[8] or "", r[9], r[10], local(r[11]))


TABLES: dict[str, Table] = {
    t.kind: t
    for t in (
        Table("contacts", user_text("Contacts"), CONTACT_COLUMNS, contact_rows, _count(Contact), contact_text),
        Table("companies", user_text("Companies"), COMPANY_COLUMNS, company_rows, _count(Company)),
        Table("deals", user_text("Deals"), DEAL_COLUMNS, deal_rows, _count(Deal)),
        Table("activities", user_text("Activities"), ACTIVITY_COLUMNS, activity_rows, _count(Activity)),
        Table("followups", user_text("Follow-ups"), FOLLOWUP_COLUMNS, followup_rows, _count(FollowUp)),
    )
}
KINDS = tuple(TABLES)
