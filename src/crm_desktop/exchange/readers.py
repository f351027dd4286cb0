"""Open any supported file as a ``Table``: detect the kind from its bytes (not its name),
check it against the limits, find the sheet and the header row that hold the contacts."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

from crm_desktop.domain.i18n import user_text
from crm_desktop.exchange import sheets, text_files, vcard
from crm_desktop.exchange.limits import DEFAULT_LIMITS, FileRefused, Limits, human_size
from crm_desktop.exchange.mapping import header_score
from crm_desktop.exchange.table import Cell, Row, Table

SUPPORTED = user_text("CSV or text (.csv, .tsv, .txt), Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or vCard (.vcf)")
FILE_FILTER = user_text("Contact files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HEAD_ROWS = 40  # a sheet's rows looked at to find the header
FIRST_ROWS = 60  # and read with them: the first data rows, for the preview (the header is in the first 30)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")


def find_header(rows: list[list[Cell]]) -> int:
    """Index of the row holding the column titles: the best-recognised row among the first
    rows, else the first row with mostly text in at least two cells (skips title rows)."""
    best_index, best_score = -1, 0
    for index, row in enumerate(rows[:30]):
        score = header_score([c for c in row if isinstance(c, str)])
        if score > best_score:
            best_index, best_score = index, score
    if best_score >= 2:
        return best_index
    widest = max((sum(1 for c in r if c != "") for r in rows), default=0)
    for index, row in enumerate(rows[:30]):
        texts = [c for c in row if isinstance(c, str) and c.strip() and not c.strip().replace(".", "").isdigit()]
        if len(texts) >= 2 and len(texts) >= widest * 0.6:
            return index
    return 0


def _headers(row: list[Cell]) -> list[str]:
    out, seen = [], set()
    for i, cell in enumerate(row):
        name = " ".join(str(cell).split()) or user_text("Column {n}", n=i + 1)
        base, n = name, 2
        while name in seen:
            name, n = f"{base} ({n})", n + 1
        seen.add(name)
        out.append(name)
    return out


def _csv_rows(path: Path, encoding: str, delimiter: str, header_index: int, limits: Limits) -> Iterator[Row]:
    return text_files.iter_rows(path, encoding, delimiter, header_index, limits)


def _open_csv(path: Path, limits: Limits) -> Table:
    encoding, delimiter, first = text_files.open_text(path, limits)
    header_index = find_header(first)  # type: ignore[arg-type]
    if not first:
        raise FileRefused(user_text("This file is empty: there is nothing to import."))
    return Table(
        path=path, kind="csv", headers=_headers(first[header_index]),  # type: ignore[arg-type]
        open_rows=partial(_csv_rows, path, encoding, delimiter, header_index, limits),
        header_row=header_index + 1, encoding=_encoding_name(encoding), delimiter=delimiter,
    )


def _encoding_name(codec: str) -> str:
    return {
        "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16",
        "utf-16-be": "UTF-16", "utf-32": "UTF-32", "cp1252": user_text("Windows Western (cp1252)"),
        "cp1250": user_text("Windows Central European (cp1250)"),
    }.get(codec.lower().replace("_", "-"), codec)


def _open_sheet(path: Path, kind: str, limits: Limits, sheet: str | None) -> Table:
    names = sheets.sheet_names(path)
    if not names:
        raise FileRefused(user_text("This spreadsheet has no sheets."))
    candidates = [sheet] if sheet in names else names
    best: tuple[int, int, str, int, sheets.Head] | None = None
    for order, name in enumerate(candidates):
        head = sheets.head(path, name, HEAD_ROWS + FIRST_ROWS)
        rows = head.rows[:HEAD_ROWS]
        if not rows:
            continue
        index = find_header(rows)
        score = header_score([c for c in rows[index] if isinstance(c, str)])
        rows_below = sum(1 for r in rows[index + 1 :] if any(c != "" for c in r))
        key = (score * 10 + min(rows_below, 9), -order)
        if best is None or key > (best[0], best[1]):
            best = (key[0], key[1], name, index, head)
    if best is None:
        raise FileRefused(user_text("This spreadsheet is empty: there is nothing to import."))
    _, _, name, index, head = best
    return Table(
        path=path, kind=kind, headers=_headers(head.rows[index]),
        open_rows=partial(sheets.iter_rows, path, name, index, sheets.area_hint(path, name), head.window),
        header_row=index + 1, sheet=name, sheets=names,
        head=[(number, cells) for number, cells in enumerate(head.rows, start=1) if number > index + 1],
        head_complete=head.complete,
    )


def _open_vcard(path: Path, limits: Limits) -> Table:
    encoding = text_files.detect_encoding(path)
    return Table(
        path=path, kind="vcard", headers=list(vcard.VCARD_HEADERS),
        open_rows=partial(vcard.iter_cards, path, encoding, limits), header_row=0,
        encoding=_encoding_name(encoding),
    )


def open_table(path: Path | str, limits: Limits = DEFAULT_LIMITS, sheet: str | None = None) -> Table:
    """Open a contact file. Raises FileRefused with a plain message when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(8192)
    except FileNotFoundError as exc:
        raise FileRefused(user_text("The file “{name}” no longer exists. Choose it again.", name=path.name)) from exc
    except OSError as exc:
        raise FileRefused(user_text("The file “{name}” could not be opened ({problem}).", name=path.name,
                                    problem=exc.strerror)) from exc
    if size > limits.max_file_bytes:
        raise FileRefused(user_text(
            "This file is {size}, larger than the {limit} we can import at once. "
            "Split it into smaller files and import them one after another.",
            size=human_size(size), limit=human_size(limits.max_file_bytes),
        ))
    if size == 0:
        raise FileRefused(user_text("This file is empty: there is nothing to import."))
    if head.startswith(b"PK\x03\x04"):
        sheets.check_zip(path, limits)
        kind = sheets.zip_kind(path)
        if kind is None:
            raise FileRefused(user_text("This is a compressed (zip) file, not a contact list. Supported: {supported}.",
                                        supported=SUPPORTED))
        return _open_sheet(path, kind, limits, sheet)
    if head.startswith(_OLE):
        return _open_sheet(path, "xls", limits, sheet)
    if head.startswith(_BINARY_MAGIC):
        raise FileRefused(text_files.NOT_TEXT)
    encoding = text_files.detect_encoding(path)
    with open(path, encoding=encoding, errors="replace", newline="") as f:
        sample = f.read(4096)
    if vcard.looks_like_vcard(sample):
        return _open_vcard(path, limits)
    if sample.lstrip("\ufeff").lstrip().startswith("<"):
        raise FileRefused(user_text(
            "This looks like an XML or web page file, not a contact list. Supported: {supported}.",
            supported=SUPPORTED,
        ))
    return _open_csv(path, limits)
