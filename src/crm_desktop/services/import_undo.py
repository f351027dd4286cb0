"""Undo an import batch: remove what it created, put back what it updated (exactly)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, exists, insert, select, update

from crm_desktop.domain.errors import CrmError, NotFound
from crm_desktop.domain.i18n import user_text
from crm_desktop.services.import_rows import CONTACT_COLUMNS
from crm_desktop.services.importer import CREATED_RANGE
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    ImportBatch,
    ImportItem,
    Tag,
    company_tags,
    contact_tags,
)
from crm_desktop.storage.models.deals import Deal, deal_tags

_DATETIMES = {"last_activity_at", "created_at", "updated_at", "deleted_at"}


def _restore_value(key: str, value: Any) -> Any:
    if value is None:
        return None
    if key in _DATETIMES:
        dt = datetime.fromisoformat(value)
        return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    if key == "birthday":
        return date.fromisoformat(value)
    return value


def _ids(conn: Any, batch_id: int, kind: str, action: str) -> list[int]:
    return list(conn.scalars(select(ImportItem.record_id).where(
        ImportItem.batch_id == batch_id, ImportItem.kind == kind, ImportItem.action == action)))


def undo_batch(db: Database, batch_id: int) -> str:
    """Returns a plain summary of what was undone."""
    with db.engine.begin() as conn:
        batch = conn.execute(select(ImportBatch).where(ImportBatch.id == batch_id)).first()
        if batch is None or batch.finished_at is None:
            raise NotFound("import", batch_id)
        if batch.undone_at is not None:
            raise CrmError(user_text("This import was already undone."))
        created = _ids(conn, batch_id, "contact", "created")
        for first, last in conn.execute(select(ImportItem.record_id, ImportItem.before).where(
                ImportItem.batch_id == batch_id, ImportItem.kind == "contact", ImportItem.action == CREATED_RANGE)):
            created += range(first, int(last) + 1)
        for start in range(0, len(created), 500):
            part = created[start : start + 500]
            conn.execute(delete(Contact).where(Contact.id.in_(part)))
            search.reindex(conn, "contact", part)
        restored = 0
        table = Contact.__table__
        for record_id, before in conn.execute(select(ImportItem.record_id, ImportItem.before).where(
                ImportItem.batch_id == batch_id, ImportItem.kind == "contact", ImportItem.action == "updated")):
            data = json.loads(before)
            values = {k: _restore_value(k, data["contact"].get(k)) for k in CONTACT_COLUMNS}
            current = conn.scalar(select(table.c.version).where(table.c.id == record_id))
            if current is None:
                continue  # deleted for good since the import: nothing to restore into
            # a newer version number, so that an editor holding the imported version notices
            values["version"] = max(int(values["version"] or 1), int(current)) + 1
            conn.execute(update(table).where(table.c.id == record_id).values(values))
            conn.execute(delete(ContactEmail).where(ContactEmail.contact_id == record_id))
            conn.execute(delete(ContactPhone).where(ContactPhone.contact_id == record_id))
            conn.execute(delete(contact_tags).where(contact_tags.c.contact_id == record_id))
            if data["emails"]:
                conn.execute(insert(ContactEmail), [{**e, "contact_id": record_id} for e in data["emails"]])
            if data["phones"]:
                conn.execute(insert(ContactPhone), [{**p, "contact_id": record_id} for p in data["phones"]])
            live_tags = set(conn.scalars(select(Tag.id).where(Tag.id.in_(data["tags"])))) if data["tags"] else set()
            if live_tags:
                conn.execute(insert(contact_tags), [{"contact_id": record_id, "tag_id": t} for t in data["tags"] if t in live_tags])
            search.reindex(conn, "contact", [record_id])
            restored += 1
        companies = _ids(conn, batch_id, "company", "created")
        removed_companies = 0
        for start in range(0, len(companies), 500):
            part = companies[start : start + 500]
            unused = list(conn.scalars(select(Company.id).where(
                Company.id.in_(part),
                ~exists().where(Contact.company_id == Company.id),
                ~exists().where(Deal.company_id == Company.id),
            )))
            if unused:
                conn.execute(delete(Company).where(Company.id.in_(unused)))
                search.reindex(conn, "company", unused)
                removed_companies += len(unused)
        tags = _ids(conn, batch_id, "tag", "created")
        if tags:
            conn.execute(delete(Tag).where(
                Tag.id.in_(tags),
                ~exists().where(contact_tags.c.tag_id == Tag.id),
                ~exists().where(company_tags.c.tag_id == Tag.id),
                ~exists().where(deal_tags.c.tag_id == Tag.id),
            ))
        conn.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(undone_at=datetime.now(UTC)))
    n = len(created)
    parts = [user_text("Removed the 1 contact the import had added") if n == 1
             else user_text("Removed the {n} contacts the import had added", n=n)]
    if restored:
        parts.append(user_text("put back 1 contact it had changed") if restored == 1
                     else user_text("put back {n} contacts it had changed", n=restored))
    if removed_companies:
        parts.append(user_text("removed the 1 company it had added") if removed_companies == 1
                     else user_text("removed the {n} companies it had added", n=removed_companies))
    if len(parts) == 3:
        return user_text("{first}, {second} and {third}.", first=parts[0], second=parts[1], third=parts[2])
    if len(parts) == 2:
        return user_text("{first} and {second}.", first=parts[0], second=parts[1])
    return user_text("{first}.", first=parts[0])
