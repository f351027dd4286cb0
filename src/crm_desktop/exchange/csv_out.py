"""CSV writing: UTF-8 with a byte-order mark and CRLF line ends by default (what Excel
expects), optional ``;`` delimiter and plain UTF-8. Text cells are neutralised.

Rows come typed (``write_csv``) or already as text (``write_csv_text``); either way the file
is byte for byte what csv.writer writes (see csv_lines)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from crm_desktop.domain.i18n import user_text
from crm_desktop.exchange.cells import TRIGGERS, neutralise
from crm_desktop.exchange.csv_lines import CsvCells
from crm_desktop.exchange.tables import BOOL, DATE, DATETIME, ID, INT, MONEY, RAW, Column, TextBatch

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
_FIRST = TRIGGERS | {"'"}  # a text cell starting with one of these may need an apostrophe


@dataclass(frozen=True)
class CsvOptions:
    delimiter: str = ","
    bom: bool = True  # False: plain UTF-8
    line_end: str = "\r\n"

    def __post_init__(self) -> None:
        if self.delimiter not in DELIMITERS:
            raise ValueError(user_text("The separator must be a comma, a semicolon or a tab."))

    @property
    def encoding(self) -> str:
        return "utf-8-sig" if self.bom else "utf-8"


def _text(value: object) -> str:
    return neutralise(value) if isinstance(value, str) else ("" if value is None else neutralise(str(value)))


def _plain(value: object) -> str:
    return "" if value is None else str(value)


def _date(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else _text(value)


def _datetime(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return value.isoformat() if isinstance(value, date) else _text(value)


def _raw(value: object) -> str:
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _datetime(value)


def _bool(value: object) -> str:
    return "yes" if value else "no"


_TYPED = {ID, INT, MONEY, DATE, DATETIME, BOOL, RAW}


def converter(column: Column) -> Callable[[object], str]:
    return {
        ID: _plain, INT: _plain, MONEY: _plain, DATE: _date, DATETIME: _datetime, BOOL: _bool, RAW: _raw,
    }.get(column.type, _text)


def write_csv(
    path: Path,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    options: CsvOptions,
    on_rows: Callable[[int], None] | None = None,
    every: int = 1000,
) -> int:
    """Write header and rows to ``path`` (the caller makes it atomic). Returns the row count."""
    text_cols = [i for i, c in enumerate(columns) if c.type not in _TYPED]
    other_cols = [(i, converter(c)) for i, c in enumerate(columns) if c.type in _TYPED]
    width = len(columns)
    cells = CsvCells(options.delimiter, options.line_end)
    count = 0
    with open(path, "w", encoding=options.encoding, newline="") as handle:
        handle.write(cells.line([neutralise(c.header) for c in columns]))
        batch: list[list[object]] = []
        for row in rows:
            out = list(row)
            if len(out) != width:
                raise ValueError(f"row {count + len(batch) + 1} has {len(out)} cells, expected {width}")
            for i in text_cols:
                value = out[i]
                if type(value) is not str:  # csv.writer: None as "", other falsy values as they print
                    out[i] = "" if value is None else (_text(value) if value else str(value))
                elif value and value[0] in _FIRST:
                    out[i] = _text(value)
            for i, conv in other_cols:
                out[i] = conv(out[i])
            batch.append(out)
            if len(batch) >= every:
                handle.write(cells.plain_lines(batch))
                count += len(batch)
                batch.clear()
                if on_rows:
                    on_rows(count)
        handle.write(cells.plain_lines(batch))
        count += len(batch)
        if on_rows:
            on_rows(count)
        handle.flush()
    return count


def write_csv_text(
    path: Path,
    columns: Sequence[Column],
    batches: Callable[[CsvCells], Iterable[TextBatch]],
    options: CsvOptions,
    on_rows: Callable[[int], None] | None = None,
) -> int:
    """Like ``write_csv`` for rows made as text: ``batches(cells)`` gives them as lines of
    ``len(columns)`` cells, each finished by ``cells`` (see TextBatch). Returns the row count."""
    cells = CsvCells(options.delimiter, options.line_end)
    count = 0
    with open(path, "w", encoding=options.encoding, newline="") as handle:
        handle.write(cells.line([neutralise(c.header) for c in columns]))
        for batch in batches(cells):
            count += len(batch.lines)
            if batch.lines:
                batch.lines.append("")  # for the last line end
                handle.write(cells.end.join(batch.lines))
            if on_rows:
                on_rows(count)
        if on_rows and not count:
            on_rows(count)
        handle.flush()
    return count
