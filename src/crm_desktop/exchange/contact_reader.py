"""Contacts read for exports in batches, with plain SQL on the driver connection.

The hot path of exporting 100,000 contacts. Per batch of contacts there is one query per
table (contacts, their emails, phones and tags), run on the DB-API connection so that no
per-value result processing happens; the emails, phones, tags and company names come as
dicts by contact (company) id, for the caller to put each row together. Company and tag
names are read once per export.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

BATCH = 5000
LIST_SEPARATOR = "; "  # between several emails or phones in one cell
TAG_SEPARATOR = ", "

# The contact row of a batch: these first, then the text columns from TEXT_START on.
_FIELDS = ("id, company_id, birthday, do_not_email, created_at, updated_at, first_name, last_name, job_title,"
           " street, postal_code, city, region, country, website, source, notes")
TEXT_START = 6
_PAGE = f"SELECT {_FIELDS} FROM contacts WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?"
_SOME = f"SELECT {_FIELDS} FROM contacts WHERE deleted_at IS NULL AND id IN ({{marks}})"
# The index on (contact_id, position) also holds the row id, so these need no sorting.
_LIST = "SELECT contact_id, {value} FROM {table} WHERE contact_id {where} ORDER BY contact_id, position, id"
_TAGS = "SELECT contact_id, tag_id FROM contact_tags WHERE contact_id {where}"  # the names are sorted in Python

Text = Callable[[list[str]], list[str]]  # values -> cells, in the same order


@dataclass
class ContactBatch:
    """Up to BATCH live contacts, in export order, and what goes with them."""

    rows: list[tuple]  # type: ignore[type-arg]  # id, company_id, birthday, do_not_email, created_at, updated_at, texts
    emails: dict[int, str]  # contact id -> first email
    other_emails: dict[int, str]  # contact id -> the others, joined (only contacts with several)
    phones: dict[int, str]
    other_phones: dict[int, str]
    tags: dict[int, str]  # contact id -> tag names, sorted and joined
    companies: dict[int, str]  # company id -> name


def driver(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under ``conn`` (same transaction: sees its uncommitted rows)."""
    return conn.connection.driver_connection  # type: ignore[return-value]


class _TagNames(dict[tuple[int, ...], str]):
    """Tag ids of a contact -> "Clients, VIP": the names sorted like SQLite's ORDER BY name
    (code point order, which is UTF-8 byte order), each set of tags joined once."""

    def __init__(self, names: dict[int, str], text: Text | None):
        super().__init__()
        self.names, self.text = names, text

    def __missing__(self, ids: tuple[int, ...]) -> str:
        joined = TAG_SEPARATOR.join(sorted(self.names[i] for i in ids if i in self.names))
        self[ids] = joined = self.text([joined])[0] if self.text else joined
        return joined

    def of_contacts(self, rows: Iterable[tuple[int, int]]) -> dict[int, str]:
        """(contact id, tag id) rows -> contact id -> joined names."""
        ids: dict[int, tuple[int, ...]] = {}
        for contact, tag in rows:
            ids[contact] = ids.get(contact, ()) + (tag,)
        return {contact: self[tags] for contact, tags in ids.items()}


def _first_and_others(rows: list[tuple[int, str]], text: Text | None) -> tuple[dict[int, str], dict[int, str]]:
    """From (contact id, value) rows in order: the first value of each contact, and the
    others joined with LIST_SEPARATOR (only for contacts that have more than one)."""
    first = dict(reversed(rows))  # the last assignment wins: the first value in order
    more: dict[int, list[str]] = {}
    if len(first) < len(rows):
        previous = None
        for key, value in rows:
            if key == previous:
                more.setdefault(key, []).append(value)
            previous = key
    others = {key: LIST_SEPARATOR.join(values) for key, values in more.items()}
    if text:
        first = dict(zip(first, text(list(first.values())), strict=True))
        others = dict(zip(others, text(list(others.values())), strict=True))
    return first, others


def _listed(db: sqlite3.Connection, table: str, value: str, where: str, params: tuple,  # type: ignore[type-arg]
            text: Text | None) -> tuple[dict[int, str], dict[int, str]]:
    return _first_and_others(db.execute(_LIST.format(value=value, table=table, where=where), params).fetchall(), text)


def _pages(db: sqlite3.Connection, ids: Sequence[int] | None) -> Iterator[tuple[list[tuple], str, tuple]]:  # type: ignore[type-arg]
    """(contact rows in export order, SQL condition on contact_id, its parameters) per batch."""
    if ids is not None:
        for start in range(0, len(ids), BATCH):
            chunk = [int(i) for i in ids[start : start + BATCH]]
            marks = ",".join("?" * len(chunk))
            by_id = {r[0]: r for r in db.execute(_SOME.format(marks=marks), chunk)}
            found = [by_id[i] for i in chunk if i in by_id]
            if found:
                yield found, f"IN ({marks})", tuple(chunk)
        return
    last = 0
    while True:  # keyset paging: no OFFSET, no long IN lists
        found = db.execute(_PAGE, (last, BATCH)).fetchall()
        if not found:
            return
        last = found[-1][0]
        yield found, "BETWEEN ? AND ?", (found[0][0], last)


def _companies(db: sqlite3.Connection, rows: list[tuple], text: Text | None) -> dict[int, str]:  # type: ignore[type-arg]
    wanted = list({r[1] for r in rows} - {None})
    if not wanted:
        return {}
    return _names(db.execute(f"SELECT id, name FROM companies WHERE id IN ({','.join('?' * len(wanted))})", wanted),
                  text)


def _names(rows: Iterable[tuple[int, str]], text: Text | None) -> dict[int, str]:
    names = dict(rows)
    return dict(zip(names, text(list(names.values())), strict=True)) if text else names


def contact_batches(conn: Connection, ids: Sequence[int] | None, text: Text | None = None) -> Iterator[ContactBatch]:
    """Live contacts in batches: ``ids`` in their order (missing or trashed ones left out),
    or all of them by id. ``text`` turns the emails, phones, tags and company names into
    cells (not the contact's own columns)."""
    db = driver(conn)
    tags = _TagNames(dict(db.execute("SELECT id, name FROM tags")), text)
    every_company: dict[int, str] | None = None
    for found, where, params in _pages(db, ids):
        if ids is None:  # the whole table once: fewer lookups than one per batch
            if every_company is None:
                every_company = _names(db.execute("SELECT id, name FROM companies"), text)
            companies = every_company
        else:
            companies = _companies(db, found, text)
        emails = _listed(db, "contact_emails", "email", where, params, text)
        phones = _listed(db, "contact_phones", "phone", where, params, text)
        tag_names = tags.of_contacts(db.execute(_TAGS.format(where=where), params))
        yield ContactBatch(found, *emails, *phones, tag_names, companies)
