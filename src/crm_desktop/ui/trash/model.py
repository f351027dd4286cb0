"""Table model of the trash: one row per deleted record (a small list, loaded whole)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from crm_desktop.services.trash import TrashItem
from crm_desktop.ui.dates import when_text
from crm_desktop.ui.theme import icon

REF_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Name", "Kind", "Details", "Deleted")
KIND_ICONS = {
    "contact": "contacts",
    "company": "companies",
    "deal": "pipeline",
    "followup": "followups",
    "activity": "note",
}

Index = QModelIndex | QPersistentModelIndex


def deleted_text(item: TrashItem) -> str:
    return when_text(item.deleted_at)


class TrashModel(QAbstractTableModel):
    def __init__(self, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._items: list[TrashItem] = []
        self._icons: dict[str, QIcon] = {}

    def set_items(self, items: list[TrashItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TrashItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.name, item.kind_label, item.detail, deleted_text(item))[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if item.kind not in self._icons:
                self._icons[item.kind] = icon(KIND_ICONS[item.kind])
            return self._icons[item.kind]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{item.kind_label}: {item.name}"
        if role == REF_ROLE:
            return item.ref
        if role == SORT_ROLE:
            if column == 3:
                return item.deleted_at.isoformat()
            return (item.name, item.kind_label, item.detail, "")[column].casefold()
        return None
