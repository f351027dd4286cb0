"""Demo deals: about 0.3 per contact across the stages, some won or lost, some rotting.

Registered as a ``DEMO_STEPS`` step when imported (``services/demo.py`` imports it). A 100,000
contact demo gets about 30,000 deals, 5,000 of them open in the default pipeline.
"""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import Connection, func, insert, select

from crm_desktop.services.demo import BATCH, DEMO_STEPS, DemoContext
from crm_desktop.services.pipelines import ensure_default_pipeline
from crm_desktop.storage.models import (
    Activity,
    Company,
    Contact,
    Deal,
    Pipeline,
    Stage,
    StageHistory,
    deal_tags,
)

DEALS_PER_CONTACT = 0.3
MAX_OPEN_DEFAULT = 5000
PRODUCTS = [
    "Website relaunch", "Online shop", "Logo and branding", "Annual maintenance", "Catering order",
    "Office furniture", "Wedding flowers", "Bookkeeping", "Photo shoot", "Kitchen renovation",
    "Delivery bikes", "Wine for the summer party", "Staff training", "Newsletter design",
    "Spring collection", "Roof repair", "Event tent rental", "Coffee machine lease", "Translation",
    "Social media package", "Shop fitting", "Bread subscription", "Garden redesign", "IT support",
]
LOST_REASONS = ["Too expensive", "Chose a competitor", "No budget this year", "No reply", "Project cancelled",
                "Timing: maybe next year"]
CURRENCIES = ["EUR"] * 17 + ["USD"] * 2 + ["GBP"]


def _value(rng: random.Random) -> int:
    """A plausible small-business deal value in minor units, rounded to 50."""
    base = rng.choice([300, 800, 1500, 2500, 4000, 7500, 12000, 25000, 60000])
    return int(base * rng.uniform(0.6, 1.6) / 50) * 50 * 100


def _stages(conn: Connection, pipeline_id: int) -> list[tuple[int, str, int | None]]:
    return [tuple(r) for r in conn.execute(  # type: ignore[misc]
        select(Stage.id, Stage.name, Stage.rotting_days).where(Stage.pipeline_id == pipeline_id)
        .order_by(Stage.position, Stage.id))]


