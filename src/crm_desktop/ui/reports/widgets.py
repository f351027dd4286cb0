"""Small pieces of the reports view: key-number cards, a table of report rows, a section."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.money import Money
from crm_desktop.domain.reports import DealQuery, Ratio, ReportTable
from crm_desktop.ui import dates, i18n
from crm_desktop.ui.reports import format as fmt
from crm_desktop.ui.reports.charts import MIN_HEIGHT, ChartPanel, ChartSpec, needed_height

CARD_STYLE = """
QFrame#reportCard { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QLabel#cardValue { font-size: 17pt; font-weight: 600; }
QLabel#cardTitle { font-weight: 600; }
"""
CHART_ROOM = 440  # narrower than this beside its table, a chart goes above the table
STACKED_HEIGHT = 320  # a chart above its table has the whole width: give it some height too


def cell_text(value: object) -> str:
    """A table cell as the user reads it, in the window's language."""
    if isinstance(value, Money):
        return fmt.money(value)
    if isinstance(value, Ratio):
        return fmt.percent(value.value)
    if isinstance(value, bool):
        return QCoreApplication.translate("ReportTables", "yes") if value else QCoreApplication.translate("ReportTables", "no")
    if isinstance(value, int):
        return fmt.number(value)
    if isinstance(value, float):
        return fmt.decimal(value, 1)
    if isinstance(value, date):
        return dates.date_text(value)
    return "" if value is None else str(value)


class Card(QFrame):
    """A key number with a title and a line of explanation. Signals: ``clicked()``."""

    clicked = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportCard")
        self.setStyleSheet(CARD_STYLE)
        self.setMinimumWidth(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.value.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setProperty("role", "subtle")
        self.detail.setWordWrap(True)
        for w in (self.title, self.value, self.detail):
            layout.addWidget(w)
        layout.addStretch(1)
        self.drill: DealQuery | None = None

    def set_values(self, value: str, detail: str, drill: DealQuery | None = None, tooltip: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.drill = drill
        click = QCoreApplication.translate("ReportsView", "Click to see these deals.")
        self.setToolTip("\n".join(t for t in (tooltip, click if drill else "") if t))
        self.setCursor(Qt.CursorShape.PointingHandCursor if drill else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.drill is not None:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ReportTableWidget(QTableWidget):
    """The rows of one report section. Signals: ``row_clicked(DealQuery)``."""

    row_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table: ReportTable | None = None
        self.itemClicked.connect(self._on_item_clicked)

    def show_table(self, table: ReportTable) -> None:
        self.table = table
        self.ensurePolished()
        self.horizontalHeader().ensurePolished()
        self.clear()
        self.setColumnCount(len(table.headers))
        self.setRowCount(len(table.rows))
        self.setHorizontalHeaderLabels(table.headers)
        click = QCoreApplication.translate("ReportsView", "Click to see these deals")
        for r, row in enumerate(table.rows):
            drill = table.drills[r] if r < len(table.drills) else None
            for c, value in enumerate(row):
                item = QTableWidgetItem(cell_text(value))
                if isinstance(value, (int, float, Money, Ratio)) and not isinstance(value, bool):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if drill is not None:
                    item.setToolTip(click)
                self.setItem(r, c, item)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        total = 0
        for col in range(self.columnCount()):
            width = max(self.sizeHintForColumn(col), header.sectionSizeHint(col)) + 12
            self.setColumnWidth(col, width)
            total += width
        shown = min(len(table.rows), 12)
        rows_height = sum(self.rowHeight(i) for i in range(shown))
        self.setFixedHeight(rows_height + header.sizeHint().height() + 2 * self.frameWidth() + 2)
        width = total + 2 * self.frameWidth() + 2
        if shown < len(table.rows):
            width += self.verticalScrollBar().sizeHint().width()
        self.setFixedWidth(min(width, 640))
        if width > 640:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _on_item_clicked(self, item: QTableWidgetItem) -> None:
        if self.table is None:
            return
        row = item.row()
        drill = self.table.drills[row] if row < len(self.table.drills) else None
        if drill is not None:
            self.row_clicked.emit(drill)


class Section(QFrame):
    """One report section: heading, one-line explanation, chart beside its table, or an
    empty message (the chart goes above the table when there is no room beside it).
    Signals: ``drill(DealQuery)``."""

    drill = Signal(object)

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 4)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.note = QLabel()
        self.note.setProperty("role", "subtle")
        self.note.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.chart = ChartPanel()
        self.table = ReportTableWidget()
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.chart, 3)
        self.body.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addLayout(self.body)
        self.chart.bar_clicked.connect(self.drill)
        self.table.row_clicked.connect(self.drill)

    def show_section(self, table: ReportTable, spec: ChartSpec | None) -> None:
        self.heading.setText(i18n.translated(table.title))
        self.note.setText(i18n.translated(table.note))
        has_chart = spec is not None and not spec.empty
        has_table = bool(table.rows) and (spec is None or not spec.empty)
        self.empty.setVisible(not has_table)
        self.empty.setText(i18n.translated(table.empty))
        self.table.setVisible(has_table)
        self.chart.setVisible(has_chart)
        if has_table:
            self.table.show_table(table)
        if has_chart:
            self.chart.show_spec(spec)
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        beside = not self.table.isVisibleTo(self) or self.width() - self.table.width() - 16 >= CHART_ROOM
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        needed = needed_height(self.chart.spec) if self.chart.spec is not None else MIN_HEIGHT
        height = needed if beside else max(needed, STACKED_HEIGHT)
        if self.chart.minimumHeight() != height:
            self.chart.setMinimumHeight(height)
