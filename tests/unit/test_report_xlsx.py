"""The report workbook: one sheet per section, typed numbers, money formats, frozen bold header."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from crm_desktop.services.report_tables import SECTION_TITLES, dashboard_tables, export_xlsx
from crm_desktop.services.reports import ReportService
from report_dataset import BERLIN, NOW, insert_dataset


@pytest.fixture
def dashboard(services):
    insert_dataset(services.db)
    svc = ReportService(services.db, tz=BERLIN, clock=lambda: NOW)
    return svc.dashboard(svc.period("this_month"))


def test_workbook_has_typed_cells(dashboard, tmp_path):
    path = export_xlsx(dashboard, tmp_path / "out" / "report.xlsx", business_name="=Shop & Co")
    assert not [p for p in path.parent.iterdir() if p.name != "report.xlsx"]  # no temp file left
    wb = load_workbook(path)
    assert wb.sheetnames == list(SECTION_TITLES.values())
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert all(c.font.b for c in ws[1] if c.value is not None)

    summary = wb["Summary"]
    assert summary["A2"].value == "Business"
    assert summary["B2"].value == "=Shop & Co" and summary["B2"].data_type == "s"  # text, not a formula
    values = {row[0].value: row[1] for row in summary.iter_rows(min_row=2)}
    assert values["Deals won"].value == 4
    assert float(values["Won value (EUR)"].value) == 1900.0
    assert values["Won value (EUR)"].number_format == '#,##0.00 "EUR";-#,##0.00 "EUR"'
    assert values["Won value (JPY)"].value == 500000
    assert values["Won value (JPY)"].number_format.startswith('#,##0 "JPY"')
    assert values["Win rate (won out of won + lost)"].value == pytest.approx(4 / 6)
    assert values["Win rate (won out of won + lost)"].number_format == "0.0%"
    assert values["Average days from new deal to won"].value == pytest.approx(13.0)

    stages = wb["Open deals by stage"]
    assert [c.value for c in stages[1]] == ["Pipeline", "Stage", "Chance", "Deals", "Total value", "Expected value"]
    row = [c.value for c in stages[5]]
    assert row[:4] == ["Sales", "Negotiation", 0.8, 1]
    assert float(row[4]) == 2500.50 and float(row[5]) == 750.15
    assert stages["F3"].number_format.endswith('"USD"')

    weeks = wb["Activities per week"]
    assert weeks["A2"].value == datetime(2026, 2, 23) and weeks["A2"].is_date
    assert [c.value for c in weeks[1]][-1] == "Total"
    assert sum(r[-1].value for r in weeks.iter_rows(min_row=2)) == 5


def test_tables_match_the_dashboard(dashboard):
    tables = {t.key: t for t in dashboard_tables(dashboard)}
    assert [r[0] for r in tables["followups"].rows] == ["Done on time", "Done late", "Overdue now"]
    assert [r[1] for r in tables["followups"].rows] == [2, 2, 2]
    assert tables["customers"].rows[0][:4] == [1, "Tom Lee", "Person", 1]
    assert tables["customers"].rows[2][0] == 1  # ranks restart for each currency
    assert len(tables["won"].drills) == len(tables["won"].rows) == 3
    assert tables["contacts"].rows == [["Mar 2026", 1]]
    assert tables["activities"].rows[0][0] == date(2026, 2, 23)
