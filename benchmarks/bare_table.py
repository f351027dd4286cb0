"""A bare table to scroll against: a QTableView over a minimal Python model that gives each
cell a fixed text (no database, no roles but the text), sized and laid out like the view it
stands beside, so that the difference is what our view does on top of Qt's own painting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView


class BareModel(QAbstractTableModel):
    def __init__(self, rows: int, texts: list[str]) -> None:
        super().__init__()
        self.rows, self.texts = rows, texts

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.texts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.column()]
        return None


def beside(table: QTableView) -> QTableView:
    """A bare table with ``table``'s rows, columns, widths, row height and size, each cell
    showing the text of ``table``'s first row in its column, shown."""
    model = table.model()
    texts = [str(model.index(0, c).data() or "") for c in range(model.columnCount())]
    bare = QTableView()
    bare.setModel(BareModel(model.rowCount(), texts))
    bare.verticalHeader().setVisible(table.verticalHeader().isVisible())
    bare.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
    for column in range(len(texts)):
        bare.setColumnWidth(column, table.columnWidth(column))
    bare.resize(table.size())
    bare.show()
    QApplication.processEvents()  # laid out and exposed: painting happens
    assert bare.verticalScrollBar().maximum() > 0 and bare.viewport().isVisible()
    return bare
