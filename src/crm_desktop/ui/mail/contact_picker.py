"""Choose one contact by typing part of a name, email or company."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.context import UiContext

LIMIT = 50


class ContactPicker(QDialog):
    def __init__(self, ctx: UiContext, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title or self.tr("Choose a contact"))
        self.resize(440, 420)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, email or company…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._on_search_changed)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self._on_search_changed("")

    def _on_search_changed(self, text: str) -> None:
        contacts = self.ctx.services.contacts
        ids = contacts.ordered_ids(sort="rank" if text.strip() else "name", query=text)[:LIMIT]
        rows = contacts.rows(ids)
        self.list.clear()
        for cid in ids:
            row = rows[cid]
            extra = " · ".join(p for p in (row.email, row.company) if p)
            item = QListWidgetItem(f"{row.name}  —  {extra}" if extra else row.name)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def contact_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
