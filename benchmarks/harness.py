"""Shared pieces of the benchmark runner: timing, results, the cached large database."""

from __future__ import annotations

import json
import math
import os
import platform
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
RESULTS = HERE / "results"


@dataclass
class Metric:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    ratio: float | None = None
    target: str = ""
    spread: float | None = None  # max - min of the runs
    extra: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "", {})}


def timed(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> tuple[float, float, list[float]]:
    """Median and spread in milliseconds of ``repeat`` runs after ``warmup`` runs."""
    for _ in range(warmup):
        fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), max(runs) - min(runs), runs


def with_baseline(name: str, ours: tuple[float, float, list[float]], base: tuple[float, float, list[float]],
                  unit: str = "ms", target: str = "") -> Metric:
    value, spread, _ = ours
    return Metric(name, round(value, 2), unit, baseline=round(base[0], 2),
                  ratio=round(value / base[0], 2) if base[0] else None, target=target, spread=round(spread, 2))


def machine() -> dict[str, object]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cores": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "system": platform.platform(),
            "load": round(os.getloadavg()[0], 1)}


# The dataset: 100,000 contacts, 20,000 companies, 30,000 deals (5,000 open in one
# pipeline), 300,000 activities, 50,000 follow-ups. The demo generator makes these at 100,000
# contacts; ``--quick`` runs everything on a tenth of it.
FULL_CONTACTS = 100_000
QUICK_CONTACTS = 10_000
BUSY_TIMELINE = 500  # activities of the one contact the open_contact metric opens
SEED = 7


def scale() -> int:
    """How many contacts the benchmark database has (``--quick`` sets BENCH_QUICK=1)."""
    return QUICK_CONTACTS if os.environ.get("BENCH_QUICK") == "1" else FULL_CONTACTS


def large_database(contacts: int | None = None, seed: int = SEED) -> Path:
    """A data folder holding the benchmark database, built once and cached.

    The demo generator's data plus one "busy" contact with BUSY_TIMELINE activities (its id
    is in ``busy_contact.txt``). The counts are in ``counts.json``. A schema change (a new
    migration) builds it anew."""
    from crm_desktop.storage.migrate import newest_revision_by_name

    contacts = contacts or scale()
    folder = CACHE / f"demo-{contacts}-{seed}-schema{newest_revision_by_name()}"
    marker = folder / "complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    from crm_desktop.paths import DB_FILENAME
    from crm_desktop.services.demo import generate
    from crm_desktop.storage.engine import open_database

    started = time.perf_counter()
    db = open_database(folder / DB_FILENAME)
    generate(db, contacts=contacts, seed=seed)
    busy = _add_busy_contact(db)
    counts = _counts(db)
    db.close()
    (folder / "busy_contact.txt").write_text(str(busy))
    counts["build_seconds"] = round(time.perf_counter() - started, 1)
    (folder / "counts.json").write_text(json.dumps(counts, indent=2))
    marker.write_text("ok")
    return folder


def busy_contact(folder: Path) -> int:
    return int((folder / "busy_contact.txt").read_text())


def dataset_counts(folder: Path) -> dict[str, float]:
    return json.loads((folder / "counts.json").read_text())


def _add_busy_contact(db) -> int:  # type: ignore[no-untyped-def]
    """Give the contact with the most activities BUSY_TIMELINE of them in all."""
    from datetime import UTC, datetime, timedelta

    from crm_desktop.storage import search

    with db.engine.begin() as conn:
        contact_id, company_id, have = conn.exec_driver_sql(
            "SELECT a.contact_id, c.company_id, count(*) FROM activities a JOIN contacts c ON c.id = a.contact_id"
            " GROUP BY a.contact_id ORDER BY count(*) DESC, a.contact_id LIMIT 1").one()
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = []
        for i in range(BUSY_TIMELINE - have):
            when = (now - timedelta(hours=7 * i + 1)).isoformat(" ", "microseconds")
            kind = ("note", "call", "meeting", "email_sent")[i % 4]
            rows.append((kind, f"Follow-up n°{i} — prix révisé", "Rappeler Zoë pour le devis signé.", when,
                         contact_id, company_id, when, when, 1))
        conn.exec_driver_sql(
            "INSERT INTO activities (kind, subject, body, occurred_at, contact_id, company_id, created_at,"
            " updated_at, version) VALUES (?,?,?,?,?,?,?,?,?)", rows)
        conn.exec_driver_sql(
            "UPDATE contacts SET last_activity_at = (SELECT max(occurred_at) FROM activities WHERE contact_id = ?)"
            " WHERE id = ?", (contact_id, contact_id))
        new = [r[0] for r in conn.exec_driver_sql(
            "SELECT id FROM activities WHERE contact_id = ? ORDER BY id DESC LIMIT ?", (contact_id, len(rows)))]
        search.reindex(conn, "activity", new)
    return int(contact_id)


def _counts(db) -> dict[str, float]:  # type: ignore[no-untyped-def]
    sql = {
        "contacts": "SELECT count(*) FROM contacts WHERE deleted_at IS NULL",
        "companies": "SELECT count(*) FROM companies WHERE deleted_at IS NULL",
        "deals": "SELECT count(*) FROM deals WHERE deleted_at IS NULL",
        "open_deals_default_pipeline": "SELECT count(*) FROM deals WHERE deleted_at IS NULL AND status = 'open'"
                                       " AND pipeline_id = (SELECT min(id) FROM pipelines)",
        "activities": "SELECT count(*) FROM activities WHERE deleted_at IS NULL",
        "followups": "SELECT count(*) FROM followups WHERE deleted_at IS NULL",
    }
    with db.engine.connect() as conn:
        return {k: conn.exec_driver_sql(q).scalar() or 0 for k, q in sql.items()}


def scratch_copy(folder: Path, name: str) -> Path:
    """A throwaway copy of a cached data folder, for benchmarks that write."""
    target = CACHE / "scratch" / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target)
    return target


def repeats(full: int) -> int:
    """How many timed runs: ``full`` normally, fewer with ``--quick``."""
    return max(2, full // 2) if os.environ.get("BENCH_QUICK") == "1" else full


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (0.95 for p95) of these values."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]
