"""The report as a PDF: one page per section (long tables continue on the next page), each
with the business name and the period in the header, the section's chart and its table.

Needs a QApplication (charts are graphics widgets); the CLI creates an offscreen one.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QGraphicsScene

from crm_desktop.domain.money import Money
from crm_desktop.domain.reports import Dashboard, Ratio, ReportTable
from crm_desktop.ui import dates
from crm_desktop.ui.reports import format as fmt
from crm_desktop.ui.reports.charts import build_chart, chart_specs, needed_height
from crm_desktop.ui.reports.tables import dashboard_tables, report_title
from crm_desktop.ui.reports.widgets import cell_text

RESOLUTION = 150
CHART_LOGICAL_WIDTH = 1000.0


def print_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#202124"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#c8ccd2"))
    return p


class _PageWriter:
    def __init__(self, writer: QPdfWriter, painter: QPainter, header_left: str, header_right: str):
        self.writer = writer
        self.painter = painter
        self.header_left = header_left
        self.header_right = header_right
        self.pages = 0
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.y = 0.0
        self.body = QFont("DejaVu Sans")
        self.body.setPointSizeF(10.5)
        self.bold = QFont(self.body)
        self.bold.setBold(True)
        self.title = QFont(self.body)
        self.title.setPointSizeF(16)
        self.title.setBold(True)
        self.subtle = QColor("#5f6368")

    def new_page(self) -> None:
        if self.pages:
            self.writer.newPage()
        self.pages += 1
        p = self.painter
        p.setFont(self.bold)
        fm = QFontMetricsF(self.bold, self.writer)
        p.setPen(QColor("#202124"))
        left = min(fm.horizontalAdvance(self.header_left), self.width / 2)
        p.drawText(QRectF(0, 0, left, fm.height()), Qt.AlignmentFlag.AlignLeft,
                   fm.elidedText(self.header_left, Qt.TextElideMode.ElideRight, left))
        p.setFont(self.body)
        room = self.width - left - fm.height()  # the rest of the line, after a gap
        right = QFontMetricsF(self.body, self.writer).elidedText(self.header_right, Qt.TextElideMode.ElideLeft, room)
        p.drawText(QRectF(self.width - room, 0, room, fm.height()), Qt.AlignmentFlag.AlignRight, right)
        y = fm.height() * 1.4
        p.setPen(QPen(QColor("#c8ccd2"), 2))
        p.drawLine(0, int(y), int(self.width), int(y))
        p.setPen(self.subtle)
        p.drawText(QRectF(0, self.height - fm.height(), self.width, fm.height()), Qt.AlignmentFlag.AlignRight,
                   QCoreApplication.translate("ReportPdf", "Page {number}").format(number=self.pages))
        self.y = y + fm.height()

    def bottom(self) -> float:
        return self.height - QFontMetricsF(self.body, self.writer).height() * 2

    def text(self, text: str, font: QFont, color: QColor | None = None, gap: float = 0.4) -> None:
        p = self.painter
        p.setFont(font)
        p.setPen(color or QColor("#202124"))
        rect = QRectF(0, self.y, self.width, self.height)
        bound = p.boundingRect(rect, Qt.TextFlag.TextWordWrap, text)
        p.drawText(rect, Qt.TextFlag.TextWordWrap, text)
        self.y += bound.height() + QFontMetricsF(font, self.writer).height() * gap

    def chart(self, chart: QChart, height: float) -> None:
        scale = self.width / CHART_LOGICAL_WIDTH
        logical_h = height / scale
        scene = QGraphicsScene()
        scene.addItem(chart)
        chart.setGeometry(QRectF(0, 0, CHART_LOGICAL_WIDTH, logical_h))
        scene.render(self.painter, QRectF(0, self.y, self.width, height),
                     QRectF(0, 0, CHART_LOGICAL_WIDTH, logical_h))
        scene.removeItem(chart)
        chart.deleteLater()
        self.y += height + QFontMetricsF(self.body, self.writer).height()

    def table(self, table: ReportTable, continued_title: str) -> None:
        p = self.painter
        fm, fmb = QFontMetricsF(self.body, self.writer), QFontMetricsF(self.bold, self.writer)
        texts = [[cell_text(v) for v in row] for row in table.rows]
        widths = [fmb.horizontalAdvance(h) for h in table.headers]
        for row in texts:
            for i, t in enumerate(row):
                widths[i] = max(widths[i], fm.horizontalAdvance(t))
        pad = fm.height() * 0.8
        widths = [w + pad for w in widths]
        total = sum(widths)
        if total > self.width:
            widths = [w * self.width / total for w in widths]
        row_h = fm.height() * 1.45
        numeric = [any(isinstance(r[i], (int, float, Money, Ratio)) and not isinstance(r[i], bool)
                       for r in table.rows) for i in range(len(table.headers))]

        def draw_row(cells: list[str], font: QFont, shade: bool) -> None:
            if shade:
                p.fillRect(QRectF(0, self.y, sum(widths), row_h), QColor("#f1f3f6"))
            p.setFont(font)
            p.setPen(QColor("#202124"))
            x = 0.0
            for i, t in enumerate(cells):
                align = Qt.AlignmentFlag.AlignRight if numeric[i] else Qt.AlignmentFlag.AlignLeft
                rect = QRectF(x + pad / 3, self.y, widths[i] - pad * 2 / 3, row_h)
                p.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, fm.elidedText(t, Qt.TextElideMode.ElideRight,
                                                                                     rect.width()))
                x += widths[i]
            self.y += row_h

        def header() -> None:
            draw_row(table.headers, self.bold, False)
            p.setPen(QPen(QColor("#9aa0a6"), 1.5))
            p.drawLine(0, int(self.y), int(sum(widths)), int(self.y))

        header()
        for n, cells in enumerate(texts):
            if self.y + row_h > self.bottom():
                self.new_page()
                self.text(continued_title, self.title)
                header()
            draw_row(cells, self.body, n % 2 == 1)


def write_report_pdf(d: Dashboard, path: Path, business_name: str = "", currency: str | None = None) -> int:
    """Write the report to ``path`` (atomically). Returns the number of pages."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.tmp", dir=path.parent)
    os.close(fd)
    try:
        pages = _render(d, tmp, business_name, currency)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return pages


