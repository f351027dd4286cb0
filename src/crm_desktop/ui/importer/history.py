"""File → Earlier imports…: the list of imports, each can be undone (also after a restart)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from crm_desktop.ui.context import UiContext


class ImportHistoryDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Earlier imports")
        self.resize(620, 380)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.undo = QPushButton("Undo this import")
        self.undo.setEnabled(False)
        self.undo.clicked.connect(self._on_undo_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Undoing an import removes the contacts it added and puts back the ones it changed."))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for b in self.ctx.services.importer.batches():
            when = b.started_at.astimezone().strftime("%d %b %Y, %H:%M")
            state = " — undone" if b.undone_at else ""
            item = QListWidgetItem(f"{when}   {b.file_name}: {b.created} added, {b.updated} updated{state}")
            item.setData(Qt.ItemDataRole.UserRole, b.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, b.undone_at is None and (b.created or b.updated))
            self.list.addItem(item)
        if self.list.count() == 0:
            self.list.addItem("No imports yet.")

    def _on_list_current_changed(self, item: QListWidgetItem | None, _prev: object) -> None:
        self.undo.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole + 1)))

    def _on_undo_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self, "Undo this import",
            f"Undo the import of {item.text().split('   ', 1)[-1].split(':')[0]}?\n\n"
            "Contacts it added are removed, contacts it changed are put back as they were. "
            "Changes you made to those contacts since then are lost.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            message = self.ctx.services.importer.undo(int(item.data(Qt.ItemDataRole.UserRole)))
        except CrmError as exc:
            QMessageBox.warning(self, "Undo this import", str(exc))
            return
        QMessageBox.information(self, "Undo this import", message)
        self.refresh()
