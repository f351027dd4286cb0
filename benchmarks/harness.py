"""Shared pieces of the benchmark runner: timing, results, the cached large database."""

from __future__ import annotations

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
    return {"cores": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "system": platform.platform()}


def large_database(contacts: int = 100_000, seed: int = 7) -> Path:
    """A data folder holding the large demo database, built once and cached."""
    folder = CACHE / f"demo-{contacts}-{seed}"
    marker = folder / "complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    from crm_desktop.paths import DB_FILENAME
    from crm_desktop.services.demo import generate
    from crm_desktop.storage.engine import open_database

    db = open_database(folder / DB_FILENAME)
    generate(db, contacts=contacts, seed=seed)
    db.close()
    marker.write_text("ok")
    return folder


def scratch_copy(folder: Path, name: str) -> Path:
    """A throwaway copy of a cached data folder, for benchmarks that write."""
    target = CACHE / "scratch" / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target)
    return target
