"""Keep a linked contacts spreadsheet and the CRM in step (no Qt).

One sync is one database transaction. The sheet is written to a temporary file, checked
to be unchanged since it was read, and renamed over the original before the transaction
commits: if the sheet cannot be written, the transaction rolls back and both sides stay
as they were; if the commit fails after the rename, the original sheet is put back.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import joined, message_of, user_text
from crm_desktop.exchange import atomic
from crm_desktop.exchange.sheet import (
    FIELDS,
    HEADER_BY_KEY,
    Sheet,
    SheetError,
    canonical,
    empty_sheet,
    field_hash,
    read_sheet,
    sheet_format,
    write_sheet,
)
from crm_desktop.exchange.sync import Conflict, Deletion, Plan, Resolutions, Values, plan
from crm_desktop.exchange.tables import CONTACT_COLUMNS, contact_rows
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.contacts import ContactInput, _apply, validate
from crm_desktop.services.settings import SettingsService
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Contact, SyncLink, SyncRow

_INDEX = {c.header: i for i, c in enumerate(CONTACT_COLUMNS)}

__all__ = ["Conflict", "Deletion", "LinkInfo", "SheetError", "SyncResult", "SyncService"]


@dataclass(frozen=True)
class LinkInfo:
    id: int
    path: Path
    auto_sync: bool
    last_synced_at: datetime | None
    rows: int


@dataclass
class SyncResult:
    path: Path
    link_id: int = 0
    created_in_crm: list[int] = field(default_factory=list)
    updated_in_crm: list[int] = field(default_factory=list)
    deleted_in_crm: list[int] = field(default_factory=list)
    added_to_sheet: int = 0
    updated_in_sheet: int = 0
    removed_from_sheet: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    pending_deletions: list[Deletion] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sheet_written: bool = False

    @property
    def needs_attention(self) -> bool:
        return bool(self.conflicts or self.pending_deletions or self.errors)

    def summary(self) -> str:
        parts = []
        if self.created_in_crm:
            parts.append(user_text("{n} added to the CRM", n=len(self.created_in_crm)))
        if self.updated_in_crm:
            parts.append(user_text("{n} updated in the CRM", n=len(self.updated_in_crm)))
        if self.deleted_in_crm:
            parts.append(user_text("{n} moved to the trash", n=len(self.deleted_in_crm)))
        if self.added_to_sheet:
            parts.append(user_text("{n} added to the sheet", n=self.added_to_sheet))
        if self.updated_in_sheet:
            parts.append(user_text("{n} updated in the sheet", n=self.updated_in_sheet))
        if self.removed_from_sheet:
            parts.append(user_text("{n} removed from the sheet", n=self.removed_from_sheet))
        lines = [user_text("Synced: {changes}.", changes=joined(parts)) if parts
                 else user_text("Everything was already in step.")]
        n = len(self.conflicts)
        if n:
            lines.append(user_text("1 field was changed on both sides and was left as it is.") if n == 1 else
                         user_text("{n} fields were changed on both sides and were left as they are.", n=n))
        n = len(self.pending_deletions)
        if n:
            lines.append(user_text("1 contact was deleted from the sheet; it stays in the CRM until you confirm.")
                         if n == 1 else
                         user_text("{n} contacts were deleted from the sheet; they stay in the CRM until you confirm.",
                                   n=n))
        return joined(lines + self.errors + self.notes, "\n")


def row_hash(field_hashes: str) -> str:
    return hashlib.sha256(field_hashes.encode("utf-8")).hexdigest()


def crm_values(row: tuple[object, ...]) -> Values:
    return {key: canonical(key, row[_INDEX[header]]) for key, header in FIELDS.items()}


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.split(";") if p.strip()]


def to_input(values: Mapping[str, str]) -> ContactInput:
    """A contact's fields as the services take them, from canonical sheet text."""
    birthday: date | None = None
    text = values.get("birthday", "")
    if text:
        try:
            birthday = date.fromisoformat(text)
        except ValueError as exc:
            raise ValidationError({"birthday": user_text("The birthday “{value}” is not a date; write it as YYYY-MM-DD.",
                                                          value=text)}) from exc
    return ContactInput(
        first_name=values.get("first_name", ""),
        last_name=values.get("last_name", ""),
        emails=[e for e in [values.get("email", ""), *_split(values.get("other_emails", ""))] if e],
        phones=[p for p in [values.get("phone", ""), *_split(values.get("other_phones", ""))] if p],
        company=values.get("company", ""),
        job_title=values.get("job_title", ""),
        birthday=birthday,
        street=values.get("street", ""),
        city=values.get("city", ""),
        postal_code=values.get("postal_code", ""),
        region=values.get("region", ""),
        country=values.get("country", ""),
        website=values.get("website", ""),
        notes=values.get("notes", ""),
        tags=[t.strip() for t in values.get("tags", "").split(",") if t.strip()],
        do_not_email=values.get("do_not_email", "") == "yes",
        source=values.get("source", ""),
    )


