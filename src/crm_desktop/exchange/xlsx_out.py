"""XLSX writing with xlsxwriter in constant-memory mode (rows streamed to disk).

Every cell is written with an explicit type: text with ``write_string`` (so data that
looks like a formula stays text), numbers with ``write_number``, dates with
``write_datetime``. Header bold and frozen, an autofilter, widths from the data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from crm_desktop.domain.money import exponent
from crm_desktop.exchange.tables import BOOL, DATE, DATETIME, ID, INT, MONEY, RAW, TEXT, Column

SAMPLE_ROWS = 200  # rows looked at to size the columns
MAX_WIDTH = 50
FIT_TO_PAGE_WIDTH = 180  # characters: wider tables print across pages rather than tiny
_TYPE_WIDTH = {DATE: 11, DATETIME: 17, MONEY: 18, ID: 8, INT: 10, BOOL: 6}
_NOT_TEXT = {DATE, DATETIME, MONEY, ID, INT, BOOL, RAW}


def money_format(currency: str) -> str:
    digits = exponent(currency or "EUR")
    number = "#,##0" + ("." + "0" * digits if digits else "")
    code = "".join(ch for ch in (currency or "").upper() if ch.isalpha())[:3]
    # "_)" leaves a little space on the right, so the amount does not touch the next column
    return f'{number} "{code}"_)' if code else f"{number}_)"


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Sheet"
    base, n = name, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


class XlsxBook:
    """One workbook being written. ``add_sheet`` for each table, then ``close``."""

    def __init__(self, path: Path):
        import xlsxwriter  # here, not at the top: every start imports this module, few write XLSX

        self.book = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "default_date_format": "yyyy-mm-dd",
            },
        )
        self.header = self.book.add_format({"bold": True, "bottom": 1, "bg_color": "#EEF1F5"})
        self.header_right = self.book.add_format({"bold": True, "bottom": 1, "bg_color": "#EEF1F5",
                                                  "align": "right", "indent": 1})
        self.id = self.book.add_format({"align": "left"})
        self.date = self.book.add_format({"num_format": "yyyy-mm-dd", "align": "left"})
        self.datetime = self.book.add_format({"num_format": "yyyy-mm-dd hh:mm", "align": "left"})
        self.text = self.book.add_format({"num_format": "@"})
        self.bold = self.book.add_format({"bold": True})
        self._money: dict[str, Any] = {}
        self._names: set[str] = set()

    def money(self, currency: str) -> Any:
        fmt = self._money.get(currency)
        if fmt is None:
            fmt = self._money[currency] = self.book.add_format({"num_format": money_format(currency)})
        return fmt

    def add_sheet(
        self,
        title: str,
        columns: Sequence[Column],
        rows: Iterable[Sequence[object]],
        on_rows: Callable[[int], None] | None = None,
        every: int = 1000,
    ) -> int:
        """Write a sheet; returns the number of data rows."""
        ws = self.book.add_worksheet(_sheet_name(title, self._names))
        iterator = iter(rows)
        sample: list[Sequence[object]] = []
        for row in iterator:
            sample.append(row)
            if len(sample) >= SAMPLE_ROWS:
                break
        widths = [self._width(column, index, sample) for index, column in enumerate(columns)]
        self._page_setup(ws, sum(widths))
        for index, column in enumerate(columns):
            # Text columns get the text format, so that values typed later (phone numbers,
            # postal codes) stay text in Excel too.
            fmt = self.text if column.type not in _NOT_TEXT else None
            ws.set_column(index, index, widths[index], fmt)
        for index, column in enumerate(columns):
            numeric = column.type in (MONEY, INT)
            ws.write_string(0, index, column.header, self.header_right if numeric else self.header)
        ws.freeze_panes(1, 0)
        # Text cells (most of them) go straight to write_string; the others through a
        # small writer per column that picks the cell type and format.
        text_cols = [c for c, column in enumerate(columns) if column.type == TEXT]
        others = [(c, self._writer(ws, column)) for c, column in enumerate(columns) if column.type != TEXT]
        write_string = ws.write_string
        width = len(columns)
        r = 0
        for r, row in enumerate(_chain(sample, iterator), start=1):
            if len(row) != width:
                raise ValueError(f"row {r} has {len(row)} cells, expected {width}")
            for c in text_cols:
                value = row[c]
                if value:
                    write_string(r, c, value if type(value) is str else str(value))
            for c, write in others:
                value = row[c]
                if value is not None and value != "":
                    write(r, c, value, row)
            if on_rows and r % every == 0:
                on_rows(r)
        ws.autofilter(0, 0, max(r, 1), len(columns) - 1)
        if on_rows:
            on_rows(r)
        return r

    def close(self) -> None:
        self.book.close()

    # --- helpers ------------------------------------------------------------------------

    @staticmethod
    def _page_setup(ws: Any, total_width: float) -> None:
        """Printing: landscape, the header row on every page, the sheet name and page
        numbers in the footer; narrow tables (reports) fit the page width."""
        ws.set_landscape()
        ws.repeat_rows(0)
        ws.set_footer("&L&A&RPage &P of &N")
        ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
        if total_width <= FIT_TO_PAGE_WIDTH:
            ws.fit_to_pages(1, 0)

    def _width(self, column: Column, index: int, sample: list[Sequence[object]]) -> float:
        width = max(len(column.header) + 3, column.width, _TYPE_WIDTH.get(column.type, 8))
        if column.type not in _TYPE_WIDTH:  # text and raw columns: from the data
            for row in sample:
                value = row[index]
                if isinstance(value, str):
                    longest = max((len(line) for line in value.splitlines()), default=0)
                    width = max(width, min(longest + 2, MAX_WIDTH))
        return min(width, MAX_WIDTH)

    def _writer(self, ws: Any, column: Column) -> Callable[[int, int, object, Sequence[object]], None]:
        write_string, write_number, write_datetime = ws.write_string, ws.write_number, ws.write_datetime
        kind = column.type

        if kind in (ID, INT):
            fmt_number = self.id if kind == ID else None  # ids read as labels: left, like text

            def write(r: int, c: int, v: object, _row: Sequence[object]) -> None:
                if isinstance(v, (int, float, Decimal)):
                    write_number(r, c, v, fmt_number)
                else:
                    write_string(r, c, str(v))
        elif kind == MONEY:
            money, currency_col = self.money, column.currency_column

            def write(r: int, c: int, v: object, row: Sequence[object]) -> None:
                currency = str(row[currency_col]) if currency_col >= 0 else ""
                if isinstance(v, (int, float, Decimal)):
                    write_number(r, c, float(v), money(currency))
                else:
                    write_string(r, c, str(v))
        elif kind == DATE:
            fmt = self.date

            def write(r: int, c: int, v: object, _row: Sequence[object]) -> None:
                if isinstance(v, date):
                    write_datetime(r, c, v, fmt)
                else:
                    write_string(r, c, str(v))
        elif kind == DATETIME:
            fmt = self.datetime

            def write(r: int, c: int, v: object, _row: Sequence[object]) -> None:
                if isinstance(v, datetime):
                    write_datetime(r, c, v, fmt)
                elif isinstance(v, date):
                    write_datetime(r, c, v, self.date)
                else:
                    write_string(r, c, str(v))
        elif kind == RAW:
            def write(r: int, c: int, v: object, _row: Sequence[object]) -> None:
                if isinstance(v, bool):
                    ws.write_boolean(r, c, v)
                elif isinstance(v, (int, float, Decimal)):
                    write_number(r, c, v)
                elif isinstance(v, datetime):
                    write_datetime(r, c, v, self.datetime)
                elif isinstance(v, date):
                    write_datetime(r, c, v, self.date)
                else:
                    write_string(r, c, str(v))
        elif kind == BOOL:
            def write(r: int, c: int, v: object, _row: Sequence[object]) -> None:
                write_string(r, c, "yes" if v else "no")
        else:
            def write(r: int, c: int, v: object, _row: Sequence[object]) -> None:
                write_string(r, c, v if isinstance(v, str) else str(v))
        return write


def _chain(first: list[Sequence[object]], rest: Iterable[Sequence[object]]) -> Iterable[Sequence[object]]:
    yield from first
    yield from rest
