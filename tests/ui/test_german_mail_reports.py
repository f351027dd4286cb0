"""The email dialogs, the reports and the trash in German: texts, months and money from QLocale,
labels from the services translated by their keys; and chart labels that are never cut short."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QToolTip

from crm_desktop.domain.money import Money
from crm_desktop.services import report_tables
from crm_desktop.services.followups import FollowUpInput
from crm_desktop.services.reports import ReportService
from crm_desktop.ui import dates, i18n
from crm_desktop.ui.reports import format as fmt
from crm_desktop.ui.reports import tables
from crm_desktop.ui.reports.charts import ChartSpec, label_angle
from mail_support import make_contact
from report_dataset import BERLIN, NOW, insert_dataset

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.usefixtures("german")]  # every test in German


@pytest.fixture
def reports_ctx(ui_ctx):
    insert_dataset(ui_ctx.services.db)
    ui_ctx.services.reports = ReportService(ui_ctx.services.db, tz=BERLIN, clock=lambda: NOW)
    return ui_ctx


def test_money_numbers_and_months_follow_the_locale() -> None:
    assert fmt.money(Money(-123456789, "EUR")) == "-1.234.567,89 EUR"
    assert fmt.money(Money(500000, "JPY")) == "500.000 JPY"
    assert fmt.percent(2 / 3) == "67 %"
    assert fmt.month_text("2026-03") == "März 2026"
    assert dates.date_text(date(2026, 2, 23)) == "23. Feb. 2026"
    i18n.install("en")
    assert fmt.money(Money(-123456789, "EUR")) == "-1,234,567.89 EUR"
    assert dates.date_text(date(2026, 2, 23)) == "23 Feb 2026"


def test_reports_view_in_german(qtbot, reports_ctx) -> None:
    from crm_desktop.ui.reports.view import ReportsView

    view = ReportsView(reports_ctx)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=10_000)
    assert view.period_combo.currentText() == "Dieser Monat"
    assert view.cards["won"].title.text() == "In diesem Zeitraum gewonnen"
    assert view.cards["won"].value.text() == "1.900,00 EUR\n500.000 JPY\n500,00 USD"
    assert view.cards["won"].detail.text() == "4 Deals gewonnen"
    assert view.cards["rate"].value.text() == "67 %"
    assert view.status.text().startswith("März 2026 · Stand ")
    won = view.sections["won"]
    assert won.heading.text() == "Gewonnen pro Monat"
    assert won.table.horizontalHeaderItem(1).text() == "Gewonnene Deals"
    assert won.table.item(0, 0).text() == "März 2026"
    assert won.table.item(0, 2).text().endswith(" EUR") and "," in won.table.item(0, 2).text()

    forecast = view.sections["forecast"].chart
    forecast.chart().series()[0].barSets()[0].hovered.emit(True, 2)
    assert QToolTip.text() == "Mai 2026\nErwarteter Wert: 750,15 EUR\nKlicken, um diese Deals zu sehen"

    dialog = view.show_deals(view.dashboard.won_drill)
    assert dialog.windowTitle() == "Im Zeitraum gewonnene Deals"
    assert dialog.table.horizontalHeaderItem(3).text() == "Status"
    assert {dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())} == {"Gewonnen"}
    dialog.close()
    reports_ctx.tasks.wait()


def test_window_tables_match_the_command_line_tables_in_english(reports_ctx) -> None:
    """The window shows the services' report tables translated; in English they say exactly
    what the tables for the command line say."""
    i18n.install("en")
    svc = reports_ctx.services.reports
    for preset in ("this_month", "last_12_months"):
        d = svc.dashboard(svc.period(preset))
        ours, theirs = tables.dashboard_tables(d), report_tables.dashboard_tables(d)
        assert [t.key for t in ours] == [t.key for t in theirs]
        for a, b in zip(ours, theirs, strict=True):
            assert (a.title, a.note, a.headers, a.empty) == (b.title, b.note, b.headers, b.empty)
            assert a.rows == b.rows and a.drills == b.drills
        assert tables.report_title(d, "Shop") == report_tables.report_title(d, "Shop")


def test_report_tables_and_titles_in_german(reports_ctx) -> None:
    svc = reports_ctx.services.reports
    d = svc.dashboard(svc.period("this_month"))
    summary = tables.summary_table(d)
    assert summary.title == "Übersicht" and summary.headers == ["Kennzahl", "Wert"]
    assert summary.rows[0] == ["Zeitraum", "März 2026"]
    assert ["Gewonnener Wert (EUR)", Money(190000, "EUR")] in summary.rows
    assert tables.report_title(d, "Kurz & Söhne") == "Kurz & Söhne – Bericht für März 2026"
    assert tables.drill_title(d.lost_drill) == "Im Zeitraum verlorene Deals"
    first = d.forecast[0]
    assert tables.drill_title(first.drill) == \
        f"Offene Deals mit erwartetem Abschluss im {fmt.month_text(first.month)} ({first.currency})"
    assert tables.preset_label(d.period.preset) == "Dieser Monat"


def test_trash_in_german(qtbot, ui_ctx) -> None:
    from crm_desktop.ui.trash.view import TrashView

    services = ui_ctx.services
    anna = make_contact(services, "Anna", "Test")
    call = services.followups.create(FollowUpInput(title="Call back", due_date=date(2026, 3, 2), contact_id=anna))
    pay = services.followups.create(FollowUpInput(title="Pay", due_date=date(2025, 12, 24), contact_id=anna))
    services.trash.move_to_trash([("contact", anna), ("followup", call), ("followup", pay)])
    view = TrashView(ui_ctx)
    qtbot.addWidget(view)
    view.reload()
    model = view.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Art"
    rows = {model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())}
    assert rows["Anna Test"] == ("Kontakt", "")
    assert rows["Call back"] == ("Wiedervorlage", "fällig am 2. März 2026")  # the due date from the service
    assert rows["Pay"] == ("Wiedervorlage", "fällig am 24. Dez. 2025")
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by date, not by the German text
    shown = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert shown.index("Pay") < shown.index("Call back")
    assert view.count_label.text() == "3 Einträge im Papierkorb"
    view.kind_filter.setCurrentIndex(3)  # deals
    assert view.empty.text() == "Keine Deals im Papierkorb."


def test_merge_dialog_in_german(qtbot, ui_ctx) -> None:
    from crm_desktop.ui.mail.merge_dialog import MergeDialog

    services = ui_ctx.services
    ids = [make_contact(services, "Eva", "", ["eva@x.example"]), make_contact(services, "Max", "", [])]
    dialog = MergeDialog(ui_ctx, ids)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    assert dialog.windowTitle() == "Serienmail"
    assert dialog.audience.itemText(0) == "Die 2 ausgewählten Kontakte"
    assert dialog.banner.text() == "Richten Sie zuerst Ihr E-Mail-Konto ein: Extras → E-Mail-Einstellungen…"
    assert dialog.summary.text().startswith("1 Empfänger erhält diese Nachricht. 1 wird übersprungen")
    assert dialog.start_button.text() == "An 1 senden"
    statuses = {dialog.model.index(r, 2).data() for r in range(2)}
    assert "Wird gesendet" in statuses and any(s.startswith("Übersprungen") for s in statuses)
    assert dialog.audience_label() == "ausgewählte Kontakte"


def test_category_labels_turn_instead_of_being_cut() -> None:
    font = QFont()
    font.setPointSizeF(8.5)
    assert label_angle(["A", "B", "C"], font, 600) == 0
    months = [fmt.month_text(f"2026-{m:02d}") for m in range(1, 13)]
    assert label_angle(months, font, 1400) == 0
    assert label_angle(months, font, 900) == -60
    assert label_angle(months, font, 450) == -90


def test_a_chart_goes_above_its_table_when_there_is_no_room_beside_it(qtbot) -> None:
    from crm_desktop.domain.reports import ReportTable
    from crm_desktop.ui.reports.charts import BarSet, _count_fmt
    from crm_desktop.ui.reports.widgets import Section

    section = Section("contacts")
    qtbot.addWidget(section)
    table = ReportTable("contacts", "Neue Kontakte", "", ["Monat", "Neue Kontakte mit einer langen Überschrift"],
                        rows=[["März 2026", 3]], drills=[None])
    spec = ChartSpec("contacts", "t", ["März 2026"], [BarSet("x", [3.0], "#3b78d8")], _count_fmt)
    section.resize(1100, 500)
    section.show()
    section.show_section(table, spec)
    assert section.body.direction() == section.body.Direction.LeftToRight
    section.resize(section.table.width() + 300, 500)
    qtbot.waitUntil(lambda: section.body.direction() == section.body.Direction.TopToBottom, timeout=2000)
