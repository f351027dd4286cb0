"""Copies and checks of the SQLite file, below the services (no Qt, no sessions).

- ``backup_to`` copies a live database with SQLite's online backup API: the copy is one
  consistent snapshot even while the app keeps writing, and it is written to a temporary
  name, fsynced and renamed, so a crash never leaves half a backup under the real name.
- ``quick_check`` / ``full_check`` run SQLite's own checks.
- ``inspect_file`` says whether a file can be restored, in plain words if not.
- ``swap_in`` puts a checked copy in place of the database file (no connection may be open).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.i18n import user_text
from crm_desktop.storage import safe_write

log = logging.getLogger(__name__)
SIDECARS = ("-wal", "-shm", "-journal")


class BackupError(CrmError):
    """A backup could not be made, read or restored; the message says what to do."""


@dataclass(frozen=True)
class FileInfo:
    """What a database file holds, as far as a restore needs to know."""

    path: Path
    revisions: frozenset[str]
    contacts: int
    companies: int
    deals: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@contextlib.contextmanager
def connect(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the file at ``path`` (read-only: opened as a file URI,
    which any folder name survives), closed when the block ends."""
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    else:
        conn = sqlite3.connect(str(path), timeout=10)
    try:
        yield conn
    finally:
        conn.close()


def backup_to(db_path: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Copy the database at ``db_path`` to ``target`` (a single self-contained file).

    Safe while other connections write: the copy is one consistent snapshot.
    """
    source_path, target = Path(db_path), Path(target)
    if not source_path.is_file():
        raise BackupError(user_text("There is no database to back up at {path}.", path=source_path))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = safe_write.temp_path(target)
    try:
        with connect(source_path) as source, connect(tmp) as dest:
            source.backup(dest)  # all pages in one step: one read transaction, one snapshot
            dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one file, no -wal beside it
            dest.commit()
        safe_write.fsync_file(tmp)
        safe_write.replace(tmp, target)
    except sqlite3.Error as exc:
        raise BackupError(user_text(
            "The backup could not be written to {path}: {problem}. "
            "Check that the disk is not full and that the folder is writable.", path=target, problem=str(exc)
        )) from exc
    except OSError as exc:
        raise BackupError(user_text(
            "The backup could not be written to {path}: {problem}. "
            "Check that the disk is not full and that the folder is writable.", path=target,
            problem=exc.strerror or str(exc),
        )) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return target


def _problems(rows: list[tuple]) -> list[str]:  # type: ignore[type-arg]
    return [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]


def quick_check(path: str | os.PathLike[str]) -> list[str]:
    """SQLite's fast structural check. Returns the problems found (empty when healthy)."""
    try:
        with connect(Path(path)) as conn:
            return _problems(conn.execute("PRAGMA quick_check").fetchall())
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            log.warning("quick check skipped: the database is busy (%s)", exc)
            return []  # another program is writing: busy is not damaged
        return [user_text("The file cannot be read as a database ({problem}).", problem=str(exc))]
    except sqlite3.Error as exc:
        return [user_text("The file cannot be read as a database ({problem}).", problem=str(exc))]


def open_check(path: str | os.PathLike[str]) -> list[str]:
    """A cheap check for every start: the header and the schema can be read."""
    try:
        with connect(Path(path)) as conn:
            conn.execute("PRAGMA schema_version").fetchone()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return []
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return []
        return [user_text("The file cannot be read as a database ({problem}).", problem=str(exc))]
    except sqlite3.Error as exc:
        return [user_text("The file cannot be read as a database ({problem}).", problem=str(exc))]


def full_check(path: str | os.PathLike[str], *, read_only: bool = False) -> list[str]:
    """``integrity_check`` plus ``foreign_key_check``. Returns the problems found."""
    try:
        with connect(Path(path), read_only=read_only) as conn:
            problems = _problems(conn.execute("PRAGMA integrity_check").fetchall())
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(user_text("{table} row {row} points to a missing row in {parent}", table=table, row=rowid,
                                           parent=parent))
            return problems
    except sqlite3.Error as exc:
        return [user_text("The file cannot be read as a database ({problem}).", problem=str(exc))]


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from crm_desktop.storage.migrate import _config

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def _count(conn: sqlite3.Connection, table: str) -> int:
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])
    except sqlite3.Error:
        return 0


def inspect_file(path: str | os.PathLike[str], *, thorough: bool | None = True) -> FileInfo:
    """Open a would-be backup read-only and say whether it can be restored.

    ``thorough`` runs the full integrity check (slow on big files), False the quick check,
    None no page check at all (just what it holds: for listing many backups).
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        return FileInfo(path, frozenset(), 0, 0, 0, [user_text("“{name}” does not exist or is not a file.", name=name)])
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        return FileInfo(path, frozenset(), 0, 0, 0, [user_text("“{name}” is not a CRM Desktop database or backup.", name=name)])
    try:
        with connect(path, read_only=True) as conn:
            problems = []
            if thorough is not None:
                pragma = "integrity_check" if thorough else "quick_check"
                problems = _problems(conn.execute(f"PRAGMA {pragma}").fetchall())
            if problems:
                return FileInfo(
                    path, frozenset(), 0, 0, 0,
                    [user_text("“{name}” is damaged ({problem}); it cannot be restored.", name=name,
                               problem=problems[0])],
                )
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "contacts" not in tables:
                return FileInfo(path, frozenset(), 0, 0, 0, [user_text("“{name}” is not a CRM Desktop database or backup.", name=name)])
            revisions = frozenset(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
            counts = [_count(conn, t) for t in ("contacts", "companies", "deals")]
    except sqlite3.Error as exc:
        return FileInfo(path, frozenset(), 0, 0, 0, [user_text("“{name}” cannot be read as a database ({problem}).", name=name, problem=str(exc))])
    unknown = revisions - known_revisions()
    if unknown or not revisions:
        return FileInfo(
            path, revisions, *counts,
            [user_text("“{name}” was made by a newer version of CRM Desktop. Update the app, then restore it.", name=name)]
            if unknown
            else [user_text("“{name}” is not a complete CRM Desktop database.", name=name)],
        )
    return FileInfo(path, revisions, *counts)


def remove_sidecars(db_path: Path) -> None:
    for suffix in SIDECARS:
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{db_path}{suffix}")


def checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the main file so the file alone holds everything."""
    with connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def move_aside(db_path: Path, label: str = "damaged") -> Path:
    """Rename the database (and its -wal/-shm, kept matching) out of the way; never deletes."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.name}.{label}-{stamp}-{n}")
    for suffix in ("-wal", "-shm", "-journal", ""):
        src = Path(f"{db_path}{suffix}")
        if src.exists():
            os.replace(src, f"{aside}{suffix}")
    safe_write.fsync_dir(db_path.parent)
    return aside


def swap_in(db_path: Path, source: Path) -> None:
    """Replace the database file with a copy of ``source``. No connection may be open.

    The copy is made beside the database first; the old -wal/-shm are removed before the
    rename so that SQLite never replays an old log onto the new file.
    """
    staged = backup_to(source, safe_write.temp_path(db_path, ".restoring"))
    try:
        problems = quick_check(staged)
        if problems:
            raise BackupError(user_text("The copy of the backup is damaged ({problem}); nothing was changed.",
                                        problem=problems[0]))
        if db_path.exists():
            checkpoint(db_path)
        remove_sidecars(db_path)
        safe_write.replace(staged, db_path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
