"""The Reports view: key numbers, charts and tables for a period, exportable to XLSX and PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.money import Money
from crm_desktop.domain.reports import Dashboard, DealQuery, Period, Preset
from crm_desktop.exchange.report_xlsx import write_report_xlsx
from crm_desktop.services.changes import Change
from crm_desktop.ui import dates, i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.reports import format as fmt
from crm_desktop.ui.reports.charts import chart_specs
from crm_desktop.ui.reports.drilldown import DealsDialog
from crm_desktop.ui.reports.tables import dashboard_tables, drill_title, preset_label, report_title
from crm_desktop.ui.reports.widgets import Card, Section

SECTION_ORDER = ["won", "forecast", "stages", "lost", "customers", "activities", "followups", "contacts"]
WATCHED = {"deal", "activity", "followup", "contact", "company", "pipeline"}


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def money_lines(totals: list, none: str) -> str:
    return "\n".join(fmt.money(Money(t.minor, t.currency)) for t in totals) or none


class ReportsView(QWidget):
    """Signals: ``loaded()`` after a new dashboard is on screen."""

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.reports = ctx.services.reports
        self.dashboard: Dashboard | None = None
        self._job = None
        self._pending = False
        self._stale = True

        self.period_combo = QComboBox()
        for preset in Preset:
            self.period_combo.addItem(preset_label(preset), preset.value)
        today = self.reports.today()
        self.from_edit = QDateEdit(dates.qdate(today.replace(day=1)))
        self.to_edit = QDateEdit(dates.qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(dates.date_format())
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.addItem(self.tr("All pipelines"), None)
        self.pipeline_combo.setToolTip(self.tr("Deal figures follow this choice; activities, follow-ups and new contacts always cover the whole business."))
        self.currency_combo = QComboBox()
        self.currency_combo.setToolTip(self.tr("Charts show one currency at a time; tables list every currency."))
        self.currency_label = QLabel(self.tr("Charts in:"))
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"))
        self.pdf_button = QPushButton(self.tr("Export to PDF…"))
        self.status = QLabel()
        self.status.setProperty("role", "subtle")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period_combo)
        self.from_label, self.to_label = QLabel(self.tr("from")), QLabel(self.tr("to"))
        for w in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Pipeline:")))
        bar.addWidget(self.pipeline_combo)
        bar.addSpacing(12)
        bar.addWidget(self.currency_label)
        bar.addWidget(self.currency_combo)
        bar.addStretch(1)

        self.cards = {
            "won": Card(self.tr("Won in this period")),
            "rate": Card(self.tr("Win rate")),
            "open": Card(self.tr("Open deals: expected value")),
            "overdue": Card(self.tr("Overdue follow-ups")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
            card.clicked.connect(lambda c=card: self.show_deals(c.drill) if c.drill else None)
        self.empty_hint = QLabel(self.tr("No deals yet. Add deals in the Pipeline view, log calls and follow-ups on your contacts, and this page fills in by itself."))
        self.empty_hint.setObjectName("reportHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(
            "QLabel#reportHint { background: palette(alternate-base); border-left: 4px solid palette(highlight);"
            " padding: 10px 14px; font-size: 11pt; }")
        self.sections = {key: Section(key) for key in SECTION_ORDER}

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(16, 8, 16, 16)
        body.addLayout(cards)
        body.addWidget(self.empty_hint)
        for section in self.sections.values():
            body.addWidget(section)
            section.drill.connect(self.show_deals)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        top = QVBoxLayout()
        top.setContentsMargins(16, 12, 16, 0)
        heading = QLabel(self.tr("Reports"))
        heading.setProperty("role", "heading")
        title_row = QHBoxLayout()
        title_row.addWidget(heading)
        title_row.addStretch(1)
        title_row.addWidget(self.xlsx_button)
        title_row.addWidget(self.pdf_button)
        top.addLayout(title_row)
        top.addLayout(bar)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)
        self._refresh_timer.timeout.connect(self.refresh)

        self._restore_choices()
        self._load_pipelines()
        self._update_custom_visibility()
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.from_edit.dateChanged.connect(self._on_custom_date_changed)
        self.to_edit.dateChanged.connect(self._on_custom_date_changed)
        self.pipeline_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.currency_combo.currentIndexChanged.connect(lambda _i: self._render())
        self.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        ctx.bridge.changed.connect(self._on_bridge_changed)
        self.refresh()

    # --- choices --------------------------------------------------------------------------

    def focus_search(self) -> None:
        """No filter box here: Ctrl+F opens the search over everything (Ctrl+K)."""
        from crm_desktop.ui.palette import open_palette

        open_palette(self.window())  # type: ignore[arg-type]

    def preset(self) -> Preset:
        return Preset(self.period_combo.currentData())

    def period(self) -> Period:
        preset = self.preset()
        if preset is Preset.CUSTOM:
            start, end = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
            if end < start:
                start, end = end, start
            return Period.of(preset, self.reports.today(), start, end)
        return self.reports.period(preset)

    def pipeline_id(self) -> int | None:
        return self.pipeline_combo.currentData()

    def set_preset(self, preset: Preset | str) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(Preset(preset).value))

    def _load_pipelines(self) -> None:
        current = self.pipeline_id()
        self.pipeline_combo.blockSignals(True)
        while self.pipeline_combo.count() > 1:
            self.pipeline_combo.removeItem(1)
        for pid, name in self.reports.pipelines():
            self.pipeline_combo.addItem(name, pid)
        index = self.pipeline_combo.findData(current)
        self.pipeline_combo.setCurrentIndex(max(index, 0))
        self.pipeline_combo.blockSignals(False)

    def _update_custom_visibility(self) -> None:
        custom = self.preset() is Preset.CUSTOM
        for w in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            w.setVisible(custom)

    def _on_period_combo_changed(self, _index: int) -> None:
        self._update_custom_visibility()
        self.refresh()

    def _on_custom_date_changed(self, _d: QDate) -> None:
        if self.preset() is Preset.CUSTOM:
            self._refresh_timer.start()

    def _restore_choices(self) -> None:
        value = str(self.ctx.settings.value("reports/period", Preset.THIS_MONTH.value))
        index = self.period_combo.findData(value)
        self.period_combo.setCurrentIndex(max(index, 0))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("reports/period", self.preset().value)

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the dashboard in the background (once more if a run is under way)."""
        if self._job is not None:
            self._pending = True
            return
        period, pipeline_id = self.period(), self.pipeline_id()
        self.status.setText(self.tr("Calculating…"))
        self._stale = False
        self._job = self.ctx.tasks.run(
            lambda _job: self.reports.dashboard(period, pipeline_id),
            on_done=self._on_job_done,
            on_error=self._on_job_failed,
        )

    def _finish_job(self) -> bool:
        self._job = None
        if self._pending:
            self._pending = False
            self.refresh()
            return True
        return False

    def _on_job_done(self, dashboard: Dashboard) -> None:
        if self._finish_job():
            return
        self.dashboard = dashboard
        self._render()
        local = dashboard.generated_at.astimezone(self.reports.tz)
        period, when = fmt.period_text(dashboard.period), dates.clock_text(local.time())
        if dashboard.pipeline_name:
            self.status.setText(self.tr("{period} · pipeline {pipeline} · figures as of {time}").format(
                period=period, pipeline=dashboard.pipeline_name, time=when))
        else:
            self.status.setText(self.tr("{period} · figures as of {time}").format(period=period, time=when))
        self.loaded.emit()

    def _on_job_failed(self, exc: BaseException, _tb: str) -> None:
        self._finish_job()
        self.status.setText(self.tr("The report could not be calculated: {error}. Try again, or restart the app.").format(
            error=i18n.user_message(exc)))

    def _on_bridge_changed(self, change: Change) -> None:
        if change.kind not in WATCHED:
            return
        if change.kind == "pipeline":
            self._load_pipelines()
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale and self._job is None:
            self.refresh()

    # --- drawing ----------------------------------------------------------------------------

    def chart_currency(self) -> str | None:
        return self.currency_combo.currentData()

    def _render(self) -> None:
        d = self.dashboard
        if d is None:
            return
        current = self.chart_currency()
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        for c in d.currencies:
            self.currency_combo.addItem(c, c)
        self.currency_combo.setCurrentIndex(max(self.currency_combo.findData(current), 0))
        self.currency_combo.blockSignals(False)
        many = len(d.currencies) > 1
        self.currency_combo.setVisible(many)
        self.currency_label.setVisible(many)

        won_deals = (self.tr("1 deal won") if d.won_count == 1
                     else self.tr("{count} deals won").format(count=fmt.number(d.won_count)))
        self.cards["won"].set_values(money_lines(d.won_total, self.tr("Nothing yet")), won_deals,
                                     d.won_drill if d.won_count else None,
                                     self.tr("Value of the deals marked won in this period."))
        if d.win_rate is None:
            self.cards["rate"].set_values("–", self.tr("No deals won or lost in this period"))
        else:
            self.cards["rate"].set_values(
                fmt.percent(d.win_rate),
                self.tr("{won} won, {lost} lost").format(won=fmt.number(d.won_count), lost=fmt.number(d.lost_count)),
                tooltip=self.tr("Out of the deals closed in this period, the share that was won."))
        if d.open_count == 1:
            open_detail = self.tr("1 open deal, weighted by its chance of winning")
        elif d.open_count:
            open_detail = self.tr("{count} open deals, weighted by their chance of winning").format(
                count=fmt.number(d.open_count))
        else:
            open_detail = self.tr("Deals you are still working on show here")
        self.cards["open"].set_values(
            money_lines(d.open_weighted, self.tr("No open deals")), open_detail,
            tooltip=self.tr("Each open deal's value × its chance of winning, added up per currency. This is today's figure, whatever period is chosen."))
        self.cards["overdue"].set_values(
            fmt.number(d.followups_overdue),
            self.tr("still open and past their due time") if d.followups_overdue else self.tr("Nothing overdue. Well done!"),
            tooltip=self.tr("Follow-ups not marked done whose due time has passed."))
        self.cards["overdue"].value.setStyleSheet("color: #d64545;" if d.followups_overdue else "")

        self.empty_hint.setVisible(not d.has_deals)
        tables = {t.key: t for t in dashboard_tables(d)}
        specs = chart_specs(d, self.chart_currency())
        for key, section in self.sections.items():
            section.show_section(tables[key], specs.get(key))

    # --- actions ----------------------------------------------------------------------------

    def show_deals(self, query: DealQuery) -> DealsDialog:
        deals = self.reports.deals(query)
        dialog = DealsDialog(drill_title(query), deals, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _business(self) -> str:
        return str(self.ctx.services.settings.get("business_name") or "")

    def _ask_path(self, suffix: str, filter_text: str) -> Path | None:
        d = self.dashboard
        if d is not None:
            stem = self.tr("Report {start} to {end}").format(start=d.period.start.isoformat(), end=d.period.end.isoformat())
        else:
            stem = self.tr("Report")
        name = f"{stem}.{suffix}"
        folder = str(self.ctx.settings.value("reports/folder", str(Path.home())))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), str(Path(folder) / name), filter_text)
        if not path:
            return None
        p = Path(path)
        if p.suffix.lower() != f".{suffix}":
            p = p.with_name(p.name + f".{suffix}")
        self.ctx.settings.setValue("reports/folder", str(p.parent))
        return p

    def export_xlsx(self, path: Path) -> None:
        if self.dashboard is None:
            return
        business = self._business()
        tables, title = dashboard_tables(self.dashboard), report_title(self.dashboard, business)
        if business:
            tables[0].rows.insert(0, [self.tr("Business"), business])
            tables[0].drills.insert(0, None)
        self.status.setText(self.tr("Writing the Excel file…"))
        self.ctx.tasks.run(
            lambda _job: write_report_xlsx(tables, path, title),
            on_done=lambda p: self._exported(Path(p)),
            on_error=lambda exc, _tb: self._export_failed(path, exc),
        )

    def export_pdf(self, path: Path) -> None:
        from crm_desktop.ui.reports.pdf import write_report_pdf

        if self.dashboard is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_report_pdf(self.dashboard, path, self._business(), self.chart_currency())
        except OSError as exc:
            self._export_failed(path, exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._exported(path)

    def _exported(self, path: Path) -> None:
        text = self.tr("Saved the report to {path}.").format(path=path)
        self.status.setText(text)
        window = self.window()
        if hasattr(window, "show_message"):
            window.show_message(text)

    def _export_failed(self, path: Path, exc: BaseException) -> None:
        self.status.setText(self.tr("The report was not saved."))
        QMessageBox.warning(self, self.tr("Could not save the report"),
                            self.tr("The report could not be saved to {path}:\n{error}\n\nChoose another folder, or close the file if it is open in another program.").format(
                                path=path, error=i18n.user_message(exc)))

    def _on_xlsx_button_clicked(self) -> None:
        path = self._ask_path("xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_xlsx(path)

    def _on_pdf_button_clicked(self) -> None:
        path = self._ask_path("pdf", self.tr("PDF document (*.pdf)"))
        if path:
            self.export_pdf(path)
