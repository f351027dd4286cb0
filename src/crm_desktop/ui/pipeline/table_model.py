"""The deals of the board as a sortable table (the "Table" toggle)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from crm_desktop.services.custom_fields import FieldDef
from crm_desktop.services.deal_board import DealCard
from crm_desktop.ui import dates
from crm_desktop.ui.pipeline import format as fmt
from crm_desktop.ui.pipeline import texts
from crm_desktop.ui.pipeline.column_model import CARD_ROLE, ID_ROLE

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
COLUMNS = (
    QT_TRANSLATE_NOOP("DealsTableModel", "Deal"), QT_TRANSLATE_NOOP("DealsTableModel", "Company · Contact"),
    QT_TRANSLATE_NOOP("DealsTableModel", "Stage"), QT_TRANSLATE_NOOP("DealsTableModel", "Value"),
    QT_TRANSLATE_NOOP("DealsTableModel", "Weighted"), QT_TRANSLATE_NOOP("DealsTableModel", "Probability"),
    QT_TRANSLATE_NOOP("DealsTableModel", "Expected close"), QT_TRANSLATE_NOOP("DealsTableModel", "Idle days"),
)
_RIGHT = {3, 4, 5, 7}

Index = QModelIndex | QPersistentModelIndex


class DealsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cards: list[DealCard] = []
        self._stage_order: dict[int, int] = {}
        self.custom: list[FieldDef] = []  # deal custom fields: one column each after COLUMNS
        self._custom_values: dict[str, dict[int, str]] = {}

    def set_cards(self, cards: Sequence[DealCard], stage_order: Sequence[int] = (),
                  custom: Sequence[FieldDef] = (), custom_values: dict[str, dict[int, str]] | None = None) -> None:
        """The deals, the stage ids in board order (the Stage column sorts by it), and the
        deal custom fields with their values ({field key: {deal id: stored value}})."""
        self.beginResetModel()
        self._cards = list(cards)
        self._stage_order = {stage_id: i for i, stage_id in enumerate(stage_order)}
        self.custom = list(custom)
        self._custom_values = custom_values or {}
        self.endResetModel()

    def _custom_data(self, card: DealCard, field: FieldDef, role: int) -> object:
        stored = self._custom_values.get(field.key, {}).get(card.id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return field.display(stored)
        if role == SORT_ROLE:
            if field.type.value in ("number", "money"):
                try:
                    return float(stored) if stored else float("-inf")
                except ValueError:
                    return float("-inf")
            return stored.casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and field.type.value in ("number", "money"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS) + len(self.custom)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return QCoreApplication.translate("DealsTableModel", COLUMNS[section])
            if 0 <= section - len(COLUMNS) < len(self.custom):
                return self.custom[section - len(COLUMNS)].label
        return None

    def _text(self, card, col: int) -> str:  # type: ignore[no-untyped-def]
        """The text of one cell (only that column's money or date is formatted)."""
        if col == 0:
            return card.title
        if col == 1:
            return card.party
        if col == 2:
            return card.stage_name
        if col == 3:
            return fmt.money(card.value_minor, card.currency)
        if col == 4:
            return fmt.money(card.weighted_minor, card.currency)
        if col == 5:
            return texts.percent(card.probability)
        if col == 6:
            return dates.date_text(card.expected_close)
        return self.tr("{days} (rotting)").format(days=card.idle_days) if card.rotting else str(card.idle_days)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        col = index.column()
        if col >= len(COLUMNS):
            if role == CARD_ROLE:
                return card
            if role == ID_ROLE:
                return card.id
            return self._custom_data(card, self.custom[col - len(COLUMNS)], role) if col - len(COLUMNS) < len(self.custom) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(card, col)
        if role == SORT_ROLE:
            return (
                card.title.casefold(), card.party.casefold(), self._stage_order.get(card.stage_id, 0), card.value_minor,
                card.weighted_minor, card.probability,
                (card.expected_close or date.max).toordinal(), card.idle_days,
            )[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 7 and card.rotting:
            return QColor("#d9483b")
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.id
        return None
