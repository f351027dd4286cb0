"""Saved views ("smart lists"): named filters over contacts, companies or deals.

A view is a ``ViewSpec``: free text, tags, conditions on fields and custom fields,
"no activity for N days", "has an open deal", "no open follow-up". ``ids(spec)`` gives the
matching records; the same ids feed the lists, exports and mail merges. ``in_view`` puts the
view's query into another query as a subquery, to filter by a view without fetching its ids
(the pipeline board).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select
from sqlalchemy.orm import aliased

from crm_desktop.domain.errors import NotFound, ValidationError
from crm_desktop.domain.i18n import user_text
from crm_desktop.domain.text import clean, fold
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.fastpath import column_values
from crm_desktop.storage.models import (
    Company,
    Contact,
    ContactEmail,
    CustomField,
    CustomValue,
    Deal,
    FollowUp,
    SavedView,
    Tag,
    company_tags,
    contact_tags,
    deal_tags,
)

OPERATORS = {
    "is": user_text("is"),
    "is_not": user_text("is not"),
    "contains": user_text("contains"),
    "empty": user_text("is empty"),
    "not_empty": user_text("is not empty"),
    "greater": user_text("is more than"),
    "less": user_text("is less than"),
}

_MODELS = {"contact": Contact, "company": Company, "deal": Deal}
_TAGS = {
    "contact": (contact_tags, contact_tags.c.contact_id),
    "company": (company_tags, company_tags.c.company_id),
    "deal": (deal_tags, deal_tags.c.deal_id),
}
FIELDS: dict[str, dict[str, str]] = {
    "contact": {
        "first_name": user_text("First name"), "last_name": user_text("Last name"),
        "job_title": user_text("Job title"), "company": user_text("Company"), "email": user_text("Email"),
        "city": user_text("City"), "country": user_text("Country"), "source": user_text("Source"),
    },
    "company": {
        "name": user_text("Name"), "city": user_text("City"), "country": user_text("Country"),
        "domain": user_text("Domain"), "website": user_text("Website"),
    },
    "deal": {
        "title": user_text("Title"), "status": user_text("Status"), "currency": user_text("Currency"),
        "value": user_text("Value"), "lost_reason": user_text("Lost reason"),
    },
}


@dataclass
class Condition:
    field: str
    op: str
    value: str = ""


@dataclass
class ViewSpec:
    entity: str = "contact"
    text: str = ""
    tags_any: list[str] = field(default_factory=list)
    tags_none: list[str] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    custom: list[Condition] = field(default_factory=list)  # field = custom field key
    inactive_days: int | None = None  # last activity older than N days (or none at all)
    has_open_deal: bool | None = None
    no_followup: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ViewSpec:
        data: dict[str, Any] = json.loads(text)
        data["conditions"] = [Condition(**c) for c in data.get("conditions", [])]
        data["custom"] = [Condition(**c) for c in data.get("custom", [])]
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class SavedViewInfo:
    id: int
    entity: str
    name: str
    spec: ViewSpec


def _compare(column: Any, op: str, value: str) -> ColumnElement[bool]:
    if op == "empty":
        return or_(column.is_(None), column == "")
    if op == "not_empty":
        return and_(column.is_not(None), column != "")
    if op == "contains":
        return func.crm_fold(column).contains(fold(value))
    if op == "is":
        return func.crm_fold(column) == fold(value)
    if op == "is_not":
        return or_(column.is_(None), func.crm_fold(column) != fold(value))
    if op in ("greater", "less"):
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            raise ValidationError({"conditions": user_text("“{value}” is not a number.", value=value)}) from None
        return column > number if op == "greater" else column < number
    raise ValidationError({"conditions": user_text("Unknown comparison “{op}”.", op=op)})


def view_conditions(spec: ViewSpec, conn: Any, model: Any = None) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a view over its records' table, or over ``model`` (an alias of
    that table); ``conn`` for the text search. Raises ValidationError for a view that does not
    evaluate."""
    model = model if model is not None else _MODELS[spec.entity]
    where: list[ColumnElement[bool]] = [model.deleted_at.is_(None)]
    if clean(spec.text):
        finder = {"contact": search.contact_ids, "company": search.company_ids}.get(spec.entity)
        if finder is not None:
            where.append(model.id.in_(finder(conn, spec.text, limit=100_000)))
        else:
            where.append(func.crm_fold(model.title).contains(fold(spec.text)))
    table, owner = _TAGS[spec.entity]
    for names, negate in ((spec.tags_any, False), (spec.tags_none, True)):
        keys = [fold(n) for n in names if clean(n)]
        if keys:
            tagged = select(owner).join(Tag, Tag.id == table.c.tag_id).where(Tag.name_key.in_(keys))
            where.append(not_(model.id.in_(tagged)) if negate else model.id.in_(tagged))
    for cond in spec.conditions:
        where.append(_field_condition(spec.entity, model, cond))
    for cond in spec.custom:
        value_col = (
            select(CustomValue.value)
            .join(CustomField, CustomField.id == CustomValue.field_id)
            .where(CustomField.entity == spec.entity, CustomField.key == cond.field, CustomValue.entity_id == model.id)
            .correlate(model)
            .scalar_subquery()
        )
        if cond.op in ("greater", "less"):
            value_col = func.cast(value_col, __import__("sqlalchemy").Float)
        where.append(_compare(value_col, cond.op, cond.value))
    if spec.inactive_days is not None and spec.entity in ("contact", "company", "deal"):
        cutoff = datetime.now(UTC) - timedelta(days=max(int(spec.inactive_days), 0))
        where.append(or_(model.last_activity_at.is_(None), model.last_activity_at < cutoff))
    if spec.has_open_deal is not None and spec.entity in ("contact", "company"):
        link = Deal.contact_id if spec.entity == "contact" else Deal.company_id
        open_deal = exists().where(link == model.id, Deal.status == "open", Deal.deleted_at.is_(None))
        where.append(open_deal if spec.has_open_deal else not_(open_deal))
    if spec.no_followup and spec.entity in ("contact", "deal"):
        link = FollowUp.contact_id if spec.entity == "contact" else FollowUp.deal_id
        where.append(
            not_(exists().where(link == model.id, FollowUp.done_at.is_(None), FollowUp.deleted_at.is_(None)))
        )
    return where


