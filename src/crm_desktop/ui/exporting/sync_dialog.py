"""File → Sync with spreadsheet…: linked sheets, "Sync now", conflicts and deletions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
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

from crm_desktop.services.sync import SyncResult
from crm_desktop.ui import counts
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.exporting.common import error_text
from crm_desktop.ui.exporting.conflict_dialog import ConflictDialog
from crm_desktop.ui.exporting.summaries import sync_summary
from crm_desktop.ui.tasks import Job


class SyncDialog(QDialog):
    """Signals: ``synced(SyncResult)`` after every finished sync."""

    synced = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, watcher=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.watcher = watcher  # AutoSync, told when auto-sync is switched on or off
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Sync with a spreadsheet"))
        self.resize(640, 460)

        intro = QLabel(self.tr(
            "A linked spreadsheet and your contacts are kept in step both ways, matched by the ID "
            "column. Nothing is overwritten silently: a field changed on both sides is shown to you, "
            "and rows deleted from the sheet are only moved to the trash when you agree."
        ))
        intro.setWordWrap(True)
        self.links = QListWidget()
        self.links.setMinimumHeight(60)
        self.links.setMaximumHeight(120)
        self.link_button = QPushButton(self.tr("Link a spreadsheet…"))
        self.new_button = QPushButton(self.tr("New sheet with all contacts…"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.auto = QCheckBox(self.tr("Sync automatically when the file changes (while the app is open)"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setDefault(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("What the last sync did appears here."))

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
        layout.addWidget(QLabel(self.tr("Linked spreadsheets:")))
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

    def sheets_filter(self) -> str:
        return self.tr("Spreadsheets (*.xlsx *.csv)")

    # --- links --------------------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        self.links.clear()
        for info in self.ctx.services.sync.links():
            if info.last_synced_at:
                when = QLocale().toString(QDateTime(info.last_synced_at.astimezone()), QLocale.FormatType.ShortFormat)
                text = self.tr("{file}  —  last synced {when}, {count}")
            else:
                when, text = "", self.tr("{file}  —  never synced, {count}")
            count = counts.count_text("contact", info.rows)
            item = QListWidgetItem(text.format(file=info.path.name, when=when, count=count))
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
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Link a contacts spreadsheet"), str(Path.home()),
                                              self.sheets_filter())
        if path:
            self.run_sync(Path(path))

    def _on_new_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New contacts spreadsheet"),
                                              str(Path.home() / "contacts.xlsx"), self.sheets_filter())
        if path:
            self.run_sync(Path(path))

    def _on_unlink_clicked(self) -> None:
        info = self.current_link()
        if info is None:
            return
        self.ctx.services.sync.unlink(info.id)
        if self.watcher is not None:
            self.watcher.reload()
        self.report.setPlainText(self.tr("“{file}” is no longer linked. The file itself was not changed.").format(
            file=info.path.name))
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
        self.report.setPlainText(self.tr("Syncing “{file}”…").format(file=path.name))
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
        self.report.setPlainText(sync_summary(result))
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
        shown = "\n".join(f"• {n}" for n in names[:15])
        if len(names) > 15:
            shown += "\n" + self.tr("…and {n} more").format(n=QLocale().toString(len(names) - 15))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Rows deleted from the sheet"))
        box.setText(self.tr("{count} deleted from “{file}”:").format(
            count=counts.count_text("contact", len(names)), file=result.path.name))
        box.setInformativeText(self.tr(
            "{names}\n\nMove them to the trash in the CRM too? You can restore them from the trash.").format(names=shown))
        trash = box.addButton(self.tr("Move to trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is trash:
            return [d.contact_id for d in result.pending_deletions]
        return []

    def reject(self) -> None:
        if self.job is not None:
            self.report.setPlainText(self.tr("Wait for the sync to finish; it takes a moment."))
            return
        super().reject()
