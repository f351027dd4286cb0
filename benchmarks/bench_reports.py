"""Reports dashboard on the benchmark database: 30,000 deals, 300,000 activities, 50,000
follow-ups. Target: the full dashboard (every figure) under 500 ms; drawing it in the view is
measured too. Each dashboard metric also records the CPU time per run and the machine's load
average, since wall time on a busy shared machine mostly measures waiting for a core.
"""

from __future__ import annotations

import os
import time
from zoneinfo import ZoneInfo

from benchmarks.harness import CACHE, Metric, large_database, repeats, timed

TZ = ZoneInfo("Europe/Berlin")


def run() -> list[Metric]:
    from crm_desktop.paths import DB_FILENAME
    from crm_desktop.services.reports import ReportService
    from crm_desktop.storage.engine import open_database

    db = open_database(large_database() / DB_FILENAME)
    svc = ReportService(db, tz=TZ)
    year = svc.period("last_12_months")
    month = svc.period("this_month")
    metrics = []
    for name, fn in (
        ("reports.dashboard_12_months", lambda: svc.dashboard(year)),
        ("reports.dashboard_this_month", lambda: svc.dashboard(month)),
    ):
        cpu_start = time.process_time()
        value, spread, runs = timed(fn, repeat=repeats(5))
        cpu = (time.process_time() - cpu_start) * 1000 / (len(runs) + 1)
        metrics.append(Metric(name, round(value, 1), "ms", target="< 500 ms", spread=round(spread, 1),
                              extra={"cpu_ms": round(cpu, 1), "load_avg": round(os.getloadavg()[0], 1)}))
    dashboard = svc.dashboard(year)
    biggest = max(dashboard.won_by_month, key=lambda m: m.count)
    value, spread, _ = timed(lambda: svc.deals(biggest.drill), repeat=5)
    metrics.append(Metric("reports.drill_down_month", round(value, 1), "ms", target="< 100 ms",
                          spread=round(spread, 1), extra={"deals": float(biggest.count)}))
    metrics.append(_render_metric(svc, dashboard))
    db.close()
    return metrics


def _render_metric(svc, dashboard) -> Metric:  # type: ignore[no-untyped-def]
    """Drawing the computed dashboard in the Reports view (charts, tables, cards)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from crm_desktop.paths import AppPaths
    from crm_desktop.services import Services
    from crm_desktop.ui.bridge import ChangeBridge
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.reports.view import ReportsView
    from crm_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(["bench", "-platform", "offscreen"])
    scratch = CACHE / "scratch" / "reports-ui"
    scratch.mkdir(parents=True, exist_ok=True)
    services = Services.__new__(Services)
    services.reports = svc
    services.hub = __import__("crm_desktop.services.changes", fromlist=["ChangeHub"]).ChangeHub()
    ctx = UiContext(services=services, bridge=ChangeBridge(services.hub), tasks=TaskRunner(),
                    settings=QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat),
                    paths=AppPaths(data_dir=scratch, log_dir=scratch), undo=QUndoStack())
    view = ReportsView(ctx)
    ctx.tasks.wait()
    app.processEvents()
    view.resize(1200, 900)
    view.dashboard = dashboard

    def render() -> None:
        view._render()
        app.processEvents()

    value, spread, _ = timed(render, repeat=5)
    ctx.tasks.wait()
    return Metric("reports.render_view", round(value, 1), "ms", target="< 500 ms with the dashboard",
                  spread=round(spread, 1))


