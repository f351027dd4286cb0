"""Forecast: the weighted value of open deals by expected close month (next 6 months)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import dates
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.pipeline import format as fmt


class ForecastDialog(QDialog):
    def __init__(self, ctx: UiContext, pipeline_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Forecast"))
        self.resize(560, 360)
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.addItem(self.tr("All pipelines"), None)
        for pipeline in ctx.services.pipelines.list():
            self.pipeline_combo.addItem(pipeline.name, pipeline.id)
        index = self.pipeline_combo.findData(pipeline_id)
        self.pipeline_combo.setCurrentIndex(max(index, 0))
        explain = QLabel(self.tr("Weighted value (value × win probability) of open deals, by the month they are "
                                 "expected to close. Deals without a close date are not counted."))
        explain.setWordWrap(True)
        explain.setProperty("role", "subtle")
        self.table = QTableWidget()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pipeline")))
        top.addWidget(self.pipeline_combo, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.pipeline_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        months = self.ctx.services.deals.forecast(self.pipeline_combo.currentData())
        currencies = sorted({c for m in months for c in m.weighted}) or ["EUR"]
        self.table.clear()
        self.table.setColumnCount(2 + len(currencies))
        self.table.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Deals"), *currencies])
        self.table.setRowCount(len(months) + 1)
        totals = dict.fromkeys(currencies, 0)
        for row, month in enumerate(months):
            self._set(row, 0, dates.full_month_text(month.month), left=True)
            self._set(row, 1, QLocale().toString(month.count))
            for col, currency in enumerate(currencies, start=2):
                value = month.weighted.get(currency, 0)
                totals[currency] += value
                self._set(row, col, fmt.money(value, currency, whole=True) if value else "–")
        last = len(months)
        self._set(last, 0, self.tr("Total"), left=True, bold=True)
        self._set(last, 1, QLocale().toString(sum(m.count for m in months)), bold=True)
        for col, currency in enumerate(currencies, start=2):
            self._set(last, col, fmt.money(totals[currency], currency, whole=True), bold=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def _set(self, row: int, col: int, text: str, left: bool = False, bold: bool = False) -> None:
        item = QTableWidgetItem(text)
        align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
        item.setTextAlignment(int(align | Qt.AlignmentFlag.AlignVCenter))
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.table.setItem(row, col, item)
