"""Bar charts of the dashboard (QtCharts): what each chart shows, and how it is drawn.

``chart_specs(dashboard, currency)`` describes the charts as plain data; ``build_chart``
turns one into a QChart coloured for the light or dark palette. Money charts show one
currency at a time (amounts in different currencies are never added or compared).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from crm_desktop.domain.money import Money, exponent
from crm_desktop.domain.reports import Dashboard, DealQuery
from crm_desktop.services.report_tables import activity_kinds
from crm_desktop.ui import dates
from crm_desktop.ui.reports import format as fmt
from crm_desktop.ui.reports.tables import activity_label, customer_name, reason_label

COLORS = ["#3b78d8", "#2e9d62", "#e08a1e", "#8a63d2", "#d64545", "#1aa3a3", "#c2569b", "#7d8b99"]
GOOD, BAD = "#2e9d62", "#d64545"


@dataclass
class BarSet:
    name: str
    values: list[float]
    color: str
    drills: list[DealQuery | None] = field(default_factory=list)


@dataclass
class ChartSpec:
    key: str  # the report section it belongs to
    title: str
    categories: list[str]
    sets: list[BarSet]
    fmt: Callable[[float], str]
    stacked: bool = False
    horizontal: bool = False
    unit: str = ""  # shown as the value axis title (the currency of money charts)
    tips: list[str] | None = None  # full category names for tooltips when the axis shortens them
    category_axis: str = ""  # when set, the category labels are hidden and this title replaces them

    @property
    def empty(self) -> bool:
        return not any(v for s in self.sets for v in s.values)


def _money_fmt(currency: str) -> Callable[[float], str]:
    digits = exponent(currency)
    return lambda v: fmt.money(Money(round(v * 10**digits), currency))


def _count_fmt(v: float) -> str:
    return fmt.number(v)


def _major(minor: int, currency: str) -> float:
    return minor / 10 ** exponent(currency)


def chart_specs(d: Dashboard, currency: str | None) -> dict[str, ChartSpec]:
    """The charts of the dashboard, with titles, legends and axis labels in the window's language."""
    cur = currency or (d.currencies[0] if d.currencies else "EUR")
    money = _money_fmt(cur)
    specs: dict[str, ChartSpec] = {}
    total_value = QCoreApplication.translate("ReportCharts", "Total value")
    expected_value = QCoreApplication.translate("ReportCharts", "Expected value")
    won_value = QCoreApplication.translate("ReportCharts", "Won value")
    won_word = QCoreApplication.translate("ReportCharts", "Won")
    lost_word = QCoreApplication.translate("ReportCharts", "Lost")

    stages = [r for r in d.stages if r.currency == cur]
    names = [f"{r.stage}" if d.pipeline_id else f"{r.pipeline}: {r.stage}" for r in stages]
    specs["stages"] = ChartSpec("stages", QCoreApplication.translate("ReportCharts", "Open deals by stage ({currency})").format(currency=cur), names, [
        BarSet(total_value, [_major(r.total_minor, cur) for r in stages], "#9bb8e8", [r.drill for r in stages]),
        BarSet(expected_value, [_major(r.weighted_minor, cur) for r in stages], COLORS[0],
               [r.drill for r in stages]),
    ], money, horizontal=True, unit=cur)

    by_month = {f.month: f for f in d.forecast if f.currency == cur}
    specs["forecast"] = ChartSpec("forecast", QCoreApplication.translate("ReportCharts", "Expected to close, by month ({currency})").format(currency=cur),
                                  [fmt.month_text(m) for m in d.forecast_months], [
        BarSet(expected_value, [_major(by_month[m].minor, cur) if m in by_month else 0 for m in d.forecast_months],
               COLORS[3], [by_month[m].drill if m in by_month else None for m in d.forecast_months]),
    ], money, unit=cur)

    won = {m.month: m for m in d.won_by_month if m.currency == cur}
    specs["won"] = ChartSpec("won", QCoreApplication.translate("ReportCharts", "Won per month ({currency})").format(currency=cur),
                             [fmt.month_text(m) for m in d.won_months], [
        BarSet(won_value, [_major(won[m].minor, cur) if m in won else 0 for m in d.won_months], COLORS[1],
               [won[m].drill if m in won else None for m in d.won_months]),
    ], money, unit=cur)

    reasons = d.lost_reasons
    none = [None] * len(reasons)
    specs["lost"] = ChartSpec("lost", QCoreApplication.translate("ReportCharts", "Won and lost deals"),
                              [won_word, lost_word, *[reason_label(r.reason) for r in reasons]], [
        BarSet(won_word, [d.won_count, 0, *[0] * len(reasons)], GOOD, [d.won_drill, None, *none]),
        BarSet(lost_word, [0, d.lost_count, *[r.count for r in reasons]], BAD,
               [None, d.lost_drill, *[r.drill for r in reasons]]),
    ], _count_fmt, stacked=True, horizontal=True, unit=QCoreApplication.translate("ReportCharts", "deals"))

    top = [r for r in d.top_customers if r.currency == cur]
    specs["customers"] = ChartSpec("customers", QCoreApplication.translate("ReportCharts", "Best customers ({currency})").format(currency=cur),
                                   [customer_name(r.name) for r in top], [
        BarSet(won_value, [_major(r.minor, cur) for r in top], COLORS[2], [r.drill for r in top]),
    ], money, horizontal=True, unit=cur)

    kinds = activity_kinds(d)
    counts = {(w.week, w.kind): w.count for w in d.activities}
    weeks = d.activity_weeks
    full = [QCoreApplication.translate("ReportCharts", "Week of {date}").format(date=dates.date_text(w)) for w in weeks]
    crowded = len(weeks) > 16  # too many weeks to label each bar: name the range instead
    axis = QCoreApplication.translate("ReportCharts", "{count} weeks, {first} to {last} (point at a bar to see its week)").format(
        count=fmt.number(len(weeks)), first=dates.date_text(weeks[0]), last=dates.date_text(weeks[-1])) if crowded and weeks else ""
    specs["activities"] = ChartSpec(
        "activities", QCoreApplication.translate("ReportCharts", "Activities per week"),
        full if crowded else [dates.day_month_text(w) for w in weeks],
        [BarSet(activity_label(k), [counts.get((w, k), 0) for w in weeks], COLORS[i % len(COLORS)])
         for i, k in enumerate(kinds)],
        _count_fmt, stacked=True, tips=full, category_axis=axis)

    specs["followups"] = ChartSpec("followups", QCoreApplication.translate("ReportCharts", "Follow-ups"), [
        QCoreApplication.translate("ReportCharts", "Done on time"),
        QCoreApplication.translate("ReportCharts", "Done late"),
        QCoreApplication.translate("ReportCharts", "Overdue now"),
    ], [
        BarSet(QCoreApplication.translate("ReportCharts", "On time"), [d.followups_on_time, 0, 0], GOOD),
        BarSet(QCoreApplication.translate("ReportCharts", "Late or overdue"), [0, d.followups_late, d.followups_overdue], BAD),
    ], _count_fmt, stacked=True)

    new_contacts = QCoreApplication.translate("ReportCharts", "New contacts")
    specs["contacts"] = ChartSpec("contacts", QCoreApplication.translate("ReportCharts", "New contacts per month"),
                                  [fmt.month_text(m.month) for m in d.new_contacts],
                                  [BarSet(new_contacts, [m.count for m in d.new_contacts], COLORS[5])], _count_fmt)
    return specs


