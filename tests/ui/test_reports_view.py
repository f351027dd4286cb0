"""The Reports view: period and pipeline selectors, cards, empty state, drill-down, refresh."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from crm_desktop.services.changes import Change
from crm_desktop.services.reports import ReportService
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.reports.drilldown import DealsDialog
from crm_desktop.ui.reports.view import ReportsView
from crm_desktop.ui.tasks import TaskRunner
from report_dataset import BERLIN, NOW, insert_dataset

# The offscreen platform warns about size hints of top-level windows; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


class Host(QWidget):
    """A stand-in main window that records which records were opened."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[tuple[str, int]] = []
        QVBoxLayout(self)

    def open_record(self, kind: str, record_id: int) -> None:
        self.opened.append((kind, record_id))


def make_view(qtbot, services, app_paths, tmp_path, data: bool = True):
    if data:
        insert_dataset(services.db)
    services.reports = ReportService(services.db, tz=BERLIN, clock=lambda: NOW)
    tasks = TaskRunner()
    ctx = UiContext(services=services, bridge=ChangeBridge(services.hub), tasks=tasks,
                    settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                    paths=app_paths, undo=QUndoStack())
    host = Host()
    qtbot.addWidget(host)
    view = ReportsView(ctx)
    host.layout().addWidget(view)
    host.resize(1200, 900)
    host.show()
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=10_000)
    return host, view, ctx


@pytest.fixture
def reports_view(qtbot, services, app_paths, tmp_path):
    host, view, ctx = make_view(qtbot, services, app_paths, tmp_path)
    yield host, view, ctx
    ctx.tasks.wait()
    ctx.bridge.detach()


def test_cards_show_this_month(reports_view):
    _host, view, _ctx = reports_view
    assert view.preset().value == "this_month"
    assert view.cards["won"].value.text() == "1,900.00 EUR\n500,000 JPY\n500.00 USD"
    assert view.cards["won"].detail.text() == "4 deals won"
    assert view.cards["rate"].value.text() == "67 %"
    assert view.cards["open"].value.text() == "1,555.15 EUR\n100.00 USD"
    assert view.cards["overdue"].value.text() == "2"
    assert not view.empty_hint.isVisibleTo(view)
    assert view.currency_combo.isVisibleTo(view)
    assert view.sections["won"].table.rowCount() == 3


