"""The list model behind one stage column: its open deals in board order, draggable.

Drag and drop go through ``mimeData``/``dropMimeData``; a drop does not change the model
itself but asks ``move_requested(deal_id, stage_id, before_id)`` to move the deal through the
service (as an undoable command). The board then reloads from what the service published.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_desktop.services.deal_board import DealCard
from crm_desktop.ui import dates
from crm_desktop.ui.pipeline import format as fmt
from crm_desktop.ui.pipeline import texts

DEAL_MIME = "application/x-crm-desktop-deal"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[list[int]], list[DealCard]]


def encode_deal(deal_id: int, stage_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(DEAL_MIME, QByteArray(json.dumps({"deal_id": deal_id, "stage_id": stage_id}).encode()))
    return mime


def decode_deal(mime: QMimeData) -> tuple[int, int] | None:
    if not mime.hasFormat(DEAL_MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(DEAL_MIME).data()).decode())
        return int(data["deal_id"]), int(data["stage_id"])
    except (ValueError, KeyError, TypeError):
        return None


class ColumnModel(QAbstractListModel):
    """Holds the ordered deal ids of one stage; card rows are fetched in blocks as the view
    asks for them (``fetch(ids) -> list[DealCard]``), so a 5,000-deal column opens at once.

    Signals: ``move_requested(deal_id, stage_id, before_id or 0)`` when a card is dropped."""

    move_requested = Signal(int, int, int)
    BLOCK = 60

    def __init__(self, stage_id: int, fetch: Fetch, parent: QObject | None = None):
        super().__init__(parent)
        self.stage_id = stage_id
        self._fetch = fetch
        self._ids: list[int] = []
        self._cache: dict[int, DealCard] = {}

    # --- content ------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache = {}
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def cards(self) -> list[DealCard]:
        return [self.card(row) for row in range(len(self._ids))]

    def card(self, row: int) -> DealCard | None:
        deal_id = self._ids[row]
        card = self._cache.get(deal_id)
        if card is None:
            block = [i for i in self._ids[max(0, row - self.BLOCK // 3): row + self.BLOCK] if i not in self._cache]
            for fetched in self._fetch(block):
                self._cache[fetched.id] = fetched
            card = self._cache.get(deal_id)
        return card

    def row_of(self, deal_id: int) -> int:
        try:
            return self._ids.index(deal_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        card = self.card(index.row())
        if card is None:  # deleted meanwhile; the board reloads on the change
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [card.title, card.party, fmt.money(card.value_minor, card.currency),
                     texts.win_probability(card.probability)]
            if card.expected_close:
                lines.append(self.tr("Expected to close {date}").format(date=dates.date_text(card.expected_close)))
            if card.next_followup:
                lines.append(self.tr("Next follow-up {date}").format(date=dates.date_text(card.next_followup)))
            if card.rotting:
                lines.append(self.tr("No activity for 1 day: follow up on it.") if card.idle_days == 1 else
                             self.tr("No activity for {days} days: follow up on it.").format(
                                 days=QLocale().toString(card.idle_days)))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.title}, {fmt.money(card.value_minor, card.currency)}"
        return None

    # --- drag and drop ------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [DEAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if not rows:
            return QMimeData()
        return encode_deal(self._ids[rows[0]], self.stage_id)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: Index) -> bool:
        return decode_deal(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        decoded = decode_deal(data)
        if decoded is None or action == Qt.DropAction.IgnoreAction:
            return False
        deal_id, from_stage = decoded
        if parent.isValid():  # dropped onto a card: put it above that card
            row = parent.row()
        if row < 0 or row > len(self._ids):
            row = len(self._ids)
        before_id = self._ids[row] if row < len(self._ids) else 0
        if from_stage == self.stage_id:
            current = self.row_of(deal_id)
            if current != -1 and row in (current, current + 1):
                return False  # dropped where it already is
        self.move_requested.emit(deal_id, self.stage_id, before_id)
        return True