LABEL_PADDING = 5  # Qt Charts' space on each side of an axis label
MIN_HEIGHT = 240


def needed_height(spec: ChartSpec) -> int:
    """Height (px) a chart needs so that each category label of a horizontal chart gets a line."""
    return max(MIN_HEIGHT, 110 + 26 * len(spec.categories)) if spec.horizontal else MIN_HEIGHT


def label_angle(categories: list[str], font: QFont, plot_width: float) -> int:
    """How to turn the category labels under a chart so that none is cut short: 0 when they fit
    side by side, else -60, else -90. (Qt Charts shortens a label to its category's width.)"""
    if not categories or plot_width <= 0:
        return 0
    metrics = QFontMetricsF(font)
    room = plot_width / (len(categories) + 1) - 2 * LABEL_PADDING - 2
    widest = max(metrics.horizontalAdvance(c) for c in categories)
    if widest <= room:
        return 0
    if 0.5 * widest + 0.87 * metrics.height() <= room:
        return -60
    return -90


def build_chart(spec: ChartSpec, palette: QPalette, width: float = 0) -> QChart:
    """The chart for ``spec``; ``width`` (when known) lets the category labels be turned to fit."""
    chart = QChart()
    chart.setLocalizeNumbers(True)
    chart.setLocale(fmt.locale())
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = palette.color(QPalette.ColorRole.Mid)
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setBackgroundRoundness(6)
    chart.setMargins(QMargins(4, 4, 4, 4))
    if spec.horizontal:
        series = QHorizontalStackedBarSeries() if spec.stacked else QHorizontalBarSeries()
    else:
        series = QStackedBarSeries() if spec.stacked else QBarSeries()
    for s in spec.sets:
        bar = QBarSet(s.name)
        values = list(reversed(s.values)) if spec.horizontal else s.values
        bar.append([float(v) for v in values])
        bar.setColor(QColor(s.color))
        bar.setBorderColor(QColor(s.color))
        series.append(bar)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(reversed(spec.categories)) if spec.horizontal else spec.categories)
    small = QFont()
    small.setPointSizeF(8.5)
    if spec.category_axis:
        axis_x.setLabelsVisible(False)
        axis_x.setGridLineVisible(False)
        axis_x.setTitleText(spec.category_axis)
    elif not spec.horizontal and width:
        axis_x.setLabelsAngle(label_angle(spec.categories, small, width - 80))
    axis_y = QValueAxis()
    top = max((sum(s.values[i] for s in spec.sets) if spec.stacked else max(s.values[i] for s in spec.sets)
               for i in range(len(spec.categories))), default=0) if spec.sets else 0
    if spec.fmt is _count_fmt and top <= 8:
        ticks = max(1, math.ceil(top))
        axis_y.setRange(0, ticks)
        axis_y.setTickCount(ticks + 1)
    else:
        axis_y.setRange(0, top * 1.1 if top > 0 else 1)
        axis_y.applyNiceNumbers()
    axis_y.setLabelFormat("%.0f")
    if spec.unit:
        axis_y.setTitleText(spec.unit)
    for axis in (axis_x, axis_y):
        axis.setTitleBrush(text)
        axis.setTitleFont(small)
    for axis in (axis_x, axis_y):
        axis.setLabelsColor(text)
        axis.setLabelsFont(small)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)
    if spec.horizontal:
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    legend = chart.legend()
    legend.setVisible(len(spec.sets) > 1)
    legend.setLabelColor(text)
    legend.setFont(small)
    legend.setShowToolTips(True)  # a name shortened for lack of room shows in full on hover
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class ChartPanel(QChartView):
    """A chart with exact-value tooltips. Signals: ``bar_clicked(DealQuery)`` when a bar
    that stands for deals is clicked."""

    bar_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_HEIGHT)
        self.setMinimumWidth(260)
        self.spec: ChartSpec | None = None

    def show_spec(self, spec: ChartSpec) -> None:
        self.spec = spec
        self.setMinimumHeight(needed_height(spec))
        old = self.chart()
        chart = build_chart(spec, self.palette())
        self.setChart(chart)
        chart.plotAreaChanged.connect(self._on_plot_area_changed)
        self._on_plot_area_changed(chart.plotArea())
        if old is not None:
            old.deleteLater()
        series = chart.series()[0]
        for index, bar in enumerate(series.barSets()):
            bar.hovered.connect(lambda status, i, b=index: self._on_bar_hovered(status, b, i))
            bar.clicked.connect(lambda i, b=index: self._on_bar_clicked(b, i))

    def _on_plot_area_changed(self, area: QRectF) -> None:
        """Turn the category labels as far as the chart's width requires (never cut them)."""
        spec = self.spec
        axes = self.chart().axes(Qt.Orientation.Horizontal)
        if spec is None or spec.horizontal or spec.category_axis or not axes or area.width() <= 0:
            return
        angle = label_angle(spec.categories, axes[0].labelsFont(), area.width())
        if axes[0].labelsAngle() != angle:
            axes[0].setLabelsAngle(angle)

    def _spec_index(self, index: int) -> int:
        """Horizontal charts list categories bottom-up; map back to the spec's order."""
        if self.spec is not None and self.spec.horizontal:
            return len(self.spec.categories) - 1 - index
        return index

    def drill_at(self, set_index: int, index: int) -> DealQuery | None:
        if self.spec is None:
            return None
        drills = self.spec.sets[set_index].drills
        return drills[index] if index < len(drills) else None

    def _on_bar_hovered(self, status: bool, set_index: int, index: int) -> None:
        if not status or self.spec is None:
            QToolTip.hideText()
            return
        index = self._spec_index(index)
        s = self.spec.sets[set_index]
        names = self.spec.tips or self.spec.categories
        value = self.tr("{series}: {value}").format(series=s.name, value=self.spec.fmt(s.values[index]))
        tip = f"{names[index]}\n{value}"
        if self.drill_at(set_index, index) is not None:
            tip += "\n" + QCoreApplication.translate("ReportsView", "Click to see these deals")
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        QToolTip.showText(QCursor.pos(), tip, self)

    def _on_bar_clicked(self, set_index: int, index: int) -> None:
        drill = self.drill_at(set_index, self._spec_index(index))
        if drill is not None:
            self.bar_clicked.emit(drill)