def _render(d: Dashboard, filename: str, business_name: str, currency: str | None) -> int:
    writer = QPdfWriter(filename)
    writer.setResolution(RESOLUTION)
    writer.setTitle(report_title(d, business_name))
    writer.setCreator("crm-desktop")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(14, 12, 14, 12), QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    try:
        period, printed = fmt.period_text(d.period), dates.date_text(date.today())
        if d.pipeline_name:
            right = QCoreApplication.translate("ReportPdf", "Report for {period} ({pipeline}) · printed {date}").format(
                period=period, pipeline=d.pipeline_name, date=printed)
        else:
            right = QCoreApplication.translate("ReportPdf", "Report for {period} (all pipelines) · printed {date}").format(
                period=period, date=printed)
        page = _PageWriter(writer, painter, business_name or QCoreApplication.translate("ReportPdf", "Report"), right)
        specs = chart_specs(d, currency)
        palette = print_palette()
        for table in dashboard_tables(d):
            page.new_page()
            page.text(table.title, page.title)
            page.text(table.note, page.body, page.subtle, gap=0.8)
            spec = specs.get(table.key)
            has_chart = spec is not None and not spec.empty
            if has_chart:
                scale = page.width / CHART_LOGICAL_WIDTH
                height = min(max(page.height * 0.42, needed_height(spec) * scale), page.height * 0.6)
                page.chart(build_chart(spec, palette, CHART_LOGICAL_WIDTH), height)
            if table.rows and (spec is None or not spec.empty):
                page.table(table, QCoreApplication.translate("ReportPdf", "{title} (continued)").format(title=table.title))
            else:
                page.text(table.empty, page.body, page.subtle)
    finally:
        painter.end()
    return page.pages
