"""Demo data: a realistic small business's CRM, generated fast with bulk inserts.

Other features add their own demo data by appending a step to ``DEMO_STEPS``: a function
``step(conn, rng, ctx)`` called in the same transaction after contacts and companies exist.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

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


def _ascii(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch in ".-")


def _phone(rng: random.Random, region: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in words.PHONE_FORMATS[region])


def generate(db: Database, contacts: int = 300, seed: int = 1, now: datetime | None = None) -> DemoContext:
    """Add demo contacts, companies, tags and activities. Returns what was made."""
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    ctx = DemoContext(now=now)
    n_companies = max(3, contacts // 5)
    n_activities = contacts * 3
    naive_now = now.astimezone(UTC)
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
            created = naive_now - timedelta(days=rng.randint(0, 730))
            companies.append({
                "id": start_company + i, "name": name, "sort_name": fold(name), "domain": domain,
                "website": f"https://www.{domain}", "email": f"info@{domain}", "phone": _phone(rng, region),
                "street": f"{rng.randint(1, 120)} Rue Exemple", "city": city, "postal_code": f"{rng.randint(10000, 99999)}",
                "region": "", "country": country, "notes": rng.choice(words.NOTE_TEXTS) if rng.random() < 0.3 else "",
                "created_at": created, "updated_at": created, "version": 1,
            })
        for b in range(0, len(companies), BATCH):
            conn.execute(insert(Company), companies[b:b + BATCH])
        ctx.company_ids = [c["id"] for c in companies]
        company_region = {c["id"]: c for c in companies}
        ctag = [{"company_id": c, "tag_id": rng.choice(ctx.tag_ids)} for c in ctx.company_ids if rng.random() < 0.4]
        if ctag:
            conn.execute(insert(company_tags), ctag)

        rows, emails, phones, tags = [], [], [], []
        for i in range(contacts):
            cid = start_contact + i
            first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
            company_id = rng.choice(ctx.company_ids) if rng.random() < 0.8 else None
            city, country, region = rng.choice(words.CITIES)
            created = naive_now - timedelta(days=rng.randint(0, 730), minutes=rng.randint(0, 1440))
            rows.append({
                "id": cid, "first_name": first, "last_name": last, "sort_name": fold(f"{first} {last}"),
                "job_title": rng.choice(words.JOB_TITLES), "company_id": company_id,
                "birthday": date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.3 else None,
                "street": f"{rng.randint(1, 200)} {rng.choice(['Hauptstraße', 'Rue de la Paix', 'Calle Mayor', 'High Street', 'Via Roma'])}",
                "city": city, "postal_code": f"{rng.randint(10000, 99999)}", "region": "", "country": country,
                "website": "", "notes": rng.choice(words.NOTE_TEXTS) if rng.random() < 0.25 else "",
                "do_not_email": rng.random() < 0.03, "source": "demo",
                "created_at": created, "updated_at": created, "version": 1,
            })
            domain = company_region[company_id]["domain"] if company_id else rng.choice(["mail.example", "post.example", "web.example"])
            email = f"{_ascii(first)}.{_ascii(last)}{'' if rng.random() < 0.7 else rng.randint(1, 99)}@{domain}"
            emails.append({"contact_id": cid, "email": email, "email_key": email.lower(), "label": "work", "position": 0})
            if rng.random() < 0.85:
                phone = parse_phone(_phone(rng, region))
                phones.append({"contact_id": cid, "phone": phone.raw, "e164": phone.e164,
                               "digits": phone.search_digits, "label": "mobile", "position": 0})
            for tag_id in rng.sample(ctx.tag_ids, k=rng.choice([0, 0, 1, 1, 2])):
                tags.append({"contact_id": cid, "tag_id": tag_id})
        for b in range(0, len(rows), BATCH):
            conn.execute(insert(Contact), rows[b:b + BATCH])
        for table, data in ((ContactEmail, emails), (ContactPhone, phones), (contact_tags, tags)):
            for b in range(0, len(data), BATCH):
                conn.execute(insert(table), data[b:b + BATCH])
        ctx.contact_ids = [r["id"] for r in rows]

        activities = []
        kinds = ["note", "call", "call", "meeting", "email_sent", "email_received"]
        for _ in range(n_activities):
            contact = rng.choice(rows)
            kind = rng.choice(kinds)
            when = naive_now - timedelta(days=rng.randint(0, 730), minutes=rng.randint(0, 1440))
            subject = {"call": rng.choice(words.CALL_SUBJECTS), "meeting": rng.choice(words.MEETING_SUBJECTS),
                       "email_sent": "Quote and price list", "email_received": "Re: Quote and price list"}.get(kind, "")
            activities.append({
                "kind": kind, "subject": subject, "body": rng.choice(words.NOTE_TEXTS), "occurred_at": when,
                "contact_id": contact["id"], "company_id": contact["company_id"],
                "created_at": when, "updated_at": when, "version": 1,
            })
        for b in range(0, len(activities), BATCH):
            conn.execute(insert(Activity), activities[b:b + BATCH])
        conn.exec_driver_sql(
            "UPDATE contacts SET last_activity_at = (SELECT max(occurred_at) FROM activities a "
            "WHERE a.contact_id = contacts.id AND a.deleted_at IS NULL) WHERE id >= ?", (start_contact,)
        )
        conn.exec_driver_sql(
            "UPDATE companies SET last_activity_at = (SELECT max(occurred_at) FROM activities a "
            "WHERE a.company_id = companies.id AND a.deleted_at IS NULL) WHERE id >= ?", (start_company,)
        )
        ctx.counts.update(contacts=len(rows), companies=len(companies), activities=len(activities))
        import crm_desktop.services.demo_followups  # noqa: F401 - registers its step

        for step in DEMO_STEPS:
            step(conn, rng, ctx)
        search.reindex_all(conn)
    return ctx
