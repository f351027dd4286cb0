"""``startup``: a cold start of the app process until the main window is painted with the
contacts list filled, against a bare PySide6 window with an empty QTableView started the
same way (both as subprocesses, offscreen). Target: ratio <= 3.

The app is started with CRM_DESKTOP_EXIT_WHEN_READY=1: it prints "ready N" once the
contacts view has its ids and has painted its first page, then quits. The time is from
launching the process to reading that line.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from benchmarks.harness import Metric, large_database, repeats, scratch_copy, timed, with_baseline

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1200, 760)
window.show()
def ready():
    print("ready 0", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_DESKTOP_EXIT_WHEN_READY="1")
    env.pop("CRM_DESKTOP_DATA_DIR", None)
    return env


def time_to_ready(argv: list[str]) -> float:
    """Milliseconds from starting the process to its "ready" line."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("ready"):
            took = (time.perf_counter() - start) * 1000
            break
    else:
        _out, err = proc.communicate()
        raise RuntimeError(f"{argv} never got ready: {err[-2000:]}")
    proc.communicate(timeout=60)
    return took


def app_argv(folder) -> list[str]:  # type: ignore[no-untyped-def]
    return [sys.executable, "-m", "crm_desktop", "--data-dir", str(folder)]


def run() -> list[Metric]:
    folder = scratch_copy(large_database(), "startup")
    app = app_argv(folder)
    bare = [sys.executable, "-c", BARE]
    n = repeats(5)
    ours = timed(lambda: time_to_ready(app), repeat=n, warmup=1)
    base = timed(lambda: time_to_ready(bare), repeat=n, warmup=1)
    return [with_baseline("startup", ours, base, target="ratio <= 3")]
