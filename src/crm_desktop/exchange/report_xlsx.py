"""Write the report tables to an XLSX workbook: one sheet per section, typed cells.

Numbers stay numbers (money as amounts with a currency number format, shares as
percentages, dates as dates); text is always written as text, never as a formula. The file
is written under a temporary name in the same folder and renamed when complete.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from crm_desktop.domain.money import Money, exponent
from crm_desktop.domain.reports import Ratio, ReportTable
from crm_desktop.storage.safe_write import atomic_open

_INVALID_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def money_format(currency: str) -> str:
    digits = exponent(currency)
    number = "#,##0" + ("." + "0" * digits if digits else "")
    return f'{number} "{currency}";-{number} "{currency}"'


def _write_cell(ws, row: int, col: int, value: object) -> int:
    """Write one typed cell; returns the width its text needs."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, Money):
        cell.value = value.amount
        cell.number_format = money_format(value.currency)
        return len(str(value)) + 2
    if isinstance(value, Ratio):
        cell.value = value.value
        cell.number_format = "0.0%"
        return 8
    if isinstance(value, bool):
        cell.value = "yes" if value else "no"
        return 4
    if isinstance(value, int):
        cell.value = value
        cell.number_format = "#,##0"
        return len(f"{value:,}") + 1
    if isinstance(value, float):
        cell.value = value
        cell.number_format = "#,##0.0"
        return len(f"{value:,.1f}") + 1
    if isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = "yyyy-mm-dd hh:mm"
        return 17
    if isinstance(value, date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
        return 11
    text = "" if value is None else str(value)
    cell.value = text
    cell.data_type = "s"  # never a formula, whatever the text starts with
    return len(text)


def _sheet_title(title: str, used: set[str]) -> str:
    base = title.translate(_INVALID_SHEET_CHARS).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def build_workbook(tables: Sequence[ReportTable], title: str = "") -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = title or "Report"
    used: set[str] = set()
    bold = Font(bold=True)
    for table in tables:
        ws = wb.create_sheet(_sheet_title(table.title, used))
        widths = [len(h) + 2 for h in table.headers]
        for col, header in enumerate(table.headers, start=1):
            _write_cell(ws, 1, col, header)
            ws.cell(row=1, column=col).font = bold
        for r, row in enumerate(table.rows, start=2):
            for c, value in enumerate(row, start=1):
                width = _write_cell(ws, r, c, value)
                if c <= len(widths):
                    widths[c - 1] = max(widths[c - 1], width)
        ws.freeze_panes = "A2"
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = min(max(width, 8), 60)
    return wb


def write_report_xlsx(tables: Sequence[ReportTable], path: Path, title: str = "") -> Path:
    """Write the workbook to ``path`` atomically (temp file in the same folder, then rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = build_workbook(tables, title)
    with atomic_open(path, "wb") as fh:
        wb.save(fh)
    return path
