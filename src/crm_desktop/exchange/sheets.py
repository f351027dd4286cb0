"""Spreadsheets (XLSX/XLSM, XLS, ODS) read with python-calamine, after safety checks.
Large XLSX/XLSM sheets are read as a stream instead (``xlsx_stream``): calamine holds a
whole sheet in memory. Opening an XLSX/XLSM file reads only the first rows of its sheets
(``xlsx_peek``): calamine cannot stop early.

Zip-based files are checked before any parsing: total expanded size, compression ratio of
each part, number of parts, and no DTD (entity definitions) in any XML part.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import islice
from pathlib import Path

from crm_desktop.domain.i18n import user_text
from crm_desktop.exchange.limits import DEFAULT_LIMITS, FileRefused, Limits, human_size
from crm_desktop.exchange.table import Cell, Row
from crm_desktop.exchange.xlsx_parts import DTD_MARKERS, ENTITIES

DAMAGED = user_text(
    "This spreadsheet could not be opened: it may be damaged, password-protected or saved by "
    "a program we do not know. Open it in your spreadsheet program, save it again as .xlsx or "
    ".csv, and try again."
)


def check_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse zip bombs and XML entity tricks before a parser sees the file."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > limits.max_zip_parts:
                raise FileRefused(user_text("This spreadsheet has {count} internal parts, far more than a real one. "
                                            "It was not opened.", count=len(infos)))
            total = sum(i.file_size for i in infos)
            if total > limits.max_unpacked_bytes:
                raise FileRefused(user_text(
                    "This spreadsheet would take {size} once unpacked, more than the {limit} we allow. "
                    "It was not opened. If it is a real contact list, split it into smaller files.",
                    size=human_size(total), limit=human_size(limits.max_unpacked_bytes),
                ))
            for info in infos:
                if info.file_size > 1_000_000 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                    raise FileRefused(user_text(
                        "This spreadsheet is built to expand enormously when opened (a “zip bomb”). "
                        "It was not opened."
                    ))
            unpacked = 0
            for info in infos:
                if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    continue
                tail = b""
                with zf.open(info) as part:
                    while chunk := part.read(1 << 20):
                        unpacked += len(chunk)
                        if unpacked > limits.max_unpacked_bytes:
                            raise FileRefused(user_text(
                                "This spreadsheet expands to more than {limit} when opened. It was not opened.",
                                limit=human_size(limits.max_unpacked_bytes),
                            ))
                        window = tail + chunk
                        if any(m in window for m in DTD_MARKERS):
                            raise FileRefused(ENTITIES)
                        tail = chunk[-16:]
    except zipfile.BadZipFile as exc:
        raise FileRefused(DAMAGED) from exc
    except (zipfile.LargeZipFile, NotImplementedError, OSError, EOFError) as exc:
        raise FileRefused(DAMAGED) from exc


def zip_kind(path: Path) -> str | None:
    """'xlsx' or 'ods' for the zip-based spreadsheets, None for other zips."""
    import defusedxml.ElementTree as ET  # noqa: N817

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mime:
                    return "ods"
                return None
            if "[Content_Types].xml" in names:
                info = zf.getinfo("[Content_Types].xml")
                if info.file_size > 1_000_000:
                    return None
                root = ET.fromstring(zf.read(info))
                types = " ".join(el.get("ContentType", "") for el in root)
                if "spreadsheetml" in types or "ms-excel" in types:
                    return "xlsx"
    except zipfile.BadZipFile as exc:
        raise FileRefused(DAMAGED) from exc
    except Exception as exc:  # defusedxml raises its own errors for entity tricks
        if exc.__class__.__module__.startswith("defusedxml"):
            raise FileRefused(ENTITIES) from exc
        raise FileRefused(DAMAGED) from exc
    return None


def cell_value(value: object) -> Cell:
    """Spreadsheet cell -> text or date. Whole numbers lose '.0' (phone numbers stay digits)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value
    if isinstance(value, (time, timedelta)):
        return str(value)
    return str(value)


def _open(path: Path):  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 - calamine raises several error types
        if "password" in str(exc).lower() or exc.__class__.__name__ == "PasswordError":
            raise FileRefused(user_text(
                "This spreadsheet is protected by a password. Open it in your spreadsheet program, "
                "remove the password (or save an unprotected copy) and try again."
            )) from exc
        raise FileRefused(DAMAGED) from exc


