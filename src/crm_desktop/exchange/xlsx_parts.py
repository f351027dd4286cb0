"""The parts of an XLSX/XLSM workbook that a sheet's cells refer to: where each sheet is
stored, the shared strings, which cell styles show dates or durations, the 1904 date system.

Small parts (workbook, relationships, styles) are parsed with defusedxml; the shared strings
can be large and are read as a stream, one string at a time (the strings themselves are kept:
they are the workbook's distinct texts). ``sheets.check_zip`` has already refused any part
with a DTD; the stream readers here refuse one too, so they are safe on their own.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, XMLPullParser

from crm_desktop.domain.i18n import user_text
from crm_desktop.exchange.limits import FileRefused

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")  # entity definitions: refused wherever XML is read
_SMALL_PART = 50_000_000  # workbook, relationships and styles are far smaller in real files
CHUNK = 1 << 16
_T, _RUN = MAIN + "t", MAIN + "r"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

OTHER, DATE, DURATION = 0, 1, 2
ENTITIES = user_text(
    "This spreadsheet contains XML entity definitions, which real spreadsheets "
    "never use and which can be used to attack a computer. It was not opened."
)


class NotStreamable(Exception):
    """The workbook's layout is not one this reader knows; the caller uses calamine."""


@dataclass
class Workbook:
    sheet_parts: dict[str, str]  # sheet name -> zip member of its XML
    strings_part: str | None = None
    styles_part: str | None = None
    date1904: bool = False
    strings: list[str] = field(default_factory=list)
    style_kinds: list[int] = field(default_factory=list)  # cell style index -> OTHER/DATE/DURATION


def _small(zf: zipfile.ZipFile, name: str) -> Element:
    import defusedxml.ElementTree as ET  # noqa: N817

    info = zf.getinfo(name)
    if info.file_size > _SMALL_PART:
        raise NotStreamable(name)
    return ET.fromstring(zf.read(info))


def _rels(zf: zipfile.ZipFile, part: str) -> list[tuple[str, str, str]]:
    """(id, type, member) of a part's relationships."""
    folder, base = posixpath.split(part)
    name = posixpath.join(folder, "_rels", base + ".rels")
    if name not in zf.NameToInfo:
        return []
    out = []
    for rel in _small(zf, name).iter(_REL):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out.append((rel.get("Id", ""), rel.get("Type", ""), member))
    return out


def read_layout(zf: zipfile.ZipFile) -> Workbook:
    """Sheet names and parts, without reading strings or styles. NotStreamable if unusual."""
    try:
        main = next((m for _, kind, m in _rels(zf, "") if kind.endswith("/officeDocument")), "xl/workbook.xml")
        root = _small(zf, main)
    except (KeyError, NotStreamable) as exc:
        raise NotStreamable(str(exc)) from exc
    rels = _rels(zf, main)
    by_id = {rid: member for rid, _, member in rels}
    parts: dict[str, str] = {}
    for sheet in root.iter(MAIN + "sheet"):
        member = by_id.get(sheet.get(_R_ID, ""))
        if member is None or member not in zf.NameToInfo:
            raise NotStreamable("sheet part")
        parts[sheet.get("name", "")] = member
    book = Workbook(sheet_parts=parts)
    for _, kind, member in rels:
        if kind.endswith("/sharedStrings") and member in zf.NameToInfo:
            book.strings_part = member
        elif kind.endswith("/styles") and member in zf.NameToInfo:
            book.styles_part = member
    pr = root.find(MAIN + "workbookPr")
    book.date1904 = pr is not None and pr.get("date1904", "").lower() in ("1", "true")
    return book


def load_cell_data(zf: zipfile.ZipFile, book: Workbook) -> None:
    """Fill in the shared strings and the date styles."""
    load_styles(zf, book)
    if book.strings_part:
        book.strings = list(shared_strings(zf, book.strings_part))


def load_styles(zf: zipfile.ZipFile, book: Workbook) -> None:
    """Fill in which cell styles show dates or durations."""
    if book.styles_part:
        book.style_kinds = _style_kinds(_small(zf, book.styles_part))


