"""File → Earlier imports…: the list of imports, each can be undone (also after a restart)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext


class ImportHistoryDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Earlier imports"))
        self.resize(620, 380)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo.setEnabled(False)
        self.undo.clicked.connect(self._on_undo_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Undoing an import removes the contacts it added and puts back the ones it changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for b in self.ctx.services.importer.batches():
            when = QLocale().toString(QDateTime(b.started_at.astimezone()), QLocale.FormatType.ShortFormat)
            text = self.tr("{file}: {added} added, {updated} updated — undone") if b.undone_at else self.tr(
                "{file}: {added} added, {updated} updated")
            what = text.format(file=b.file_name, added=QLocale().toString(b.created), updated=QLocale().toString(b.updated))
            item = QListWidgetItem(f"{when}   {what}")
            item.setData(Qt.ItemDataRole.UserRole + 2, b.file_name)
            item.setData(Qt.ItemDataRole.UserRole, b.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, b.undone_at is None and (b.created or b.updated))
            self.list.addItem(item)
        if self.list.count() == 0:
            self.list.addItem(self.tr("No imports yet."))

    def _on_list_current_changed(self, item: QListWidgetItem | None, _prev: object) -> None:
        self.undo.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole + 1)))

    def _on_undo_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo this import"),
            self.tr("Undo the import of {file}?\n\n"
                    "Contacts it added are removed, contacts it changed are put back as they were. "
                    "Changes you made to those contacts since then are lost.").format(
                file=item.data(Qt.ItemDataRole.UserRole + 2)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            message = self.ctx.services.importer.undo(int(item.data(Qt.ItemDataRole.UserRole)))
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Undo this import"), i18n.user_message(exc))
            return
        QMessageBox.information(self, self.tr("Undo this import"), i18n.translated(message))
        self.refresh()
