"""Two-way merge of a contacts sheet with the CRM, keyed by the ID column. Pure logic: the
caller reads both sides, passes the state of the last sync, and applies the plan.

Per field, with ``base`` the hash stored at the last sync:
- only the sheet changed  -> the CRM takes the sheet's value;
- only the CRM changed    -> the sheet takes the CRM's value;
- both changed, differently -> a conflict, left untouched until the user chooses
  (``resolutions`` maps (contact id, field) to the chosen value);
- no base yet and the two differ -> a conflict too: nothing is ever overwritten silently.
Rows: a sheet row without an ID is created in the CRM; a contact missing from the sheet is
appended, unless it was there at the last sync (then it was deleted from the sheet and is
only deleted in the CRM when confirmed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from crm_desktop.domain.i18n import user_text
from crm_desktop.exchange.sheet import FIELD_LABELS, FIELDS, Sheet, SheetRow, field_hash

Values = dict[str, str]
Resolutions = Mapping[tuple[int, str], str]


@dataclass(frozen=True)
class Conflict:
    contact_id: int
    field: str  # key in FIELDS
    name: str  # the contact's name, to show
    crm_value: str
    sheet_value: str
    line: int  # row in the sheet

    @property
    def label(self) -> str:
        return FIELD_LABELS[self.field]


@dataclass(frozen=True)
class Deletion:
    contact_id: int
    name: str


@dataclass
class Plan:
    crm_updates: dict[int, Values] = field(default_factory=dict)  # fields the sheet changed
    crm_creates: list[SheetRow] = field(default_factory=list)
    crm_deletes: list[int] = field(default_factory=list)  # confirmed deletions (to the trash)
    sheet_updates: dict[int, Values] = field(default_factory=dict)  # fields the CRM changed
    sheet_appends: list[int] = field(default_factory=list)
    sheet_removals: set[int] = field(default_factory=set)  # contacts trashed in the CRM
    pending_deletions: list[Deletion] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # field -> hash to remember, per contact; fields left out keep their old hash
    agreed: dict[int, dict[str, str]] = field(default_factory=dict)

    @property
    def sheet_changes(self) -> bool:
        return bool(self.sheet_updates or self.sheet_appends or self.sheet_removals or self.crm_creates)


def _name(values: Values) -> str:
    name = " ".join(p for p in (values.get("first_name", ""), values.get("last_name", "")) if p)
    return name or values.get("email", "") or user_text("(no name)")


def plan(
    sheet: Sheet,
    crm: Mapping[int, Values],
    base: Mapping[int, Mapping[str, str]],
    trashed: set[int] | frozenset[int] = frozenset(),
    resolutions: Resolutions | None = None,
    delete_ids: set[int] | frozenset[int] = frozenset(),
) -> Plan:
    """Work out what to change on each side. ``crm`` holds the live contacts' canonical
    values, ``base`` the field hashes of the last sync, ``trashed`` contacts in the trash."""
    resolutions = resolutions or {}
    fields = sheet.fields
    result = Plan()
    seen: set[int] = set()
    for row in sheet.rows:
        if row.blank:
            continue
        if row.id is None:
            if row.id_text:
                result.notes.append(user_text("Row {line}: the ID “{id}” is not a number; the row was left as it is.",
                                               line=row.line, id=row.id_text))
            else:
                result.crm_creates.append(row)
            continue
        if row.id in seen:
            result.notes.append(user_text("Row {line}: ID {id} appears twice; this copy was left as it is.", line=row.line,
                                           id=row.id))
            continue
        seen.add(row.id)
        if row.id not in crm:
            _missing_in_crm(result, row, base.get(row.id), row.id in trashed)
            continue
        _merge_row(result, row, crm[row.id], base.get(row.id), fields, resolutions)
    for contact_id, values in crm.items():
        if contact_id in seen:
            continue
        if contact_id in base:
            if contact_id in delete_ids:
                result.crm_deletes.append(contact_id)
            else:
                result.pending_deletions.append(Deletion(contact_id, _name(values)))
        else:
            result.sheet_appends.append(contact_id)
            result.agreed[contact_id] = {k: field_hash(values.get(k, "")) for k in fields}
    return result


def _missing_in_crm(result: Plan, row: SheetRow, old: Mapping[str, str] | None, trashed: bool) -> None:
    if old is not None and all(field_hash(v) == old.get(k) for k, v in row.values.items()):
        result.sheet_removals.add(row.id)  # type: ignore[arg-type]
        return
    line, ident = row.line, row.id
    if old is not None and trashed:
        note = user_text("Row {line}: contact ID {id} was changed in the sheet but is in the trash; "
                         "the row was left as it is.", line=line, id=ident)
    elif old is not None:
        note = user_text("Row {line}: contact ID {id} was changed in the sheet but is not in the CRM; "
                         "the row was left as it is.", line=line, id=ident)
    elif trashed:
        note = user_text("Row {line}: contact ID {id} is in the trash; the row was left as it is.", line=line, id=ident)
    else:
        note = user_text("Row {line}: contact ID {id} is not in the CRM; the row was left as it is.", line=line, id=ident)
    result.notes.append(note)


def _merge_row(
    result: Plan,
    row: SheetRow,
    crm_values: Values,
    old: Mapping[str, str] | None,
    fields: set[str],
    resolutions: Resolutions,
) -> None:
    contact_id = row.id
    assert contact_id is not None
    agreed: dict[str, str] = {}
    to_crm: Values = {}
    to_sheet: Values = {}
    for key in FIELDS:
        if key not in fields:
            continue
        mine, theirs = row.values.get(key, ""), crm_values.get(key, "")
        if mine == theirs:
            agreed[key] = field_hash(mine)
            continue
        base_hash = old.get(key) if old is not None else None
        sheet_changed = base_hash is None or field_hash(mine) != base_hash
        crm_changed = base_hash is None or field_hash(theirs) != base_hash
        if sheet_changed and not crm_changed:
            to_crm[key] = mine
        elif crm_changed and not sheet_changed:
            to_sheet[key] = theirs
        else:
            chosen = resolutions.get((contact_id, key))
            if chosen == mine:
                to_crm[key] = mine
            elif chosen == theirs:
                to_sheet[key] = theirs
            else:
                result.conflicts.append(
                    Conflict(contact_id, key, _name(crm_values), theirs, mine, row.line)
                )
                continue
        agreed[key] = field_hash(to_crm.get(key, to_sheet.get(key, "")))
    if to_crm:
        result.crm_updates[contact_id] = to_crm
    if to_sheet:
        result.sheet_updates[contact_id] = to_sheet
    result.agreed[contact_id] = agreed
