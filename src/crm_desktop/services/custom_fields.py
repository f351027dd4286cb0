"""Custom fields for contacts, companies and deals: text, number, money, date, yes/no, choice."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, select

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import message_of, user_text
from crm_desktop.domain.money import parse_amount
from crm_desktop.domain.text import clean, fold
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import CustomField, CustomValue

ENTITIES = ("contact", "company", "deal")
TYPE_LABELS = {
    CustomFieldType.TEXT: user_text("Text"),
    CustomFieldType.NUMBER: user_text("Number"),
    CustomFieldType.MONEY: user_text("Money"),
    CustomFieldType.DATE: user_text("Date"),
    CustomFieldType.BOOL: user_text("Yes / no"),
    CustomFieldType.CHOICE: user_text("Choice list"),
}
_TRUE = {"yes", "y", "true", "1", "x", "ja", "oui", "si", "sí"}
_FALSE = {"no", "n", "false", "0", "", "nein", "non"}


@dataclass(frozen=True)
class FieldDef:
    id: int
    entity: str
    key: str
    label: str
    type: CustomFieldType
    choices: list[str] = field(default_factory=list)
    position: int = 0

    def parse(self, raw: object) -> str:
        """Normalise a value typed by the user (or read from a file) to its stored text form.
        Raises ValueError with a plain message. '' means no value."""
        text = clean(str(raw)) if raw is not None else ""
        if isinstance(raw, date):
            text = raw.isoformat()
        if not text:
            return ""
        if self.type == CustomFieldType.TEXT:
            return text[:2000]
        if self.type in (CustomFieldType.NUMBER, CustomFieldType.MONEY):
            try:
                value = parse_amount(text) if not isinstance(raw, (int, float)) else Decimal(str(raw))
            except (ValueError, InvalidOperation):
                raise ValueError(user_text("{field}: “{value}” is not a number.", field=self.label, value=text)) from None
            return str(value.quantize(Decimal("0.01")) if self.type == CustomFieldType.MONEY else value.normalize())
        if self.type == CustomFieldType.DATE:
            try:
                return date.fromisoformat(text[:10]).isoformat()
            except ValueError:
                raise ValueError(user_text("{field}: use a date like 2026-03-31.", field=self.label)) from None
        if self.type == CustomFieldType.BOOL:
            low = text.casefold()
            if low in _TRUE:
                return "yes"
            if low in _FALSE:
                return "no"
            raise ValueError(user_text("{field}: answer yes or no.", field=self.label))
        if self.type == CustomFieldType.CHOICE:
            for choice in self.choices:
                if fold(choice) == fold(text):
                    return choice
            raise ValueError(user_text("{field}: choose one of {choices}.", field=self.label, choices=", ".join(self.choices)))
        return text

    def display(self, stored: str) -> str:
        if self.type == CustomFieldType.BOOL:
            return {"yes": user_text("Yes"), "no": user_text("No")}.get(stored, "")
        return stored


def _key(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:80] or "field"


def _defn(row: CustomField) -> FieldDef:
    try:
        choices = json.loads(row.options) if row.options else []
    except ValueError:
        choices = []
    return FieldDef(row.id, row.entity, row.key, row.label, CustomFieldType(row.type), choices, row.position)


class CustomFieldService:
    def __init__(self, db: Database, hub: ChangeHub):
        self.db = db
        self.hub = hub

    def fields(self, entity: str) -> list[FieldDef]:
        with self.db.reader() as s:
            rows = s.scalars(
                select(CustomField)
                .where(CustomField.entity == entity, CustomField.archived.is_(False))
                .order_by(CustomField.position, CustomField.id)
            )
            return [_defn(r) for r in rows]

    def define(self, entity: str, label: str, type_: CustomFieldType | str, choices: Iterable[str] = ()) -> FieldDef:
        if entity not in ENTITIES:
            raise ValueError(entity)
        label = clean(label)
        kind = CustomFieldType(type_)
        options = [clean(c) for c in choices if clean(c)]
        errors = {}
        if not label:
            errors["label"] = user_text("Give the field a name.")
        elif len(label) > 200:
            errors["label"] = user_text("The name is too long (200 characters at most).")
        if kind == CustomFieldType.CHOICE and not options:
            errors["choices"] = user_text("List at least one choice, one per line.")
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            existing = {k: a for k, a in s.execute(select(CustomField.key, CustomField.archived).where(CustomField.entity == entity))}
            key = _key(label)
            if key in existing and not existing[key]:
                raise ValidationError({"label": user_text("There is already a field called “{name}”.", name=label)})
            base, n = key, 2
            while key in existing:
                key, n = f"{base}_{n}", n + 1
            position = (s.scalar(select(func.max(CustomField.position)).where(CustomField.entity == entity)) or 0) + 1
            row = CustomField(entity=entity, key=key, label=label, type=kind.value,
                              options=json.dumps(options) if options else "", position=position)
            s.add(row)
            s.flush()
            result = _defn(row)
        self.hub.publish(Change.of("custom_field", created=[result.id]))
        return result

    def rename(self, field_id: int, label: str, choices: Iterable[str] | None = None) -> None:
        label = clean(label)
        if not label:
            raise ValidationError({"label": user_text("Give the field a name.")})
        with self.db.session() as s:
            row = s.get(CustomField, field_id)
            if row is None:
                raise ValidationError({"label": user_text("This field no longer exists.")})
            row.label = label
            if choices is not None:
                row.options = json.dumps([clean(c) for c in choices if clean(c)])
        self.hub.publish(Change.of("custom_field", updated=[field_id]))

    def archive(self, field_id: int) -> None:
        """Hide a field everywhere; its values are kept (nothing typed is lost)."""
        with self.db.session() as s:
            row = s.get(CustomField, field_id)
            if row is not None:
                row.archived = True
        self.hub.publish(Change.of("custom_field", deleted=[field_id]))

    def values(self, entity: str, record_id: int) -> dict[str, str]:
        """{field key: stored value} for one record."""
        with self.db.reader() as s:
            rows = s.execute(
                select(CustomField.key, CustomValue.value)
                .join(CustomValue, CustomValue.field_id == CustomField.id)
                .where(CustomField.entity == entity, CustomValue.entity_id == record_id)
            )
            return {k: v for k, v in rows}

    def values_for(self, entity: str, record_ids: Iterable[int], key: str) -> dict[int, str]:
        """One field's values for many records (table columns, exports)."""
        ids = list(record_ids)
        if not ids:
            return {}
        with self.db.reader() as s:
            rows = s.execute(
                select(CustomValue.entity_id, CustomValue.value)
                .join(CustomField, CustomValue.field_id == CustomField.id)
                .where(CustomField.entity == entity, CustomField.key == key, CustomValue.entity_id.in_(ids))
            )
            return {i: v for i, v in rows}

    def set_values(self, entity: str, record_id: int, values: dict[str, object]) -> None:
        """Validate and store values by field key; '' or None clears. Raises ValidationError."""
        defs = {d.key: d for d in self.fields(entity)}
        parsed: dict[int, str] = {}
        errors: dict[str, str] = {}
        for key, raw in values.items():
            if key not in defs:
                errors[key] = user_text("There is no field “{key}”.", key=key)
                continue
            try:
                parsed[defs[key].id] = defs[key].parse(raw)
            except ValueError as exc:
                errors[key] = message_of(exc)
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            for field_id, value in parsed.items():
                s.execute(delete(CustomValue).where(CustomValue.field_id == field_id, CustomValue.entity_id == record_id))
                if value:
                    s.add(CustomValue(field_id=field_id, entity_id=record_id, value=value))
        self.hub.publish(Change.of(entity, updated=[record_id]))
