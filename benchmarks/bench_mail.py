"""Mail merge planning at scale: who gets the message, who is skipped (100k contacts)."""

from __future__ import annotations

from benchmarks.harness import Metric, large_database, scratch_copy, timed, with_baseline


def run() -> list[Metric]:
    from crm_desktop.paths import DB_FILENAME
    from crm_desktop.services import build_services
    from crm_desktop.storage.engine import open_database

    folder = scratch_copy(large_database(), "mail")
    services = build_services(open_database(folder / DB_FILENAME))
    ids = services.contacts.ordered_ids()
    plan = services.mail_merge.plan(ids)
    skipped = sum(1 for p in plan if p.skip_reason)
    ours = timed(lambda: services.mail_merge.plan(ids), repeat=3)
    base = timed(lambda: services.contacts.rows(ids), repeat=3)  # the contact list's own row query
    metric = with_baseline("mail merge plan, all contacts", ours, base, target="< 5000 ms for 100k, off the GUI thread")
    metric.extra = {"contacts": float(len(ids)), "skipped": float(skipped)}
    services.db.close()
    return [metric]
