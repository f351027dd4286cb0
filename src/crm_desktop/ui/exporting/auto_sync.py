"""Auto-sync: watch linked sheets with QFileSystemWatcher and sync after they change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from crm_desktop.services.sync import SyncResult
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.exporting.common import error_text
from crm_desktop.ui.exporting.summaries import sync_summary

DELAY_MS = 1500  # spreadsheet programs write in several steps; wait for them to finish


class AutoSync(QObject):
    """Signals: ``message(str)`` for the status bar, ``synced(SyncResult)``."""

    message = Signal(str)
    synced = Signal(object)

    def __init__(self, ctx: UiContext, parent: QObject | None = None, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_watcher_file_changed)
        self.watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.paths: set[Path] = set()
        self._due: set[Path] = set()
        self._running = False
        self.reload()

    def reload(self) -> None:
        """Watch exactly the linked sheets that have auto-sync switched on."""
        self.paths = {info.path for info in self.ctx.services.sync.links() if info.auto_sync}
        for group in (self.watcher.files(), self.watcher.directories()):
            if group:
                self.watcher.removePaths(group)
        if self.paths:
            # Watch the folders too: programs that save by writing a new file and renaming
            # it replace the file we were watching.
            existing = [str(p) for p in self.paths if p.exists()]
            folders = sorted({str(p.parent) for p in self.paths if p.parent.exists()})
            if existing:
                self.watcher.addPaths(existing)
            if folders:
                self.watcher.addPaths(folders)

    def _on_watcher_file_changed(self, path: str) -> None:
        self._schedule(Path(path))

    def _on_watcher_directory_changed(self, folder: str) -> None:
        for path in self.paths:
            if str(path.parent) == folder:
                if path.exists() and str(path) not in self.watcher.files():
                    self.watcher.addPath(str(path))
                self._schedule(path)

    def _schedule(self, path: Path) -> None:
        if path in self.paths:
            self._due.add(path)
            self.timer.start()

    def _on_timer_timeout(self) -> None:
        if self._running:
            self.timer.start()
            return
        sync = self.ctx.services.sync
        due = [p for p in self._due if p.exists() and sync.file_changed_since_sync(p)]
        self._due.clear()
        if not due:
            return
        self._running = True
        paths = list(due)

        def work(_job):  # type: ignore[no-untyped-def]
            return [sync.sync(p) for p in paths]

        self.ctx.tasks.run(work, self._on_job_done, self._on_job_failed)

    def _on_job_done(self, results: list[SyncResult]) -> None:
        self._running = False
        for result in results:
            self.synced.emit(result)
            text = sync_summary(result).splitlines()[0]
            if result.needs_attention:
                line = self.tr("{file}: {summary} Some changes need you: File → Sync with spreadsheet…")
            else:
                line = self.tr("{file}: {summary}")
            self.message.emit(line.format(file=result.path.name, summary=text))

    def _on_job_failed(self, exc: BaseException, _trace: str) -> None:
        self._running = False
        self.message.emit(self.tr("Auto-sync: {error}").format(error=error_text(exc)))
