"""Demo follow-ups: overdue, due today, upcoming, recurring, done, and keep-in-touch cadences.

Registered as a DEMO_STEP when imported (services/demo.py imports it). About one follow-up
for every two contacts, so 100,000 demo contacts give about 50,000 follow-ups.
"""

from __future__ import annotations

import random
from datetime import UTC, date, time, timedelta

from sqlalchemy import Connection, insert, select, update

from crm_desktop.domain.dates import Recurrence, local_zone, reminder_instant
from crm_desktop.services.demo import BATCH, DEMO_STEPS, DemoContext
from crm_desktop.storage.models import Contact, Deal, FollowUp

TITLES = [
    "Call back about the quote", "Send the price list", "Follow up on the invoice", "Check in after delivery",
    "Book a meeting", "Send the contract for signature", "Ask for a review", "Confirm the appointment",
    "Send samples", "Chase the unpaid invoice", "Prepare the offer", "Thank for the order",
    "Ask about next season's order", "Send the updated catalogue", "Call to discuss the renewal",
]
RECURRING = [
    ("Weekly stock order", Recurrence("weekly", 1)),
    ("Monthly invoice run", None),  # monthly on the due date's day, filled in below
    ("Daily check of the shop inbox", Recurrence("daily", 1, weekdays_only=True)),
    ("Fortnightly delivery call", Recurrence("weekly", 2)),
]
TIMES = [time(9, 0), time(9, 30), time(10, 0), time(11, 0), time(14, 0), time(14, 30), time(16, 0), time(17, 30)]
CADENCES = [14, 30, 30, 60, 90]


def add_followups(conn: Connection, rng: random.Random, ctx: DemoContext) -> None:
    if not ctx.contact_ids:
        return
    zone = local_zone()
    now = ctx.now.astimezone(UTC)
    today = now.astimezone(zone).date()
    deals = [(r[0], r[1]) for r in conn.execute(
        select(Deal.id, Deal.contact_id).where(Deal.status == "open", Deal.deleted_at.is_(None)))]
    target = max(20, len(ctx.contact_ids) // 2)
    rows = []

    def row(title: str, day: date, at: time | None, **extra: object) -> dict[str, object]:
        due_at = reminder_instant(day, at, zone)
        created = min(now, due_at) - timedelta(days=rng.randint(1, 20))
        values = {
            "title": title, "notes": "", "due_date": day, "due_time": at, "all_day": at is None,
            "due_at": due_at, "priority": rng.choices(["normal", "high", "low"], [6, 2, 2])[0],
            "contact_id": rng.choice(ctx.contact_ids), "deal_id": None, "done_at": None,
            "snoozed_until": None, "remind_at": due_at, "recurrence": "", "reminded_at": due_at if due_at <= now else None,
            "source": "demo", "created_at": created, "updated_at": created, "version": 1,
        }
        values.update(extra)
        return values

    for i in range(target):
        roll = rng.random()
        at = rng.choice(TIMES) if rng.random() < 0.6 else None
        if i < 6 or roll < 0.05:  # due today (a few always, so the demo shows them)
            day = today
        elif roll < 0.13:
            day = today - timedelta(days=rng.randint(1, 40))  # overdue
        elif roll < 0.30:
            day = today + timedelta(days=rng.randint(1, 7))  # upcoming
        elif roll < 0.65:
            day = today + timedelta(days=rng.randint(8, 120))  # later
        else:
            day = today - timedelta(days=rng.randint(0, 60))  # done
            due_at = reminder_instant(day, at, zone)
            done_at = min(now, due_at + timedelta(hours=rng.randint(0, 48)))
            rows.append(row(rng.choice(TITLES), day, at, done_at=done_at, updated_at=done_at))
            continue
        extra: dict[str, object] = {}
        if deals and rng.random() < 0.3:
            deal_id, contact_id = rng.choice(deals)
            extra.update(deal_id=deal_id, contact_id=contact_id or rng.choice(ctx.contact_ids))
        if rng.random() < 0.06 or i < 4:
            title, rule = RECURRING[i % len(RECURRING)] if i < 4 else rng.choice(RECURRING)
            rule = rule or Recurrence.starting("monthly", 1, False, day)
            extra.update(recurrence=rule.to_rrule())
        else:
            title = rng.choice(TITLES)
        rows.append(row(title, day, at, **extra))

    # Keep in touch: about 3% of contacts have a cadence; their lapsed ones have a follow-up.
    cadence_ids = rng.sample(ctx.contact_ids, k=max(3, len(ctx.contact_ids) // 33))
    by_days: dict[int, list[int]] = {}
    for cid in cadence_ids:
        by_days.setdefault(rng.choice(CADENCES), []).append(cid)
    for days, ids in by_days.items():
        for b in range(0, len(ids), 900):
            conn.execute(update(Contact).where(Contact.id.in_(ids[b:b + 900])).values(keep_in_touch_days=days, updated_at=Contact.updated_at))
    names = dict(conn.execute(select(Contact.id, Contact.first_name + " " + Contact.last_name)
                              .where(Contact.id.in_(cadence_ids[:900]))).all())
    for cid in cadence_ids[: len(cadence_ids) // 2]:
        if cid in names:
            day = today - timedelta(days=rng.randint(0, 10))
            rows.append(row(f"Get in touch with {names[cid]}", day, None, contact_id=cid, source="keep_in_touch",
                            notes="You wanted to be in touch regularly."))

    for b in range(0, len(rows), BATCH):
        conn.execute(insert(FollowUp), rows[b:b + BATCH])
    ctx.counts["follow-ups"] = len(rows)


DEMO_STEPS.append(add_followups)