def sheet_names(path: Path) -> list[str]:
    from crm_desktop.exchange import xlsx_peek

    names = xlsx_peek.sheet_names(path)  # an XLSX without reading its strings
    if names is not None:
        return names
    wb = _open(path)
    try:
        return list(wb.sheet_names)
    finally:
        wb.close()


@dataclass(frozen=True)
class Head:
    """A sheet's first rows, from its first row (blank rows included), all as wide as the
    used area (its columns first .. first + width - 1, 0-based)."""

    rows: list[list[Cell]]
    first: int
    width: int
    complete: bool  # the rows are all the sheet has

    @property
    def window(self) -> tuple[int, int]:
        """The columns to cut the sheet's rows to (``iter_rows``): the same cells under the same headers."""
        return self.first, self.width


def head(path: Path, sheet: str, count: int) -> Head:
    """The first ``count`` rows of a sheet. An XLSX sheet is read only as far as needed
    (``xlsx_peek``); a sheet that is streamed anyway is read as the import reads it."""
    from crm_desktop.exchange import xlsx_peek, xlsx_stream

    if xlsx_stream.streams(path, sheet):
        rows = xlsx_stream.head_rows(path, sheet, count + 1)
        return Head(rows[:count], *xlsx_stream.window(path, sheet), complete=len(rows) <= count)
    peek = xlsx_peek.peek(path, sheet, count)
    if peek is not None:
        return Head(peek.rows, peek.first, peek.width, peek.complete)
    wb = _open(path)
    try:
        ws = wb.get_sheet_by_name(sheet)
        # iter_rows() begins at the sheet's first row, even when it is blank, and at the
        # used area's first column
        rows = [[cell_value(v) for v in row] for row in islice(ws.iter_rows(), count + 1)]
        first = ws.start[1] if ws.start else 0
        width = ws.width
    except Exception as exc:  # noqa: BLE001
        raise FileRefused(DAMAGED) from exc
    finally:
        wb.close()
    return Head(rows[:count], first, width, complete=len(rows) <= count)


def area_hint(path: Path, sheet: str) -> object:
    """What reading the sheet's first rows learnt that saves work when the rows are read again,
    maybe in another process (for a streamed sheet: its used area); pass it to ``iter_rows``."""
    from crm_desktop.exchange import xlsx_stream

    return xlsx_stream.known_area(path, sheet)


def iter_rows(path: Path, sheet: str, header_index: int, hint: object = None,
              window: tuple[int, int] | None = None) -> Iterator[Row]:
    """Rows below the header, numbered as the spreadsheet program numbers them; cut to the
    ``window`` of columns (``Head.window``) when given."""
    from crm_desktop.exchange import xlsx_stream

    if hint is not None:
        xlsx_stream.remember(path, sheet, hint)  # type: ignore[arg-type]
    if xlsx_stream.streams(path, sheet):
        rows = xlsx_stream.iter_rows(path, sheet, header_index)
        yield from _cut(rows, xlsx_stream.window(path, sheet), window)
        return
    wb = _open(path)
    try:
        try:  # a damaged sheet is found here: opening the file read only its first rows
            ws = wb.get_sheet_by_name(sheet)
            read = ws.iter_rows()
        except Exception as exc:  # noqa: BLE001
            raise FileRefused(DAMAGED) from exc
        yield from _cut(_calamine_rows(read, header_index), (ws.start[1] if ws.start else 0, ws.width), window)
    finally:
        wb.close()


def _calamine_rows(read: Iterator[list[object]], header_index: int) -> Iterator[Row]:
    for index, row in enumerate(read):  # from row 1 of the sheet, blank rows included
        if index > header_index:
            yield index + 1, [v if v.__class__ is str else cell_value(v) for v in row]


def _cut(rows: Iterator[Row], have: tuple[int, int], want: tuple[int, int] | None) -> Iterator[Row]:
    """The rows (columns ``have``: first, width) moved and cut to the columns ``want``. The
    same when the first rows showed the whole used area, as they nearly always do; otherwise
    cells in columns that were blank in the first rows, without a header, are left out."""
    if want is None or want == have:
        yield from rows
        return
    shift, width = have[0] - want[0], want[1]
    to, start = max(shift, 0), max(-shift, 0)  # where the row's cells go, the first one kept
    for number, cells in rows:
        out: list[Cell] = [""] * width
        kept = cells[start : start + max(width - to, 0)]
        out[to : to + len(kept)] = kept
        yield number, out
