"""Import contacts from a file without creating duplicates, in one transaction, undoable.

The same code runs the dry run (executed, then rolled back: exact counts) and the real
import (committed whole, or rolled back on error or Cancel). Rows are handled in chunks
with bulk Core statements; each chunk is checked for duplicates against the database,
which already holds the earlier chunks of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.i18n import user_text
from crm_desktop.exchange.mapping import Mapping, recognise
from crm_desktop.exchange.readers import open_table
from crm_desktop.exchange.table import Table
from crm_desktop.services.backups import backup_before
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.import_rows import custom_targets
from crm_desktop.services.settings import SettingsService
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    ImportBatch,
)

CHUNK = 2000
MAX_LISTED_PROBLEMS = 1000
PROFILES_KEY = "import_profiles"
# import_items action for the contacts a batch created: record_id is the first id, "before" the
# last one (the batch holds the write lock, so every id in between is one of its new contacts)
CREATED_RANGE = "created_range"
Progress = Callable[[int, int, str], None]


class DuplicateMode(StrEnum):
    UPDATE = "update"  # fill empty fields, add new emails/phones/tags
    OVERWRITE = "overwrite"  # the file's non-empty values replace ours
    SKIP = "skip"  # leave existing contacts alone
    CREATE = "create"  # create a new contact even when it looks like a duplicate


MODE_LABELS = {
    DuplicateMode.UPDATE: user_text("Update them: fill in what is missing, keep what is already there"),
    DuplicateMode.OVERWRITE: user_text("Update them: the file's values replace what is there"),
    DuplicateMode.SKIP: user_text("Leave them as they are (skip these rows)"),
    DuplicateMode.CREATE: user_text("Create new contacts anyway"),
}


class ImportCancelled(CrmError):
    def __init__(self) -> None:
        super().__init__(user_text("The import was cancelled. Nothing was changed."))


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
        out = [user_text("Rows read: {n}", n=self.rows_read), self._created_line(), self._updated_line()]
        if self.merged:
            out.append(user_text("Rows repeating an earlier row of the file (merged into it): {n}", n=self.merged))
        if self.unchanged:
            out.append(user_text("Already up to date (nothing new in the file): {n}", n=self.unchanged))
        if self.skipped:
            out.append(user_text("Will skip (already in your contacts): {n}", n=self.skipped) if self.dry_run
                       else user_text("Skipped (already in your contacts): {n}", n=self.skipped))
        if self.empty:
            out.append(user_text("Empty rows ignored: {n}", n=self.empty))
        out.append(user_text("Rows with problems (will not be imported): {n}", n=self.problem_count) if self.dry_run
                   else user_text("Rows with problems (not imported): {n}", n=self.problem_count))
        for p in self.problems:
            out.append(user_text("  row {row}: {reason}", row=p.row, reason=p.reason))
        if self.problem_count > len(self.problems):
            out.append(user_text("  … and {n} more", n=self.problem_count - len(self.problems)))
        if self.warnings:
            out.append(user_text("Rows imported with a note about a value: {n}", n=len(self.warnings)))
            for w in self.warnings[:50]:
                out.append(user_text("  row {row}: {reason}", row=w.row, reason=w.reason))
        return out

    def _created_line(self) -> str:
        n = self.created
        if self.dry_run:
            return user_text("Will create: 1 new contact") if n == 1 else user_text("Will create: {n} new contacts", n=n)
        return user_text("Created: 1 new contact") if n == 1 else user_text("Created: {n} new contacts", n=n)

    def _updated_line(self) -> str:
        n = self.updated
        if self.dry_run:
            return (user_text("Will update: 1 existing contact") if n == 1
                    else user_text("Will update: {n} existing contacts", n=n))
        return user_text("Updated: 1 existing contact") if n == 1 else user_text("Updated: {n} existing contacts", n=n)


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
                raise CrmError(user_text("There is no saved column set-up called “{name}”.", name=profile))
            return Mapping.from_profile(saved, table.headers, custom_targets(self.db))
        return recognise(table.headers, custom_targets(self.db))

    def preview(self, table: Table, mapping: Mapping, count: int = 8) -> list[tuple[int, ContactInput | str]]:
        """The first rows as contacts (or the reason a row cannot be imported)."""
        from crm_desktop.exchange.mapping import read_row
        from crm_desktop.services.import_rows import to_input

        out: list[tuple[int, ContactInput | str]] = []
        for row, cells in table.first_rows(count * 3):
            values = read_row(cells, mapping)
            if values.is_empty():
                continue
            data, _ = to_input(values, self.settings.phone_region())
            out.append((row, data if (data.first_name or data.last_name) else user_text("no name in this row")))
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
            raise CrmError(user_text("Give the column set-up a name."))
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
        from crm_desktop.services.import_run import ImportRun

        summary = ImportSummary(dry_run=True)
        with self.db.engine.connect() as conn:
            trans = conn.begin()
            try:
                ImportRun(conn, table, mapping, mode, summary, self.settings.phone_region(), progress, cancelled).run()
            finally:
                trans.rollback()
        return summary

    def run(self, table: Table, mapping: Mapping, mode: DuplicateMode = DuplicateMode.UPDATE,
            progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
            expected_rows: int = 0, backup: bool = True) -> ImportSummary:
        """Import for real: all or nothing. Raises ImportCancelled when cancelled (rolled back)."""
        from crm_desktop.services.import_run import ImportRun

        summary = ImportSummary(dry_run=False)
        if backup:
            if progress:
                progress(0, expected_rows, user_text("Saving a backup of your data first…"))
            summary.backup_path = str(backup_before(self.db, "import"))
        with self.db.engine.begin() as conn:
            batch_id = conn.execute(
                insert(ImportBatch).values(
                    file_name=table.path.name[:400], file_kind=table.kind, layout=mapping.layout_name[:200],
                    mode=str(mode), backup_path=summary.backup_path[:1000], started_at=_now(),
                )
            ).inserted_primary_key[0]
            summary.batch_id = batch_id
            run = ImportRun(conn, table, mapping, mode, summary, self.settings.phone_region(), progress,
                       cancelled, batch_id=batch_id, expected=expected_rows)
            merging = search.pause_merging(conn)
            run.run()
            search.resume_merging(conn, merging)
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