def test_period_selector_recomputes(qtbot, reports_view):
    _host, view, _ctx = reports_view
    assert not view.from_edit.isVisibleTo(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.set_preset("last_month")
    assert view.dashboard.period.start == date(2026, 2, 1)
    assert view.cards["won"].value.text() == "3,000.00 EUR"
    assert view.cards["rate"].detail.text() == "1 won, 1 lost"

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.set_preset("custom")
    assert view.from_edit.isVisibleTo(view) and view.to_edit.isVisibleTo(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.from_edit.setDate(QDate(2020, 1, 1))
        view.to_edit.setDate(QDate(2020, 1, 31))
    assert (view.dashboard.period.start, view.dashboard.period.end) == (date(2020, 1, 1), date(2020, 1, 31))
    assert view.cards["won"].value.text() == "Nothing yet"
    assert view.cards["rate"].value.text() == "–"
    won = view.sections["won"]
    assert won.empty.isVisibleTo(view) and not won.chart.isVisibleTo(view)
    assert won.empty.text() == "No deals won in this period."


def test_pipeline_selector(qtbot, reports_view):
    _host, view, _ctx = reports_view
    assert [view.pipeline_combo.itemText(i) for i in range(view.pipeline_combo.count())] == [
        "All pipelines", "Sales", "Wholesale"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.pipeline_combo.setCurrentIndex(2)
    assert view.dashboard.pipeline_id == 2
    assert view.cards["open"].value.text() == "240.00 EUR"


def test_table_row_click_opens_the_deals_and_double_click_opens_one(qtbot, reports_view):
    host, view, _ctx = reports_view
    table = view.sections["won"].table
    first = table.item(0, 0)  # Mar 2026, EUR
    table.scrollToItem(first)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(first).center())
    dialog = view.findChild(DealsDialog)
    assert dialog is not None and dialog.isVisible()
    titles = sorted(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount()))
    assert titles == ["Won in wholesale", "Won on 1 March"]
    item = dialog.table.item(0, 0)
    rect = dialog.table.visualItemRect(item)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert host.opened == [("deal", item.data(Qt.ItemDataRole.UserRole))]
    assert not dialog.isVisible()


def test_bar_click_and_card_click_drill_down(qtbot, reports_view):
    _host, view, _ctx = reports_view
    chart = view.sections["forecast"].chart
    bars = chart.chart().series()[0].barSets()[0]
    bars.clicked.emit(0)  # the March bar
    dialog = view.findChild(DealsDialog)
    assert sorted(dialog.deals[i].id for i in range(len(dialog.deals))) == [1, 5]
    dialog.close()
    stages = view.sections["stages"].chart
    expected = stages.chart().series()[0].barSets()[1]
    expected.clicked.emit(expected.count() - 1)  # horizontal: bottom-up, so the last bar is the first stage
    dialog = [d for d in view.findChildren(DealsDialog) if d.isVisible()][-1]
    assert sorted(d.id for d in dialog.deals) == [4, 17]
    dialog.close()
    view.cards["won"].clicked.emit()
    dialog = [d for d in view.findChildren(DealsDialog) if d.isVisible()][-1]
    assert sorted(d.id for d in dialog.deals) == [8, 9, 10, 11]


def test_drill_down_without_a_deal_view_says_so(qtbot, services):
    dialog = DealsDialog("Deals", [], None)
    qtbot.addWidget(dialog)
    dialog.open_deal(3)
    assert "can't be opened" in dialog.info.text()


def test_refreshes_when_deals_change(qtbot, reports_view):
    _host, view, ctx = reports_view
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ctx.services.hub.publish(Change.of("deal", updated=[1]))
    with qtbot.assertNotEmitted(view.loaded, wait=600):
        ctx.services.hub.publish(Change.of("tag", updated=[1]))


def test_empty_database_says_what_to_do(qtbot, services, app_paths, tmp_path):
    _host, view, ctx = make_view(qtbot, services, app_paths, tmp_path, data=False)
    try:
        assert view.empty_hint.isVisibleTo(view)
        assert "Pipeline view" in view.empty_hint.text()
        assert view.cards["open"].value.text() == "No open deals"
        assert view.cards["overdue"].detail.text() == "Nothing overdue. Well done!"
        assert not view.currency_combo.isVisibleTo(view)
        assert view.sections["stages"].empty.isVisibleTo(view)
    finally:
        ctx.tasks.wait()
        ctx.bridge.detach()


def test_export_from_the_view(qtbot, reports_view, tmp_path):
    _host, view, ctx = reports_view
    ctx.services.settings.set("business_name", "Kurz & Söhne")
    view.export_pdf(tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "Saved the report" in view.status.text()
    view.export_xlsx(tmp_path / "report.xlsx")
    qtbot.waitUntil(lambda: "Saved the report" in view.status.text() and (tmp_path / "report.xlsx").exists(),
                    timeout=10_000)


def test_bar_tooltips_give_exact_values(qtbot, reports_view):
    from PySide6.QtWidgets import QToolTip

    _host, view, _ctx = reports_view
    forecast = view.sections["forecast"].chart
    forecast.chart().series()[0].barSets()[0].hovered.emit(True, 2)  # May 2026
    assert QToolTip.text() == "May 2026\nExpected value: 750.15 EUR\nClick to see these deals"
    activities = view.sections["activities"].chart
    activities.chart().series()[0].barSets()[0].hovered.emit(True, 0)
    assert QToolTip.text() == "Week of 23 Feb 2026\nCall: 1"
