"""Import contacts from a file without creating duplicates, in one transaction, undoable.

The same code runs the dry run (executed, then rolled back: exact counts) and the real
import (committed whole, or rolled back on error or Cancel). Rows are handled in chunks
with bulk Core statements; each chunk is checked for duplicates against the database,
which already holds the earlier chunks of the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.text import fold
from crm_desktop.domain.validation import email_key
from crm_desktop.exchange.mapping import Mapping, recognise
from crm_desktop.exchange.readers import open_table
from crm_desktop.exchange.table import Table
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.import_rows import CONTACT_COLUMNS, Prepared, State, dump_before, merge, prepare
from crm_desktop.services.settings import SettingsService
from crm_desktop.storage import search
from crm_desktop.storage.backup_file import backup_to
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Company, Contact, ContactEmail, ContactPhone, ImportBatch, ImportItem, Tag, contact_tags,
)

CHUNK = 2000
MAX_LISTED_PROBLEMS = 1000
PROFILES_KEY = "import_profiles"
Progress = Callable[[int, int, str], None]


class DuplicateMode(StrEnum):
    UPDATE = "update"  # fill empty fields, add new emails/phones/tags
    OVERWRITE = "overwrite"  # the file's non-empty values replace ours
    SKIP = "skip"  # leave existing contacts alone
    CREATE = "create"  # create a new contact even when it looks like a duplicate


MODE_LABELS = {
    DuplicateMode.UPDATE: "Update them: fill in what is missing, keep what is already there",
    DuplicateMode.OVERWRITE: "Update them: the file's values replace what is there",
    DuplicateMode.SKIP: "Leave them as they are (skip these rows)",
    DuplicateMode.CREATE: "Create new contacts anyway",
}


class ImportCancelled(CrmError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled. Nothing was changed.")


@dataclass
class Problem:
    row: int
    reason: str


@dataclass
class ImportSummary:
    dry_run: bool
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    merged: int = 0  # rows that repeated an earlier row of the file
    unchanged: int = 0  # duplicates of existing contacts that added nothing
    skipped: int = 0  # duplicates left alone (mode "skip")
    empty: int = 0
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    warnings: list[Problem] = field(default_factory=list)
    batch_id: int | None = None
    backup_path: str = ""

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.merged

    def lines(self) -> list[str]:
        will = self.dry_run
        out = [
            f"Rows read: {self.rows_read}",
            f"{'Will create' if will else 'Created'}: {self.created} new contact{'s' * (self.created != 1)}",
            f"{'Will update' if will else 'Updated'}: {self.updated} existing contact{'s' * (self.updated != 1)}",
        ]
        if self.merged:
            out.append(f"Rows repeating an earlier row of the file (merged into it): {self.merged}")
        if self.unchanged:
            out.append(f"Already up to date (nothing new in the file): {self.unchanged}")
        if self.skipped:
            out.append(f"{'Will skip' if will else 'Skipped'} (already in your contacts): {self.skipped}")
        if self.empty:
            out.append(f"Empty rows ignored: {self.empty}")
        out.append(f"Rows with problems ({'will not be' if will else 'not'} imported): {self.problem_count}")
        for p in self.problems:
            out.append(f"  row {p.row}: {p.reason}")
        if self.problem_count > len(self.problems):
            out.append(f"  … and {self.problem_count - len(self.problems)} more")
        if self.warnings:
            out.append(f"Rows imported with a note about a value: {len(self.warnings)}")
            for w in self.warnings[:50]:
                out.append(f"  row {w.row}: {w.reason}")
        return out


@dataclass(frozen=True)
class BatchInfo:
    id: int
    file_name: str
    started_at: datetime
    created: int
    updated: int
    rows_read: int
    undone_at: datetime | None


def _now() -> datetime:
    return datetime.now(UTC)


class ImportService:
    def __init__(self, db: Database, hub: ChangeHub, settings: SettingsService):
        self.db = db
        self.hub = hub
        self.settings = settings

    # --- reading ------------------------------------------------------------------------

    def open(self, path: Path | str, sheet: str | None = None) -> Table:
        return open_table(path, sheet=sheet)

    def recognise(self, table: Table, profile: str | None = None) -> Mapping:
        if profile:
            saved = self.profiles().get(profile)
            if saved is None:
                raise CrmError(f"There is no saved column set-up called “{profile}”.")
            return Mapping.from_profile(saved, table.headers)
        return recognise(table.headers)

    def preview(self, table: Table, mapping: Mapping, count: int = 8) -> list[tuple[int, ContactInput | str]]:
        """The first rows as contacts (or the reason a row cannot be imported)."""
        from crm_desktop.services.import_rows import to_input
        from crm_desktop.exchange.mapping import read_row

        out: list[tuple[int, ContactInput | str]] = []
        for row, cells in islice(table.rows(), count * 3):
            values = read_row(cells, mapping)
            if values.is_empty():
                continue
            data, _ = to_input(values, self.settings.phone_region())
            out.append((row, data if (data.first_name or data.last_name) else "no name in this row"))
            if len(out) >= count:
                break
        return out

    # --- profiles -----------------------------------------------------------------------

    def profiles(self) -> dict[str, dict[str, Any]]:
        value = self.settings.get(PROFILES_KEY) or {}
        return dict(value) if isinstance(value, dict) else {}

    def save_profile(self, name: str, mapping: Mapping) -> None:
        name = " ".join(name.split())
        if not name:
            raise CrmError("Give the column set-up a name.")
        profiles = self.profiles()
        profiles[name] = mapping.to_profile()
        self.settings.set(PROFILES_KEY, profiles)

    def delete_profile(self, name: str) -> None:
        profiles = self.profiles()
        profiles.pop(name, None)
        self.settings.set(PROFILES_KEY, profiles)

    # --- running ------------------------------------------------------------------------

    def dry_run(self, table: Table, mapping: Mapping, mode: DuplicateMode = DuplicateMode.UPDATE,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportSummary:
        summary = ImportSummary(dry_run=True)
        with self.db.engine.connect() as conn:
            trans = conn.begin()
            try:
                _Run(conn, table, mapping, mode, summary, self.settings.phone_region(), progress, cancelled).run()
            finally:
                trans.rollback()
        return summary

    def run(self, table: Table, mapping: Mapping, mode: DuplicateMode = DuplicateMode.UPDATE,
            progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
            expected_rows: int = 0, backup: bool = True) -> ImportSummary:
        """Import for real: all or nothing. Raises ImportCancelled when cancelled (rolled back)."""
        summary = ImportSummary(dry_run=False)
        if backup:
            stamp = _now().strftime("%Y%m%d-%H%M%S")
            target = self.db.path.parent / "backups" / f"before-import-{stamp}.sqlite3"
            if progress:
                progress(0, expected_rows, "Saving a backup of your data first…")
            summary.backup_path = str(backup_to(self.db.path, target))
        with self.db.engine.begin() as conn:
            batch_id = conn.execute(
                insert(ImportBatch).values(
                    file_name=table.path.name[:400], file_kind=table.kind, layout=mapping.layout_name[:200],
                    mode=str(mode), backup_path=summary.backup_path[:1000], started_at=_now(),
                )
            ).inserted_primary_key[0]
            summary.batch_id = batch_id
            run = _Run(conn, table, mapping, mode, summary, self.settings.phone_region(), progress,
                       cancelled, batch_id=batch_id, expected=expected_rows)
            run.run()
            conn.execute(
                update(ImportBatch).where(ImportBatch.id == batch_id).values(
                    finished_at=_now(), rows_read=summary.rows_read, created=summary.created,
                    updated=summary.updated, skipped=summary.skipped + summary.unchanged,
                    problems=summary.problem_count,
                )
            )
        if summary.created or summary.updated or summary.merged:
            self.hub.publish(Change.of("contact", reset=True), Change.of("company", reset=True),
                             Change.of("tag", reset=True), Change.of("import", created=[batch_id]))
        return summary

    # --- batches and undo -----------------------------------------------------------------

    def batches(self, limit: int = 50) -> list[BatchInfo]:
        with self.db.reader() as s:
            rows = s.execute(select(ImportBatch).where(ImportBatch.finished_at.is_not(None))
                             .order_by(ImportBatch.id.desc()).limit(limit)).scalars()
            return [BatchInfo(b.id, b.file_name, b.started_at, b.created, b.updated, b.rows_read, b.undone_at)
                    for b in rows]

    def undo(self, batch_id: int) -> str:
        from crm_desktop.services.import_undo import undo_batch

        message = undo_batch(self.db, batch_id)
        self.hub.publish(Change.of("contact", reset=True), Change.of("company", reset=True),
                         Change.of("tag", reset=True), Change.of("import", updated=[batch_id]))
        return message


def _chunks(rows: Iterator[tuple[int, list[Any]]]) -> Iterator[list[tuple[int, list[Any]]]]:
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


class _Run:
    """One pass over the file inside an open transaction."""

    def __init__(self, conn: Connection, table: Table, mapping: Mapping, mode: DuplicateMode,
                 summary: ImportSummary, region: str, progress: Progress | None,
                 cancelled: Callable[[], bool] | None, batch_id: int | None = None, expected: int = 0):
        self.conn, self.table, self.mapping, self.mode = conn, table, mapping, DuplicateMode(mode)
        self.summary, self.region = summary, region
        self.progress, self.cancelled = progress, cancelled
        self.batch_id, self.expected = batch_id, expected
        self.companies: dict[str, int] = {}
        self.tags: dict[str, int] = {}
        self.before_recorded: set[int] = set()
        self.source = f"Import: {table.path.name}"[:200]
        self.now = _now()

    def run(self) -> None:
        c = self.conn
        # a write first, so that this transaction holds the write lock before ids are chosen
        c.execute(update(ImportBatch).where(ImportBatch.id == -1).values(mode="x"))
        self.next_contact = (c.scalar(select(func.max(Contact.id))) or 0) + 1
        self.first_new = self.next_contact
        self.next_company = (c.scalar(select(func.max(Company.id))) or 0) + 1
        done = 0
        for chunk in _chunks(self.table.rows()):
            if self.cancelled and self.cancelled():
                raise ImportCancelled()
            self._chunk(chunk)
            done += len(chunk)
            if self.progress:
                total = max(self.expected, done)
                self.progress(done, total, f"{done:,} of {total:,} rows" if self.expected else f"{done:,} rows")
        if self.cancelled and self.cancelled():
            raise ImportCancelled()

    # --- one chunk ----------------------------------------------------------------------

    def _problem(self, row: int, reason: str) -> None:
        self.summary.problem_count += 1
        if len(self.summary.problems) < MAX_LISTED_PROBLEMS:
            self.summary.problems.append(Problem(row, reason))

    def _chunk(self, chunk: list[tuple[int, list[Any]]]) -> None:
        s = self.summary
        prepared: list[Prepared] = []
        for row, cells in chunk:
            s.rows_read += 1
            try:
                result = prepare(row, cells, self.mapping, self.region)
            except Exception as exc:  # noqa: BLE001 - a malformed row is reported, never a crash
                self._problem(row, f"this row could not be read ({exc.__class__.__name__})")
                continue
            if result is None:
                s.empty += 1
            elif isinstance(result, str):
                self._problem(row, result)
            else:
                prepared.append(result)
                for w in result.warnings:
                    if len(s.warnings) < MAX_LISTED_PROBLEMS:
                        s.warnings.append(Problem(row, w))
        if not prepared:
            return
        company_ids = self._companies({p.clean.company for p in prepared if p.clean.company})
        tag_ids = self._tags({t for p in prepared for t in p.clean.tags})
        by_email, by_phone, by_name = self._lookup(prepared)
        states = self._load_states({i for d in (by_email, by_phone, by_name) for i in d.values()})

        local_email: dict[str, int] = {}
        local_phone: dict[str, int] = {}
        local_name: dict[tuple[str, str], int] = {}
        new: dict[int, State] = {}
        touched: dict[int, State] = {}  # existing contacts changed by this chunk
        added_emails: dict[int, list[str]] = {}
        added_phones: dict[int, list[tuple[str, str | None, str]]] = {}
        added_tags: dict[int, list[int]] = {}
        for p in prepared:
            cl = p.clean
            company_id = company_ids.get(fold(cl.company)) if cl.company else None
            row_tags = [tag_ids[fold(t)] for t in cl.tags]
            name_key = (str(cl.values["sort_name"]), fold(cl.company)) if cl.company else None
            target = None
            if self.mode is not DuplicateMode.CREATE:
                for key in (email_key(e) for e in cl.emails):
                    target = by_email.get(key) or local_email.get(key)
                    if target:
                        break
                if target is None:
                    for e164 in (ph[1] for ph in cl.phones if ph[1]):
                        target = by_phone.get(e164) or local_phone.get(e164)
                        if target:
                            break
                if target is None and name_key:
                    target = by_name.get(name_key) or local_name.get(name_key)
            if target is None:
                cid = self.next_contact
                self.next_contact += 1
                new[cid] = State(dict(cl.values), company_id, list(cl.emails), list(cl.phones), row_tags)
                s.created += 1
                state = new[cid]
            else:
                cid = target
                from_file = cid >= self.first_new
                if self.mode is DuplicateMode.SKIP and not from_file:
                    s.skipped += 1
                    continue
                base = new.get(cid) or touched.get(cid) or states[cid]
                m = merge(base, cl, company_id, row_tags, overwrite=self.mode is DuplicateMode.OVERWRITE)
                state = m.state
                if cid in new:
                    new[cid] = state
                else:
                    if m.changed_scalars or m.new_emails or m.new_phones or m.new_tags:
                        touched[cid] = state
                        added_emails.setdefault(cid, []).extend(m.new_emails)
                        added_phones.setdefault(cid, []).extend(m.new_phones)
                        added_tags.setdefault(cid, []).extend(m.new_tags)
                changed = m.changed_scalars or m.new_emails or m.new_phones or m.new_tags
                if from_file or cid in self.before_recorded:
                    s.merged += 1  # repeats an earlier row of this file
                elif changed:
                    s.updated += 1
                else:
                    s.unchanged += 1
                if not from_file and cid in touched and cid not in self.before_recorded:
                    self._record_before(cid)
            for e in state.emails:
                local_email.setdefault(email_key(e), cid)
            for ph in state.phones:
                if ph[1]:
                    local_phone.setdefault(ph[1], cid)
            if name_key:
                local_name.setdefault(name_key, cid)
        self._write(new, touched, added_emails, added_phones, added_tags, states)

    # --- look-ups -----------------------------------------------------------------------

    def _companies(self, names: set[str]) -> dict[str, int]:
        wanted = {fold(n)[:200]: n for n in names}
        missing = [k for k in wanted if k not in self.companies]
        if missing:
            for start in range(0, len(missing), 500):
                part = missing[start : start + 500]
                for cid, key in self.conn.execute(
                    select(Company.id, Company.sort_name)
                    .where(Company.sort_name.in_(part), Company.deleted_at.is_(None)).order_by(Company.id.desc())
                ):
                    self.companies[key] = cid
            rows = []
            for key in missing:
                if key not in self.companies:
                    self.companies[key] = self.next_company
                    rows.append({"id": self.next_company, "name": " ".join(wanted[key].split())[:200],
                                 "sort_name": key, "created_at": self.now, "updated_at": self.now, "version": 1})
                    self.next_company += 1
            if rows:
                self.conn.execute(insert(Company), rows)
                self._items("company", [r["id"] for r in rows], "created")
                search.reindex(self.conn, "company", [r["id"] for r in rows])
        return {k: self.companies[k] for k in wanted}

    def _tags(self, names: set[str]) -> dict[str, int]:
        wanted = {fold(n): n for n in names}
        missing = [k for k in wanted if k not in self.tags]
        if missing:
            for tid, key in self.conn.execute(select(Tag.id, Tag.name_key).where(Tag.name_key.in_(missing))):
                self.tags[key] = tid
            created = []
            for key in missing:
                if key not in self.tags:
                    tid = self.conn.execute(insert(Tag).values(name=wanted[key], name_key=key, color="")).inserted_primary_key[0]
                    self.tags[key] = tid
                    created.append(tid)
            self._items("tag", created, "created")
        return {k: self.tags[k] for k in wanted}

    def _lookup(self, prepared: list[Prepared]) -> tuple[dict[str, int], dict[str, int], dict[tuple[str, str], int]]:
        if self.mode is DuplicateMode.CREATE:
            return {}, {}, {}
        c = self.conn
        keys = list({email_key(e) for p in prepared for e in p.clean.emails})
        e164s = list({ph[1] for p in prepared for ph in p.clean.phones if ph[1]})
        names = list({str(p.clean.values["sort_name"]) for p in prepared if p.clean.company})
        by_email: dict[str, int] = {}
        by_phone: dict[str, int] = {}
        by_name: dict[tuple[str, str], int] = {}
        for start in range(0, len(keys), 500):
            for key, cid in c.execute(
                select(ContactEmail.email_key, ContactEmail.contact_id)
                .join(Contact, Contact.id == ContactEmail.contact_id)
                .where(ContactEmail.email_key.in_(keys[start : start + 500]), Contact.deleted_at.is_(None))
                .order_by(ContactEmail.contact_id.desc())
            ):
                by_email[key] = cid
        for start in range(0, len(e164s), 500):
            for key, cid in c.execute(
                select(ContactPhone.e164, ContactPhone.contact_id)
                .join(Contact, Contact.id == ContactPhone.contact_id)
                .where(ContactPhone.e164.in_(e164s[start : start + 500]), Contact.deleted_at.is_(None))
                .order_by(ContactPhone.contact_id.desc())
            ):
                by_phone[key] = cid
        for start in range(0, len(names), 500):
            for cid, sname, cname in c.execute(
                select(Contact.id, Contact.sort_name, Company.sort_name)
                .join(Company, Company.id == Contact.company_id)
                .where(Contact.sort_name.in_(names[start : start + 500]), Contact.deleted_at.is_(None))
                .order_by(Contact.id.desc())
            ):
                by_name[(sname, cname)] = cid
        return by_email, by_phone, by_name

    def _load_states(self, ids: set[int]) -> dict[int, State]:
        from crm_desktop.services.import_rows import SCALARS

        out: dict[int, State] = {}
        id_list = sorted(ids)
        c = self.conn
        for start in range(0, len(id_list), 500):
            part = id_list[start : start + 500]
            cols = [getattr(Contact, k) for k in SCALARS]
            for row in c.execute(select(Contact.id, Contact.company_id, *cols).where(Contact.id.in_(part))):
                out[row[0]] = State(dict(zip(SCALARS, row[2:], strict=True)), row[1], [], [], [])
            for cid, email in c.execute(select(ContactEmail.contact_id, ContactEmail.email)
                                        .where(ContactEmail.contact_id.in_(part)).order_by(ContactEmail.position)):
                out[cid].emails.append(email)
            for cid, phone, e164, dig in c.execute(
                select(ContactPhone.contact_id, ContactPhone.phone, ContactPhone.e164, ContactPhone.digits)
                .where(ContactPhone.contact_id.in_(part)).order_by(ContactPhone.position)
            ):
                out[cid].phones.append((phone, e164, dig))
            for cid, tid in c.execute(select(contact_tags.c.contact_id, contact_tags.c.tag_id)
                                      .where(contact_tags.c.contact_id.in_(part))):
                out[cid].tag_ids.append(tid)
        return out

    # --- writes -------------------------------------------------------------------------

    def _items(self, kind: str, ids: list[int], action: str, before: list[str] | None = None) -> None:
        if self.batch_id is None or not ids:
            return
        rows = [{"batch_id": self.batch_id, "kind": kind, "record_id": i, "action": action,
                 "before": before[n] if before else ""} for n, i in enumerate(ids)]
        self.conn.execute(insert(ImportItem), rows)

    def _record_before(self, cid: int) -> None:
        c = self.conn
        self.before_recorded.add(cid)
        if self.batch_id is None:
            return
        table = Contact.__table__
        row = c.execute(select(*[table.c[k] for k in CONTACT_COLUMNS]).where(table.c.id == cid)).one()
        contact = dict(zip(CONTACT_COLUMNS, row, strict=True))
        emails = [dict(r._mapping) for r in c.execute(
            select(ContactEmail.email, ContactEmail.email_key, ContactEmail.label, ContactEmail.position)
            .where(ContactEmail.contact_id == cid))]
        phones = [dict(r._mapping) for r in c.execute(
            select(ContactPhone.phone, ContactPhone.e164, ContactPhone.digits, ContactPhone.label, ContactPhone.position)
            .where(ContactPhone.contact_id == cid))]
        tags = list(c.scalars(select(contact_tags.c.tag_id).where(contact_tags.c.contact_id == cid)))
        self._items("contact", [cid], "updated", [dump_before(contact, emails, phones, tags)])

    def _write(self, new: dict[int, State], touched: dict[int, State], added_emails: dict[int, list[str]],
               added_phones: dict[int, list[tuple[str, str | None, str]]], added_tags: dict[int, list[int]],
               states: dict[int, State]) -> None:
        c = self.conn
        contacts, emails, phones, tags = [], [], [], []
        for cid, st in new.items():
            contacts.append({**st.values, "id": cid, "company_id": st.company_id, "do_not_email": False,
                             "source": self.source, "created_at": self.now, "updated_at": self.now, "version": 1})
            emails += [{"contact_id": cid, "email": e, "email_key": email_key(e), "label": "", "position": i}
                       for i, e in enumerate(st.emails)]
            phones += [{"contact_id": cid, "phone": p[0], "e164": p[1], "digits": p[2], "label": "", "position": i}
                       for i, p in enumerate(st.phones)]
            tags += [{"contact_id": cid, "tag_id": t} for t in dict.fromkeys(st.tag_ids)]
        if contacts:
            c.execute(insert(Contact), contacts)
        for cid, st in touched.items():
            start_e = len(states[cid].emails) if cid in states else 0
            start_p = len(states[cid].phones) if cid in states else 0
            emails += [{"contact_id": cid, "email": e, "email_key": email_key(e), "label": "", "position": start_e + i}
                       for i, e in enumerate(added_emails.get(cid, []))]
            phones += [{"contact_id": cid, "phone": p[0], "e164": p[1], "digits": p[2], "label": "",
                        "position": start_p + i} for i, p in enumerate(added_phones.get(cid, []))]
            tags += [{"contact_id": cid, "tag_id": t} for t in dict.fromkeys(added_tags.get(cid, []))]
        if touched:
            from crm_desktop.services.import_rows import SCALARS

            table = Contact.__table__
            stmt = (update(table).where(table.c.id == bindparam("_id"))
                    .values({**{k: bindparam(f"_{k}") for k in (*SCALARS, "sort_name", "company_id")},
                             "updated_at": bindparam("_updated_at"), "version": table.c.version + 1}))
            c.execute(stmt, [
                {"_id": cid, **{f"_{k}": st.values.get(k) for k in SCALARS},
                 "_sort_name": st.values.get("sort_name") or fold(f"{st.values['first_name']} {st.values['last_name']}"),
                 "_company_id": st.company_id, "_updated_at": self.now}
                for cid, st in touched.items()
            ])
        if emails:
            c.execute(insert(ContactEmail), emails)
        if phones:
            c.execute(insert(ContactPhone), phones)
        if tags:
            c.execute(insert(contact_tags).prefix_with("OR IGNORE"), tags)
        self._items("contact", list(new), "created")
        search.reindex(c, "contact", list(new) + list(touched))