def _style_kinds(root: Element) -> list[int]:
    custom = {fmt.get("numFmtId", ""): fmt.get("formatCode", "") for fmt in root.iter(MAIN + "numFmt")}
    xfs = root.find(MAIN + "cellXfs")
    kinds = []
    for xf in xfs if xfs is not None else ():
        fmt_id = xf.get("numFmtId", "0")
        kinds.append(format_kind(custom[fmt_id]) if fmt_id in custom else builtin_kind(fmt_id))
    return kinds


def builtin_kind(fmt_id: str) -> int:
    if fmt_id == "46":  # [h]:mm:ss
        return DURATION
    if fmt_id in ("45", "47") or fmt_id.isdigit() and 14 <= int(fmt_id) <= 22:
        return DATE
    return OTHER


def format_kind(code: str) -> int:
    """DATE when a custom number format shows date or time parts outside quotes and brackets,
    DURATION for elapsed time ([h], [mm], [ss]); only the first section counts."""
    escaped = quoted = am_pm = hms = False
    brackets = 0
    prev = " "
    for ch in code:
        if escaped:
            escaped = False
        elif ch in "_\\*":
            escaped = True  # the next character is a literal (or a fill / width character)
        elif quoted:
            quoted = ch != '"'
        elif ch == '"':
            quoted = True
        elif ch == ";":
            return OTHER
        elif ch == "[":
            brackets += 1
        elif ch == "]":
            if brackets == 1 and hms:
                return DURATION
            brackets = max(brackets - 1, 0)
        elif brackets == 0 and not am_pm and ch in "aA":
            am_pm = True
        elif brackets == 0 and am_pm and ch in "pmPM/":
            return DATE
        elif brackets == 0 and not am_pm and ch in "dmhysDMHYS":
            return DATE
        elif not (hms and ch.lower() == prev.lower()):
            hms = prev == "[" and ch in "mhsMHS"
        prev = ch
    return OTHER


def children(zf: zipfile.ZipFile, member: str, parent_tag: str) -> Iterator[Element]:
    """The children of the part's first ``parent_tag`` element (a sheet's rows, the shared
    strings), each complete, parsed a chunk at a time and let go once the caller has it.
    Refuses a DTD."""
    parser = XMLPullParser(("start",))
    parent: Element | None = None
    tail = b""
    with zf.open(member) as part:
        while chunk := part.read(CHUNK):
            if any(m in tail + chunk for m in DTD_MARKERS):
                raise FileRefused(ENTITIES)
            tail = chunk[-16:]
            parser.feed(chunk)
            for _, el in parser.read_events():  # until the parent is found (then, see _quiet)
                if parent is None and el.tag == parent_tag:
                    parent = el
                    _quiet(parser)
            if parent is not None and len(parent) > 1:
                done = parent[:-1]  # the last child may still be incomplete
                del parent[:-1]
                yield from done
    parser.close()
    if parent is not None:
        yield from list(parent)


def _quiet(parser: XMLPullParser) -> None:
    """Stop reporting events: the rest is read by looking at the parent's children, about
    twice as fast as an event per element. Without this, events are still read and dropped."""
    try:
        parser._parser._setevents(parser._events_queue, ())  # type: ignore[attr-defined]
    except AttributeError:
        pass


def shared_strings(zf: zipfile.ZipFile, member: str) -> Iterator[str]:
    """The shared strings in order, read as a stream: stop early to read only the first ones."""
    item = MAIN + "si"
    for el in children(zf, member, MAIN + "sst"):
        if el.tag == item:
            yield rich_text(el)


def rich_text(el: Element) -> str:
    """The text of a shared or inline string: plain, or rich text runs joined; phonetic
    hints (rPh) are left out. As in calamine, each piece loses its surrounding spaces and line
    breaks unless it is marked xml:space="preserve"."""
    if len(el) == 1 and el[0].tag == _T:  # the usual case: plain text
        return _piece(el[0])
    parts = []
    for child in el:
        if child.tag == _T:
            parts.append(_piece(child))
        elif child.tag == _RUN:
            parts.extend(_piece(t) for t in child.iter(_T))
    return "".join(parts)


def _piece(t: Element) -> str:
    text = t.text or ""
    return text if t.get(_SPACE) == "preserve" else text.strip(" \t\r\n")
