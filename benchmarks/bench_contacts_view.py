"""The Contacts view on the benchmark database, in the real main window (offscreen):

- ``search_p95`` / ``search_p50``: search-as-you-type for 20 realistic queries, from the
  query to the model holding the matching ids with its first page of rows painted, against
  the bare FTS5 query for the same terms (plain sqlite3). Targets: p95 <= 50 ms, ratio <= 1.5.
- ``scroll``: fetching and painting 1,000 random rows (40 jumps to random places in the
  list, a screenful of 25 rows each, the row cache empty). Target <= 300 ms. Its baseline
  is the same jumps in a bare table of the same size (``bare_table``): Qt's own painting.
- ``open_contact``: selecting a contact with 500 timeline entries and showing its detail
  pane. Target <= 300 ms.
- ``contacts_sorted_by_*``: the id list in other orders (no target; off the GUI thread).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.harness import (
    Metric,
    busy_contact,
    large_database,
    percentile,
    repeats,
    timed,
)

QUERIES = [
    "a", "m", "mü", "mul", "müller", "muller", "garcia", "zoë", "zoe", "françois", "francois dubois",
    "anna müller", "lefèvre", "kraków", "0612", "+49 151", "bäckerei", "nordlicht", "stammkunde", "rappeler",
]
ROWS_PER_SCREEN = 25
JUMPS = 40


def _window(folder: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from crm_desktop.app import build_main_window
    from crm_desktop.paths import AppPaths

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    return build_main_window(AppPaths(folder, folder / "logs"), settings)


def bare_search(conn: sqlite3.Connection, query: str) -> list[int]:
    """The bare FTS5 query for the same terms (the same match expression, best first, the
    ids from the rowids), straight through sqlite3."""
    from crm_desktop.storage.search import own_expression

    return [r[0] for r in conn.execute(
        "SELECT rowid >> 3 FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 5000",
        (own_expression("contact", query),))]


def run() -> list[Metric]:
    from PySide6.QtWidgets import QApplication

    from benchmarks import bare_table
    from crm_desktop.app import create_application
    from crm_desktop.paths import DB_FILENAME
    from crm_desktop.ui import theme

    app = create_application()
    theme.apply(app, "light")
    folder = large_database()
    window = _window(folder)
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    view = window.view("contacts")
    table = view.table
    metrics: list[Metric] = []
    n = repeats(5)

    def search(query: str) -> None:
        view.search.setText(query)
        view._on_search_timer()  # what the pause after typing does (no Enter: nothing gets selected)
        while view.is_loading():
            view.ctx.tasks.wait(50)
            QApplication.processEvents()
        table.viewport().repaint()  # the first page of rows, fetched and painted
        assert view.model.rowCount() == 0 or view.model.fetches

    raw = sqlite3.connect(folder / DB_FILENAME)
    ours, bare = [], []
    for query in QUERIES:
        ours.append(timed(lambda q=query: search(q), repeat=n)[0])
        bare.append(timed(lambda q=query: bare_search(raw, q), repeat=n)[0])
    raw.close()
    p95, base95 = percentile(ours, 0.95), percentile(bare, 0.95)
    slowest = max(range(len(QUERIES)), key=lambda i: ours[i])
    metrics.append(Metric("search_p95", round(p95, 2), "ms", baseline=round(base95, 2),
                          ratio=round(p95 / base95, 2) if base95 else None, target="<= 50 ms, ratio <= 1.5",
                          spread=round(max(ours) - min(ours), 2),
                          extra={"queries": float(len(QUERIES)), "slowest_ms": round(ours[slowest], 2)}))
    p50, base50 = statistics.median(ours), statistics.median(bare)
    metrics.append(Metric("search_p50", round(p50, 2), "ms", baseline=round(base50, 2),
                          ratio=round(p50 / base50, 2) if base50 else None))
    search("")

    rng = random.Random(5)
    places = [rng.random() for _ in range(JUMPS)]  # where each jump lands, the same in both tables

    fetching = [0.0]
    fetch_rows = view.model._fetch_rows

    def timed_fetch(ids):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return fetch_rows(ids)
        finally:
            fetching[0] += (time.perf_counter() - start) * 1000

    view.model._fetch_rows = timed_fetch

    def jumps(into) -> None:  # type: ignore[no-untyped-def]
        scrolled = into.verticalScrollBar()
        for place in places:
            scrolled.setValue(int(place * scrolled.maximum()))
            into.viewport().repaint()

    def scroll() -> None:
        view.model.invalidate()  # nothing cached: every jump fetches its rows
        jumps(table)

    fetching[0] = 0.0
    median, spread, runs = timed(scroll, repeat=n)
    view.model._fetch_rows = fetch_rows
    fetch_ms = fetching[0] / (len(runs) + 1)  # the warm-up run fetched too
    bare = bare_table.beside(table)  # Qt's own painting of the same screenfuls
    base = timed(lambda: jumps(bare), repeat=n)[0]
    bare.close()
    metrics.append(Metric("scroll", round(median, 1), "ms", baseline=round(base, 1), ratio=round(median / base, 2),
                          target="<= 300 ms", spread=round(spread, 1),
                          extra={"rows": float(JUMPS * ROWS_PER_SCREEN), "fetch_ms": round(fetch_ms, 1),
                                 "paint_and_rest_ms": round(median - fetch_ms, 1)}))

    busy = busy_contact(folder)
    other = view.model.ids[0]

    def open_contact() -> None:
        view.open_record("contact", busy)
        app.processEvents()
        assert view.detail.timeline.entry_count() > 0

    def reset() -> None:
        view.open_record("contact", other)
        app.processEvents()

    runs = []
    for _ in range(n + 1):
        reset()
        start = time.perf_counter()
        open_contact()
        runs.append((time.perf_counter() - start) * 1000)
    runs = runs[1:]
    metrics.append(Metric("open_contact", round(statistics.median(runs), 1), "ms", target="<= 300 ms",
                          spread=round(max(runs) - min(runs), 1), extra={"timeline": 500.0}))

    for key in ("company", "last_activity"):
        median, spread, _ = timed(lambda k=key: view.query_ids(k, False, ""), repeat=3)
        metrics.append(Metric(f"contacts_sorted_by_{key}", round(median, 1), "ms", spread=round(spread, 1)))
    window.close()
    window.ctx.services.db.close()
    return metrics
