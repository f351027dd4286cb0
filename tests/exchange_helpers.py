"""Sample data for the export, report and sync tests: tricky text, several currencies."""

from __future__ import annotations

from datetime import UTC, date, datetime

from crm_desktop.services import Services
from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage.models import Deal, FollowUp, Pipeline, Stage

TRICKY = ContactInput(
    first_name="José",
    last_name="Müller-Łukasz",
    emails=["jose@example.com", "j.m@example.org"],
    phones=["+49 30 1234567", "0171 555 0101"],
    company="Café Lumière",
    job_title="=HYPERLINK(\"http://evil.example\",\"click\")",
    birthday=date(1980, 4, 22),
    street="Hauptstraße 5",
    city="Zürich",
    postal_code="08001",
    region="ZH",
    country="Switzerland",
    website="https://lumiere.example",
    notes="-5 is a minus\nline two: 東京 and 中文 ✓",
    tags=["vip", "@home"],
    do_not_email=True,
    source="fair 2026",
)

PLAIN = ContactInput(first_name="Ada", last_name="Lovelace", emails=["ada@example.com"], city="London",
                     country="UK", notes="'= not a formula")

CJK = ContactInput(first_name="太郎", last_name="山田", emails=["taro@example.jp"], company="株式会社テスト",
                   city="東京", country="Japan", tags=["+plus"])


def add_contacts(services: Services) -> list[int]:
    return [services.contacts.create(c) for c in (TRICKY, PLAIN, CJK)]


def utc(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, 0, tzinfo=UTC)


# (title, minor, currency, status, closed_at)
DEALS = [
    ("Website redesign", 1_250_000, "EUR", "won", utc(2026, 1, 10)),
    ("Logo", 49_950, "EUR", "won", utc(2026, 1, 28)),
    ("Hosting 2026", 12_000, "USD", "won", utc(2026, 1, 15)),
    ("Shop setup", 300_075, "EUR", "won", utc(2026, 2, 3)),
    ("Consulting", 500_000, "JPY", "won", utc(2026, 2, 20)),
    ("Translation", 7_705, "USD", "won", utc(2026, 3, 31)),
    ("Lost bid", 999_900, "EUR", "lost", utc(2026, 2, 5)),
    ("Too late", 100_000, "EUR", "won", utc(2026, 4, 2)),
    ("Still open", 123_400, "GBP", "open", None),
]


def add_deals(services: Services, contact_id: int | None = None) -> list[int]:
    with services.db.session() as s:
        pipeline = Pipeline(name="Sales", position=0)
        pipeline.stages = [Stage(name="Lead", position=0), Stage(name="Proposal", position=1)]
        s.add(pipeline)
        s.flush()
        ids = []
        for title, minor, currency, status, closed in DEALS:
            deal = Deal(title=title, value_minor=minor, currency=currency, pipeline_id=pipeline.id,
                        stage_id=pipeline.stages[1].id, status=status, closed_at=closed,
                        contact_id=contact_id, expected_close=date(2026, 3, 1))
            s.add(deal)
            s.flush()
            ids.append(deal.id)
        s.add(FollowUp(title="Call back about the =SUM offer", due_date=date(2026, 5, 4),
                       due_at=utc(2026, 5, 4, 9), contact_id=contact_id))
    return ids
