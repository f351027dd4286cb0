"""File → Won deals for the accountant…: a date range, a preview, and the XLSX report."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.money import Money
from crm_desktop.ui import counts
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.exporting.common import (
    PathPicker,
    error_text,
    save_file,
)
from crm_desktop.ui.reports import format as report_format
from crm_desktop.ui.tasks import Job


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def presets(today: date) -> list[tuple[str, date, date]]:
    month_start = today.replace(day=1)
    last_month_end = month_start - timedelta(days=1)
    quarter = _quarter_start(today)
    last_quarter = _quarter_start(quarter - timedelta(days=1))
    return [  # labels translated where shown (context "WonDealsDialog")
        (QT_TRANSLATE_NOOP("WonDealsDialog", "Last month"), last_month_end.replace(day=1), last_month_end),
        (QT_TRANSLATE_NOOP("WonDealsDialog", "This month"), month_start, today),
        (QT_TRANSLATE_NOOP("WonDealsDialog", "Last quarter"), last_quarter, quarter - timedelta(days=1)),
        (QT_TRANSLATE_NOOP("WonDealsDialog", "This quarter"), quarter, today),
        (QT_TRANSLATE_NOOP("WonDealsDialog", "Last year"), date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
        (QT_TRANSLATE_NOOP("WonDealsDialog", "This year"), date(today.year, 1, 1), today),
    ]


class WonDealsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Won deals for the accountant"))
        self.setMinimumWidth(500)
        self.presets = presets(today or date.today())

        self.period = QComboBox()
        for label, _start, _end in self.presets:
            self.period.addItem(QCoreApplication.translate("WonDealsDialog", label))
        self.period.addItem(self.tr("Other dates"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(self.tr("yyyy-MM-dd"))  # a date format, e.g. "dd.MM.yyyy"
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.target = PathPicker(lambda current: save_file(self, self.tr("Save the report"), current,
                                                           self.tr("Excel workbook (*.xlsx)")))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("From:"), dates)
        form.addRow(self.tr("Save to:"), self.target)
        form.addRow("", self.preview)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save report"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("One row per deal won in the period, and a summary sheet with the totals "
                               "per month and per currency."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.start.dateChanged.connect(self._on_dates_changed)
        self.end.dateChanged.connect(self._on_dates_changed)
        self.save_button.clicked.connect(self.start_export)
        self._on_period_changed(0)

    def range(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def _on_period_changed(self, index: int) -> None:
        if index < len(self.presets):
            _label, start, end = self.presets[index]
            for edit, day in ((self.start, start), (self.end, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
            self._on_dates_changed()

    def _on_dates_changed(self, *_args: object) -> None:
        start, end = self.range()
        matching = [i for i, (_l, s, e) in enumerate(self.presets) if (s, e) == (start, end)]
        self.period.blockSignals(True)
        self.period.setCurrentIndex(matching[0] if matching else len(self.presets))
        self.period.blockSignals(False)
        folder = self.target.path().parent if self.target.path() else Path.home()
        self.target.set_path(folder / f"won-deals-{start.isoformat()}-to-{end.isoformat()}.xlsx")
        if end < start:
            self.preview.setText(self.tr("The end date is before the start date."))
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        report = self.ctx.services.exports.won_deals_preview(start, end)  # one small indexed query
        if not report.deals:
            self.preview.setText(self.tr("No deals were won in this period."))
        else:
            totals = ", ".join(report_format.money(Money(t.minor, t.currency)) for t in report.by_currency)
            self.preview.setText(self.tr("<b>{deals} won:</b> {totals}").format(
                deals=counts.count_text("deal", len(report.deals)), totals=totals))

    def start_export(self) -> None:
        target = self.target.path()
        if target is None:
            self.status.setText(self.tr("Choose where to save the report first."))
            return
        start, end = self.range()
        exports = self.ctx.services.exports
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.job = self.ctx.tasks.run(lambda job: exports.won_deals(start, end, target),
                                      lambda report: self._on_done(report, target), self._on_failed)

    def _on_done(self, report, target: Path) -> None:  # type: ignore[no-untyped-def]
        self.job = None
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved {deals} to {file}.").format(
            deals=counts.count_text("deal", len(report.deals)), file=target))

    def _on_failed(self, exc: BaseException, _trace: str) -> None:
        self.job = None
        self.save_button.setEnabled(True)
        self.status.setText(error_text(exc))
