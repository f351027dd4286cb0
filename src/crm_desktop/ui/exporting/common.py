"""Pieces shared by the export, report and sync dialogs: paths, errors, and the names and
counts of the tables in the window's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.ui import counts, i18n

CONTEXT = "ExportTables"
# The exported tables (exchange.tables.TABLES) by kind, as the user reads them.
TABLE_TITLES = {
    "contacts": QT_TRANSLATE_NOOP("ExportTables", "Contacts"),
    "companies": QT_TRANSLATE_NOOP("ExportTables", "Companies"),
    "deals": QT_TRANSLATE_NOOP("ExportTables", "Deals"),
    "activities": QT_TRANSLATE_NOOP("ExportTables", "Activities"),
    "followups": QT_TRANSLATE_NOOP("ExportTables", "Follow-ups"),
    "all": QT_TRANSLATE_NOOP("ExportTables", "Everything"),
}
# "All …" in the list of which records to export.
ALL_OF = {
    "contacts": QT_TRANSLATE_NOOP("ExportTables", "All contacts"),
    "companies": QT_TRANSLATE_NOOP("ExportTables", "All companies"),
    "deals": QT_TRANSLATE_NOOP("ExportTables", "All deals"),
    "activities": QT_TRANSLATE_NOOP("ExportTables", "All activities"),
    "followups": QT_TRANSLATE_NOOP("ExportTables", "All follow-ups"),
    "all": QT_TRANSLATE_NOOP("ExportTables", "All records"),
}
# The record kind of each table, for its count words (ui.counts).
RECORD_KINDS = {"contacts": "contact", "companies": "company", "deals": "deal", "activities": "activity",
                "followups": "followup"}


def table_title(kind: str) -> str:
    """'Contacts' for "contacts", in the window's language."""
    return QCoreApplication.translate(CONTEXT, TABLE_TITLES.get(kind, kind))


def all_of(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, ALL_OF.get(kind, ALL_OF["all"]))


def table_count_text(n: int, kind: str) -> str:
    """'1 contact', '2,000 contacts' for the table "contacts", in the window's language and number format."""
    return counts.count_text(RECORD_KINDS.get(kind, kind), n)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, CrmError):
        return i18n.user_message(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("ExportErrors", "The file could not be used ({reason}). Nothing was changed.").format(
            reason=exc.strerror or exc)
    return QCoreApplication.translate("ExportErrors", "Something went wrong: {error}. Nothing was changed.").format(
        error=exc)


def show_error(parent: QWidget, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, error_text(exc))


class PathPicker(QWidget):
    """A path field with a "Choose…" button. ``chooser(current) -> str`` opens the dialog."""

    def __init__(self, chooser: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Where to save the file"))
        self.button = QPushButton(self.tr("Choose…"))
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
