"""A linked contacts spreadsheet (CSV or XLSX): read it into plain text values per field,
and write it back in the same format, keeping columns the CRM does not know.

Field values are compared as canonical text (see ``canonical``), so that a number or a
date cell in Excel and the same value typed in a CSV compare equal.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.i18n import number, user_text
from crm_desktop.domain.text import clean, fold
from crm_desktop.exchange.cells import unneutralise
from crm_desktop.exchange.csv_out import CsvOptions, write_csv
from crm_desktop.exchange.tables import (
    CONTACT_COLUMNS,
    DATE,
    DATETIME,
    ID,
    LIST_SEPARATOR,
    RAW,
    TAG_SEPARATOR,
    TEXT,
    Column,
)
from crm_desktop.exchange.xlsx_out import XlsxBook

# The contact fields a sheet can change, named for the person reading (translated in the
# window); as headers they stay English (the export's header names).
FIELD_LABELS: dict[str, str] = {
    "first_name": user_text("First name"),
    "last_name": user_text("Last name"),
    "email": user_text("Email"),
    "phone": user_text("Phone"),
    "company": user_text("Company"),
    "job_title": user_text("Job title"),
    "tags": user_text("Tags"),
    "street": user_text("Street"),
    "postal_code": user_text("Postal code"),
    "city": user_text("City"),
    "region": user_text("Region"),
    "country": user_text("Country"),
    "other_emails": user_text("Other emails"),
    "other_phones": user_text("Other phones"),
    "website": user_text("Website"),
    "birthday": user_text("Birthday"),
    "do_not_email": user_text("Do not email"),
    "source": user_text("Source"),
    "notes": user_text("Notes"),
}
FIELDS: dict[str, str] = {key: str(label) for key, label in FIELD_LABELS.items()}  # key -> header
READ_ONLY = {"created": "Created", "updated": "Updated"}
_KEY_BY_HEADER = {fold(h): k for k, h in {**FIELDS, **READ_ONLY, "id": "ID"}.items()}
HEADER_BY_KEY = {"id": "ID", **FIELDS, **READ_ONLY}
DEFAULT_HEADERS = [c.header for c in CONTACT_COLUMNS]
SHEET_TYPES = {"id": ID, "birthday": DATE, "created": DATETIME, "updated": DATETIME}
MAX_ROWS = 200_000


class SheetError(CrmError):
    """The spreadsheet cannot be used for sync; the message says why."""


def _split(text: str, seps: str) -> list[str]:
    for sep in seps[1:]:
        text = text.replace(sep, seps[0])
    return [clean(p) for p in text.split(seps[0]) if clean(p)]


def canonical(key: str, value: object) -> str:
    """The text form a field is compared and hashed in, whatever the cell type."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "yes" if value else ""
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, datetime):
        text = value.date().isoformat() if key == "birthday" else value.isoformat(sep=" ", timespec="minutes")
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    if key == "notes":
        return text.replace("\r\n", "\n").strip()
    if key == "tags":
        names: dict[str, str] = {}
        for name in _split(text, ",;"):
            names.setdefault(fold(name), name)
        return TAG_SEPARATOR.join(sorted(names.values()))
    if key in ("other_emails", "other_phones"):
        return LIST_SEPARATOR.join(_split(text, ";\n"))
    if key == "do_not_email":
        return "yes" if fold(text) in {"yes", "y", "true", "1", "x", "ja", "oui", "si", "sí"} else ""
    if key == "birthday":
        text = clean(text)
        if len(text) >= 10 and text[4] == "-" and text[:10].replace("-", "").isdigit():
            return text[:10]  # "1980-04-22 00:00:00" from a date cell read as text
        return text
    return clean(text)


def field_hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


@dataclass
class SheetRow:
    line: int  # row number as the user sees it in the spreadsheet (header is 1)
    id: int | None
    id_text: str  # the ID cell as written, when it is not a number
    values: dict[str, str]  # canonical text per field present in the sheet
    cells: list[object]  # every cell as read, aligned with Sheet.headers
    blank: bool = False


@dataclass
class Sheet:
    path: Path
    format: str  # "csv" or "xlsx"
    headers: list[str]
    keys: list[str | None]  # field key per column (None: a column the CRM does not know)
    rows: list[SheetRow] = field(default_factory=list)
    delimiter: str = ","
    bom: bool = True
    data: bytes = b""  # the file as read, to detect changes and to put it back
    exists: bool = True

    @property
    def fields(self) -> set[str]:
        return {k for k in self.keys if k in FIELDS}

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest() if self.exists else ""


