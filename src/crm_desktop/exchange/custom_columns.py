"""One extra export column per custom field of contacts, companies and deals.

Cells are typed: number and money as numbers, dates as dates, yes/no as the text "Yes"/"No",
text and choices as text. The header is the field's name; when that name is already a
standard header (e.g. "Source"), it becomes "Source (custom)". The importer recognises both.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import Connection, select

from crm_desktop.exchange.csv_lines import CsvCells
from crm_desktop.exchange.csv_out import converter
from crm_desktop.exchange.tables import BATCH, DATE, INT, TEXT, Column, Table, TextBatch
from crm_desktop.storage.models import CustomField, CustomValue

ENTITY_OF_KIND = {"contacts": "contact", "companies": "company", "deals": "deal"}
CUSTOM_SUFFIX = " (custom)"


@dataclass(frozen=True)
class CustomColumn:
    field_id: int
    key: str
    label: str
    type: str  # CustomFieldType value
    choices: tuple[str, ...] = ()


def custom_columns(conn: Connection, entity: str) -> list[CustomColumn]:
    rows = conn.execute(
        select(CustomField.id, CustomField.key, CustomField.label, CustomField.type, CustomField.options)
        .where(CustomField.entity == entity, CustomField.archived.is_(False))
        .order_by(CustomField.position, CustomField.id)
    )
    out = []
    for field_id, key, label, kind, options in rows:
        try:
            choices = tuple(json.loads(options)) if options else ()
        except ValueError:
            choices = ()
        out.append(CustomColumn(field_id, key, label, kind, choices))
    return out


def header_for(label: str, standard: Sequence[str]) -> str:
    taken = {h.casefold() for h in standard}
    return f"{label}{CUSTOM_SUFFIX}" if label.casefold() in taken else label


def cell(kind: str, stored: str | None) -> object:
    """A stored custom value as a typed spreadsheet cell."""
    if not stored:
        return ""
    if kind in ("number", "money"):
        try:
            return Decimal(stored)
        except InvalidOperation:
            return stored
    if kind == "date":
        try:
            return date.fromisoformat(stored)
        except ValueError:
            return stored
    if kind == "bool":
        return {"yes": "Yes", "no": "No"}.get(stored, stored)
    return stored


_CELL_TYPES = {"number": INT, "money": INT, "date": DATE}


def with_custom_fields(conn: Connection, table: Table) -> Table:
    """``table`` with one column per custom field appended (unchanged when there are none)."""
    entity = ENTITY_OF_KIND.get(table.kind)
    fields = custom_columns(conn, entity) if entity else []
    if not fields:
        return table
    standard = table.headers
    extra = tuple(Column(header_for(f.label, standard), _CELL_TYPES.get(f.type, TEXT)) for f in fields)
    base_rows = table.rows
    field_ids = [f.field_id for f in fields]

    def rows(c: Connection, ids: Sequence[int] | None) -> Iterator[tuple[object, ...]]:
        pending: list[tuple[object, ...]] = []
        for row in base_rows(c, ids):
            pending.append(row)
            if len(pending) >= BATCH:
                yield from _extend(c, pending, fields, field_ids)
                pending = []
        if pending:
            yield from _extend(c, pending, fields, field_ids)

    base_text = table.text
    if base_text is None:
        return replace(table, columns=table.columns + extra, rows=rows)
    texts = [(f, converter(column)) for f, column in zip(fields, extra, strict=True)]

    def text(c: Connection, ids: Sequence[int] | None, cells: CsvCells) -> Iterator[TextBatch]:
        quoted, delimiter = cells.quoted, cells.delimiter
        for batch in base_text(c, ids, cells):
            values = _values(c, field_ids, batch.ids)
            lines = [delimiter.join((line, *(quoted(to_text(cell(f.type, values.get((record_id, f.field_id)))))
                                            for f, to_text in texts)))
                     for line, record_id in zip(batch.lines, batch.ids, strict=True)]
            yield TextBatch(batch.ids, lines)

    return replace(table, columns=table.columns + extra, rows=rows, text=text)


def _values(conn: Connection, field_ids: list[int], record_ids: list[int]) -> dict[tuple[int, int], str]:
    """(record id, field id) -> stored value, for these fields and records."""
    values: dict[tuple[int, int], str] = {}
    for field_id, entity_id, value in conn.execute(
        select(CustomValue.field_id, CustomValue.entity_id, CustomValue.value)
        .where(CustomValue.field_id.in_(field_ids), CustomValue.entity_id.in_(record_ids))
    ):
        values[(entity_id, field_id)] = value
    return values


def _extend(conn: Connection, rows: list[tuple[object, ...]], fields: list[CustomColumn],
            field_ids: list[int]) -> Iterator[tuple[object, ...]]:
    record_ids = [int(r[0]) for r in rows]  # type: ignore[call-overload]
    values = _values(conn, field_ids, record_ids)
    for row, record_id in zip(rows, record_ids, strict=True):
        yield row + tuple(cell(f.type, values.get((record_id, f.field_id))) for f in fields)
