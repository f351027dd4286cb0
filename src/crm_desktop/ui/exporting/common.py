"""Pieces shared by the export, report and sync dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from crm_desktop.domain.errors import CrmError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, CrmError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"The file could not be used ({exc.strerror or exc}). Nothing was changed."
    return f"Something went wrong: {exc}. Nothing was changed."


def show_error(parent: QWidget, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, error_text(exc))


class PathPicker(QWidget):
    """A path field with a "Choose…" button. ``chooser(current) -> str`` opens the dialog."""

    def __init__(self, chooser: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Where to save the file")
        self.button = QPushButton("Choose…")
        self._chooser = chooser
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self._on_button_clicked)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))

    def _on_button_clicked(self) -> None:
        chosen = self._chooser(self.edit.text())
        if chosen:
            self.edit.setText(chosen)


def save_file(parent: QWidget, title: str, current: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, current, filters)
    return path


def choose_folder(parent: QWidget, title: str, current: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, current)
