"""One pass of an import over a file, inside an open transaction (used by ImportService)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from crm_desktop.domain.i18n import number, user_text
from crm_desktop.domain.remembered import Remembered
from crm_desktop.domain.text import fold
from crm_desktop.domain.validation import email_key
from crm_desktop.exchange.mapping import Mapping
from crm_desktop.exchange.table import Table
from crm_desktop.services import import_feed
from crm_desktop.services.import_lookup import PART, Owners, Stored, load, owners
from crm_desktop.services.import_rows import (
    SCALARS,
    Prepared,
    State,
    merge,
    write_custom_values,
)
from crm_desktop.services.importer import (
    CREATED_RANGE,
    MAX_LISTED_PROBLEMS,
    DuplicateMode,
    ImportCancelled,
    ImportSummary,
    Problem,
    Progress,
)
from crm_desktop.storage import search
from crm_desktop.storage.models import (
    Company,
    Contact,
    ImportBatch,
    Tag,
)


def _now() -> datetime:
    return datetime.now(UTC)

def _processor(type_: Any, dialect: Any) -> Callable[[Any], Any]:
    """How the column type converts a Python value for this database (identity when it does not)."""
    process = type_.dialect_impl(dialect).bind_processor(dialect)
    return process or (lambda value: value)


@contextmanager
def old_objects_left_alone() -> Iterator[None]:
    """Keep the cycle collector from scanning, again and again, every object that already
    exists (modules, metadata, caches: hundreds of thousands) while a long import allocates
    rows: they are set aside with ``gc.freeze`` (about a tenth of an import's time). The rows
    hold no reference cycles and are freed as each chunk ends; new objects are still collected."""
    frozen_before = gc.get_freeze_count() > 0  # someone else froze objects: leave them so
    gc.freeze()
    try:
        yield
    finally:
        if not frozen_before:
            gc.unfreeze()


class ImportRun:
    """One pass over the file inside an open transaction."""

    def __init__(self, conn: Connection, table: Table, mapping: Mapping, mode: DuplicateMode,
                 summary: ImportSummary, region: str, progress: Progress | None,
                 cancelled: Callable[[], bool] | None, batch_id: int | None = None, expected: int = 0):
        self.conn, self.table, self.mapping, self.mode = conn, table, mapping, DuplicateMode(mode)
        self.summary, self.region = summary, region
        self.progress, self.cancelled = progress, cancelled
        self.batch_id, self.expected = batch_id, expected
        self.companies: dict[str, int] = {}
        self.company_names: dict[int, str] = {}  # for the index rows of new contacts
        self.tags: dict[str, int] = {}
        self.tag_names: dict[int, str] = {}
        # how company and tag names are matched (case and accents ignored)
        self._key: Remembered[str, str] = Remembered(lambda name: fold(name)[:200])
        self.before_recorded: set[int] = set()
        self.source = f"Import: {table.path.name}"[:200]
        self.now = _now()
        # the column types' own conversions, so raw statements store exactly what the ORM stores
        dialect = conn.dialect
        self._stamp = _processor(Contact.__table__.c.created_at.type, dialect)(self.now)
        self._date = _processor(Contact.__table__.c.birthday.type, dialect)

    def run(self) -> None:
        with old_objects_left_alone():
            self._run()

    def _run(self) -> None:
        c = self.conn
        # a write first, so that this transaction holds the write lock before ids are chosen
        c.execute(update(ImportBatch).where(ImportBatch.id == -1).values(mode="x"))
        self.next_contact = (c.scalar(select(func.max(Contact.id))) or 0) + 1
        self.first_new = self.next_contact
        self.next_company = (c.scalar(select(func.max(Company.id))) or 0) + 1
        done = 0
        with closing(import_feed.chunks(self.table, self.mapping, self.region)) as chunks:
            for chunk in chunks:
                if self.cancelled and self.cancelled():
                    raise ImportCancelled()
                self._chunk(chunk)
                done += len(chunk)
                self._progress(done)
        if self.cancelled and self.cancelled():
            raise ImportCancelled()
        if self.next_contact > self.first_new:  # the new contacts have the ids in between
            self._items("contact", [self.first_new], CREATED_RANGE, [str(self.next_contact - 1)])

    def _progress(self, done: int) -> None:
        if self.progress:
            total = max(self.expected, done)
            self.progress(done, total, user_text("{done} of {total} rows", done=number(done), total=number(total))
                          if self.expected else user_text("{done} rows", done=number(done)))

    # --- one chunk ----------------------------------------------------------------------

    def _problem(self, row: int, reason: str) -> None:
        self.summary.problem_count += 1
        if len(self.summary.problems) < MAX_LISTED_PROBLEMS:
            self.summary.problems.append(Problem(row, reason))

    def _chunk(self, chunk: import_feed.Chunk) -> None:
        s = self.summary
        prepared: list[Prepared] = []
        for row, result in chunk:
            s.rows_read += 1
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
        key_of = self._key.__getitem__
        company_ids = self._companies({p.clean.company for p in prepared if p.clean.company})
        tag_ids = self._tags({t for p in prepared for t in p.clean.tags})
        found = owners(self.conn, [p.clean for p in prepared]) if self.mode is not DuplicateMode.CREATE else Owners()
        by_email, by_phone, by_name = found.by_email, found.by_phone, found.by_name
        wanted = found.ids()
        if self.mode is DuplicateMode.SKIP:  # stored contacts are left alone: only this file's own are merged
            wanted = {i for i in wanted if i >= self.first_new}
        states, stored = load(self.conn, wanted)

        local_email: dict[str, int] = {}
        local_phone: dict[str, int] = {}
        local_name: dict[tuple[str, str], int] = {}
        new: dict[int, State] = {}
        touched: dict[int, State] = {}  # existing contacts changed by this chunk
        added_emails: dict[int, list[str]] = {}
        added_phones: dict[int, list[tuple[str, str | None, str]]] = {}
        added_tags: dict[int, list[int]] = {}
        first_touch: list[int] = []
        custom_rows: list[tuple[int, dict[int, str]]] = []  # (contact id, custom values)
        mode = self.mode
        matching = mode is not DuplicateMode.CREATE
        overwrite = mode is DuplicateMode.OVERWRITE
        first_new = self.first_new
        for p in prepared:
            cl = p.clean
            company = cl.company
            if company:
                company_key = key_of(company)
                company_id = company_ids.get(company_key)
                name_key: tuple[str, str] | None = (str(cl.values["sort_name"]), company_key)
            else:
                company_id = name_key = None
            row_tags = [tag_ids[key_of(t)] for t in cl.tags] if cl.tags else []
            target = None
            if matching:
                for e in cl.emails:
                    key = email_key(e)
                    target = by_email.get(key) or local_email.get(key)
                    if target:
                        break
                if target is None:
                    for ph in cl.phones:
                        if ph[1]:
                            target = by_phone.get(ph[1]) or local_phone.get(ph[1])
                            if target:
                                break
                if target is None and name_key:
                    target = by_name.get(name_key) or local_name.get(name_key)
            if target is None:
                cid = self.next_contact
                self.next_contact += 1
                # the prepared values belong to this row alone: no copies needed
                state = new[cid] = State(cl.values, company_id, cl.emails, cl.phones, row_tags)
                s.created += 1
            else:
                cid = target
                from_file = cid >= first_new
                if mode is DuplicateMode.SKIP and not from_file:
                    s.skipped += 1
                    continue
                base = new.get(cid) or touched.get(cid) or states[cid]
                m = merge(base, cl, company_id, row_tags, overwrite=overwrite)
                state = m.state
                changed = m.changed_scalars or m.new_emails or m.new_phones or m.new_tags
                if cid in new:
                    new[cid] = state
                elif changed:
                    touched[cid] = state
                    added_emails.setdefault(cid, []).extend(m.new_emails)
                    added_phones.setdefault(cid, []).extend(m.new_phones)
                    added_tags.setdefault(cid, []).extend(m.new_tags)
                if from_file or cid in self.before_recorded:
                    s.merged += 1  # repeats an earlier row of this file
                elif changed:
                    s.updated += 1
                else:
                    s.unchanged += 1
                if not from_file and cid in touched and cid not in self.before_recorded:
                    first_touch.append(cid)
                    self.before_recorded.add(cid)
            if p.custom:
                custom_rows.append((cid, p.custom))
            for e in state.emails:
                local_email.setdefault(email_key(e), cid)
            for ph in state.phones:
                if ph[1]:
                    local_phone.setdefault(ph[1], cid)
            if name_key:
                local_name.setdefault(name_key, cid)
        self.before_recorded.difference_update(first_touch)
        self._record_before(first_touch, stored)
        self._write(new, touched, added_emails, added_phones, added_tags, states)
        write_custom_values(self.conn, custom_rows)

    # --- look-ups -----------------------------------------------------------------------

    def _companies(self, names: set[str]) -> dict[str, int]:
        wanted = {self._key[n]: n for n in names}
        missing = [k for k in wanted if k not in self.companies]
        if missing:
            for start in range(0, len(missing), PART):
                part = missing[start : start + PART]
                for cid, key, name in self.conn.execute(
                    select(Company.id, Company.sort_name, Company.name)
                    .where(Company.sort_name.in_(part), Company.deleted_at.is_(None)).order_by(Company.id.desc())
                ):
                    self.companies[key] = cid
                    self.company_names[cid] = name
            rows = []
            for key in missing:
                if key not in self.companies:
                    self.companies[key] = self.next_company
                    self.company_names[self.next_company] = " ".join(wanted[key].split())[:200]
                    rows.append({"id": self.next_company, "name": self.company_names[self.next_company],
                                 "sort_name": key, "created_at": self.now, "updated_at": self.now, "version": 1})
                    self.next_company += 1
            if rows:
                self.conn.execute(insert(Company), rows)
                self._items("company", [r["id"] for r in rows], "created")
                search.reindex(self.conn, "company", [r["id"] for r in rows])
        return {k: self.companies[k] for k in wanted}

    def _tags(self, names: set[str]) -> dict[str, int]:
        wanted = {self._key[n]: n for n in names}
        missing = [k for k in wanted if k not in self.tags]
        if missing:
            for tid, key, name in self.conn.execute(
                    select(Tag.id, Tag.name_key, Tag.name).where(Tag.name_key.in_(missing))):
                self.tags[key] = tid
                self.tag_names[tid] = name
            created = []
            for key in missing:
                if key not in self.tags:
                    tid = self.conn.execute(insert(Tag).values(name=wanted[key], name_key=key, color="")).inserted_primary_key[0]
                    self.tags[key] = tid
                    self.tag_names[tid] = wanted[key]
                    created.append(tid)
            self._items("tag", created, "created")
        return {k: self.tags[k] for k in wanted}

    # --- writes -------------------------------------------------------------------------

    def _items(self, kind: str, ids: list[int], action: str, before: list[str] | None = None) -> None:
        if self.batch_id is None or not ids:
            return
        rows = [(self.batch_id, kind, i, action, before[n] if before else "") for n, i in enumerate(ids)]
        self.conn.exec_driver_sql(_INSERT_ITEM, rows)

    def _record_before(self, ids: list[int], stored: dict[int, Stored]) -> None:
        """Store the state of these contacts before this import changes them (for undo)."""
        self.before_recorded.update(ids)
        if self.batch_id is not None and ids:
            self._items("contact", ids, "updated", [stored[i].dump() for i in ids])

    def _write(self, new: dict[int, State], touched: dict[int, State], added_emails: dict[int, list[str]],
               added_phones: dict[int, list[tuple[str, str | None, str]]], added_tags: dict[int, list[int]],
               states: dict[int, State]) -> None:
        """Bulk statements on the driver connection (plain tuples: no per-row ORM/Core work)."""
        c = self.conn
        day = self._date
        now = self._stamp
        contacts: list[tuple[Any, ...]] = []
        emails: list[tuple[Any, ...]] = []
        phones: list[tuple[Any, ...]] = []
        tags: list[tuple[int, int]] = []
        index_rows: list[tuple[Any, ...]] = []
        company_names, tag_names = self.company_names, self.tag_names
        indexing = self.batch_id is not None  # the dry run's index rows would be rolled back unseen
        source = self.source
        new_row = search.new_contact_row
        for cid, st in new.items():
            v = st.values
            birthday = v["birthday"]
            company_id = st.company_id
            contacts.append((cid, v["first_name"], v["last_name"], v["sort_name"], v["job_title"], company_id,
                             None if birthday is None else day(birthday), v["street"], v["city"],
                             v["postal_code"], v["region"], v["country"], v["website"], v["notes"],
                             1 if v.get("do_not_email") else 0, source, now, now))
            position = 0
            for e in st.emails:
                emails.append((cid, e, email_key(e), position))
                position += 1
            position = 0
            for ph in st.phones:
                phones.append((cid, ph[0], ph[1], ph[2], position))
                position += 1
            tag_ids = st.tag_ids
            if len(tag_ids) > 1:
                tag_ids = sorted(set(tag_ids))
            for t in tag_ids:
                tags.append((cid, t))
            if indexing:
                index_rows.append(new_row(
                    cid, v["first_name"], v["last_name"], st.emails, [ph[2] for ph in st.phones], v["job_title"],
                    company_id, company_names[company_id] if company_id else "", v["city"], v["country"],
                    [tag_names[t] for t in tag_ids], v["notes"]))
        if contacts:
            c.exec_driver_sql(_INSERT_CONTACT, contacts)
        for cid in touched:
            start_e = len(states[cid].emails) if cid in states else 0
            start_p = len(states[cid].phones) if cid in states else 0
            emails += [(cid, e, email_key(e), start_e + i) for i, e in enumerate(added_emails.get(cid, []))]
            phones += [(cid, p[0], p[1], p[2], start_p + i) for i, p in enumerate(added_phones.get(cid, []))]
            tags += [(cid, t) for t in dict.fromkeys(added_tags.get(cid, []))]
        if touched:
            rows = []
            for cid, st in touched.items():
                v = st.values
                rows.append((*(day(v.get(k)) if k == "birthday" else v.get(k) for k in SCALARS),
                             v.get("sort_name") or fold(f"{v['first_name']} {v['last_name']}"),
                             st.company_id, now, cid))
            c.exec_driver_sql(_UPDATE_CONTACT, rows)
        if emails:
            c.exec_driver_sql(_INSERT_EMAIL, emails)
        if phones:
            c.exec_driver_sql(_INSERT_PHONE, phones)
        if tags:
            c.exec_driver_sql(_INSERT_TAG, tags)
        if indexing:
            search.add_new_contacts(c, index_rows)
            search.reindex(c, "contact", list(touched))


_INSERT_CONTACT = (
    "INSERT INTO contacts (id, first_name, last_name, sort_name, job_title, company_id, birthday, street, city,"
    " postal_code, region, country, website, notes, do_not_email, source, created_at, updated_at, version)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"
)
_UPDATE_CONTACT = (
    "UPDATE contacts SET " + ", ".join(f"{k} = ?" for k in (*SCALARS, "sort_name", "company_id", "updated_at"))
    + ", version = version + 1 WHERE id = ?"
)
_INSERT_EMAIL = "INSERT INTO contact_emails (contact_id, email, email_key, label, position) VALUES (?,?,?,'',?)"
_INSERT_PHONE = "INSERT INTO contact_phones (contact_id, phone, e164, digits, label, position) VALUES (?,?,?,?,'',?)"
_INSERT_TAG = "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?,?)"
_INSERT_ITEM = "INSERT INTO import_items (batch_id, kind, record_id, action, \"before\") VALUES (?,?,?,?,?)"
