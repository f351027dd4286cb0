"""The trash: deleted contacts, companies, deals, follow-ups and activities. No Qt.

Deleting is a soft delete (``deleted_at`` set), so links to deals, activities and tags stay
in place and come back with a restore. "Delete forever" removes the rows; items that also
belong to something else (an activity on a contact and a deal) are kept for the other owner.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Date, Table, and_, delete, func, literal, select, union_all, update
from sqlalchemy.orm import Session

from crm_desktop.domain.i18n import user_text
from crm_desktop.services.activities import touch_last_activity
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Activity, Company, Contact, ContactEmail, Deal, FollowUp

log = logging.getLogger(__name__)

PURGE_AFTER_DAYS = 30
KINDS = ("contact", "company", "deal", "followup", "activity")
KIND_LABELS = {
    "contact": user_text("Contact"),
    "company": user_text("Company"),
    "deal": user_text("Deal"),
    "followup": user_text("Follow-up"),
    "activity": user_text("Activity"),
}
MODELS = {"contact": Contact, "company": Company, "deal": Deal, "followup": FollowUp, "activity": Activity}
# Rows that point at a record of this kind: (table, foreign-key column, the other owners)
_DEPENDENTS: dict[str, list[tuple[type, str, tuple[str, ...]]]] = {
    "contact": [(Activity, "contact_id", ("deal_id",)), (FollowUp, "contact_id", ("deal_id",))],
    "company": [(Activity, "company_id", ("contact_id", "deal_id"))],
    "deal": [(Activity, "deal_id", ("contact_id",)), (FollowUp, "deal_id", ("contact_id",))],
    "followup": [],
    "activity": [],
}
_SEARCH_KIND = {Activity: "activity", FollowUp: "followup"}
_NO_DATE = literal(None, Date)  # the due column of the kinds that have none

Ref = tuple[str, int]


@dataclass(frozen=True)
class TrashItem:
    kind: str
    id: int
    name: str
    detail: str  # the company, city or owner; empty for a follow-up (see ``due``)
    deleted_at: datetime  # UTC
    due: date | None = None  # a follow-up's due date

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def ref(self) -> Ref:
        return (self.kind, self.id)


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _name_queries():  # type: ignore[no-untyped-def]
    first_email = (
        select(ContactEmail.email)
        .where(ContactEmail.contact_id == Contact.id)
        .order_by(ContactEmail.position)
        .limit(1)
        .correlate(Contact)
        .scalar_subquery()
    )
    person = func.trim(Contact.first_name + " " + Contact.last_name)
    contact_company = select(Company.name).where(Company.id == Contact.company_id).correlate(Contact).scalar_subquery()
    deal_company = select(Company.name).where(Company.id == Deal.company_id).correlate(Deal).scalar_subquery()
    owner = (
        select(func.trim(Contact.first_name + " " + Contact.last_name))
        .where(Contact.id == Activity.contact_id)
        .correlate(Activity)
        .scalar_subquery()
    )
    return {
        "contact": select(
            literal("contact"), Contact.id,
            func.coalesce(func.nullif(person, ""), first_email),
            func.coalesce(contact_company, ""), Contact.deleted_at, _NO_DATE,
        ).where(Contact.deleted_at.is_not(None)),
        "company": select(
            literal("company"), Company.id, Company.name, Company.city, Company.deleted_at, _NO_DATE,
        ).where(Company.deleted_at.is_not(None)),
        "deal": select(
            literal("deal"), Deal.id, Deal.title, func.coalesce(deal_company, ""), Deal.deleted_at, _NO_DATE,
        ).where(Deal.deleted_at.is_not(None)),
        "followup": select(
            literal("followup"), FollowUp.id, FollowUp.title, literal(""), FollowUp.deleted_at, FollowUp.due_date,
        ).where(FollowUp.deleted_at.is_not(None)),
        "activity": select(
            literal("activity"), Activity.id,
            func.coalesce(func.nullif(Activity.subject, ""), func.substr(Activity.body, 1, 80)),
            func.coalesce(owner, ""), Activity.deleted_at, _NO_DATE,
        ).where(Activity.deleted_at.is_not(None)),
    }


def _by_kind(refs: Iterable[Ref]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for kind, ident in refs:
        if kind not in MODELS:
            raise ValueError(f"not a kind of record the trash holds: {kind!r}")
        out.setdefault(kind, []).append(int(ident))
    return out


class TrashService:
    def __init__(self, db: Database, hub: ChangeHub):
        self.db = db
        self.hub = hub

    # --- reads --------------------------------------------------------------------------

    def items(self, kind: str | None = None) -> list[TrashItem]:
        """Everything in the trash (or one kind), most recently deleted first."""
        queries = _name_queries()
        chosen = [queries[kind]] if kind else list(queries.values())
        stmt = union_all(*chosen) if len(chosen) > 1 else chosen[0]
        with self.db.reader() as s:
            rows = s.execute(stmt).all()
        items = [TrashItem(r[0], r[1], r[2] or user_text("(no name)"), r[3] or "", _utc(r[4]), r[5]) for r in rows]
        items.sort(key=lambda i: (i.deleted_at, i.kind, i.id), reverse=True)
        return items

    def count(self) -> int:
        with self.db.reader() as s:
            return sum(
                s.scalar(select(func.count()).select_from(m).where(m.deleted_at.is_not(None))) or 0
                for m in MODELS.values()
            )

    # --- writes -------------------------------------------------------------------------

    def move_to_trash(self, refs: Iterable[Ref]) -> int:
        """Soft-delete these records (what the delete buttons do). Returns how many moved."""
        return self._set_deleted(refs, datetime.now(UTC))

    def restore(self, refs: Iterable[Ref]) -> int:
        """Bring records back with their links (deals, activities, tags). Returns how many."""
        return self._set_deleted(refs, None)

    def _set_deleted(self, refs: Iterable[Ref], when: datetime | None) -> int:
        groups = _by_kind(refs)
        moved = 0
        changes = []
        with self.db.session() as s:
            for kind, ids in groups.items():
                model = MODELS[kind]
                state = model.deleted_at.is_(None) if when else model.deleted_at.is_not(None)
                result = s.execute(
                    update(model)
                    .where(model.id.in_(ids), state)
                    .values(deleted_at=when, version=model.version + 1)
                    .execution_options(synchronize_session=False)
                )
                moved += result.rowcount
                search.reindex(s.connection(), kind, ids)
                if kind == "activity":
                    self._touch_owners(s, ids)
                changes.append(Change.of(kind, deleted=ids) if when else Change.of(kind, created=ids))
        self.hub.publish(*changes)
        return moved

    def _touch_owners(self, s: Session, ids: list[int]) -> None:
        owners = s.execute(
            select(Activity.contact_id, Activity.company_id, Activity.deal_id).where(Activity.id.in_(ids))
        ).all()
        for contact_id, company_id, deal_id in set(owners):
            touch_last_activity(s, contact_id, company_id, deal_id)

    def delete_forever(self, refs: Iterable[Ref]) -> int:
        """Remove records from the trash for good (only records that are in the trash)."""
        groups = _by_kind(refs)
        removed = 0
        changes = []
        with self.db.session() as s:
            for kind, ids in groups.items():
                removed += self._hard_delete(s, kind, ids)
                changes.append(Change.of(kind, deleted=ids))
        self.hub.publish(*changes)
        log.info("deleted forever: %s", {k: len(v) for k, v in groups.items()})
        return removed

    def _hard_delete(self, s: Session, kind: str, ids: list[int]) -> int:
        model = MODELS[kind]
        conn = s.connection()
        ids = list(s.scalars(select(model.id).where(model.id.in_(ids), model.deleted_at.is_not(None))))
        if not ids:
            return 0
        for dep, column, others in _DEPENDENTS[kind]:
            col = getattr(dep, column)
            shared = and_(col.in_(ids), *(getattr(dep, o).is_(None) for o in others))
            # kept for their other owner: unlink instead of deleting
            s.execute(
                update(dep)
                .where(col.in_(ids), ~shared)
                .values({column: None})
                .execution_options(synchronize_session=False)
            )
            gone = list(s.scalars(select(dep.id).where(shared)))
            if gone:
                s.execute(delete(dep).where(dep.id.in_(gone)).execution_options(synchronize_session=False))
                search.reindex(conn, _SEARCH_KIND[dep], gone)
        if kind == "contact":
            self._unlink(s, Deal, "contact_id", ids)
        elif kind == "company":
            self._unlink(s, Deal, "company_id", ids)
            self._unlink(s, Contact, "company_id", ids)
        table: Table = model.__table__  # type: ignore[assignment]
        result = s.execute(delete(table).where(table.c.id.in_(ids)))
        search.reindex(conn, kind, ids)
        return result.rowcount

    def _unlink(self, s: Session, model: type, column: str, ids: list[int]) -> None:
        linked = list(s.scalars(select(model.id).where(getattr(model, column).in_(ids))))  # type: ignore[attr-defined]
        if not linked:
            return
        s.execute(
            update(model)
            .where(model.id.in_(linked))  # type: ignore[attr-defined]
            .values({column: None})
            .execution_options(synchronize_session=False)
        )
        search.reindex(s.connection(), "contact" if model is Contact else "deal", linked)

    def empty(self) -> int:
        """Delete everything in the trash forever. Returns how many records went."""
        return self.delete_forever(item.ref for item in self.items())

    def purge(self, older_than_days: int = PURGE_AFTER_DAYS, now: datetime | None = None) -> int:
        """Delete forever what has been in the trash longer than this (done at start-up)."""
        cutoff = (now or datetime.now(UTC)) - timedelta(days=older_than_days)
        old = [item.ref for item in self.items() if item.deleted_at < cutoff]
        return self.delete_forever(old) if old else 0
