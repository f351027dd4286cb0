"""vCard 2.1/3.0/4.0 address books (.vcf), streamed card by card.

Each card becomes one row under fixed column titles (``VCARD_HEADERS``), several values
joined with `` ::: `` as in Google's CSV, so that the same mapping code handles it.
Apple's grouped properties (``item1.TEL``) and year-less birthdays are understood.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from pathlib import Path

from crm_desktop.domain.i18n import user_text
from crm_desktop.exchange.limits import DEFAULT_LIMITS, FileRefused, Limits, human_size
from crm_desktop.exchange.table import Row

VCARD_HEADERS = [
    "First name", "Last name", "Full name", "Middle name", "E-mail", "Phone", "Company",
    "Job title", "Birthday", "Street", "City", "Region", "Postal code", "Country",
    "Website", "Notes", "Categories",
]
MULTI = " ::: "
_PROP = re.compile(r"^(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$", re.S)


def _unescape(value: str) -> str:
    out = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _split(value: str, sep: str) -> list[str]:
    parts, cur, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            cur.append(value[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return [_unescape(p) for p in parts]


def _params(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in text.split(";")[1:] if text else []:
        key, _, val = item.partition("=")
        if not _:
            key, val = "TYPE", key
        out.setdefault(key.upper(), []).extend(v.strip('"') for v in val.split(","))
    return out


def birthday_text(value: str, params: dict[str, list[str]]) -> str:
    """'--04-22', '--0422', '1604-08-20' with X-APPLE-OMIT-YEAR -> '--04-22' (no year)."""
    value = value.strip()
    if "X-APPLE-OMIT-YEAR" in params:
        year = params["X-APPLE-OMIT-YEAR"][0]
        if value.startswith(year):
            value = "--" + value[len(year) :].lstrip("-")
    m = re.match(r"^--(\d\d)-?(\d\d)$", value)
    if m:
        return f"--{m.group(1)}-{m.group(2)}"
    m = re.match(r"^(\d{4})-?(\d\d)-?(\d\d)", value)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return value


def _card_row(props: list[tuple[str, str, dict[str, list[str]], str]]) -> list[str]:
    f: dict[str, list[str]] = {h: [] for h in VCARD_HEADERS}
    for _group, name, params, raw in props:
        if "QUOTED-PRINTABLE" in [e.upper() for e in params.get("ENCODING", [])]:
            charset = (params.get("CHARSET") or ["utf-8"])[0]
            try:
                raw = quopri.decodestring(raw.encode("latin-1", "replace")).decode(charset, "replace")
            except LookupError:
                raw = quopri.decodestring(raw.encode("latin-1", "replace")).decode("utf-8", "replace")
        if name == "N":
            parts = _split(raw, ";") + [""] * 5
            f["Last name"].append(parts[0])
            f["First name"].append(parts[1])
            f["Middle name"].append(parts[2])
        elif name == "FN":
            f["Full name"].append(_unescape(raw))
        elif name == "EMAIL":
            f["E-mail"].append(_unescape(raw).removeprefix("mailto:"))
        elif name == "TEL":
            f["Phone"].append(_unescape(raw).removeprefix("tel:"))
        elif name == "ORG":
            f["Company"].append(_split(raw, ";")[0])
        elif name == "TITLE":
            f["Job title"].append(_unescape(raw))
        elif name == "BDAY":
            f["Birthday"].append(birthday_text(raw, params))
        elif name == "ADR" and not f["Street"]:
            parts = _split(raw, ";") + [""] * 7
            street = ", ".join(p for p in (parts[2], parts[1]) if p.strip())
            f["Street"].append(street.replace("\n", ", "))
            f["City"].append(parts[3])
            f["Region"].append(parts[4])
            f["Postal code"].append(parts[5])
            f["Country"].append(parts[6])
        elif name == "URL":
            f["Website"].append(_unescape(raw))
        elif name == "NOTE":
            f["Notes"].append(_unescape(raw))
        elif name == "CATEGORIES":
            f["Categories"].extend(_split(raw, ","))
    row = []
    for h in VCARD_HEADERS:
        values = [v.strip() for v in f[h] if v.strip()]
        if h in ("E-mail", "Phone", "Website", "Categories"):
            row.append(MULTI.join(values))
        elif h == "Notes":
            row.append("\n".join(values))
        else:
            row.append(values[0] if values else "")
    return row


def _logical_lines(path: Path, encoding: str, limits: Limits) -> Iterator[tuple[int, str]]:
    """Unfolded lines (continuations begin with a space or tab), with their line numbers."""
    current: list[str] = []
    size = 0
    start = 0
    with open(path, encoding=encoding, newline="", errors="strict") as f:
        number = 0
        while True:
            line = f.readline(limits.max_vcard_bytes + 1)
            if not line:
                break
            number += 1
            if len(line) > limits.max_vcard_bytes:
                raise FileRefused(user_text("Line {line} of this address book is longer than {limit}; the file is probably "
                                            "damaged.", line=number, limit=human_size(limits.max_vcard_bytes)))
            line = line.rstrip("\r\n").replace("\x00", "")
            if line[:1] in (" ", "\t") and current:
                current.append(line[1:])
                size += len(line)
            elif current and current[-1].endswith("=") and "QUOTED-PRINTABLE" in current[0].upper():
                current[-1] = current[-1][:-1]
                current.append(line)
                size += len(line)
            else:
                if current:
                    yield start, "".join(current)
                current, size, start = [line], len(line), number
            if size > limits.max_vcard_bytes:
                raise FileRefused(user_text(
                    "The entry starting on line {line} is larger than {limit}; "
                    "the file is probably damaged or not an address book.",
                    line=start, limit=human_size(limits.max_vcard_bytes),
                ))
    if current:
        yield start, "".join(current)


def iter_cards(path: Path, encoding: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[Row]:
    props: list[tuple[str, str, dict[str, list[str]], str]] = []
    card_start = 0
    inside = False
    size = 0
    for number, line in _logical_lines(path, encoding, limits):
        m = _PROP.match(line)
        if not m:
            continue
        name = m.group("name").upper()
        value = m.group("value")
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            inside, props, card_start, size = True, [], number, 0
            continue
        if not inside:
            continue
        if name == "END" and value.strip().upper() == "VCARD":
            inside = False
            yield card_start, list(_card_row(props))
            continue
        size += len(line)
        if size > limits.max_vcard_bytes:
            raise FileRefused(user_text(
                "The entry starting on line {line} is larger than {limit}; the file is probably damaged.",
                line=card_start, limit=human_size(limits.max_vcard_bytes),
            ))
        if name in ("PHOTO", "LOGO", "SOUND", "KEY"):
            continue
        props.append((m.group("group") or "", name, _params(m.group("params") or ""), value))
    if inside and props:
        yield card_start, list(_card_row(props))


def looks_like_vcard(sample: str) -> bool:
    return "BEGIN:VCARD" in sample.lstrip("\ufeff")[:2000].upper()
