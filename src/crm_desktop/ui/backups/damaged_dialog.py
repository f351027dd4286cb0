"""Shown at start-up when the database fails its quick check or cannot be read at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import APP_NAME
from crm_desktop.services.backups import BackupEntry
from crm_desktop.ui import i18n
from crm_desktop.ui.backups.restore_dialog import backup_filter, kind_text
from crm_desktop.ui.dates import when_text


class DamagedDatabaseDialog(QDialog):
    """Offers the newest good backup. ``chosen`` is the backup to restore, or None to quit."""

    def __init__(
        self,
        db_path: Path,
        problems: list[str],
        newest: BackupEntry | None,
        backups_folder: Path,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app}: the database is damaged").format(app=APP_NAME))
        self.setMinimumWidth(520)
        self.chosen: Path | None = None
        self._folder = backups_folder
        heading = QLabel(self.tr("Your database file is damaged and cannot be opened safely."))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        if newest is not None:
            offer = self.tr(
                "The newest good backup is from <b>{when}</b> ({kind}). Restoring it brings back everything "
                "up to that moment."
            ).format(when=when_text(newest.created), kind=kind_text(newest))
        else:
            offer = self.tr("No backup was found in the backups folder. If you keep a backup elsewhere, choose it.")
        body = QLabel(
            offer + " " + self.tr("The damaged file is kept (renamed, never deleted) so that nothing is lost for good.")
        )
        body.setWordWrap(True)
        detail = QLabel(self.tr("File: {file}\nProblem: {problem}").format(
            file=db_path, problem=i18n.translated(problems[0]) if problems else self.tr("unknown")))
        detail.setProperty("role", "subtle")
        detail.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if newest is not None:
            self.restore_button = self.buttons.addButton(self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(lambda: self._choose(newest.path))
        self.other_button = self.buttons.addButton(self.tr("Choose a backup file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.clicked.connect(self._on_other_clicked)
        self.quit_button = self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(detail)
        layout.addWidget(self.buttons)

    def _choose(self, path: Path) -> None:
        self.chosen = path
        self.accept()

    def _on_other_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(self._folder), backup_filter(),
        )
        if name:
            self._choose(Path(name))
