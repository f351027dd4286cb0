"""Rows of a large XLSX/XLSM sheet, read as a stream with bounded memory.

calamine loads a whole sheet (about 1 KB a row); this reader parses the sheet's XML a chunk
at a time and forgets each row once it is read, so memory stays the same for any number of
rows. It gives exactly the rows ``sheets`` gives with calamine: rows counted from the sheet's
first row (blank rows included), columns from the leftmost used column, every row as wide as
the used area. Knowing that area takes one quick pass over the sheet before the rows are read;
its result is remembered for the file while it is unchanged.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from itertools import islice
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from crm_desktop.exchange import xlsx_parts as parts
from crm_desktop.exchange.limits import MB, FileRefused
from crm_desktop.exchange.sheets import DAMAGED, cell_value
from crm_desktop.exchange.table import Cell, Row

# A sheet whose XML is larger than this is streamed. Below it python-calamine reads the sheet
# about 2.7 times as fast but holds all of it: about twice the XML's size in memory (108 MB for
# 100,000 rows of 9 columns, 55 MB of XML), so at most about 130 MB; above it streaming keeps
# about 20 MB whatever the size (289 MB against 20 MB at 300,000 rows).
STREAM_FROM = 64 * MB

ROW, _CELL, _V, _IS = parts.MAIN + "row", parts.MAIN + "c", parts.MAIN + "v", parts.MAIN + "is"
SHEET_DATA = parts.MAIN + "sheetData"
_EPOCH = datetime(1899, 12, 30)
_DAY_MS = 86_400_000
_COLUMNS: dict[str, int] = {}
_AREAS: dict[tuple[str, int, int, str], tuple[int, int, int] | None] = {}

Sparse = tuple[int, list[tuple[int, Cell]]]  # (0-based row, [(0-based column, cell)])


def streams(path: Path, sheet: str) -> bool:
    """True when the sheet is an XLSX sheet large enough to be read as a stream (this also
    measures its used area, once). Raises FileRefused for a hostile or damaged sheet."""
    try:
        with zipfile.ZipFile(path) as zf:
            member = parts.read_layout(zf).sheet_parts.get(sheet)
            if member is None or zf.getinfo(member).file_size <= STREAM_FROM:
                return False
    except Exception:  # noqa: BLE001 - anything unusual is left to calamine, which explains it
        return False
    try:
        _area(path, sheet)
    except parts.NotStreamable:
        return False
    return True


def head_rows(path: Path, sheet: str, count: int) -> list[list[Cell]]:
    return list(islice(_dense(path, sheet), count))


def iter_rows(path: Path, sheet: str, header_index: int) -> Iterator[Row]:
    for index, row in enumerate(_dense(path, sheet)):
        if index > header_index:
            yield index + 1, row


def _dense(path: Path, sheet: str) -> Iterator[list[Cell]]:
    area = _area(path, sheet)
    if area is None:
        return
    first, last, last_row = area
    width = last - first + 1
    expected = 0
    for index, cells in _sparse(path, sheet):
        if index > last_row:
            break
        while expected < index:
            yield [""] * width
            expected += 1
        row: list[Cell] = [""] * width
        for col, value in cells:
            row[col - first] = value
        yield row
        expected = index + 1
    while expected <= last_row:
        yield [""] * width
        expected += 1


def window(path: Path, sheet: str) -> tuple[int, int]:
    """(first column, width) of the rows ``iter_rows`` gives: the used area's columns."""
    area = _area(path, sheet)
    return (0, 0) if area is None else (area[0], area[1] - area[0] + 1)


