"""CSV / TSV / TXT files: encoding and delimiter detection, streaming with bounded memory."""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from crm_desktop.domain.i18n import user_text
from crm_desktop.exchange.limits import DEFAULT_LIMITS, FileRefused, Limits, human_size
from crm_desktop.exchange.table import Row

DELIMITERS = (",", ";", "\t", "|")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHUNK = 1 << 20
_WESTERN = {"cp1250", "cp1252", "latin_1", "iso8859_1", "iso8859_2", "iso8859_15", "iso8859_9", "cp1254", "mac_roman", "cp850"}
SAMPLE_BYTES = 256 * 1024

NOT_TEXT = user_text(
    "This file does not look like a spreadsheet, a CSV text file or an address book (vCard). "
    "Open it in the program that made it and save or export it as CSV or Excel, then try again."
)


def _bom_encoding(head: bytes) -> str | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """Tab-separated 'Unicode text' sometimes lacks its BOM: detect the NUL pattern."""
    sample = head[:4096]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes strictly with this encoding (streamed)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def detect_encoding(path: Path) -> str:
    """BOM, then strict UTF-8, then charset-normalizer (checked over the whole file)."""
    with open(path, "rb") as f:
        head = f.read(SAMPLE_BYTES)
    bom = _bom_encoding(head)
    if bom:
        if not _decodes(path, bom):
            raise FileRefused(user_text(
                "This file says it is Unicode text but contains characters that are not. "
                "Save it again from the program that made it (as “CSV UTF-8”) and try again."
            ))
        return bom
    utf16 = _utf16_without_bom(head)
    if utf16 and _decodes(path, utf16):
        return utf16
    if _decodes(path, "utf-8"):
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    candidates: list[str] = []
    if best is not None:
        if best.encoding.replace("-", "_") in _WESTERN:
            candidates.append("cp1252")  # what Excel writes on Western machines
        candidates.append(best.encoding)
    candidates += ["cp1252", "cp1250", "iso8859_15"]
    for name in dict.fromkeys(candidates):
        if name in ("ascii", "utf_8") or not _decodes(path, name):
            continue
        return name
    raise FileRefused(user_text(
        "The letters in this file use an encoding we could not recognise. "
        "Save it again as “CSV UTF-8” from your spreadsheet program and try again."
    ))


def _check_text(sample: str) -> None:
    if not sample.strip():
        raise FileRefused(user_text("This file is empty: there is nothing to import."))
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\x00" or ch == "\ufffd")
    if bad > max(3, len(sample) // 200):
        raise FileRefused(NOT_TEXT)


class _Lines:
    """Lines of a text stream, NULs removed, each at most ``limit`` characters."""

    def __init__(self, stream: io.TextIOBase, limit: int):
        self.stream = stream
        self.limit = limit
        self.number = 0

    def __iter__(self) -> Iterator[str]:
        while True:
            line = self.stream.readline(self.limit + 1)
            if not line:
                return
            self.number += 1
            if len(line) > self.limit and not line.endswith("\n"):
                raise FileRefused(user_text(
                    "Line {line} of this file is longer than {limit}, which is far more than any contact "
                    "needs. The file is probably damaged or not a contact list.",
                    line=self.number, limit=human_size(self.limit),
                ))
            yield line.replace("\x00", "") if "\x00" in line else line


def _reader(lines: _Lines, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True, strict=False)


def detect_delimiter(sample: str) -> str:
    """The delimiter that gives the header line several fields and the most rows the same
    number of fields as the header (csv.Sniffer is not trusted on its own)."""
    text = sample.replace("\x00", "")
    cut = max(text.rfind("\n"), 0)
    text = text[:cut] if cut else text
    best = (-1.0, 0, ",")
    for delim in DELIMITERS:
        try:
            records = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delim) if any(r)][:200]
        except csv.Error:
            continue
        if not records:
            continue
        counts = Counter(len(r) for r in records)
        width, _ = counts.most_common(1)[0]
        if width < 2:
            continue
        header = next((r for r in records if len(r) == width), records[0])
        consistent = counts[width] / len(records)
        score = (consistent, width, delim)
        named = sum(1 for cell in header if cell.strip())
        if named < 2:
            continue
        if (score[0], score[1]) > (best[0], best[1]):
            best = score
    return best[2]


def open_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str, list[list[str]]]:
    """Detect encoding and delimiter; return them and the first records (for header search)."""
    encoding = detect_encoding(path)
    with open(path, encoding=encoding, newline="", errors="strict") as f:
        sample = f.read(SAMPLE_BYTES // 2)
    _check_text(sample)
    delimiter = detect_delimiter(sample)
    first = [cells for _, cells in _iter_records(path, encoding, delimiter, limits, stop=40)]
    return encoding, delimiter, first


def _iter_records(
    path: Path, encoding: str, delimiter: str, limits: Limits, stop: int | None = None
) -> Iterator[tuple[int, list[str]]]:
    old_limit = csv.field_size_limit()
    csv.field_size_limit(limits.max_field_bytes)
    try:
        with open(path, encoding=encoding, newline="", errors="strict") as f:
            lines = _Lines(f, limits.max_row_bytes)
            reader = _reader(lines, delimiter)
            count = 0
            while True:
                start = lines.number + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    if "field larger" in str(exc):
                        raise FileRefused(user_text(
                            "A value starting on line {line} is larger than {limit}. The file is probably "
                            "damaged or not a contact list.",
                            line=start, limit=human_size(limits.max_field_bytes),
                        )) from exc
                    raise FileRefused(user_text("Line {line} of this file could not be read ({problem}).", line=start,
                                              problem=str(exc))) from exc
                if len(cells) > limits.max_columns:
                    raise FileRefused(user_text(
                        "Line {line} has {count} columns; more than {limit} is not a contact list we can read.",
                        line=start, count=len(cells), limit=limits.max_columns,
                    ))
                yield start, cells
                count += 1
                if stop is not None and count >= stop:
                    return
    except UnicodeDecodeError as exc:  # pragma: no cover - the encoding was checked
        raise FileRefused(user_text("This file changed while it was being read. Try again.")) from exc
    finally:
        csv.field_size_limit(old_limit)


def iter_rows(
    path: Path, encoding: str, delimiter: str, header_index: int, limits: Limits = DEFAULT_LIMITS
) -> Iterator[Row]:
    """Rows after the header record (``header_index`` counts records from 0)."""
    for index, (line, cells) in enumerate(_iter_records(path, encoding, delimiter, limits)):
        if index > header_index:
            yield line, list(cells)