def _field_condition(entity: str, model: Any, cond: Condition) -> ColumnElement[bool]:
    if cond.field not in FIELDS[entity]:
        raise ValidationError({"conditions": user_text("Unknown field “{field}”.", field=cond.field)})
    if entity == "contact" and cond.field == "company":
        name = select(Company.name).where(Company.id == model.company_id).correlate(model).scalar_subquery()
        return _compare(name, cond.op, cond.value)
    if entity == "contact" and cond.field == "email":
        if cond.op == "empty":
            return not_(exists().where(ContactEmail.contact_id == model.id))
        if cond.op == "not_empty":
            return exists().where(ContactEmail.contact_id == model.id)
        return exists().where(ContactEmail.contact_id == model.id, _compare(ContactEmail.email, cond.op, cond.value))
    if entity == "deal" and cond.field == "value":
        return _compare(model.value_minor / 100.0, cond.op, cond.value)
    return _compare(getattr(model, cond.field), cond.op, cond.value)


def in_view(spec: ViewSpec, conn: Any, ident: Any) -> ColumnElement[bool]:
    """True where ``ident`` (the id column of the view's table in another query) is one of the
    view's records: the view's own query as a subquery, on its own alias of the table and tied
    to ``ident``, so it is evaluated only for the rows that query looks at."""
    own = aliased(_MODELS[spec.entity])
    return select(own.id).where(own.id == ident, *view_conditions(spec, conn, own)).exists()


class SavedViewService:
    def __init__(self, db: Database, hub: ChangeHub):
        self.db = db
        self.hub = hub

    # --- evaluating -------------------------------------------------------------------

    def ids(self, spec: ViewSpec) -> list[int]:
        """Matching records in name order."""
        model = _MODELS[spec.entity]
        order = model.title if spec.entity == "deal" else model.sort_name
        with self.db.reader() as s:
            conn = s.connection()
            stmt = select(model.id).where(*view_conditions(spec, conn)).order_by(order, model.id)
            return column_values(conn, stmt)

    def count(self, spec: ViewSpec) -> int:
        model = _MODELS[spec.entity]
        with self.db.reader() as s:
            return s.scalar(select(func.count(model.id)).where(*view_conditions(spec, s.connection()))) or 0

    # --- storing ----------------------------------------------------------------------

    def save(self, name: str, spec: ViewSpec, view_id: int | None = None) -> int:
        name = clean(name)
        if not name:
            raise ValidationError({"name": user_text("Give the view a name.")})
        self.count(spec)  # refuses a spec that does not evaluate, before it is stored
        with self.db.session() as s:
            if view_id is None:
                row = SavedView(entity=spec.entity, name=name[:200], spec=spec.to_json(),
                                position=(s.scalar(select(func.max(SavedView.position))) or 0) + 1)
                s.add(row)
            else:
                row = s.get(SavedView, view_id)
                if row is None:
                    raise NotFound("saved view", view_id)
                row.name, row.spec, row.entity = name[:200], spec.to_json(), spec.entity
            s.flush()
            ident = row.id
        self.hub.publish(Change.of("saved_view", updated=[ident]))
        return ident

    def all(self) -> list[SavedViewInfo]:
        with self.db.reader() as s:
            rows = s.scalars(select(SavedView).order_by(SavedView.position, SavedView.id))
            return [SavedViewInfo(r.id, r.entity, r.name, ViewSpec.from_json(r.spec)) for r in rows]

    def delete(self, view_id: int) -> None:
        with self.db.session() as s:
            row = s.get(SavedView, view_id)
            if row is not None:
                s.delete(row)
        self.hub.publish(Change.of("saved_view", deleted=[view_id]))