def _cell(key: str | None, value: str) -> object:
    if key == "birthday" and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if key == "do_not_email":
        return "yes" if value == "yes" else "no"
    return value


class SyncService:
    def __init__(self, db: Database, hub: ChangeHub, settings: SettingsService):
        self.db = db
        self.hub = hub
        self.settings = settings
        self._lock = threading.Lock()  # one sync at a time (auto-sync and "Sync now")

    # --- links --------------------------------------------------------------------------

    @staticmethod
    def _key(path: Path | str) -> str:
        return str(Path(path).expanduser().resolve())

    def links(self) -> list[LinkInfo]:
        with self.db.reader() as s:
            out = []
            for link in s.scalars(select(SyncLink).order_by(SyncLink.id)):
                rows = s.query(SyncRow).filter(SyncRow.link_id == link.id).count()
                out.append(LinkInfo(link.id, Path(link.path), link.auto_sync, link.last_synced_at, rows))
            return out

    def unlink(self, link_id: int) -> None:
        with self.db.session() as s:
            s.execute(delete(SyncRow).where(SyncRow.link_id == link_id))
            s.execute(delete(SyncLink).where(SyncLink.id == link_id))

    def set_auto_sync(self, link_id: int, on: bool) -> None:
        with self.db.session() as s:
            s.execute(update(SyncLink).where(SyncLink.id == link_id).values(auto_sync=on))

    def file_changed_since_sync(self, path: Path | str) -> bool:
        """True when the file differs from what the last sync wrote or read."""
        with self.db.reader() as s:
            known = s.scalar(select(SyncLink.file_hash).where(SyncLink.path == self._key(path)))
        try:
            data = Path(self._key(path)).read_bytes()
        except OSError:
            return False
        return known is None or hashlib.sha256(data).hexdigest() != known

    # --- sync ---------------------------------------------------------------------------

    def sync(
        self,
        path: Path | str,
        resolutions: Resolutions | None = None,
        delete_ids: Iterable[int] = (),
    ) -> SyncResult:
        """Merge the sheet at ``path`` with the contacts (linking it on first use).

        ``resolutions`` maps (contact id, field) to the value the user chose for a
        conflict; ``delete_ids`` are contacts deleted from the sheet that the user agreed
        to move to the trash."""
        with self._lock:
            return self._sync(Path(self._key(path)), resolutions or {}, set(delete_ids))

    def _sync(self, path: Path, resolutions: Resolutions, delete_ids: set[int]) -> SyncResult:
        sheet_format(path)
        result = SyncResult(path=path)
        written = False
        try:
            with self.db.session() as s:
                link = s.scalar(select(SyncLink).where(SyncLink.path == str(path)))
                if link is None:
                    link = SyncLink(path=str(path))
                    s.add(link)
                    s.flush()
                result.link_id = link.id
                base = {r.contact_id: json.loads(r.field_hashes)
                        for r in s.scalars(select(SyncRow).where(SyncRow.link_id == link.id))}
                sheet = empty_sheet(path) if not base and not path.exists() else read_sheet(path)
                conn = s.connection()
                crm_rows = {r[0]: r for r in contact_rows(conn, None)}
                crm = {cid: crm_values(r) for cid, r in crm_rows.items()}
                sheet_ids = {r.id for r in sheet.rows if r.id is not None}
                trashed = set(s.scalars(select(Contact.id).where(
                    Contact.id.in_(sheet_ids - set(crm)), Contact.deleted_at.is_not(None))))
                p = plan(sheet, crm, base, trashed, resolutions, delete_ids)
                new_ids = self._apply_to_crm(s, p, crm, result)
                s.flush()
                touched = result.created_in_crm + result.updated_in_crm
                for r in contact_rows(conn, touched):
                    crm_rows[r[0]] = r
                    crm[r[0]] = crm_values(r)
                rows = self._sheet_rows(sheet, p, crm, crm_rows, new_ids, result)
                self._remember(s, link.id, base, p, crm, sheet, result)
                if not sheet.exists or p.sheet_changes or touched:
                    self._write_sheet(sheet, rows)
                    written = result.sheet_written = True
                link.file_hash = _digest(path)
                link.last_synced_at = datetime.now(UTC)
        except BaseException:
            if written:
                self._put_back(sheet)
            raise
        self._publish(result)
        return result

    def _apply_to_crm(self, s: Session, p: Plan, crm: dict[int, Values], result: SyncResult) -> dict[int, int]:
        region = self.settings.phone_region()
        for contact_id, changes in list(p.crm_updates.items()):
            try:
                cleaned = validate(to_input({**crm[contact_id], **changes}), region)
            except ValidationError as exc:
                self._reject(p, contact_id, f"{crm[contact_id].get('first_name', '')} {crm[contact_id].get('last_name', '')}".strip(), exc, result)
                continue
            contact = s.scalar(select(Contact).where(Contact.id == contact_id).options(
                selectinload(Contact.emails), selectinload(Contact.phones), selectinload(Contact.tags),
                selectinload(Contact.company)))
            assert contact is not None
            _apply(s, contact, cleaned)
            result.updated_in_crm.append(contact_id)
        new_ids: dict[int, int] = {}  # sheet line -> new contact id
        for row in p.crm_creates:
            try:
                cleaned = validate(to_input(row.values), region)
            except ValidationError as exc:
                result.errors.append(user_text("Row {line}: {problem} The row was not added.", line=row.line,
                                               problem=message_of(exc)))
                continue
            contact = Contact()
            _apply(s, contact, cleaned)
            s.add(contact)
            s.flush()
            new_ids[row.line] = contact.id
            result.created_in_crm.append(contact.id)
        if p.crm_deletes:
            s.execute(update(Contact).where(Contact.id.in_(p.crm_deletes), Contact.deleted_at.is_(None))
                      .values(deleted_at=datetime.now(UTC), version=Contact.version + 1))
            search.reindex(s.connection(), "contact", p.crm_deletes)
            result.deleted_in_crm.extend(p.crm_deletes)
            for contact_id in p.crm_deletes:
                crm.pop(contact_id, None)
        result.conflicts = list(p.conflicts)
        result.pending_deletions = list(p.pending_deletions)
        result.notes.extend(p.notes)
        return new_ids

    @staticmethod
    def _reject(p: Plan, contact_id: int, name: str, exc: ValidationError, result: SyncResult) -> None:
        p.crm_updates.pop(contact_id, None)
        p.sheet_updates.pop(contact_id, None)
        p.agreed.pop(contact_id, None)
        result.errors.append(user_text("{name}: {problem} The row was left as it is.",
                                       name=name or user_text("Contact {id}", id=contact_id),
                                       problem=message_of(exc)))

    def _sheet_rows(self, sheet: Sheet, p: Plan, crm: dict[int, Values], crm_rows: dict[int, tuple],
                    new_ids: dict[int, int], result: SyncResult) -> list[list[object]]:
        keys = sheet.keys
        written = set(result.created_in_crm) | set(result.updated_in_crm)
        conflicted: dict[int, set[str]] = {}
        for conflict in p.conflicts:
            conflicted.setdefault(conflict.contact_id, set()).add(conflict.field)
        out: list[list[object]] = []

        def fill(cells: list[object], contact_id: int, only: Iterable[str] | None) -> None:
            values, raw = crm[contact_id], crm_rows[contact_id]
            for i, key in enumerate(keys):
                if key == "id":
                    cells[i] = contact_id
                elif key in ("created", "updated"):
                    cells[i] = raw[_INDEX[HEADER_BY_KEY[key]]]
                elif key in FIELDS and (only is None or key in only):
                    cells[i] = _cell(key, values[key])

        for row in sheet.rows:
            cells = list(row.cells)
            contact_id = row.id if row.id is not None else new_ids.get(row.line)
            if row.id is not None and (row.id in p.sheet_removals or row.id in result.deleted_in_crm):
                result.removed_from_sheet += row.id in p.sheet_removals
                continue
            if contact_id in written:
                fill(cells, contact_id, set(FIELDS) - conflicted.get(contact_id, set()))  # type: ignore[arg-type]
                result.updated_in_sheet += contact_id in p.sheet_updates
            elif contact_id in p.sheet_updates:
                fill(cells, contact_id, p.sheet_updates[contact_id])  # type: ignore[arg-type]
                result.updated_in_sheet += 1
            elif contact_id is not None and contact_id in crm and any(k in ("created", "updated") for k in keys):
                fill(cells, contact_id, ())
            out.append(cells)
        for contact_id in p.sheet_appends:
            cells: list[object] = [None] * len(keys)
            fill(cells, contact_id, None)
            out.append(cells)
        result.added_to_sheet = len(p.sheet_appends)
        return out

    @staticmethod
    def _remember(s: Session, link_id: int, base: dict[int, dict[str, str]], p: Plan, crm: dict[int, Values],
                  sheet: Sheet, result: SyncResult) -> None:
        state = {cid: dict(h) for cid, h in base.items()}
        for cid in p.sheet_removals | set(result.deleted_in_crm):
            state.pop(cid, None)
        for cid, agreed in p.agreed.items():
            state.setdefault(cid, {}).update(agreed)
        for cid in result.created_in_crm:
            state[cid] = {}
        for cid in result.created_in_crm + result.updated_in_crm:
            conflicted = {c.field for c in p.conflicts if c.contact_id == cid}
            for key in sheet.fields - conflicted:
                state[cid][key] = field_hash(crm[cid][key])
        s.execute(delete(SyncRow).where(SyncRow.link_id == link_id))
        rows = []
        for cid, hashes in state.items():
            text = json.dumps(hashes, sort_keys=True)
            rows.append({"link_id": link_id, "contact_id": cid, "field_hashes": text, "row_hash": row_hash(text)})
        for start in range(0, len(rows), 5000):
            s.execute(insert(SyncRow), rows[start:start + 5000])

    @staticmethod
    def _write_sheet(sheet: Sheet, rows: list[list[object]]) -> None:
        with atomic.temp_file(sheet.path) as temp:
            try:
                write_sheet(sheet, rows, temp)
                atomic.fsync_file(temp)
            except OSError as exc:
                raise atomic.FileWriteError(atomic._message(sheet.path, exc)) from exc
            if _digest(sheet.path) != sheet.digest:
                raise SheetError(user_text("“{name}” was changed while syncing. Nothing was changed; sync again.",
                                           name=sheet.path.name))
            atomic.replace(temp, sheet.path)

    @staticmethod
    def _put_back(sheet: Sheet) -> None:
        """The database part failed after the sheet was replaced: restore the old sheet."""
        if not sheet.exists:
            sheet.path.unlink(missing_ok=True)
            return
        with atomic.atomic_path(sheet.path) as temp:
            temp.write_bytes(sheet.data)

    def _publish(self, result: SyncResult) -> None:
        changes = []
        if result.created_in_crm or result.updated_in_crm or result.deleted_in_crm:
            changes.append(Change.of("contact", created=result.created_in_crm, updated=result.updated_in_crm,
                                     deleted=result.deleted_in_crm))
            changes.append(Change.of("company", reset=True))
        if changes:
            self.hub.publish(*changes)


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""


