"""A small dialog listing the deals behind a figure; double-click opens a deal."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.money import Money
from crm_desktop.domain.reports import DealRow
from crm_desktop.ui import dates
from crm_desktop.ui.reports import format as fmt

STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("DealsDialog", "Open"),
    "won": QT_TRANSLATE_NOOP("DealsDialog", "Won"),
    "lost": QT_TRANSLATE_NOOP("DealsDialog", "Lost"),
}
HEADERS = [
    QT_TRANSLATE_NOOP("DealsDialog", "Deal"),
    QT_TRANSLATE_NOOP("DealsDialog", "Customer"),
    QT_TRANSLATE_NOOP("DealsDialog", "Value"),
    QT_TRANSLATE_NOOP("DealsDialog", "Status"),
    QT_TRANSLATE_NOOP("DealsDialog", "Pipeline / stage"),
    QT_TRANSLATE_NOOP("DealsDialog", "Closed or expected"),
]


class DealsDialog(QDialog):
    """Lists deals; double-click (or Enter) opens one in the main window."""

    def __init__(self, title: str, deals: list[DealRow], parent: QWidget | None = None, limit: int = 500):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Deals"))
        self.resize(980, 460)
        self.deals = deals
        layout = QVBoxLayout(self)
        count = len(deals)
        if count >= limit:
            text = self.tr("The {count} biggest deals. Double-click a deal to open it.").format(count=fmt.number(limit))
        elif count == 1:
            text = self.tr("1 deal. Double-click a deal to open it.")
        else:
            text = self.tr("{count} deals. Double-click a deal to open it.").format(count=fmt.number(count))
        self.info = QLabel(text)
        self.info.setProperty("role", "subtle")
        layout.addWidget(self.info)
        self.table = QTableWidget(count, len(HEADERS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("DealsDialog", h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        for row, deal in enumerate(deals):
            when = deal.closed_at.date() if deal.closed_at else deal.expected_close
            status = STATUS_LABELS.get(deal.status)
            cells = [deal.title, deal.customer or "—", fmt.money(Money(deal.value_minor, deal.currency)),
                     self.tr(status) if status else deal.status, f"{deal.pipeline} / {deal.stage}",
                     dates.date_text(when) if when else "—"]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, deal.id)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._on_table_item_activated)
        self.table.itemDoubleClicked.connect(self._on_table_item_activated)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._opened = False

    def _on_table_item_activated(self, item: QTableWidgetItem) -> None:
        if self._opened:
            return
        self.open_deal(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_deal(self, deal_id: int) -> None:
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        opener = getattr(window, "open_record", None)
        try:
            if opener is None:
                raise KeyError("deal")
            opener("deal", deal_id)
        except KeyError:
            self.info.setText(self.tr("Deals can't be opened from here yet: open the Pipeline view to see this deal."))
            return
        self._opened = True
        self.accept()
