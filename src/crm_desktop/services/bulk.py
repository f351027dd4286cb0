"""Bulk edits over many records (a selection or a saved view), each undoable.

Every bulk change returns an ``Undo`` record holding exactly what it replaced; passing it to
``undo`` puts those values back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import message_of, user_text
from crm_desktop.domain.text import clean, fold
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.companies import find_or_create_company
from crm_desktop.services.tags import get_or_create
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Company,
    Contact,
    CustomField,
    CustomValue,
    Deal,
    company_tags,
    contact_tags,
    deal_tags,
)

MODELS = {"contact": Contact, "company": Company, "deal": Deal}
TAG_TABLES = {
    "contact": (contact_tags, "contact_id"),
    "company": (company_tags, "company_id"),
    "deal": (deal_tags, "deal_id"),
}
SETTABLE = {
    "contact": {"job_title": user_text("Job title"), "company": user_text("Company"), "city": user_text("City"), "country": user_text("Country"),
                "source": user_text("Source"), "do_not_email": user_text("Do not email")},
    "company": {"city": user_text("City"), "country": user_text("Country"), "website": user_text("Website")},
    "deal": {"currency": user_text("Currency"), "expected_close": user_text("Expected close")},
}


@dataclass
class Undo:
    entity: str
    description: str
    column: str | None = None  # a column of the entity's table
    custom_field_id: int | None = None
    previous: dict[int, Any] = field(default_factory=dict)  # id -> old value
    tags_added: list[tuple[int, int]] = field(default_factory=list)  # (record id, tag id)
    tags_removed: list[tuple[int, int]] = field(default_factory=list)


class BulkService:
    def __init__(self, db: Database, hub: ChangeHub):
        self.db = db
        self.hub = hub

    def set_field(self, entity: str, ids: Iterable[int], name: str, value: object) -> Undo:
        """Set one field (or custom field key) on every record. '' clears it."""
        id_list = sorted(set(ids))
        model = MODELS[entity]
        now = datetime.now(UTC)
        with self.db.session() as s:
            custom = s.scalar(
                select(CustomField).where(CustomField.entity == entity, CustomField.key == name,
                                          CustomField.archived.is_(False))
            )
            if custom is not None:
                from crm_desktop.services.custom_fields import _defn

                try:
                    stored = _defn(custom).parse(value)
                except ValueError as exc:
                    raise ValidationError({name: message_of(exc)}) from None
                old = dict(s.execute(select(CustomValue.entity_id, CustomValue.value).where(
                    CustomValue.field_id == custom.id, CustomValue.entity_id.in_(id_list))).all())
                s.execute(delete(CustomValue).where(CustomValue.field_id == custom.id, CustomValue.entity_id.in_(id_list)))
                if stored:
                    s.execute(insert(CustomValue), [{"field_id": custom.id, "entity_id": i, "value": stored} for i in id_list])
                undo = Undo(entity, user_text("Set {field} on {count}", field=custom.label, count=len(id_list)), custom_field_id=custom.id,
                            previous={i: old.get(i) for i in id_list})
            else:
                if name not in SETTABLE[entity]:
                    raise ValidationError({name: user_text("“{field}” cannot be changed in bulk.", field=name)})
                column, stored = self._column_value(s, entity, name, value)
                old = dict(s.execute(select(model.id, getattr(model, column)).where(model.id.in_(id_list))).all())
                s.execute(update(model).where(model.id.in_(id_list))
                          .values({column: stored, "updated_at": now, "version": model.version + 1}))
                undo = Undo(entity, user_text("Set {field} on {count}", field=SETTABLE[entity][name],
                                                count=len(id_list)), column=column, previous=old)
            search.reindex(s.connection(), entity, id_list)
        self.hub.publish(Change.of(entity, updated=id_list))
        return undo

    def _column_value(self, s: Any, entity: str, name: str, value: object) -> tuple[str, object]:
        if entity == "contact" and name == "company":
            text = clean(str(value or ""))
            if not text:
                return "company_id", None
            company = find_or_create_company(s, text)
            s.flush()
            return "company_id", company.id
        if name == "do_not_email":
            return name, str(value).casefold() in ("1", "true", "yes", "y")
        if name == "currency":
            from crm_desktop.domain.validation import check_currency

            try:
                return name, check_currency(str(value))
            except ValueError as exc:
                raise ValidationError({name: message_of(exc)}) from None
        if name == "expected_close":
            from datetime import date

            if value in (None, ""):
                return name, None
            try:
                return name, value if isinstance(value, date) else date.fromisoformat(str(value))
            except ValueError:
                raise ValidationError({name: user_text("Use a date like 2026-03-31.")}) from None
        text = clean(str(value or ""))
        if len(text) > 200:
            raise ValidationError({name: user_text("This is too long (200 characters at most).")})
        return name, text

    def add_tags(self, entity: str, ids: Iterable[int], names: Iterable[str]) -> Undo:
        id_list = sorted(set(ids))
        table, owner = TAG_TABLES[entity]
        added: list[tuple[int, int]] = []
        with self.db.session() as s:
            tags = get_or_create(s, names)
            s.flush()
            for tag in tags:
                have = set(s.scalars(select(table.c[owner]).where(table.c.tag_id == tag.id, table.c[owner].in_(id_list))))
                rows = [(i, tag.id) for i in id_list if i not in have]
                if rows:
                    s.execute(insert(table), [{owner: i, "tag_id": t} for i, t in rows])
                added += rows
            search.reindex(s.connection(), entity, id_list)
        self.hub.publish(Change.of(entity, updated=id_list))
        return Undo(entity, user_text("Add tags to {count}", count=len(id_list)), tags_added=added)

    def remove_tags(self, entity: str, ids: Iterable[int], names: Iterable[str]) -> Undo:
        id_list = sorted(set(ids))
        table, owner = TAG_TABLES[entity]
        keys = [fold(n) for n in names if clean(n)]
        with self.db.session() as s:
            from crm_desktop.storage.models import Tag

            tag_ids = list(s.scalars(select(Tag.id).where(Tag.name_key.in_(keys))))
            removed = [(r[0], r[1]) for r in s.execute(select(table.c[owner], table.c.tag_id).where(
                table.c[owner].in_(id_list), table.c.tag_id.in_(tag_ids)))]
            s.execute(delete(table).where(table.c[owner].in_(id_list), table.c.tag_id.in_(tag_ids)))
            search.reindex(s.connection(), entity, id_list)
        self.hub.publish(Change.of(entity, updated=id_list))
        return Undo(entity, user_text("Remove tags from {count}", count=len(id_list)), tags_removed=removed)

    def undo(self, record: Undo) -> None:
        entity = record.entity
        model = MODELS[entity]
        table, owner = TAG_TABLES[entity]
        ids = set(record.previous) | {i for i, _ in record.tags_added} | {i for i, _ in record.tags_removed}
        with self.db.session() as s:
            if record.column is not None:
                for ident, old in record.previous.items():
                    s.execute(update(model).where(model.id == ident).values({record.column: old, "version": model.version + 1}))
            if record.custom_field_id is not None:
                s.execute(delete(CustomValue).where(CustomValue.field_id == record.custom_field_id,
                                                    CustomValue.entity_id.in_(list(record.previous))))
                rows = [{"field_id": record.custom_field_id, "entity_id": i, "value": v}
                        for i, v in record.previous.items() if v]
                if rows:
                    s.execute(insert(CustomValue), rows)
            for ident, tag_id in record.tags_added:
                s.execute(delete(table).where(table.c[owner] == ident, table.c.tag_id == tag_id))
            if record.tags_removed:
                s.execute(insert(table), [{owner: i, "tag_id": t} for i, t in record.tags_removed])
            search.reindex(s.connection(), entity, ids)
        self.hub.publish(Change.of(entity, updated=ids))
