"""A file row -> a validated contact, the fast way: exactly what ``import_rows.prepare`` gives,
with the column mapping worked out once per import and without the intermediate objects
(RowValues, ContactInput) or the second cleaning of values that are already clean.

Rows with anything unusual (a date cell, a value over 200 characters, a phone number the
parser refuses) are handed to ``prepare`` itself, so both always agree
(tests/unit/test_import_prepare.py compares them on awkward rows).
"""

from __future__ import annotations

from typing import Any

from crm_desktop.domain.i18n import user_text
from crm_desktop.domain.phone import parse_phone
from crm_desktop.domain.remembered import Remembered
from crm_desktop.domain.text import clean, split_full_name
from crm_desktop.domain.validation import email_key
from crm_desktop.exchange.mapping import (
    _EMAIL_SPLIT,
    _PHONE_SPLIT,
    CUSTOM_PREFIX,
    Mapping,
    _tag_value,
    unescape_cell,
)
from crm_desktop.services.contacts import CleanContact, sort_name
from crm_desktop.services.import_rows import (
    YES,
    Prepared,
    birthday_from,
    custom_from,
    emails_from,
    not_a_phone,
    prepare,
    restore_plus,
)
from crm_desktop.services.tags import parse_tags

_SINGLE, _WEBSITE, _ADDRESS, _EMAIL, _PHONE, _TAGS, _NOTES, _BIRTHDAY, _CUSTOM, _UNMAPPED = range(10)
_KINDS = {"website": _WEBSITE, "address": _ADDRESS, "email": _EMAIL, "phone": _PHONE, "tags": _TAGS,
          "notes": _NOTES, "birthday": _BIRTHDAY}
NO_NAME = user_text("there is no name (first, last or full name is empty)")


class RowPreparer:
    """``preparer(row, cells)`` gives what ``prepare(row, cells, mapping, region)`` gives."""

    def __init__(self, mapping: Mapping, region: str) -> None:
        self.mapping, self.region = mapping, region
        # (index, kind, field, header, the column's cleaned values by cell text)
        self.columns: list[tuple[int, int, str, str | None, Remembered[str, str]]] = []
        for index, target in enumerate(mapping.fields):
            if target:
                kind = _CUSTOM if target.startswith(CUSTOM_PREFIX) else _KINDS.get(target, _SINGLE)
            elif mapping.unmapped_to_notes:
                kind = _UNMAPPED
            else:
                continue  # a column that is not imported
            header = mapping.headers[index] if index < len(mapping.headers) else None
            self.columns.append((index, kind, target, header, Remembered(clean)))
        self._tag_cells: Remembered[str, list[str]] = Remembered(_tag_value)
        self._tag_lists: Remembered[tuple[str, ...], list[str]] = Remembered(
            lambda tags: parse_tags([t[:100] for t in tags]))

    def _slow(self, row: int, cells: list[Any]) -> Prepared | str | None:
        return prepare(row, cells, self.mapping, self.region)

    def __call__(self, row: int, cells: list[Any]) -> Prepared | str | None:
        single: dict[str, str] = {}
        emails: list[str] = []
        phones: list[str] = []
        tags: list[str] = []
        notes: list[str] = []
        custom: dict[str, str] = {}
        birthday_text = ""
        unescape = self.mapping.unescape_formulas
        count = len(cells)
        for index, kind, target, header, known in self.columns:
            if index >= count:
                break
            text = cells[index]
            if text.__class__ is not str:
                return self._slow(row, cells)  # a date (or another typed cell)
            if unescape:
                text = unescape_cell(text)
            stripped = text.strip()
            if not stripped:
                continue
            if kind == _SINGLE:
                if target not in single:
                    single[target] = known[text]
            elif kind == _EMAIL:
                if ";" in stripped or "," in stripped or len(stripped.split(None, 1)) > 1:
                    emails += [p for p in _EMAIL_SPLIT.split(stripped) if p]
                else:
                    emails.append(stripped)
            elif kind == _PHONE:
                if ";" in stripped or "\n" in stripped or ":::" in stripped or "/ " in stripped:
                    phones += [p for p in _PHONE_SPLIT.split(stripped) if p]
                else:
                    phones.append(stripped)
            elif kind == _TAGS:
                tags += self._tag_cells[text]
            elif kind == _NOTES:
                notes.append(stripped)
            elif kind == _BIRTHDAY:
                birthday_text = birthday_text or stripped
            elif kind == _CUSTOM:
                custom.setdefault(target, stripped)
            elif kind == _WEBSITE:
                if target not in single:
                    single[target] = clean(text.split(" ::: ")[0])
            elif kind == _ADDRESS:
                if target not in single:
                    single[target] = text.strip()
            elif header is not None:  # not mapped, kept in the notes
                notes.append(f"{header}: {stripped}")
        if not (single or emails or phones or tags or notes or birthday_text):
            return None
        get = single.get
        first, last, middle = get("first_name", ""), get("last_name", ""), get("middle_name", "")
        if not first and not last and get("full_name"):
            first, last = split_full_name(single["full_name"])
        if middle and first:
            first = f"{first} {middle}"
        if not first and not last:
            return NO_NAME
        street = get("street", "")
        if not street and get("address"):
            street = clean(single["address"].replace("\n", ", "))
        if len(first) > 200 or len(last) > 200 or len(street) > 200 or max(map(len, single.values())) > 200:
            return self._slow(row, cells)  # notes and messages about values that are too long
        warnings: list[str] = []
        good_emails = emails_from(emails, notes, warnings) if emails else emails
        if len(good_emails) > 1:
            keys: dict[str, str] = {}
            for e in good_emails:
                keys.setdefault(email_key(e), e)
            good_emails = list(keys.values())
        numbers: list[tuple[str, str | None, str]] = []
        if phones:
            region = self.region
            seen: set[str] = set()
            for raw in phones:
                if raw[0] != "+":  # numbers written without their "+" by a spreadsheet
                    raw = restore_plus(raw, region)
                try:  # refuses what looks_like_phone refuses, as phones_from() does
                    phone = parse_phone(raw, region)
                except ValueError:
                    not_a_phone(raw, notes, warnings)
                    continue
                if phone.raw not in seen:
                    seen.add(phone.raw[:64])
                    numbers.append((phone.raw[:64], phone.e164, phone.search_digits[:120]))
        birthday = birthday_from(None, birthday_text, notes, warnings) if birthday_text else None
        values: dict[str, object] = {
            "first_name": first,
            "last_name": last,
            "birthday": birthday,
            "notes": "\n".join(notes).replace("\x00", "").strip() if notes else "",
            "do_not_email": get("do_not_email", "").casefold() in YES,
            "job_title": get("job_title", ""),
            "street": street,
            "city": get("city", ""),
            "postal_code": get("postal_code", ""),
            "region": get("region", ""),
            "country": get("country", ""),
            "website": get("website", ""),
            "source": "",
            "sort_name": sort_name(first, last),
        }
        clean_tags = list(self._tag_lists[tuple(tags)]) if tags else tags
        contact = CleanContact(values, good_emails, numbers, get("company", ""), clean_tags)
        return Prepared(row, contact, warnings, custom_from(custom, self.mapping, warnings) if custom else {})