def known_area(path: Path, sheet: str) -> tuple[int, int, tuple[int, int, int] | None] | None:
    """What this process knows of the sheet's used area, to hand to another process with
    ``remember`` (which then skips the pass over the sheet): (size, time, area), or None."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_size, stat.st_mtime_ns, sheet)
    return (stat.st_size, stat.st_mtime_ns, _AREAS[key]) if key in _AREAS else None


def remember(path: Path, sheet: str, known: tuple[int, int, tuple[int, int, int] | None]) -> None:
    size, mtime, area = known
    _AREAS[(str(path), size, mtime, sheet)] = area  # used only while the file is unchanged


def _area(path: Path, sheet: str) -> tuple[int, int, int] | None:
    """(first column, last column, last row) holding a value, 0-based; None for an empty sheet."""
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns, sheet)
    if key not in _AREAS:
        first, last, last_row, previous = 1 << 30, -1, -1, -1
        for index, cells in _sparse(path, sheet, values=False):
            if index <= previous:
                raise parts.NotStreamable("rows out of order")  # calamine sorts them
            previous = index
            if cells:
                first = min(first, min(col for col, _ in cells))
                last = max(last, max(col for col, _ in cells))
                last_row = index
        if len(_AREAS) > 8:
            _AREAS.clear()
        _AREAS[key] = None if last < 0 else (first, last, last_row)
    return _AREAS[key]


def _sparse(path: Path, sheet: str, values: bool = True) -> Iterator[Sparse]:
    """Each row of the sheet with the cells that hold a value; an element is freed once read.
    Without ``values``, only where they are (each cell is "")."""
    try:
        with zipfile.ZipFile(path) as zf:
            book = parts.read_layout(zf)
            if values:  # the used-area pass only looks at where cells are
                parts.load_cell_data(zf, book)
            index = -1
            for el in parts.children(zf, book.sheet_parts[sheet], SHEET_DATA):
                if el.tag != ROW:
                    continue
                number = el.get("r")
                index = int(number) - 1 if number else index + 1
                yield index, row_cells(el, book) if values else filled_cells(el)
    except (ParseError, ValueError, KeyError, IndexError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise FileRefused(DAMAGED) from exc


def _cells(row: Element) -> Iterator[tuple[int, Element]]:
    """The row's cells with their 0-based column (from ``r``, or the one after the last)."""
    col = -1
    for c in row:
        if c.tag != _CELL:
            continue
        ref = c.get("r")
        col = column(ref) if ref else col + 1
        yield col, c


def row_cells(row: Element, book: parts.Workbook) -> list[tuple[int, Cell]]:
    out = []
    for col, c in _cells(row):
        value = _value(c, book)
        if value is not None:
            out.append((col, value))
    return out


def filled_cells(row: Element) -> list[tuple[int, Cell]]:
    """The cells ``row_cells`` would give, as "" (quicker: nothing is converted)."""
    out: list[tuple[int, Cell]] = []
    for col, c in _cells(row):
        kind = c.get("t")
        if kind == "inlineStr":
            filled = c.find(_IS) is not None
        else:
            v = c.find(_V)
            if v is None:
                continue
            if kind == "s":
                filled = v.text is not None
            else:
                filled = bool(v.text) if kind in (None, "n", "b", "e") else True
        if filled:
            out.append((col, ""))
    return out


def column(ref: str) -> int:
    """The 0-based column of a cell reference ("C7" -> 2) or of column letters ("C")."""
    letters = ref.rstrip("0123456789")
    col = _COLUMNS.get(letters)
    if col is None:
        col = 0
        for ch in letters.upper():
            col = col * 26 + ord(ch) - 64
        col = _COLUMNS[letters] = col - 1
    return col


def _value(c: Element, book: parts.Workbook) -> Cell | None:
    """The cell as ``sheets.cell_value`` gives it; None when calamine counts it as empty."""
    kind = c.get("t")
    if kind == "inlineStr":
        inline = c.find(_IS)
        return None if inline is None else parts.rich_text(inline)
    v = c.find(_V)
    if v is None:
        return None
    text = v.text
    if kind is None or kind == "n":
        if not text:
            return None
        return _number(text, c.get("s"), book)
    if kind == "s":
        return None if text is None else book.strings[int(text)]
    if kind == "str":
        return text or ""
    if kind == "b":
        return None if not text else cell_value(text != "0")
    if kind == "e":
        return None if not text else ""
    if kind == "d":
        return _iso(text) if text else ""
    return text or ""


def _number(text: str, style: str | None, book: parts.Workbook) -> Cell:
    if text != text.strip() or "_" in text:
        return text  # calamine keeps what is not a plain number as text
    try:
        number = float(text)
    except ValueError:
        return text
    kinds = book.style_kinds
    if style and kinds:
        kind = kinds[int(style)] if int(style) < len(kinds) else parts.OTHER
        if kind == parts.DATE:
            return cell_value(_date(number, book.date1904))
        if kind == parts.DURATION:
            return cell_value(timedelta(milliseconds=round(number * _DAY_MS)))
    return cell_value(number)


def _date(number: float, date1904: bool) -> date | datetime | time | float:
    """An Excel date serial as calamine reads it (with the 1900 leap-year quirk)."""
    try:
        if number < 1:
            ms = min(max(round(number * _DAY_MS), 0), _DAY_MS - 1)
            return (datetime.min + timedelta(milliseconds=ms)).time()
        days = number + 1462 if date1904 else number
        if days < 60:
            days += 1
        moment = _EPOCH + timedelta(milliseconds=round(days * _DAY_MS))
    except OverflowError:
        return number
    return moment.date() if number.is_integer() else moment


def _iso(text: str) -> Cell:
    for parse in (datetime.fromisoformat, time.fromisoformat):
        try:
            return cell_value(parse(text))
        except ValueError:
            continue
    return text
