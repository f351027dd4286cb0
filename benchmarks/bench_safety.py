"""Safety at 100,000 contacts: start-up quick check, backup, full check, trash, restore."""

from __future__ import annotations

from benchmarks.harness import CACHE, Metric, large_database, scratch_copy, timed


def run() -> list[Metric]:
    from crm_desktop.paths import DB_FILENAME
    from crm_desktop.services import build_services
    from crm_desktop.storage import backup as store
    from crm_desktop.storage.engine import open_database

    folder = scratch_copy(large_database(), "safety")
    db_path = folder / DB_FILENAME
    size_mb = db_path.stat().st_size / 1e6
    metrics = []
    cheap = timed(lambda: store.open_check(db_path), repeat=5)
    metrics.append(Metric("start-up open check (100k contacts)", round(cheap[0], 1), "ms",
                          target="< 100 ms", spread=round(cheap[1], 1), extra={"db_mb": round(size_mb, 1)}))
    quick = timed(lambda: store.quick_check(db_path), repeat=3)
    metrics.append(Metric("quick_check (start after a crash; daily on the backup)", round(quick[0], 1), "ms",
                          target="< 3000 ms", spread=round(quick[1], 1)))
    target = CACHE / "scratch" / "safety-backup.sqlite3"
    backup = timed(lambda: store.backup_to(db_path, target), repeat=3)
    metrics.append(Metric("backup (online API, fsync, rename)", round(backup[0], 1), "ms",
                          target="< 5000 ms, off the GUI thread", spread=round(backup[1], 1)))
    full = timed(lambda: store.full_check(db_path), repeat=1, warmup=0)
    metrics.append(Metric("full integrity + foreign key check", round(full[0], 1), "ms", target="on demand"))
    services = build_services(open_database(db_path))
    ids = services.contacts.ordered_ids()[:2000]
    services.contacts.delete(ids)
    listing = timed(lambda: services.trash.items(), repeat=3)
    metrics.append(Metric("trash list with 2,000 deleted contacts", round(listing[0], 1), "ms",
                          target="< 300 ms", spread=round(listing[1], 1)))
    restore = timed(lambda: services.trash.restore(("contact", i) for i in ids), repeat=1, warmup=0)
    metrics.append(Metric("restore 2,000 contacts from the trash", round(restore[0], 1), "ms", target="< 2000 ms"))
    whole = timed(lambda: services.backups.restore(target), repeat=1, warmup=0)
    metrics.append(Metric("restore a whole backup (check, keep current, swap)", round(whole[0], 1), "ms",
                          target="off the GUI thread, with progress"))
    services.db.close()
    return metrics
