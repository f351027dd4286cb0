"""File → Sync with spreadsheet…: linked sheets, "Sync now", conflicts and deletions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.exchange.exporter import count_of
from crm_desktop.services.sync import SyncResult
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.exporting.common import error_text
from crm_desktop.ui.exporting.conflict_dialog import ConflictDialog
from crm_desktop.ui.tasks import Job

SHEETS = "Spreadsheets (*.xlsx *.csv)"


class SyncDialog(QDialog):
    """Signals: ``synced(SyncResult)`` after every finished sync."""

    synced = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, watcher=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.watcher = watcher  # AutoSync, told when auto-sync is switched on or off
        self.job: Job | None = None
        self.setWindowTitle("Sync with a spreadsheet")
        self.resize(640, 460)

        intro = QLabel(
            "A linked spreadsheet and your contacts are kept in step both ways, matched by the ID "
            "column. Nothing is overwritten silently: a field changed on both sides is shown to you, "
            "and rows deleted from the sheet are only moved to the trash when you agree."
        )
        intro.setWordWrap(True)
        self.links = QListWidget()
        self.links.setMinimumHeight(60)
        self.links.setMaximumHeight(120)
        self.link_button = QPushButton("Link a spreadsheet…")
        self.new_button = QPushButton("New sheet with all contacts…")
        self.unlink_button = QPushButton("Unlink")
        self.auto = QCheckBox("Sync automatically when the file changes (while the app is open)")
        self.sync_button = QPushButton("Sync now")
        self.sync_button.setDefault(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText("What the last sync did appears here.")

        link_row = QHBoxLayout()
        for button in (self.link_button, self.new_button, self.unlink_button):
            link_row.addWidget(button)
        link_row.addStretch(1)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.auto, 1)
        sync_row.addWidget(self.sync_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel("Linked spreadsheets:"))
        layout.addWidget(self.links)
        layout.addLayout(link_row)
        layout.addLayout(sync_row)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

        self.link_button.clicked.connect(self._on_link_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.unlink_button.clicked.connect(self._on_unlink_clicked)
        self.sync_button.clicked.connect(self._on_sync_clicked)
        self.auto.toggled.connect(self._on_auto_toggled)
        self.links.currentRowChanged.connect(self._on_link_row_changed)
        self.refresh()

    # --- links --------------------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        self.links.clear()
        for info in self.ctx.services.sync.links():
            when = info.last_synced_at.astimezone().strftime("%Y-%m-%d %H:%M") if info.last_synced_at else "never"
            item = QListWidgetItem(f"{info.path.name}  —  last synced {when}, {count_of(info.rows, 'contacts')}")
            item.setToolTip(str(info.path))
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.links.addItem(item)
            if select is not None and info.path == select:
                self.links.setCurrentItem(item)
        if self.links.currentRow() < 0 and self.links.count():
            self.links.setCurrentRow(0)
        self._on_link_row_changed()

    def current_link(self):  # type: ignore[no-untyped-def]
        item = self.links.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_link_row_changed(self, *_args: object) -> None:
        info = self.current_link()
        has = info is not None and self.job is None
        self.unlink_button.setEnabled(has)
        self.sync_button.setEnabled(has)
        self.auto.setEnabled(has)
        self.auto.blockSignals(True)
        self.auto.setChecked(bool(info and info.auto_sync))
        self.auto.blockSignals(False)

    def _on_link_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Link a contacts spreadsheet", str(Path.home()), SHEETS)
        if path:
            self.run_sync(Path(path))

    def _on_new_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New contacts spreadsheet", str(Path.home() / "contacts.xlsx"),
                                              SHEETS)
        if path:
            self.run_sync(Path(path))

    def _on_unlink_clicked(self) -> None:
        info = self.current_link()
        if info is None:
            return
        self.ctx.services.sync.unlink(info.id)
        if self.watcher is not None:
            self.watcher.reload()
        self.report.setPlainText(f"“{info.path.name}” is no longer linked. The file itself was not changed.")
        self.refresh()

    def _on_auto_toggled(self, on: bool) -> None:
        info = self.current_link()
        if info is None:
            return
        self.ctx.services.sync.set_auto_sync(info.id, on)
        if self.watcher is not None:
            self.watcher.reload()
        self.refresh(select=info.path)

    def _on_sync_clicked(self) -> None:
        info = self.current_link()
        if info is not None:
            self.run_sync(info.path)

    # --- syncing ------------------------------------------------------------------------

    def run_sync(self, path: Path, resolutions: dict | None = None, delete_ids: list[int] | None = None) -> None:
        sync = self.ctx.services.sync
        self._set_busy(True)
        self.report.setPlainText(f"Syncing “{path.name}”…")
        self.job = self.ctx.tasks.run(
            lambda job: sync.sync(path, resolutions=resolutions, delete_ids=delete_ids or ()),
            lambda result: self._on_sync_done(path, result),
            self._on_sync_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        for button in (self.link_button, self.new_button):
            button.setEnabled(not busy)
        if busy:
            self.sync_button.setEnabled(False)
            self.unlink_button.setEnabled(False)

    def _on_sync_failed(self, exc: BaseException, _trace: str) -> None:
        self.job = None
        self._set_busy(False)
        self._on_link_row_changed()
        self.report.setPlainText(error_text(exc))

    def _on_sync_done(self, path: Path, result: SyncResult) -> None:
        self.job = None
        self._set_busy(False)
        self.refresh(select=result.path)
        self.report.setPlainText(result.summary())
        self.synced.emit(result)
        if self.watcher is not None:
            self.watcher.reload()
        if result.conflicts:
            chosen = self.ask_conflicts(result)
            if chosen:
                self.run_sync(path, resolutions=chosen)
                return
        if result.pending_deletions:
            confirmed = self.ask_deletions(result)
            if confirmed:
                self.run_sync(path, delete_ids=confirmed)

    def ask_conflicts(self, result: SyncResult) -> dict[tuple[int, str], str]:
        dialog = ConflictDialog(result.conflicts, result.path.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return {}
        return dialog.resolutions()

    def ask_deletions(self, result: SyncResult) -> list[int]:
        names = [d.name for d in result.pending_deletions]
        shown = "\n".join(f"• {n}" for n in names[:15]) + (f"\n…and {len(names) - 15} more" if len(names) > 15 else "")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Rows deleted from the sheet")
        box.setText(f"{count_of(len(names), 'contacts')} deleted from “{result.path.name}”:")
        box.setInformativeText(f"{shown}\n\nMove them to the trash in the CRM too? You can restore them from the trash.")
        trash = box.addButton("Move to trash", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Keep them", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is trash:
            return [d.contact_id for d in result.pending_deletions]
        return []

    def reject(self) -> None:
        if self.job is not None:
            self.report.setPlainText("Wait for the sync to finish; it takes a moment.")
            return
        super().reject()
