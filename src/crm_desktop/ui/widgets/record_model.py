"""A table model over an ordered list of record ids that builds rows on demand.

The model never holds more than the ids plus a cache of the rows already shown. Rows are
fetched from the service in pages around the row the view asks for, so a 100,000-row list
costs one id query plus one small query per screenful.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.ui import labels

# Named roles every record model answers.
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (int)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the service's row object (ContactRow, CompanyRow)
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # on the header: the service's sort key of a column

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_RECORD_ID = int(RECORD_ID_ROLE)
_ROW = int(ROW_ROLE)
_ANSWERED = frozenset({_DISPLAY, int(Qt.ItemDataRole.ToolTipRole), _RECORD_ID, _ROW})

PAGE_SIZE = 200  # rows per fetch until the view says how many it shows
MIN_PAGE = 40
CACHE_LIMIT = 5000
CUSTOM_PREFIX = "cf:"  # column key of a custom field column: "cf:<field key>"
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # asked for every painted cell

Index = QModelIndex | QPersistentModelIndex
# The titles of the record lists' columns that are not record fields, by column key (a
# field's column is titled with its name from labels.FIELDS). Translated in headerData;
# custom field columns show the field's name as the user typed it.
TITLES = {
    "last_activity": QT_TRANSLATE_NOOP("RecordTableModel", "Last activity"),
    "people": QT_TRANSLATE_NOOP("RecordTableModel", "People"),
}


@dataclass(frozen=True)
class Column:
    key: str  # the attribute of the row object, and the service's sort key
    title: str  # English: a field name, one of TITLES (both shown translated) or a custom field's name
    width: int = 140


def record_column(key: str, width: int) -> Column:
    """A built-in column of the record lists, titled with the field's name or from TITLES."""
    return Column(key, labels.FIELDS.get(key) or TITLES[key], width)


def format_when(value: datetime | None) -> str:
    """A UTC timestamp as a short local date for table cells."""
    if value is None:
        return ""
    local = value.astimezone()
    return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)


class RecordTableModel(QAbstractTableModel):
    """Rows are built from ``fetch_rows(ids) -> {id: row}``; the order comes from ``set_ids``."""

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_rows: Callable[[Sequence[int]], dict[int, Any]],
        parent: Any = None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._cache: dict[int, Any] = {}
        self.base_columns = list(columns)
        # custom field columns: values come from fetch_custom(field key, ids) -> {id: text}
        self.fetch_custom: Callable[[str, Sequence[int]], dict[int, str]] | None = None
        self._custom: dict[tuple[int, str], str] = {}
        self.fetches = 0  # how many page queries ran (for tests and benchmarks)
        self.page_size = PAGE_SIZE

    # --- contents -----------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        return self._ids

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these records in this order; the row cache is dropped."""
        self.beginResetModel()
        self._ids = list(ids)
        self._positions = None
        self._cache.clear()
        self._custom.clear()
        self.endResetModel()

    def set_custom_columns(self, columns: Sequence[Column]) -> None:
        """Show these custom field columns (keys start with ``cf:``) after the usual ones."""
        self.beginResetModel()
        self.columns = [*self.base_columns, *columns]
        self._cache.clear()
        self._custom.clear()
        self.endResetModel()

    def custom_keys(self) -> list[str]:
        return [c.key[len(CUSTOM_PREFIX):] for c in self.columns if c.key.startswith(CUSTOM_PREFIX)]

    def invalidate(self) -> None:
        """Forget cached rows (the data changed, the order did not)."""
        self._cache.clear()
        self._custom.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    def row_of(self, record_id: int) -> int:
        """The row showing this record, or -1."""
        if self._positions is None:
            self._positions = {rid: row for row, rid in enumerate(self._ids)}
        return self._positions.get(record_id, -1)

    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_data(self, row: int) -> Any:
        record_id = self.record_id(row)
        if record_id is None:
            return None
        if record_id not in self._cache:
            self._fetch_page(row)
        return self._cache.get(record_id)

    def set_visible_rows(self, count: int) -> None:
        """The view shows about this many rows: fetch pages of twice that. Each row costs
        its own lookups (email, phone, tags), so a jump to a far place in a long list
        fetches what is shown plus a screenful of margin, not a fixed 200."""
        self.page_size = max(MIN_PAGE, 2 * count)

    def _fetch_page(self, row: int) -> None:
        start = max(0, row - self.page_size // 4)
        wanted = [i for i in self._ids[start : start + self.page_size] if i not in self._cache]
        if len(self._cache) + len(wanted) > CACHE_LIMIT:
            self._cache.clear()
            self._custom.clear()
        self.fetches += 1
        found = self._fetch_rows(wanted)
        for record_id in wanted:
            self._cache[record_id] = found.get(record_id)  # None: deleted meanwhile
        if self.fetch_custom is not None:
            for key in self.custom_keys():
                for record_id, value in self.fetch_custom(key, wanted).items():
                    self._custom[(record_id, key)] = value

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for about ten roles per cell and repaint; answer the others fast.
        role = int(role)
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == _RECORD_ID:
            return self._ids[index.row()]
        row = self.row_data(index.row())
        if role == _ROW:
            return row
        if row is None:
            return "…" if role == _DISPLAY and index.column() == 0 else None
        key = self.columns[index.column()].key
        if key.startswith(CUSTOM_PREFIX):
            return self._custom.get((self._ids[index.row()], key[len(CUSTOM_PREFIX):]), "")
        return self.display(row, key)

    def display(self, row: Any, key: str) -> str:
        value = getattr(row, key, "")
        if isinstance(value, datetime):
            return format_when(value)
        if value is None:
            return ""
        return str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = self.columns[section]
            if column.key.startswith(CUSTOM_PREFIX):
                return column.title
            if column.key in labels.FIELDS:
                return labels.field(column.key)
            return QCoreApplication.translate("RecordTableModel", column.title)
        if role == SORT_KEY_ROLE:
            return self.columns[section].key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS
