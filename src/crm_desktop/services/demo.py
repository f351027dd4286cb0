"""Demo data: a realistic small business's CRM, generated fast with bulk inserts.

Other features add their own demo data by appending a step to ``DEMO_STEPS``: a function
``step(conn, rng, ctx)`` called in the same transaction after contacts and companies exist.
"""

from __future__ import annotations

import operator
import random
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import TypeVar

from sqlalchemy import Connection, func, insert, select

from crm_desktop.domain.phone import parse_phone
from crm_desktop.domain.text import fold
from crm_desktop.services import demo_data as words
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Activity,
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    Tag,
    company_tags,
    contact_tags,
)


@dataclass
class DemoContext:
    now: datetime
    contact_ids: list[int] = field(default_factory=list)
    company_ids: list[int] = field(default_factory=list)
    tag_ids: list[int] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


DemoStep = Callable[[Connection, random.Random, DemoContext], None]
DEMO_STEPS: list[DemoStep] = []

BATCH = 5000
T = TypeVar("T")


@cache
def _fold(text: str) -> str:
    """fold() remembered: demo names come from small vocabularies."""
    return fold(text)


@cache
def _ascii(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch in ".-")


def _text(naive_utc: datetime) -> str:
    """How SQLAlchemy's SQLite DateTime stores a (naive UTC) datetime."""
    return naive_utc.isoformat(" ", "microseconds")


def _timestamp(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _sql_value(value: object) -> object:
    """A Python value as the SQLite driver stores it through our column types: datetimes as
    naive UTC text with microseconds (what UtcDateTime + SQLAlchemy's SQLite DateTime write),
    dates as ISO text, booleans as 0/1."""
    if isinstance(value, datetime):
        return _timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _converter(sample: object) -> Callable[[object], object] | None:
    """The cheapest conversion that is right for a column whose first value is ``sample``."""
    if isinstance(sample, datetime):
        return _timestamp  # type: ignore[return-value]
    if isinstance(sample, bool):
        return int
    if sample is None or isinstance(sample, date):
        return _sql_value
    return None


def _bulk_insert(conn: Connection, table: str, rows: list[dict[str, object]]) -> None:
    """Insert many rows with the driver's executemany: no per-row SQLAlchemy processing,
    which was most of the time at 100,000 contacts. The stored values are the same as with
    ``insert(Model)`` (see _sql_value)."""
    if not rows:
        return
    indexes: list[str] = []
    existing = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0
    if existing < len(rows):
        # Filling a (nearly) empty table: building its indexes once afterwards is much faster
        # than updating them row by row. They are recreated from their own SQL, unchanged.
        found = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        ).all()
        for name, create in found:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
            indexes.append(create)
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    converters = [_converter(rows[0][c]) for c in columns]
    if not any(converters):
        getters = [operator.itemgetter(*columns)] if len(columns) > 1 else None
    for b in range(0, len(rows), BATCH):
        batch = rows[b : b + BATCH]
        if not any(converters) and getters:
            values = [getters[0](r) for r in batch]
        else:
            values = [
                tuple(r[c] if f is None else f(r[c]) for c, f in zip(columns, converters, strict=True))
                for r in batch
            ]
        conn.exec_driver_sql(sql, values)
    for create in indexes:
        conn.exec_driver_sql(create)


def _phone(rng: random.Random, region: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in words.PHONE_FORMATS[region])


Below = Callable[[int], int]


def draws(rng: random.Random) -> tuple[Below, Callable[[Sequence[T]], T], Callable[[int, int], int]]:
    """``below(n)``, ``choice(seq)`` and ``randint(a, b)`` giving exactly what ``rng._randbelow``,
    ``rng.choice`` and ``rng.randint`` give (same draws from the same generator), with one
    Python call instead of three or four: the demo makes millions of them."""
    bits = rng.getrandbits

    def below(n: int) -> int:
        if n <= 0:
            raise IndexError("cannot choose from an empty sequence")
        k = n.bit_length()
        r = bits(k)
        while r >= n:
            r = bits(k)
        return r

    def choice(seq: Sequence[T]) -> T:
        return seq[below(len(seq))]

    def randint(a: int, b: int) -> int:
        return a + below(b - a + 1)

    return below, choice, randint


