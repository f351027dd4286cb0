"""Import helpers: a file row -> a validated contact, and merging it into an existing one."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import message_of, user_text
from crm_desktop.domain.phone import looks_like_phone
from crm_desktop.domain.text import clean
from crm_desktop.domain.validation import email_key, normalise_email
from crm_desktop.exchange.mapping import (
    CustomTarget,
    Mapping,
    RowValues,
    names_from,
    parse_birthday,
    read_row,
)
from crm_desktop.services.contacts import CleanContact, ContactInput, sort_name, validate
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import CustomValue

SCALARS = ("first_name", "last_name", "job_title", "birthday", "street", "city", "postal_code",
           "region", "country", "website", "notes")
# every column of contacts that a restore must put back
CONTACT_COLUMNS = ("first_name", "last_name", "sort_name", "job_title", "company_id", "birthday",
                   "street", "city", "postal_code", "region", "country", "website", "notes",
                   "do_not_email", "source", "keep_in_touch_days", "last_activity_at",
                   "created_at", "updated_at", "deleted_at", "version")
YES = frozenset(("yes", "y", "true", "1", "x", "ja", "oui", "sí", "si"))  # "do not email" is set


@dataclass
class Prepared:
    row: int
    clean: CleanContact
    warnings: list[str] = field(default_factory=list)
    custom: dict[int, str] = field(default_factory=dict)  # custom field id -> parsed value


def restore_plus(raw: str, region: str) -> str:
    """Spreadsheets store '+48 601 234 567' as the number 48601234567: when the digits are not
    a valid number for the user's region but are one with a '+', give the '+' back."""
    text = raw.strip()
    if not (text.isdigit() and len(text) >= 10 and not text.startswith("0")):
        return raw
    import phonenumbers

    try:
        if region and phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
            return raw
    except phonenumbers.NumberParseException:
        pass
    try:
        if phonenumbers.is_valid_number(phonenumbers.parse("+" + text, None)):
            return "+" + text
    except phonenumbers.NumberParseException:
        pass
    return raw


def _too_long(key: str) -> str:
    """The warning for a value too long for its field (it goes to the notes instead)."""
    if key == "job_title":
        return user_text("the job title is too long; it was put in the notes")
    if key == "city":
        return user_text("the city is too long; it was put in the notes")
    if key == "postal_code":
        return user_text("the postal code is too long; it was put in the notes")
    if key == "region":
        return user_text("the region is too long; it was put in the notes")
    if key == "country":
        return user_text("the country is too long; it was put in the notes")
    return user_text("the website is too long; it was put in the notes")


def emails_from(raws: list[str], notes: list[str], warnings: list[str]) -> list[str]:
    """The valid addresses, normalised; invalid ones go to the notes, with a warning."""
    emails = []
    for raw in raws:
        try:
            emails.append(normalise_email(raw))
        except ValueError:
            notes.append(f"Email (not valid): {raw}")
            warnings.append(user_text("“{value}” is not a valid email address; it was put in the notes", value=raw))
    return emails


def phones_from(raws: list[str], region: str, notes: list[str], warnings: list[str]) -> list[str]:
    """The values that are phone numbers (what parse_phone accepts); others go to the notes."""
    phones = []
    for raw in raws:
        raw = restore_plus(raw, region)
        if looks_like_phone(raw):  # validate() parses it once
            phones.append(raw)
        else:
            not_a_phone(raw, notes, warnings)
    return phones


def not_a_phone(raw: str, notes: list[str], warnings: list[str]) -> None:
    """Keep a value that is not a phone number in the notes, and say so."""
    notes.append(f"Phone (not valid): {raw}")
    warnings.append(user_text("“{value}” is not a phone number; it was put in the notes", value=raw))


def birthday_from(birthday: date | None, text: str, notes: list[str], warnings: list[str]) -> date | None:
    """The birthday from a date cell or a text; one that is not a date, or looks wrong, goes to the notes."""
    if birthday is None and text:
        try:
            birthday = parse_birthday(text)
        except ValueError:
            notes.append(f"Birthday: {text}")
            warnings.append(user_text("the birthday “{value}” is not a date; it was put in the notes", value=text))
    if birthday is not None and (birthday > date.today() or (birthday.year < 1900 and birthday.year != 1604)):
        notes.append(f"Birthday: {birthday.isoformat()}")
        warnings.append(user_text("the birthday {value} looks wrong; it was put in the notes", value=birthday.isoformat()))
        birthday = None
    return birthday


def to_input(values: RowValues, region: str = "") -> tuple[ContactInput, list[str]]:
    """Build the contact; values that cannot be stored as such go to the notes, with a warning."""
    warnings: list[str] = []
    notes = list(values.notes)
    first, last = names_from(values)
    s = values.single
    emails = emails_from(values.emails, notes, warnings)
    phones = phones_from(values.phones, region, notes, warnings)
    birthday = birthday_from(values.birthday, values.birthday_text, notes, warnings)
    street = s.get("street", "")
    if not street and s.get("address"):
        street = clean(s["address"].replace("\n", ", "))
    data: dict[str, Any] = {}
    for key in ("job_title", "city", "postal_code", "region", "country", "website"):
        value = s.get(key, "")
        if len(value) > 200:
            notes.append(f"{key.replace('_', ' ').capitalize()}: {value}")
            warnings.append(_too_long(key))
            value = ""
        data[key] = value
    if len(street) > 200:
        notes.append(f"Address: {street}")
        street = ""
    do_not_email = s.get("do_not_email", "").casefold() in YES
    return (
        ContactInput(first_name=first, last_name=last, emails=emails, phones=phones,
                     company=s.get("company", "")[:200], birthday=birthday, street=street,
                     notes="\n".join(notes), tags=[t[:100] for t in values.tags],
                     do_not_email=do_not_email, **data),
        warnings,
    )


