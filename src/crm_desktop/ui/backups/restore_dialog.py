"""Restore from backup: pick one of the backups (or any file), check it, swap it in."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.backups import BackupEntry
from crm_desktop.storage.backup import FileInfo
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.dates import human_size, when_text

log = logging.getLogger(__name__)
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
# The kinds of backup (services.backups.KIND_LABELS), as the user reads them.
KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("BackupKinds", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupKinds", "Made by you"),
    "before-migration": QT_TRANSLATE_NOOP("BackupKinds", "Before an app update"),
    "before-import": QT_TRANSLATE_NOOP("BackupKinds", "Before an import"),
    "before-sync": QT_TRANSLATE_NOOP("BackupKinds", "Before a sync"),
    "before-merge": QT_TRANSLATE_NOOP("BackupKinds", "Before a merge"),
    "before-restore": QT_TRANSLATE_NOOP("BackupKinds", "Before a restore"),
}


def kind_text(entry: BackupEntry) -> str:
    if entry.kind in KIND_LABELS:
        return QCoreApplication.translate("BackupKinds", KIND_LABELS[entry.kind])
    return i18n.translated(entry.kind_label)


def backup_filter() -> str:
    return QCoreApplication.translate("BackupKinds", "CRM Desktop backups (*.sqlite3 *.sqlite *.db);;All files (*)")


class RestoreDialog(QDialog):
    """Lists the backups newest first with their contact counts (read in the background)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.backups = ctx.services.backups
        self.restored_from: Path | None = None
        self.kept: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(720, 440)

        intro = QLabel(self.tr(
            "Choose the backup to go back to. Everything you entered after it was made will be "
            "replaced, but your current data is backed up first, so you can return to it."
        ))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Contacts"), self.tr("Companies"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformRowHeights(True)
        head = self.list.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 160), (2, 80), (3, 90), (4, 80)):
            head.resizeSection(column, width)
        for column in (2, 3, 4):
            self.list.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.empty = QLabel(self.tr(
            "There are no backups yet. Use “Choose file…” to restore a backup file you keep elsewhere."))
        self.empty.setProperty("role", "subtle")
        self.empty.setWordWrap(True)
        folder = QLabel(self.tr("Backups are kept in {folder}").format(folder=self.backups.folder))
        folder.setProperty("role", "subtle")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setToolTip(self.tr("Restore a backup file kept somewhere else (a USB stick, another folder)"))
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.choose_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(folder)
        layout.addLayout(bottom)

        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.list.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.list.itemDoubleClicked.connect(lambda _item, _col: self._on_restore_clicked())
        self.load()

    # --- list ---------------------------------------------------------------------------

    def load(self) -> None:
        entries = self.backups.list()
        self.list.clear()
        for entry in entries:
            item = QTreeWidgetItem([when_text(entry.created), kind_text(entry), "…", "…", human_size(entry.size)])
            item.setData(0, PATH_ROLE, str(entry.path))
            item.setToolTip(0, str(entry.path))
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.empty.setVisible(not entries)
        self.list.setVisible(bool(entries))
        if entries:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.ctx.tasks.run(lambda job: self._read_counts(job, entries), on_done=self._on_counts_read)

    def _read_counts(self, job, entries: list[BackupEntry]) -> dict[str, FileInfo]:  # type: ignore[no-untyped-def]
        out = {}
        for entry in entries:
            if job.cancelled:
                break
            out[str(entry.path)] = self.backups.inspect(entry.path, thorough=None)  # counts only
        return out

    def _on_counts_read(self, infos: dict[str, FileInfo]) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            info = infos.get(item.data(0, PATH_ROLE))
            if info is None:
                continue
            if info.ok:
                item.setText(2, QLocale().toString(info.contacts))
                item.setText(3, QLocale().toString(info.companies))
            else:
                item.setText(2, self.tr("unreadable"))
                item.setText(3, "")
                item.setToolTip(2, i18n.translated(info.problems[0]))
                item.setForeground(2, Qt.GlobalColor.red)

    def selected_path(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(0, PATH_ROLE)) if items else None

    # --- restore ------------------------------------------------------------------------

    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(self.backups.folder), backup_filter(),
        )
        if name:
            self.confirm_and_restore(Path(name))

    def _on_restore_clicked(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.confirm_and_restore(path)

    def confirm_and_restore(self, path: Path) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr("Replace your current data with “{file}”?\n\n"
                    "Your current data is backed up first, so you can return to it.").format(file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(path)

    def restore(self, path: Path) -> None:
        """Run the restore in the background behind a progress dialog."""
        progress = QProgressDialog(
            self.tr("Checking the backup and restoring it… please wait.\nA large database can take a minute."), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Restoring"))
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def done(kept: Path) -> None:
            progress.close()
            self.restored_from, self.kept = path, kept
            self.ctx.undo.clear()  # the old edits refer to data that is no longer there
            self.accept()

        def failed(exc: BaseException, trace: str) -> None:
            progress.close()
            if isinstance(exc, CrmError):
                message = i18n.user_message(exc)
            else:
                log.error("restore failed: %s", trace)
                message = self.tr(
                    "The restore did not finish ({error}). Your data from before the "
                    "restore is kept in {folder}; Help → Open log folder has the details."
                ).format(error=type(exc).__name__, folder=self.backups.folder)
            QMessageBox.warning(self, self.tr("Restore from backup"), message)

        self.ctx.tasks.run(lambda _job: self.backups.restore(path), on_done=done, on_error=failed)