def _parse_phones(raw: list[tuple[int, str]]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for contact_id, text in raw:
        phone = parse_phone(text)
        out.append({"contact_id": contact_id, "phone": phone.raw, "e164": phone.e164,
                    "digits": phone.search_digits, "label": "mobile", "position": 0})
    return out


def _fast_phone(below: Below, region: str) -> str:
    return "".join(str(below(10)) if ch == "#" else ch for ch in words.PHONE_FORMATS[region])


Progress = Callable[[int, int, str], None]


def generate(
    db: Database,
    contacts: int = 300,
    seed: int = 1,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> DemoContext:
    """Add demo contacts, companies, tags and activities. Returns what was made.

    ``progress(done, total, text)`` is called between stages; raising from it cancels
    (everything is one transaction, so nothing is left behind)."""
    report = progress or (lambda _d, _t, _x: None)
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    ctx = DemoContext(now=now)
    n_companies = max(3, contacts // 5)
    n_activities = contacts * 3
    naive_now = now.astimezone(UTC).replace(tzinfo=None)  # rows hold naive UTC text, as stored
    with db.engine.begin() as conn:
        start_contact = (conn.scalar(select(func.max(Contact.id))) or 0) + 1
        start_company = (conn.scalar(select(func.max(Company.id))) or 0) + 1

        existing = {r[1]: r[0] for r in conn.execute(select(Tag.id, Tag.name_key))}
        for name in words.TAGS:
            if fold(name) not in existing:
                existing[fold(name)] = conn.execute(
                    insert(Tag).values(name=name, name_key=fold(name), color="")
                ).inserted_primary_key[0]
        ctx.tag_ids = [existing[fold(n)] for n in words.TAGS]

        report(0, 5, "Adding companies…")
        companies = []
        used: set[str] = set(conn.scalars(select(Company.sort_name)))
        for i in range(n_companies):
            for _ in range(20):
                name = f"{rng.choice(words.COMPANY_WORDS)} {rng.choice(words.COMPANY_NAMES)} {rng.choice(words.COMPANY_SUFFIXES)}".strip()
                if fold(name) not in used:
                    break
                name = f"{name} {i + 1}"
            used.add(fold(name))
            city, country, region = rng.choice(words.CITIES)
            domain = _ascii(name.split()[1] if len(name.split()) > 1 else name) + ".example"
            created = _text(naive_now - timedelta(days=rng.randint(0, 730)))
            companies.append({
                "id": start_company + i, "name": name, "sort_name": fold(name), "domain": domain,
                "website": f"https://www.{domain}", "email": f"info@{domain}", "phone": _phone(rng, region),
                "street": f"{rng.randint(1, 120)} Rue Exemple", "city": city, "postal_code": f"{rng.randint(10000, 99999)}",
                "region": "", "country": country, "notes": rng.choice(words.NOTE_TEXTS) if rng.random() < 0.3 else "",
                "created_at": created, "updated_at": created, "version": 1,
            })
        _bulk_insert(conn, Company.__tablename__, companies)
        ctx.company_ids = [c["id"] for c in companies]
        company_region = {c["id"]: c for c in companies}
        ctag = [{"company_id": c, "tag_id": rng.choice(ctx.tag_ids)} for c in ctx.company_ids if rng.random() < 0.4]
        _bulk_insert(conn, company_tags.name, ctag)

        report(1, 5, "Adding contacts…")
        below, choice, randint = draws(rng)
        streets = ["Hauptstraße", "Rue de la Paix", "Calle Mayor", "High Street", "Via Roma"]
        domains = ["mail.example", "post.example", "web.example"]
        rows, emails, phones, tags = [], [], [], []
        for i in range(contacts):
            cid = start_contact + i
            first, last = choice(words.FIRST_NAMES), choice(words.LAST_NAMES)
            company_id = choice(ctx.company_ids) if rng.random() < 0.8 else None
            city, country, region = choice(words.CITIES)
            created = _text(naive_now - timedelta(days=randint(0, 730), minutes=randint(0, 1440)))
            rows.append({
                "id": cid, "first_name": first, "last_name": last, "sort_name": _fold(f"{first} {last}"),
                "job_title": choice(words.JOB_TITLES), "company_id": company_id,
                "birthday": date(randint(1950, 2000), randint(1, 12), randint(1, 28)) if rng.random() < 0.3 else None,
                "street": f"{randint(1, 200)} {choice(streets)}",
                "city": city, "postal_code": f"{randint(10000, 99999)}", "region": "", "country": country,
                "website": "", "notes": choice(words.NOTE_TEXTS) if rng.random() < 0.25 else "",
                "do_not_email": rng.random() < 0.03, "source": "demo",
                "created_at": created, "updated_at": created, "version": 1,
            })
            domain = company_region[company_id]["domain"] if company_id else choice(domains)
            email = f"{_ascii(first)}.{_ascii(last)}{'' if rng.random() < 0.7 else randint(1, 99)}@{domain}"
            emails.append({"contact_id": cid, "email": email, "email_key": email.lower(), "label": "work", "position": 0})
            if rng.random() < 0.85:
                phones.append((cid, _fast_phone(below, region)))
            for tag_id in rng.sample(ctx.tag_ids, k=choice([0, 0, 1, 1, 2])):
                tags.append({"contact_id": cid, "tag_id": tag_id})
        # Parsing the phone numbers is slow pure Python: it runs on a second thread while this
        # one is mostly inside SQLite (which lets go of the GIL). Same rows, inserted later.
        pool = ThreadPoolExecutor(max_workers=1)
        parsed_phones = pool.submit(_parse_phones, phones)
        pool.shutdown(wait=False)
        _bulk_insert(conn, Contact.__tablename__, rows)
        for table, data in ((ContactEmail.__tablename__, emails), (contact_tags.name, tags)):
            _bulk_insert(conn, table, data)
        ctx.contact_ids = [r["id"] for r in rows]

        report(2, 5, "Adding activities…")
        activities = []
        kinds = ["note", "call", "call", "meeting", "email_sent", "email_received"]
        fixed_subjects = {"email_sent": "Quote and price list", "email_received": "Re: Quote and price list"}
        for _ in range(n_activities):
            contact = choice(rows)
            kind = choice(kinds)
            when = _text(naive_now - timedelta(days=randint(0, 730), minutes=randint(0, 1440)))
            call_subject, meeting_subject = choice(words.CALL_SUBJECTS), choice(words.MEETING_SUBJECTS)
            subject = (call_subject if kind == "call" else meeting_subject if kind == "meeting"
                       else fixed_subjects.get(kind, ""))
            activities.append({
                "kind": kind, "subject": subject, "body": choice(words.NOTE_TEXTS), "occurred_at": when,
                "contact_id": contact["id"], "company_id": contact["company_id"],
                "created_at": when, "updated_at": when, "version": 1,
            })
        _bulk_insert(conn, Activity.__tablename__, activities)
        conn.exec_driver_sql(
            "UPDATE contacts SET last_activity_at = (SELECT max(occurred_at) FROM activities a "
            "WHERE a.contact_id = contacts.id AND a.deleted_at IS NULL) WHERE id >= ?", (start_contact,)
        )
        conn.exec_driver_sql(
            "UPDATE companies SET last_activity_at = (SELECT max(occurred_at) FROM activities a "
            "WHERE a.company_id = companies.id AND a.deleted_at IS NULL) WHERE id >= ?", (start_company,)
        )
        _bulk_insert(conn, ContactPhone.__tablename__, parsed_phones.result())
        ctx.counts.update(contacts=len(rows), companies=len(companies), activities=len(activities))
        report(3, 5, "Adding more examples…")
        import crm_desktop.services.demo_followups  # noqa: F401 - registers its step
        from crm_desktop.services import deals_demo  # noqa: F401 - registers the demo deals step

        # Follow-ups link to deals, so the deals step runs before them whatever the import order.
        for step in sorted(DEMO_STEPS, key=lambda f: f.__module__.endswith("demo_followups")):
            step(conn, rng, ctx)
        report(4, 5, "Building the search index…")
        search.reindex_all(conn)
    report(5, 5, "Done")
    return ctx
