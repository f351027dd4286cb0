"""Table model of the trash: one row per deleted record (a small list, loaded whole)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from crm_desktop.services.trash import TrashItem
from crm_desktop.ui import i18n
from crm_desktop.ui.dates import date_text, when_text
from crm_desktop.ui.theme import icon

REF_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (
    QT_TRANSLATE_NOOP("TrashModel", "Name"),
    QT_TRANSLATE_NOOP("TrashModel", "Kind"),
    QT_TRANSLATE_NOOP("TrashModel", "Details"),
    QT_TRANSLATE_NOOP("TrashModel", "Deleted"),
)
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


def kind_text(item: TrashItem) -> str:
    return i18n.translated(item.kind_label)


def name_text(item: TrashItem) -> str:
    """The record's name; "(no name)" from the service in the window's language."""
    return i18n.translated(item.name)


def detail_text(item: TrashItem) -> str:
    """The detail column; for a follow-up its due date, in the window's date format."""
    if item.due is not None:
        return QCoreApplication.translate("TrashModel", "due {date}").format(date=date_text(item.due))
    return i18n.translated(item.detail)


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
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (name_text, kind_text, detail_text, deleted_text)[column](item)  # only this column's text
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if item.kind not in self._icons:
                self._icons[item.kind] = icon(KIND_ICONS[item.kind])
            return self._icons[item.kind]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.tr("{kind}: {name}").format(kind=kind_text(item), name=name_text(item))
        if role == REF_ROLE:
            return item.ref
        if role == SORT_ROLE:
            if column == 3:
                return item.deleted_at.isoformat()
            if column == 2 and item.due is not None:
                return "due " + item.due.isoformat()  # follow-ups sort by date (where "due …" always sorted)
            return (name_text, kind_text, detail_text)[column](item).casefold()
        return None