def prepare(row: int, cells: list[Any], mapping: Mapping, region: str) -> Prepared | str | None:
    """A validated contact; a reason (str) when the row cannot be imported; None for a blank row."""
    values = read_row(cells, mapping)
    if values.is_empty():
        return None
    data, warnings = to_input(values, region)
    if not data.first_name and not data.last_name:
        return user_text("there is no name (first, last or full name is empty)")
    try:
        cleaned = validate(data, region)
    except ValidationError as exc:
        return message_of(exc)
    custom = custom_from(values.custom, mapping, warnings)
    return Prepared(row, cleaned, warnings, custom)


def custom_from(texts: dict[str, str], mapping: Mapping, warnings: list[str]) -> dict[int, str]:
    """Custom field id -> parsed value; a value that does not fit its field is left out, with a warning."""
    custom: dict[int, str] = {}
    for key, text in texts.items():
        target = mapping.custom.get(key)
        if target is None:
            continue
        try:
            parsed = target.parse(text)
        except ValueError as exc:
            warnings.append(user_text("{problem} This value was not imported.", problem=message_of(exc)))
            continue
        if parsed:
            custom[target.field_id] = parsed
    return custom


@dataclass
class State:
    """A contact as the importer sees it: scalar values, company, emails, phones, tags."""

    values: dict[str, Any]
    company_id: int | None
    emails: list[str]
    phones: list[tuple[str, str | None, str]]
    tag_ids: list[int]

    def email_keys(self) -> set[str]:
        return {email_key(e) for e in self.emails}


@dataclass
class Merge:
    state: State
    new_emails: list[str]
    new_phones: list[tuple[str, str | None, str]]
    new_tags: list[int]
    changed_scalars: bool


def merge(state: State, new: CleanContact, company_id: int | None, tag_ids: list[int], overwrite: bool) -> Merge:
    values = dict(state.values)
    changed = False
    for key in SCALARS:
        incoming = new.values.get(key)
        if incoming in (None, ""):
            continue
        current = values.get(key)
        if key == "notes" and current and incoming and overwrite is False:
            if incoming not in current:
                values[key] = f"{current}\n{incoming}"
                changed = True
            continue
        if current in (None, "") or (overwrite and current != incoming):
            values[key] = incoming
            changed = True
    cid = state.company_id
    if company_id is not None and (cid is None or (overwrite and cid != company_id)):
        cid = company_id
        changed = True
    if changed:
        values["sort_name"] = sort_name(values["first_name"], values["last_name"])
    have = state.email_keys()
    new_emails = [e for e in new.emails if email_key(e) not in have]
    have_phones = {p[1] or p[0] for p in state.phones} | {p[0] for p in state.phones}
    new_phones = [p for p in new.phones if (p[1] or p[0]) not in have_phones and p[0] not in have_phones]
    new_tags = [t for t in tag_ids if t not in state.tag_ids]
    merged = State(values, cid, state.emails + new_emails, state.phones + new_phones, state.tag_ids + new_tags)
    return Merge(merged, new_emails, new_phones, new_tags, changed)


def _json_default(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value))


def dump_before(contact: dict[str, Any], emails: list[dict[str, Any]], phones: list[dict[str, Any]],
                tag_ids: list[int]) -> str:
    return json.dumps({"contact": contact, "emails": emails, "phones": phones, "tags": tag_ids},
                      default=_json_default, ensure_ascii=False)


def custom_targets(db: Database) -> list[CustomTarget]:
    """The contact custom fields, as targets for the column mapping."""
    from crm_desktop.services.changes import ChangeHub
    from crm_desktop.services.custom_fields import CustomFieldService

    return [CustomTarget(f.id, f.key, f.label, f.parse) for f in CustomFieldService(db, ChangeHub()).fields("contact")]


def write_custom_values(conn: Connection, rows: list[tuple[int, dict[int, str]]]) -> None:
    """Store imported custom values (contact id, {field id: value}) in the import's transaction;
    a value from the file replaces the contact's value for that field. One delete per field
    and one multi-row insert per chunk."""
    if not rows:
        return
    latest: dict[tuple[int, int], str] = {}  # a later row of the file wins
    for contact_id, values in rows:
        for field_id, value in values.items():
            latest[(field_id, contact_id)] = value
    by_field: dict[int, list[int]] = {}
    for field_id, contact_id in latest:
        by_field.setdefault(field_id, []).append(contact_id)
    for field_id, contact_ids in by_field.items():
        for start in range(0, len(contact_ids), 500):
            conn.execute(delete(CustomValue).where(CustomValue.field_id == field_id,
                                                   CustomValue.entity_id.in_(contact_ids[start:start + 500])))
    conn.execute(insert(CustomValue), [{"field_id": f, "entity_id": c, "value": v} for (f, c), v in latest.items()])
