"""One stage column: a header with count and totals, a list of painted cards, quick add."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.deal_board import BoardColumn, DealCard
from crm_desktop.ui.pipeline import format as fmt
from crm_desktop.ui.pipeline import texts
from crm_desktop.ui.pipeline.card_delegate import CardDelegate
from crm_desktop.ui.pipeline.column_model import CARD_ROLE, ID_ROLE, ColumnModel, Fetch
from crm_desktop.ui.theme import icon

COLUMN_MIN_WIDTH, COLUMN_MAX_WIDTH = 240, 340


class CardList(QListView):
    """Signals: ``card_activated(deal_id)`` on double-click or Enter,
    ``card_menu(deal_id, global_pos)`` on right-click (or the menu key),
    ``step_column(step)`` when Left (-1) or Right (+1) asks for the neighbouring column."""

    card_activated = Signal(int)
    card_menu = Signal(int, QPoint)
    step_column = Signal(int)

    def __init__(self, model: ColumnModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.activated.connect(self._on_activated)
        self.customContextMenuRequested.connect(self._on_context_menu)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier
        ):
            self.step_column.emit(-1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        if key == Qt.Key.Key_Menu and self.currentIndex().isValid():
            rect = self.visualRect(self.currentIndex())
            self._on_context_menu(rect.center())
            event.accept()
            return
        super().keyPressEvent(event)

    def focus_card(self, row: int = -1) -> None:
        """Give this list the keyboard focus with a card current (row -1 keeps the current one)."""
        count = self.model().rowCount()
        if count:
            if row < 0:
                row = max(self.currentIndex().row(), 0)
            self.setCurrentIndex(self.model().index(min(row, count - 1), 0))
            self.scrollTo(self.currentIndex())
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_activated(self, index: QModelIndex) -> None:
        card: DealCard | None = index.data(CARD_ROLE)
        if card is not None:
            self.card_activated.emit(card.id)

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        card: DealCard | None = index.data(CARD_ROLE) if index.isValid() else None
        if card is not None:
            self.setCurrentIndex(index)
            self.card_menu.emit(card.id, self.viewport().mapToGlobal(pos))


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it is too narrow (``text()`` stays whole)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(16, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), text, self.foregroundRole())


class StageColumn(QFrame):
    """Signals: ``quick_add(stage_id, text)`` when a title is typed in the quick-add box."""

    quick_add = Signal(int, str)

    def __init__(self, column: BoardColumn, fetch: Fetch, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stageColumn")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stage_id = column.stage_id
        self.model = ColumnModel(column.stage_id, fetch, self)
        self.list = CardList(self.model, self)

        self.name_label = ElidedLabel()
        self.name_label.setObjectName("stageName")
        self.count_label = QLabel()
        self.count_label.setObjectName("stageCount")
        self.total_label = QLabel()
        self.total_label.setObjectName("stageTotal")
        self.weighted_label = QLabel()
        self.weighted_label.setProperty("role", "subtle")
        for label in (self.total_label, self.weighted_label):
            label.setMinimumWidth(1)  # many currencies: clip rather than grow (full text in the tooltip)
        self.add_button = QToolButton()
        self.add_button.setIcon(icon("add"))
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(self.tr("Add a deal to this stage"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText(self.tr("Title and value, e.g. Website 1200"))
        self.add_edit.setClearButtonEnabled(True)
        self.add_edit.hide()
        self.add_edit.returnPressed.connect(self._on_add_return)
        self.add_edit.editingFinished.connect(self._on_add_finished)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.add_button)
        header = QVBoxLayout()
        header.setContentsMargins(12, 10, 8, 6)
        header.setSpacing(2)
        header.addLayout(top)
        header.addWidget(self.total_label)
        header.addWidget(self.weighted_label)
        header.addWidget(self.add_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        self.update_column(column)

    def update_column(self, column: BoardColumn) -> None:
        self.stage_id = column.stage_id
        self.model.stage_id = column.stage_id
        self.name_label.setText(column.name)
        number = QLocale().toString
        self.count_label.setText(f"{texts.percent(column.probability)} · {number(column.count)}")
        tips = [texts.win_probability(column.probability),
                self.tr("1 open deal in this stage") if column.count == 1 else
                self.tr("{count} open deals in this stage").format(count=number(column.count))]
        if column.rotting:
            tips.append(texts.rotting_in_stage(column.rotting))
        self.count_label.setToolTip("\n".join(tips))
        total = fmt.totals(column.totals)
        self.total_label.setText(total)
        self.total_label.setToolTip(self.tr("Total value of the open deals in this stage: {total}").format(total=total))
        weighted = fmt.totals(column.weighted)
        self.weighted_label.setText(self.tr("Weighted {total}").format(total=weighted))
        self.weighted_label.setToolTip(self.tr(
            "Weighted {total}: value × win probability ({percent} % in this stage, "
            "or the deal's own probability), what these deals are likely worth."
        ).format(total=weighted, percent=column.probability))
        if column.rotting_days:
            self.name_label.setToolTip(self.tr(
                "{stage}: {percent} % win probability; rotting after {days} days without activity"
            ).format(stage=column.name, percent=column.probability, days=number(column.rotting_days)))
        else:
            self.name_label.setToolTip(self.tr("{stage}: {percent} % win probability").format(
                stage=column.name, percent=column.probability))
        scroll = self.list.verticalScrollBar().value()
        current = self.list.currentIndex().data(ID_ROLE)
        self.model.set_ids(column.deal_ids)
        if current is not None:
            row = self.model.row_of(current)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
        self.list.verticalScrollBar().setValue(scroll)

    def _on_add_clicked(self) -> None:
        self.add_edit.show()
        self.add_edit.setFocus()

    def _on_add_return(self) -> None:
        text = self.add_edit.text().strip()
        if text:
            self.quick_add.emit(self.stage_id, text)
        self.add_edit.clear()
        self.add_edit.hide()

    def _on_add_finished(self) -> None:
        if not self.add_edit.text().strip():
            self.add_edit.hide()


def split_quick_add(text: str) -> tuple[str, str]:
    """'Website relaunch 1200,50' -> ('Website relaunch', '1200,50'): a trailing amount is the value."""
    words = text.split()
    if len(words) > 1 and any(ch.isdigit() for ch in words[-1]) and all(
        ch.isdigit() or ch in ".,'" or ch in "€$£" for ch in words[-1]
    ):
        return " ".join(words[:-1]), words[-1].strip("€$£")
    return text.strip(), ""