def add_demo_deals(conn: Connection, rng: random.Random, ctx: DemoContext) -> None:
    now = ctx.now
    ensure_default_pipeline(conn)
    sales = int(conn.scalar(select(Pipeline.id).where(Pipeline.archived_at.is_(None))
                            .order_by(Pipeline.position, Pipeline.id).limit(1)))
    # Only the default pipeline: removing the demo data (by id ranges) leaves no stray pipeline.
    pipe_stages = _stages(conn, sales)
    if not ctx.contact_ids:
        return
    first_id, last_id = min(ctx.contact_ids), max(ctx.contact_ids)
    contact_company = dict(conn.execute(
        select(Contact.id, Contact.company_id).where(Contact.id.between(first_id, last_id))).all())
    company_names = dict(conn.execute(select(Company.id, Company.name).where(Company.id.in_(ctx.company_ids))).all()) \
        if len(ctx.company_ids) < 30000 else dict(conn.execute(select(Company.id, Company.name)).all())

    total = max(1, round(len(ctx.contact_ids) * DEALS_PER_CONTACT))
    open_sales = min(MAX_OPEN_DEFAULT, total, max(min(total, 40), total // 6))
    start_id = (conn.scalar(select(func.max(Deal.id))) or 0) + 1
    positions: dict[int, float] = {}
    deals, history, activities, tags = [], [], [], []
    for n in range(total):
        deal_id = start_id + n
        pipeline_id = sales
        status = "open" if n < open_sales else ("won" if rng.random() < 0.45 else "lost")
        weights = [35, 28, 22, 15][: len(pipe_stages)] if status != "won" else [5, 10, 30, 55][: len(pipe_stages)]
        index = rng.choices(range(len(pipe_stages)), weights=weights)[0]
        stage_id, stage_name, rotting_days = pipe_stages[index]
        contact_id = rng.choice(ctx.contact_ids)
        company_id = contact_company.get(contact_id)
        company = company_names.get(company_id, "") if company_id else ""
        product = rng.choice(PRODUCTS)
        short = company.split()[0] + " " + company.split()[1] if len(company.split()) > 1 else company
        title = f"{product} for {short}" if short else product
        created = now - timedelta(days=rng.randint(3, 420), minutes=rng.randint(0, 1440))
        age = (now - created).total_seconds()
        if status == "open":
            # A quarter of the open deals are left alone longer than their stage allows.
            limit = rotting_days or 14
            idle = rng.uniform(limit + 1, limit * 4) if rng.random() < 0.25 else rng.uniform(0, limit * 0.9)
            idle_delta = timedelta(days=min(idle, age / 86400))
            stage_changed = now - idle_delta - timedelta(days=rng.uniform(0, 10))
            stage_changed = max(stage_changed, created)
            last_activity = now - idle_delta
            closed_at = None
            expected = (now + timedelta(days=rng.randint(-10, 180))).date() if rng.random() < 0.85 else None
            position = positions.get(stage_id, 0.0) + 1.0
            positions[stage_id] = position
        else:
            closed_at = created + timedelta(seconds=rng.uniform(0.2, 1.0) * age)
            stage_changed = created + (closed_at - created) * rng.uniform(0.3, 0.9)
            last_activity = closed_at
            expected = closed_at.date()
            position = 0.0
        if index == 0:
            stage_changed = created  # still in its first stage: it entered it when it was made
        deals.append({
            "id": deal_id, "title": title, "value_minor": _value(rng), "currency": rng.choice(CURRENCIES),
            "pipeline_id": pipeline_id, "stage_id": stage_id, "status": status,
            "lost_reason": rng.choice(LOST_REASONS) if status == "lost" else "", "expected_close": expected,
            "probability_override": rng.choice([None] * 9 + [90]), "contact_id": contact_id,
            "company_id": company_id, "notes": "", "position": position, "closed_at": closed_at,
            "stage_changed_at": stage_changed, "last_activity_at": last_activity,
            "created_at": created, "updated_at": last_activity, "version": 1,
        })
        # Stage history: it walked through the earlier stages between creation and its last move.
        moments = [created + (stage_changed - created) * (i / index) if index else created
                   for i in range(index + 1)]
        for step in range(index + 1):
            sid, sname, _ = pipe_stages[step]
            history.append({"deal_id": deal_id, "pipeline_id": pipeline_id, "stage_id": sid, "stage_name": sname,
                            "entered_at": moments[step], "left_at": moments[step + 1] if step < index else None})
        if index:
            activities.append({
                "kind": "stage_change", "subject": f"Moved to {stage_name}",
                "body": f"Stage changed from “{pipe_stages[index - 1][1]}” to “{stage_name}”.",
                "occurred_at": stage_changed, "deal_id": deal_id, "contact_id": None, "company_id": None,
                "created_at": stage_changed, "updated_at": stage_changed, "version": 1,
            })
        if last_activity > stage_changed + timedelta(minutes=1):
            kind = rng.choice(["call", "note", "meeting", "email_sent"])
            activities.append({
                "kind": kind, "subject": {"call": "Follow-up call", "meeting": "Meeting about the offer",
                                          "email_sent": "Offer sent"}.get(kind, ""),
                "body": rng.choice(["Discussed the offer, they want to think about it.", "Asked for a revised quote.",
                                    "Positive, waiting for the owner's decision.", "Sent the price list again."]),
                "occurred_at": last_activity, "deal_id": deal_id, "contact_id": contact_id,
                "company_id": company_id, "created_at": last_activity, "updated_at": last_activity, "version": 1,
            })
        if ctx.tag_ids and rng.random() < 0.2:
            tags.append({"deal_id": deal_id, "tag_id": rng.choice(ctx.tag_ids)})
    for table, rows in ((Deal, deals), (StageHistory, history), (Activity, activities), (deal_tags, tags)):
        for b in range(0, len(rows), BATCH):
            conn.execute(insert(table), rows[b:b + BATCH])
    ctx.counts["deals"] = len(deals)
    ctx.counts["open deals"] = open_sales


if add_demo_deals not in DEMO_STEPS:
    DEMO_STEPS.append(add_demo_deals)