def sheet_format(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".csv", ".txt"):
        return "csv"
    raise SheetError(user_text("“{name}” is not a CSV or XLSX file. Choose a .csv or .xlsx spreadsheet.",
                               name=Path(path).name))


def empty_sheet(path: Path) -> Sheet:
    """A sheet that does not exist yet: the first sync fills it with every contact."""
    return Sheet(path=Path(path), format=sheet_format(path), headers=list(DEFAULT_HEADERS),
                 keys=[_KEY_BY_HEADER[fold(h)] for h in DEFAULT_HEADERS], exists=False)


def read_sheet(path: Path) -> Sheet:
    path = Path(path)
    fmt = sheet_format(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SheetError(user_text("The linked spreadsheet “{path}” is missing. Put it back or link another file.",
                                   path=path)) from exc
    except OSError as exc:
        raise SheetError(user_text("“{name}” could not be read ({problem}). Close it in other programs and try again.",
                                   name=path.name, problem=exc.strerror or str(exc))) from exc
    if fmt == "csv":
        table, delimiter, bom = _read_csv(data)
    else:
        table, delimiter, bom = _read_xlsx(path, data), ",", True
    while table and all(c in (None, "") for c in table[-1]):
        table.pop()
    if not table:
        return Sheet(path, fmt, list(DEFAULT_HEADERS), [_KEY_BY_HEADER[fold(h)] for h in DEFAULT_HEADERS],
                     delimiter=delimiter, bom=bom, data=data)
    headers = [clean(str(h)) if h is not None else "" for h in table[0]]
    keys: list[str | None] = []
    for h in headers:
        key = _KEY_BY_HEADER.get(fold(h))
        keys.append(key if key not in keys else None)
    if not ({"first_name", "last_name", "email"} & set(keys)):
        raise SheetError(user_text(
            "“{name}” has no “First name”, “Last name” or “Email” column in its first row, so its "
            "rows cannot be matched to contacts. Export your contacts to a new file and link that one.",
            name=path.name,
        ))
    if "id" not in keys:
        headers.insert(0, "ID")
        keys.insert(0, "id")
        table = [[None, *r] for r in table]
    if len(table) > MAX_ROWS + 1:
        raise SheetError(user_text("“{name}” has more than {count} rows; sync works with smaller sheets.",
                                   name=path.name, count=number(MAX_ROWS)))
    sheet = Sheet(path, fmt, headers, keys, delimiter=delimiter, bom=bom, data=data)
    id_col = keys.index("id")
    for line, raw in enumerate(table[1:], start=2):
        cells = list(raw) + [None] * (len(headers) - len(raw))
        cells = cells[: len(headers)]
        values = {k: canonical(k, cells[i]) for i, k in enumerate(keys) if k in FIELDS}
        id_value, id_text = _parse_id(cells[id_col])
        blank = id_value is None and not id_text and not any(values.values())
        sheet.rows.append(SheetRow(line, id_value, id_text, values, cells, blank))
    return sheet


def _parse_id(value: object) -> tuple[int | None, str]:
    if value is None or value == "":
        return None, ""
    if isinstance(value, (int, float)) and float(value).is_integer() and value > 0:
        return int(value), ""
    text = clean(str(value))
    return (int(text), "") if text.isdigit() and int(text) > 0 else (None, text)


def _read_csv(data: bytes) -> tuple[list[list[object]], str, bool]:
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[object]] = [[unneutralise(c) for c in row] for row in reader]
    return rows, delimiter, bom


def _read_xlsx(path: Path, data: bytes) -> list[list[object]]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        return [list(r) for r in book.get_sheet_by_index(0).to_python(skip_empty_area=False)]
    except Exception as exc:  # noqa: BLE001 - any parse error means the same to the user
        raise SheetError(user_text("“{name}” could not be read as an Excel workbook ({problem}). "
                                   "Open it in Excel or LibreOffice and save it again as .xlsx.",
                                   name=path.name, problem=str(exc))) from exc


def columns_for(sheet: Sheet) -> list[Column]:
    return [Column(h, SHEET_TYPES.get(k or "", TEXT if k else RAW)) for h, k in zip(sheet.headers, sheet.keys, strict=True)]


def write_sheet(sheet: Sheet, rows: Sequence[Sequence[object]], temp: Path) -> None:
    """Write header and rows to ``temp`` in the sheet's own format (the caller renames)."""
    columns = columns_for(sheet)
    if sheet.format == "csv":
        write_csv(temp, columns, rows, CsvOptions(delimiter=sheet.delimiter, bom=sheet.bom))
    else:
        book = XlsxBook(temp)
        try:
            book.add_sheet("Contacts", columns, rows)
        finally:
            book.close()
