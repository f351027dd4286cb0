"""A small fixed dataset for the reports, inserted with Core, and the clock/zone it assumes.

The owner lives in Berlin; "now" is 2026-03-15 12:00 UTC. Several rows sit just across a
local midnight from UTC, so a report that grouped by UTC instead of local time would be
wrong. Expected figures are computed by hand in tests/unit/test_reports.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert

from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Activity,
    Company,
    Contact,
    Deal,
    FollowUp,
    Pipeline,
    Stage,
    StageHistory,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 15)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


# stage ids: 1 Lead 10%, 2 Proposal 50%, 3 Negotiation 80% (Sales); 4 Enquiry 20%, 5 Quote 60% (Wholesale)
PIPELINES = [dict(id=1, name="Sales", position=0), dict(id=2, name="Wholesale", position=1)]
STAGES = [
    dict(id=1, pipeline_id=1, name="Lead", position=0, probability=10),
    dict(id=2, pipeline_id=1, name="Proposal", position=1, probability=50),
    dict(id=3, pipeline_id=1, name="Negotiation", position=2, probability=80),
    dict(id=4, pipeline_id=2, name="Enquiry", position=0, probability=20),
    dict(id=5, pipeline_id=2, name="Quote", position=1, probability=60),
]
COMPANIES = [
    dict(id=1, name="Acme GmbH", sort_name="acme gmbh"),
    dict(id=2, name="Bäckerei Kurz", sort_name="backerei kurz"),
    dict(id=3, name="Gone Ltd", sort_name="gone ltd", deleted_at=utc(2026, 1, 1)),
]
CONTACTS = [
    dict(id=1, first_name="Anna", last_name="Berg", company_id=1, created_at=utc(2026, 1, 10, 10)),
    # 23:30 UTC on 28 Feb is 00:30 on 1 March in Berlin: a March contact.
    dict(id=2, first_name="Tom", last_name="Lee", created_at=utc(2026, 2, 28, 23, 30)),
    dict(id=3, first_name="Del", last_name="Eted", created_at=utc(2026, 3, 2), deleted_at=utc(2026, 3, 3)),
    # 22:30 UTC on 31 March 2025 is 00:30 on 1 April 2025 (summer time): an April contact.
    dict(id=4, first_name="Eva", last_name="Diaz", created_at=utc(2025, 3, 31, 22, 30)),
]


def _deal(id: int, title: str, currency: str, value: int, pipeline: int, stage: int, status: str = "open",
          **extra: object) -> dict:
    row = dict(id=id, title=title, currency=currency, value_minor=value, pipeline_id=pipeline, stage_id=stage,
               status=status, lost_reason="", expected_close=None, probability_override=None,
               contact_id=None, company_id=None, closed_at=None, created_at=utc(2026, 1, 5), deleted_at=None)
    row.update(extra)
    return row


DEALS = [
    _deal(1, "Website", "EUR", 100000, 1, 2, expected_close=date(2026, 3, 20), company_id=1, contact_id=1),
    _deal(2, "Shop fit-out", "EUR", 250050, 1, 3, probability_override=30, expected_close=date(2026, 5, 2),
          contact_id=2),
    _deal(3, "Import licence", "USD", 99999, 1, 1, expected_close=date(2026, 8, 31), company_id=1, contact_id=1),
    _deal(4, "Far future", "EUR", 5000, 1, 1, expected_close=date(2026, 9, 1)),
    _deal(5, "Moved to wholesale", "EUR", 40000, 2, 5, expected_close=date(2026, 3, 31)),
    _deal(6, "Deleted open", "EUR", 999900, 1, 2, deleted_at=utc(2026, 3, 1)),
    _deal(7, "Won in February", "EUR", 300000, 1, 3, "won", closed_at=utc(2026, 2, 10, 9),
          created_at=utc(2026, 1, 31, 9), company_id=1),
    # closed 23:30 UTC on 28 Feb = 00:30 on 1 March in Berlin
    _deal(8, "Won on 1 March", "EUR", 120000, 1, 3, "won", closed_at=utc(2026, 2, 28, 23, 30),
          created_at=utc(2026, 2, 18, 23, 30), contact_id=2),
    _deal(9, "Won in dollars", "USD", 50000, 1, 3, "won", closed_at=utc(2026, 3, 5, 12),
          created_at=utc(2026, 2, 3, 12), company_id=3, contact_id=1),
    _deal(10, "Won in yen", "JPY", 500000, 1, 2, "won", closed_at=utc(2026, 3, 10, 8), created_at=utc(2026, 3, 8, 8)),
    _deal(11, "Won in wholesale", "EUR", 70000, 2, 4, "won", closed_at=utc(2026, 3, 12, 10),
          created_at=utc(2026, 3, 2, 10), company_id=1),
    _deal(12, "Won a year ago", "EUR", 10000, 1, 3, "won", closed_at=utc(2025, 3, 29, 12),
          created_at=utc(2025, 3, 19, 12), company_id=2),
    _deal(13, "Won but deleted", "EUR", 777700, 1, 3, "won", closed_at=utc(2026, 3, 3),
          deleted_at=utc(2026, 3, 4)),
    _deal(14, "Lost on price", "EUR", 20000, 1, 2, "lost", closed_at=utc(2026, 3, 4, 10), lost_reason="Too expensive"),
    _deal(15, "Lost, no reason", "EUR", 30000, 2, 4, "lost", closed_at=utc(2026, 2, 20, 10)),
    _deal(16, "Lost on price too", "USD", 1000, 1, 1, "lost", closed_at=utc(2026, 3, 6, 10),
          lost_reason=" Too expensive "),
    # lost in February, then reopened: open again with no closed_at
    _deal(17, "Reopened", "EUR", 60000, 1, 1, lost_reason="Too expensive"),
]

STAGE_HISTORY = [
    dict(deal_id=5, pipeline_id=1, stage_id=1, entered_at=utc(2026, 1, 5), left_at=utc(2026, 2, 1)),
    dict(deal_id=5, pipeline_id=2, stage_id=5, entered_at=utc(2026, 2, 1), left_at=None),
    dict(deal_id=17, pipeline_id=1, stage_id=1, entered_at=utc(2026, 1, 5), left_at=utc(2026, 2, 15)),
    dict(deal_id=17, pipeline_id=1, stage_id=1, entered_at=utc(2026, 3, 1), left_at=None),
]


def _activity(id: int, kind: str, when: datetime, **extra: object) -> dict:
    row = dict(id=id, kind=kind, subject=f"{kind} {id}", body="", occurred_at=when, contact_id=1, deleted_at=None)
    row.update(extra)
    return row


ACTIVITIES = [
    _activity(1, "call", utc(2026, 3, 1, 10)),  # Sunday: week of Mon 23 Feb
    _activity(2, "call", utc(2026, 3, 2, 8)),  # week of 2 March
    _activity(3, "meeting", utc(2026, 3, 8, 23, 30)),  # 00:30 Monday 9 March in Berlin
    _activity(4, "note", utc(2026, 3, 9, 10)),
    _activity(5, "stage_change", utc(2026, 3, 9, 11), deal_id=1),  # automatic: not counted
    _activity(6, "call", utc(2026, 3, 10), deleted_at=utc(2026, 3, 11)),
    _activity(7, "email_sent", utc(2026, 2, 28, 22, 30)),  # 23:30 on 28 Feb in Berlin: February
    _activity(8, "call", utc(2026, 3, 30, 21, 30)),  # 23:30 on 30 March (summer time)
]


def _followup(id: int, due: date, due_at: datetime, done_at: datetime | None = None, **extra: object) -> dict:
    row = dict(id=id, title=f"Follow-up {id}", due_date=due, due_at=due_at, remind_at=due_at, done_at=done_at, contact_id=1,
               deleted_at=None)
    row.update(extra)
    return row


FOLLOWUPS = [
    _followup(1, date(2026, 3, 5), utc(2026, 3, 5, 8), utc(2026, 3, 5, 23, 30)),  # done 00:30 on 6 March: late
    _followup(2, date(2026, 3, 10), utc(2026, 3, 10, 8), utc(2026, 3, 10, 22, 30)),  # 23:30 same day: on time
    _followup(3, date(2026, 3, 1), utc(2026, 3, 1, 8), utc(2026, 2, 28, 23, 30)),  # early: on time
    _followup(4, date(2026, 3, 2), utc(2026, 3, 2, 8), utc(2026, 3, 12, 9)),  # late
    _followup(5, date(2026, 3, 2), utc(2026, 3, 2, 8), utc(2026, 3, 3, 9), deleted_at=utc(2026, 3, 4)),
    _followup(6, date(2026, 3, 14), utc(2026, 3, 14, 8)),  # overdue
    _followup(7, date(2026, 3, 20), utc(2026, 3, 20, 8)),  # not yet due
    _followup(8, date(2026, 3, 1), utc(2026, 3, 1, 8), deleted_at=utc(2026, 3, 2)),
    _followup(9, date(2026, 3, 15), utc(2026, 3, 15, 10)),  # due two hours ago: overdue
]


def insert_dataset(db: Database) -> None:
    with db.engine.begin() as conn:
        # The app creates an empty default pipeline on first start; this dataset brings its own.
        conn.execute(delete(Stage.__table__))
        conn.execute(delete(Pipeline.__table__))
        conn.execute(insert(Pipeline.__table__), PIPELINES)
        conn.execute(insert(Stage.__table__), STAGES)
        conn.execute(insert(Company.__table__), [{"deleted_at": None, **c} for c in COMPANIES])
        conn.execute(insert(Contact.__table__), [{"deleted_at": None, "company_id": None, **c} for c in CONTACTS])
        conn.execute(insert(Deal.__table__), DEALS)
        conn.execute(insert(StageHistory.__table__), STAGE_HISTORY)
        conn.execute(insert(Activity.__table__), ACTIVITIES)
        conn.execute(insert(FollowUp.__table__), FOLLOWUPS)
