"""Contacts as CSV text rows, straight from the stored values (no typed cell in between).

Exactly the cells the CSV writer makes of ``tables.contact_rows``: text neutralised, the
birthday as "YYYY-MM-DD", do-not-email as yes/no, created and updated as local time
"YYYY-MM-DD HH:MM:SS". Building dates and datetimes and turning them back into text was
most of the time of a 100,000-contact CSV export.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection

from crm_desktop.exchange.contact_reader import TEXT_START, contact_batches
from crm_desktop.exchange.csv_lines import CsvCells
from crm_desktop.exchange.tables import TextBatch, _date, _datetime, local

_HOURS: dict[str, str] = {}  # UTC "YYYY-MM-DD HH" -> local "YYYY-MM-DD HH" (whole-hour offset all hour)
_MINUTES: dict[str, str] = {}  # the same per minute, for offsets like +05:30 and the hours the clocks change
_HOUR, _MINUTE = timedelta(hours=1), timedelta(minutes=1)
_PLAIN_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?")  # as SQLite holds them


def local_text(value: object) -> str:
    """A stored UTC time as local wall-clock text, "YYYY-MM-DD HH:MM:SS": exactly what the
    CSV writer makes of ``local(value)``, with the zone looked up once per hour of the data.

    SQLite holds the times as "YYYY-MM-DD HH:MM:SS.ffffff"; with a whole-hour offset the
    minutes and seconds stay as they are, so only the hour part is converted (and cached)."""
    if type(value) is str and len(value) in (19, 26):
        head = _HOURS.get(value[:13])
        if head is not None:
            return head + value[13:19]
        head = _MINUTES.get(value[:16])
        if head is not None:
            return head + value[16:19]
    moment = local(_datetime(value))
    if moment is None:
        return ""
    if type(value) is str and _PLAIN_TIME.fullmatch(value):
        _remember(datetime.fromisoformat(value))
    return moment.isoformat(sep=" ", timespec="seconds")


def _remember(utc: datetime) -> None:
    """Cache the local hour of ``utc``, or else its local minute, when one offset holds for
    all of it and moves only the hour (minute) part."""
    hour = utc.replace(minute=0, second=0, microsecond=0)
    minute = utc.replace(second=0, microsecond=0)
    for start, size, cache, cut in ((hour, _HOUR, _HOURS, 13), (minute, _MINUTE, _MINUTES, 16)):
        end = start + size - timedelta(microseconds=1)
        offset = local(start) - start  # type: ignore[operator]
        if offset == local(end) - end and not offset % size:  # type: ignore[operator]
            cache[str(start)[:cut]] = str(start + offset)[:cut]
            return


def date_text(value: object) -> str:
    """A stored date as the CSV writer writes the typed cell: "YYYY-MM-DD", or "" for none."""
    day = _date(value)
    if day is None:
        return ""
    return (day.date() if isinstance(day, datetime) else day).isoformat()


class _Dates(dict[object, str]):
    """Stored birthday -> cell text, each distinct day converted once."""

    def __missing__(self, value: object) -> str:
        text = self[value] = date_text(value)
        return text


def text_batches(conn: Connection, ids: Sequence[int] | None, cells: CsvCells) -> Iterator[TextBatch]:
    """Live contacts (``ids`` in their order, or all) as CSV lines."""
    days = _Dates()
    local_hour = _HOURS.get
    for b in contact_batches(conn, ids, cells.texts):
        email, phone, company, tags = b.emails.get, b.phones.get, b.companies.get, b.tags.get
        other_email = b.other_emails.get if b.other_emails else None
        other_phone = b.other_phones.get if b.other_phones else None
        join = cells.delimiter.join
        lines = [
            join((str(cid), first, last, email(cid, ""), phone(cid, ""), company(company_id, ""), job, tags(cid, ""),
                  street, postal, city, region, country, other_email(cid, "") if other_email else "",
                  other_phone(cid, "") if other_phone else "", website, days[birthday], "yes" if no_email else "no",
                  source, notes,
                  # local_text, with its cache lookup written out: this runs 100,000 times
                  made := (hour + created[13:19] if (hour := local_hour(created[:13])) and len(created) in (19, 26)
                           else local_text(created)),
                  made if updated == created else local_text(updated)))
            for (cid, company_id, birthday, no_email, created, updated, first, last, job, street, postal, city, region,
                 country, website, source, notes) in cells.text_tails(b.rows, TEXT_START)
        ]
        yield TextBatch([r[0] for r in b.rows], lines)
