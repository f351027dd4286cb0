"""The first rows of an XLSX/XLSM sheet, read without reading the whole sheet: to find the
sheet and the header row and to show a preview when a file is opened.

python-calamine reads a whole sheet before it gives the first row (about a second and twice
the sheet's XML in memory for 100,000 rows). This reads the sheet's XML from the top and stops
soon after the rows asked for, and the shared strings only as far as those rows use them.
The rows are the ones calamine gives (``sheets.head``): counted from the sheet's first row,
blank rows included, every row as wide as the used area, cells converted by ``xlsx_stream``.
One thing could differ: calamine takes the used area's columns from the whole sheet, this from
its first ``WINDOW_ROWS`` rows. When the sheet declares an area (``<dimension>``, which Excel,
LibreOffice and openpyxl write) with columns beside those, the file is opened with calamine
instead, so that no column is missed. A sheet that declares nothing is taken at its first
rows' word: ``sheets.iter_rows`` cuts the rows of the full read to the same columns, so that
every cell stays under its header.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from xml.etree.ElementTree import Element

from crm_desktop.exchange import xlsx_parts as parts
from crm_desktop.exchange.limits import FileRefused
from crm_desktop.exchange.table import Cell
from crm_desktop.exchange.xlsx_stream import ROW, SHEET_DATA, column, filled_cells, row_cells

WINDOW_ROWS = 1000  # rows looked at for the used area's columns (only where cells are: quick)
_CELL, _V = parts.MAIN + "c", parts.MAIN + "v"
# the area the sheet says it uses, written before its rows: <dimension ref="A1:G1100"/>
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="\$?([A-Za-z]{1,3})\$?\d*(?::\$?([A-Za-z]{1,3})\$?\d*)?"')


@dataclass(frozen=True)
class Peek:
    rows: list[list[Cell]]  # from the sheet's first row; columns first .. first + width - 1
    first: int  # 0-based column of each row's first cell
    width: int
    complete: bool  # no row below these holds a value


@dataclass
class _Scan:
    head: list[tuple[int, Element]]  # (0-based row, element) of the rows asked for that hold a value
    first: int = 1 << 30
    last: int = -1
    below: bool = False  # a row below the ones asked for holds a value
    whole: bool = True  # every row of the sheet was looked at


def sheet_names(path: Path) -> list[str] | None:
    """The workbook's sheet names in order, as calamine lists them; None when the layout is
    not one this reader knows (ask calamine)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return list(parts.read_layout(zf).sheet_parts)
    except Exception:  # noqa: BLE001 - anything unusual is left to calamine, which explains it
        return None


def peek(path: Path, sheet: str, count: int) -> Peek | None:
    """The sheet's first ``count`` rows; None when this reader does not know the workbook's
    layout or cannot read these rows (the caller asks calamine, which explains what is
    wrong). Refuses a DTD (``sheets.check_zip`` has refused one already)."""
    try:
        with zipfile.ZipFile(path) as zf:
            book = parts.read_layout(zf)
            member = book.sheet_parts.get(sheet)
            if member is None:
                return None
            scan = _scan(zf, member, count)
            if scan is None or not (scan.whole or _within(_declared(zf, member), scan)):
                return None  # columns may hold values further down: calamine knows them all
            parts.load_styles(zf, book)
            book.strings = _strings(zf, book, scan.head)
            return _dense(scan, book, count)
    except FileRefused:
        raise
    except Exception:  # noqa: BLE001 - a damaged part: calamine says what is wrong
        return None


def _scan(zf: zipfile.ZipFile, member: str, count: int) -> _Scan | None:
    """The first rows' elements and the columns holding a value in the first WINDOW_ROWS rows
    (further when all of those below ``count`` are blank). None when rows are out of order."""
    scan = _Scan(head=[])
    previous = -1
    rows = parts.children(zf, member, SHEET_DATA)
    try:
        for el in rows:
            if el.tag != ROW:
                continue
            number = el.get("r")
            index = int(number) - 1 if number else previous + 1
            if index <= previous:
                return None  # calamine sorts the rows; the full read would not match
            previous = index
            filled = filled_cells(el)
            if filled:
                scan.first = min(scan.first, min(col for col, _ in filled))
                scan.last = max(scan.last, max(col for col, _ in filled))
                if index < count:
                    scan.head.append((index, el))
                else:
                    scan.below = True
            if scan.below and index + 1 >= WINDOW_ROWS:
                scan.whole = False
                break
    finally:
        rows.close()
    return scan


def _declared(zf: zipfile.ZipFile, member: str) -> tuple[int, int] | None:
    """The first and last column (0-based) of the area the sheet declares, if it does."""
    with zf.open(member) as part:
        found = _DIMENSION.search(part.read(4096))
    if found is None:
        return None
    first = column(found[1].decode("ascii"))
    return first, column(found[2].decode("ascii")) if found[2] else first


def _within(declared: tuple[int, int] | None, scan: _Scan) -> bool:
    """Whether the declared area has no columns beside those the first rows use. A sheet that
    declares none is taken at its first rows' word (the rows of the full read are cut to them)."""
    if declared is None or scan.last < 0:
        return True
    return scan.first <= declared[0] and declared[1] <= scan.last


def _strings(zf: zipfile.ZipFile, book: parts.Workbook, head: list[tuple[int, Element]]) -> list[str]:
    """The shared strings up to the last one these rows use."""
    needed = -1
    for _, row in head:
        for c in row.iter(_CELL):
            if c.get("t") == "s":
                v = c.find(_V)
                if v is not None and v.text is not None:
                    needed = max(needed, int(v.text))
    if needed < 0 or not book.strings_part:
        return []
    strings = parts.shared_strings(zf, book.strings_part)
    try:
        return list(islice(strings, needed + 1))
    finally:
        strings.close()


def _dense(scan: _Scan, book: parts.Workbook, count: int) -> Peek:
    if scan.last < 0:
        return Peek([], 0, 0, True)
    width = scan.last - scan.first + 1
    height = count if scan.below else scan.head[-1][0] + 1
    rows: list[list[Cell]] = [[""] * width for _ in range(height)]
    for index, el in scan.head:
        row = rows[index]
        for col, value in row_cells(el, book):
            row[col - scan.first] = value
    return Peek(rows, scan.first, width, not scan.below)
