import random
from datetime import UTC, datetime

import pytest

from crm_desktop.services.demo import draws, generate


def test_fast_draws_match_the_standard_generator():
    ours, theirs = random.Random(42), random.Random(42)
    below, choice, randint = draws(ours)
    items = list(range(37))
    for n in range(1, 500):
        assert choice(items) == theirs.choice(items)
        assert randint(0, n) == theirs.randint(0, n)
        assert randint(1950, 2000) == theirs.randint(1950, 2000)
        assert ours.random() == theirs.random()  # the streams stay in step
    with pytest.raises(IndexError):
        choice([])


def test_demo_reports_progress_and_cancelling_leaves_nothing(services):
    seen = []

    def stop_at_activities(done, total, text):
        seen.append((done, total, text))
        if text.startswith("Adding activities"):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate(services.db, contacts=30, progress=stop_at_activities)
    assert [s[0] for s in seen] == [0, 1, 2] and all(s[1] == 5 for s in seen)
    assert services.contacts.count() == 0  # one transaction: rolled back
    ctx = generate(services.db, contacts=30, progress=lambda *a: seen.append(a))
    assert seen[-1] == (5, 5, "Done")
    assert ctx.counts["contacts"] == 30 and services.contacts.count() == 30


def test_same_seed_same_data(tmp_path):
    from crm_desktop.services import build_services
    from crm_desktop.storage.engine import open_database

    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    dumps = []
    for name in ("a", "b"):
        svc = build_services(open_database(tmp_path / name / "crm.sqlite3"))
        generate(svc.db, contacts=40, seed=9, now=now)
        with svc.db.engine.connect() as conn:
            dumps.append([
                conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in ("contacts", "contact_emails", "contact_phones", "contact_tags", "companies", "activities")
            ])
        svc.db.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0][0]) == 40


def test_bulk_written_times_read_back_as_utc(services):
    now = datetime(2026, 1, 2, 3, 4, 5, 600_000, tzinfo=UTC)
    ctx = generate(services.db, contacts=5, seed=2, now=now)
    detail = services.contacts.get(ctx.contact_ids[0])
    assert detail.created_at.tzinfo is not None
    assert detail.created_at <= now and (now - detail.created_at).days <= 731
    assert detail.created_at.microsecond == 600_000  # stored with microseconds, like the ORM does
    timeline = [row for cid in ctx.contact_ids for row in services.activities.timeline(contact_id=cid)]
    assert len([r for r in timeline if r.deal_id is None]) == 15  # three per contact, plus those of deals
    assert all(row.occurred_at.tzinfo is not None and row.occurred_at <= now for row in timeline)
