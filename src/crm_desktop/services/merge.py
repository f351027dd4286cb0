"""Merging duplicate contacts or companies, with a log that lets the user undo it later.

A merge keeps one record (the survivor). The user picks, per field, which value wins; every
email, phone and tag of both is kept; activities, deals and follow-ups move to the
survivor; the other record goes to the trash. The log stores both records as they were
(raw rows) and the ids of everything moved, so undo restores the exact previous state.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from crm_desktop.domain.errors import CrmError, NotFound
from crm_desktop.domain.i18n import user_text
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import MergeLog

CONTACT_FIELDS = (
    "first_name", "last_name", "job_title", "company_id", "birthday", "street", "city",
    "postal_code", "region", "country", "website", "notes", "do_not_email", "keep_in_touch_days",
)
COMPANY_FIELDS = (
    "name", "domain", "website", "email", "phone", "street", "city", "postal_code", "region",
    "country", "notes",
)
_SPEC = {
    # kind: (table, fields, child tables copied whole, tables whose rows move: (table, column))
    "contact": (
        "contacts",
        CONTACT_FIELDS,
        ("contact_emails", "contact_phones", "contact_tags"),
        (("activities", "contact_id"), ("deals", "contact_id"), ("followups", "contact_id")),
    ),
    "company": (
        "companies",
        COMPANY_FIELDS,
        ("company_tags",),
        (("contacts", "company_id"), ("deals", "company_id"), ("activities", "company_id")),
    ),
}
_OWNER_COLUMN = {"contact_emails": "contact_id", "contact_phones": "contact_id", "contact_tags": "contact_id",
                 "company_tags": "company_id"}


class MergeError(CrmError):
    pass


@dataclass(frozen=True)
class MergeEntry:
    id: int
    kind: str
    survivor_id: int
    merged_id: int
    summary: str
    created_at: datetime
    undone_at: datetime | None


def _row(conn: Connection, table: str, ident: int) -> dict[str, Any]:
    result = conn.exec_driver_sql(f"SELECT * FROM {table} WHERE id = ?", (ident,))
    row = result.mappings().first()
    if row is None:
        raise NotFound("company" if table == "companies" else "contact", ident)
    return dict(row)


def _children(conn: Connection, table: str, owner_col: str, ident: int) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table} WHERE {owner_col} = ?", (ident,)).mappings()]


def _custom_values(conn: Connection, kind: str, ident: int) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in conn.exec_driver_sql(
            "SELECT v.* FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
            "WHERE f.entity = ? AND v.entity_id = ?",
            (kind, ident),
        ).mappings()
    ]


def _insert(conn: Connection, table: str, row: dict[str, Any]) -> None:
    cols = list(row)
    conn.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        tuple(row[c] for c in cols),
    )


def _update(conn: Connection, table: str, ident: int, values: dict[str, Any]) -> None:
    if values:
        conn.exec_driver_sql(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
            (*values.values(), ident),
        )


def _has_table(conn: Connection, name: str) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).first() is not None


def _label(kind: str, row: dict[str, Any]) -> str:
    if kind == "contact":
        return " ".join(p for p in (row["first_name"], row["last_name"]) if p) or f"contact {row['id']}"
    return row["name"]


# The log stores the English summary; it is shown in the reader's language when read back.
_SUMMARY = re.compile(r"^Merged “(.*)” into “(.*)”$", re.DOTALL)


def _summary(other: str, survivor: str) -> str:
    return user_text("Merged “{other}” into “{survivor}”", other=other, survivor=survivor)


def _summary_text(stored: str) -> str:
    match = _SUMMARY.match(stored)
    return _summary(match.group(1), match.group(2)) if match else stored


class MergeService:
    def __init__(self, db: Database, hub: ChangeHub):
        self.db = db
        self.hub = hub

    def merge(self, kind: str, survivor_id: int, other_id: int, take_other: set[str] | None = None) -> int:
        """Merge ``other_id`` into ``survivor_id``. Fields in ``take_other`` take the other
        record's value; empty survivor fields are filled from the other. Returns the log id."""
        if kind not in _SPEC:
            raise ValueError(kind)
        if survivor_id == other_id:
            raise MergeError(user_text("A record cannot be merged with itself."))
        table, fields, children, movers = _SPEC[kind]
        take_other = set(take_other or ()) & set(fields)
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        with self.db.session() as s:
            conn = s.connection()
            survivor, other = _row(conn, table, survivor_id), _row(conn, table, other_id)
            if survivor["deleted_at"] or other["deleted_at"]:
                raise MergeError(user_text("One of these records is in the trash. Restore it first, then merge."))
            snapshot: dict[str, Any] = {"survivor": survivor, "other": other, "children": {}, "moved": {}}
            for child in children:
                snapshot["children"][child] = _children(conn, child, _OWNER_COLUMN[child], survivor_id)
            snapshot["custom_values"] = _custom_values(conn, kind, survivor_id)
            updates = {}
            for name in fields:
                mine, theirs = survivor[name], other[name]
                if name in take_other or (mine in (None, "") and theirs not in (None, "")):
                    if theirs != mine:
                        updates[name] = theirs
            if kind == "contact" and updates.keys() & {"first_name", "last_name"}:
                from crm_desktop.services.contacts import sort_name

                updates["sort_name"] = sort_name(
                    updates.get("first_name", survivor["first_name"]), updates.get("last_name", survivor["last_name"])
                )
            if kind == "company" and "name" in updates:
                from crm_desktop.domain.text import fold

                updates["sort_name"] = fold(updates["name"])[:200]
            updates["version"] = survivor["version"] + 1
            updates["updated_at"] = now
            _update(conn, table, survivor_id, updates)
            self._combine_children(conn, kind, survivor_id, other_id)
            for mover, column in movers:
                if not _has_table(conn, mover):
                    continue
                ids = [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {mover} WHERE {column} = ?", (other_id,))]
                snapshot["moved"][f"{mover}.{column}"] = ids
                conn.exec_driver_sql(f"UPDATE {mover} SET {column} = ? WHERE {column} = ?", (survivor_id, other_id))
            conn.exec_driver_sql(
                f"UPDATE {table} SET deleted_at = ?, version = version + 1 WHERE id = ?", (now, other_id)
            )
            self._after(conn, kind, survivor_id, other_id, snapshot)
            summary = str(_summary(_label(kind, other), _label(kind, survivor)))
            log = MergeLog(kind=kind, survivor_id=survivor_id, merged_id=other_id, summary=summary[:300],
                           snapshot=json.dumps(snapshot, default=str))
            s.add(log)
            s.flush()
            log_id = log.id
        self._publish(kind)
        return log_id

    def _combine_children(self, conn: Connection, kind: str, survivor_id: int, other_id: int) -> None:
        if kind == "contact":
            for table, key in (("contact_emails", "email_key"), ("contact_phones", "phone")):
                have = {r[0] for r in conn.exec_driver_sql(f"SELECT {key} FROM {table} WHERE contact_id = ?", (survivor_id,))}
                position = len(have)
                for row in _children(conn, table, "contact_id", other_id):
                    if row[key] in have:
                        continue
                    have.add(row[key])
                    row.pop("id")
                    row.update(contact_id=survivor_id, position=position)
                    position += 1
                    _insert(conn, table, row)
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?, tag_id FROM contact_tags WHERE contact_id = ?",
                (survivor_id, other_id),
            )
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO custom_values (field_id, entity_id, value) SELECT v.field_id, ?, v.value "
            "FROM custom_values v JOIN custom_fields f ON f.id = v.field_id WHERE f.entity = ? AND v.entity_id = ?",
            (survivor_id, kind, other_id),
        )
        if kind == "company":
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO company_tags (company_id, tag_id) SELECT ?, tag_id FROM company_tags WHERE company_id = ?",
                (survivor_id, other_id),
            )

    def _after(self, conn: Connection, kind: str, survivor_id: int, other_id: int, snapshot: dict[str, Any]) -> None:
        """Recompute derived values and the search index for everything touched."""
        table = _SPEC[kind][0]
        for ident in (survivor_id, other_id):
            conn.exec_driver_sql(
                f"UPDATE {table} SET last_activity_at = (SELECT max(occurred_at) FROM activities a "
                f"WHERE a.{kind}_id = {table}.id AND a.deleted_at IS NULL) WHERE id = ?",
                (ident,),
            )
        search.reindex(conn, kind, [survivor_id, other_id])
        for key, ids in snapshot["moved"].items():
            mover = key.split(".")[0]
            reindex_kind = {"activities": "activity", "deals": "deal", "followups": "followup", "contacts": "contact"}[mover]
            search.reindex(conn, reindex_kind, ids)

    def undo(self, log_id: int) -> None:
        """Put both records back exactly as they were before the merge."""
        with self.db.session() as s:
            log = s.get(MergeLog, log_id)
            if log is None:
                raise NotFound("merge", log_id)
            if log.undone_at is not None:
                raise MergeError(user_text("This merge was already undone."))
            kind = log.kind
            table, fields, children, _movers = _SPEC[kind]
            snap = json.loads(log.snapshot)
            conn = s.connection()
            current = _row(conn, table, log.survivor_id)
            if current["deleted_at"]:
                raise MergeError(user_text("The merged record is in the trash. Restore it first, then undo the merge."))
            survivor = snap["survivor"]
            restore = {k: v for k, v in survivor.items() if k not in ("id", "version")}
            restore["version"] = current["version"] + 1
            _update(conn, table, log.survivor_id, restore)
            for child, rows in snap["children"].items():
                owner = _OWNER_COLUMN[child]
                conn.exec_driver_sql(f"DELETE FROM {child} WHERE {owner} = ?", (log.survivor_id,))
                for row in rows:
                    _insert(conn, child, row)
            conn.exec_driver_sql(
                "DELETE FROM custom_values WHERE entity_id = ? AND field_id IN "
                "(SELECT id FROM custom_fields WHERE entity = ?)",
                (log.survivor_id, kind),
            )
            for row in snap["custom_values"]:
                _insert(conn, "custom_values", row)
            for key, ids in snap["moved"].items():
                mover, column = key.split(".")
                if ids and _has_table(conn, mover):
                    conn.exec_driver_sql(
                        f"UPDATE {mover} SET {column} = ? WHERE id IN ({','.join(str(int(i)) for i in ids)})",
                        (log.merged_id,),
                    )
            other = snap["other"]
            conn.exec_driver_sql(
                f"UPDATE {table} SET deleted_at = ?, version = version + 1 WHERE id = ?",
                (other["deleted_at"], log.merged_id),
            )
            self._after(conn, kind, log.survivor_id, log.merged_id, snap)
            log.undone_at = datetime.now(UTC)
        self._publish(kind)

    def history(self, limit: int = 100) -> list[MergeEntry]:
        with self.db.reader() as s:
            rows = s.scalars(select(MergeLog).order_by(MergeLog.id.desc()).limit(limit))
            return [MergeEntry(r.id, r.kind, r.survivor_id, r.merged_id, _summary_text(r.summary), r.created_at,
                               r.undone_at) for r in rows]

    def _publish(self, kind: str) -> None:
        self.hub.publish(
            Change.of(kind, reset=True),
            Change.of("contact" if kind == "company" else "company", reset=True),
            Change.of("activity", reset=True),
            Change.of("deal", reset=True),
            Change.of("followup", reset=True),
        )
