"""Opening and scrolling the pipeline board with 5,000 open deals in one pipeline.

Uses the benchmark database (its demo deals step puts 5,000 open deals in the default
pipeline, 30,000 deals in all). ``board_open``: creating the view until its first paint.
Target <= 300 ms.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.harness import Metric, large_database, repeats, scratch_copy, timed, with_baseline  # noqa: E402

MIN_OPEN = 40  # 5,000 at full scale, fewer with --quick


def _context(folder):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from crm_desktop.paths import AppPaths
    from crm_desktop.services import build_services
    from crm_desktop.storage.engine import open_database
    from crm_desktop.ui.bridge import ChangeBridge
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.tasks import TaskRunner

    paths = AppPaths(data_dir=folder, log_dir=folder / "logs").ensure()
    services = build_services(open_database(paths.database))
    return UiContext(services=services, bridge=ChangeBridge(services.hub), tasks=TaskRunner(),
                     settings=QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat),
                     paths=paths, undo=QUndoStack())


def run() -> list[Metric]:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui import theme
    from crm_desktop.ui.pipeline.board import PipelineView

    app = QApplication.instance() or QApplication([])
    theme.apply(app, "light")  # type: ignore[arg-type]
    folder = scratch_copy(large_database(), "board")
    ctx = _context(folder)
    deals = ctx.services.deals
    pipeline_id = ctx.services.pipelines.default_id()
    open_deals = sum(c.count for c in deals.board(pipeline_id))
    if open_deals < MIN_OPEN:
        raise SystemExit(f"bench_board: the cached demo has only {open_deals} open deals in the default "
                         f"pipeline; delete benchmarks/.cache and run again.")

    query = timed(lambda: deals.board(pipeline_id), repeat=5)
    # Baseline: what an eager board would do, building every card row of the pipeline.
    all_ids = [i for column in deals.board(pipeline_id) for i in column.deal_ids]
    eager = timed(lambda: deals.cards(all_ids), repeat=3)

    def open_board() -> PipelineView:
        view = PipelineView(ctx)
        view.resize(1400, 850)
        view.show()
        app.processEvents()  # layout and the first paint
        return view

    open_runs = []
    views = []
    for _ in range(repeats(5) + 1):
        start = time.perf_counter()
        views.append(open_board())
        open_runs.append((time.perf_counter() - start) * 1000)
        views[-1].close()
    view = views[-1]
    view.show()
    app.processEvents()
    reload = timed(view.reload, repeat=5)
    view.filter_edit.setText("website")
    filtered = timed(view.reload, repeat=5)
    view.filter_edit.clear()
    view.reload()

    # Scroll every column top to bottom a page at a time, painting each frame.
    frames = []
    for column in view.columns:
        bar = column.list.verticalScrollBar()
        bar.setValue(0)
        step = max(1, bar.pageStep())
        for value in range(0, bar.maximum() + step, step):
            start = time.perf_counter()
            bar.setValue(value)
            column.list.viewport().repaint()
            frames.append((time.perf_counter() - start) * 1000)
    for v in views:
        v.deleteLater()
    ctx.services.db.close()
    return [
        Metric("board_open", round(statistics.median(open_runs[1:]), 1), "ms",
               target="<= 300 ms", spread=round(max(open_runs[1:]) - min(open_runs[1:]), 1),
               extra={"open_deals": float(open_deals)}),
        with_baseline("board_query_5000_vs_all_cards", query, eager),
        Metric("board_reload_5000", round(reload[0], 1), "ms", spread=round(reload[1], 1)),
        Metric("board_reload_filtered", round(filtered[0], 1), "ms", spread=round(filtered[1], 1)),
        Metric("board_scroll_frame_p95", round(sorted(frames)[int(len(frames) * 0.95)], 2), "ms",
               target="< 16 ms per frame", extra={"frames": float(len(frames)),
                                                  "median": round(statistics.median(frames), 2),
                                                  "max": round(max(frames), 2)}),
    ]
