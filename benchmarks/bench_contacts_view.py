"""The Contacts view at 100,000 contacts: open time, scrolling, search; demo data speed."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Metric, large_database, timed


def _window(folder: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from crm_desktop.app import build_main_window
    from crm_desktop.paths import AppPaths

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    return build_main_window(AppPaths(folder, folder / "logs"), settings)


def run() -> list[Metric]:
    from crm_desktop.app import create_application
    from crm_desktop.ui import theme

    app = create_application()
    theme.apply(app, "light")
    folder = large_database()
    metrics: list[Metric] = []

    opens = []
    for _ in range(3):
        start = time.perf_counter()
        window = _window(folder)
        window.resize(1200, 760)
        window.show()
        app.processEvents()
        view = window.view("contacts")
        assert view.model.rowCount() == 100_000
        opens.append((time.perf_counter() - start) * 1000)
        window.close()
        window.ctx.services.db.close()
    metrics.append(Metric("open window, 100k contacts listed", round(statistics.median(opens), 1), "ms",
                          target="about 1 s", spread=round(max(opens) - min(opens), 1)))

    window = _window(folder)
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    view = window.view("contacts")
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)

    def wheel() -> None:
        bar.setValue(bar.value() + 3)
        view.table.viewport().repaint()

    median, spread, _ = timed(wheel, repeat=200, warmup=5)
    metrics.append(Metric("scroll 3 rows + repaint", round(median, 2), "ms", target="< 16 ms", spread=round(spread, 2)))

    def jump() -> None:
        bar.setValue((bar.value() + bar.maximum() // 7) % bar.maximum())
        view.table.viewport().repaint()

    median, spread, _ = timed(jump, repeat=20, warmup=1)
    metrics.append(Metric("scrollbar jump + repaint (new page)", round(median, 2), "ms", spread=round(spread, 2)))

    for query in ("mul", "müller", "0612", "anna"):
        median, spread, _ = timed(lambda q=query: view.query_ids("rank", False, q), repeat=5)
        metrics.append(Metric(f"search ids “{query}” (off the GUI thread)", round(median, 1), "ms", spread=round(spread, 1)))
    for key in ("name", "company", "last_activity"):
        median, spread, _ = timed(lambda k=key: view.query_ids(k, False, ""), repeat=3)
        metrics.append(Metric(f"id list sorted by {key}", round(median, 1), "ms", spread=round(spread, 1)))
    window.close()
    window.ctx.services.db.close()

    from crm_desktop.services.demo import generate
    from crm_desktop.storage.engine import open_database

    tmp = Path(tempfile.mkdtemp())
    try:
        db = open_database(tmp / "crm.sqlite3")
        start, cpu = time.perf_counter(), time.process_time()
        generate(db, contacts=100_000, seed=3)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        db.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    metrics.append(Metric("demo --contacts 100000", round(wall, 1), "s", target="< 20 s", extra={"cpu_s": round(cpu, 1)}))
    return metrics
