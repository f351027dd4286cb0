"""``memory``: peak resident memory of a process that opens the benchmark database and
visits every view once (in the real main window, offscreen), against a bare PySide6 window
with an empty QTableView. Target: at most 150 MB above the bare window."""

from __future__ import annotations

import os
import subprocess
import sys

from benchmarks.harness import Metric, large_database, scratch_copy

VISIT = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from crm_desktop.app import build_main_window, create_application
from crm_desktop.paths import AppPaths
from crm_desktop.ui import theme
app = create_application()
theme.apply(app, "light")
folder = Path(sys.argv[1])
settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
window = build_main_window(AppPaths(folder, folder / "logs"), settings)
window.show()
app.processEvents()
for spec in window.specs:
    window.show_view(spec.key)
    for _ in range(3):
        window.ctx.tasks.wait()
        app.processEvents()
print("views", len(window.specs))
print(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")), flush=True)
window.close()
window.ctx.tasks.wait()
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1200, 760)
window.show()
app.processEvents()
print(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")), flush=True)
"""


def peak_mb(argv: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=300)
    for line in done.stdout.splitlines():
        if line.startswith("VmHWM"):  # the process's own peak (ru_maxrss counts the parent's from before exec)
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no memory figure from {argv[:2]}: {done.stderr[-2000:]}")


def run() -> list[Metric]:
    folder = scratch_copy(large_database(), "memory")
    ours = [peak_mb([sys.executable, "-c", VISIT, str(folder)]) for _ in range(2)]
    bare = [peak_mb([sys.executable, "-c", BARE]) for _ in range(2)]
    value, base = min(ours), min(bare)
    return [Metric("memory", round(value, 1), "MB", baseline=round(base, 1), ratio=round(value / base, 2),
                   target="<= 150 MB above the bare window", spread=round(max(ours) - min(ours), 1),
                   extra={"above_bare_mb": round(value - base, 1)})]
