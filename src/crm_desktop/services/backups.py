"""Backups of the database: automatic and on demand, rotated, checked, restored. No Qt.

Backups live in ``backups/`` beside the database, one file each, named
``crm-YYYYMMDD-HHMMSS-<kind>.sqlite3`` (UTC). Daily backups are thinned out to 7 daily,
4 weekly and 12 monthly ones; the other kinds keep their newest few.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.domain.i18n import user_text
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.settings import SettingsService
from crm_desktop.storage import backup as store
from crm_desktop.storage import migrate
from crm_desktop.storage.backup import BackupError, FileInfo
from crm_desktop.storage.engine import Database

log = logging.getLogger(__name__)

KIND_LABELS = {
    "daily": user_text("Daily"),
    "manual": user_text("Made by you"),
    "before-migration": user_text("Before an app update"),
    "before-import": user_text("Before an import"),
    "before-sync": user_text("Before a sync"),
    "before-merge": user_text("Before a merge"),
    "before-restore": user_text("Before a restore"),
}
KEEP_BY_COUNT = {
    "manual": 20,
    "before-migration": 5,
    "before-import": 10,
    "before-sync": 10,
    "before-merge": 10,
    "before-restore": 5,
}
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_NAME = re.compile(r"^crm-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")
RESET_KINDS = ("contact", "company", "deal", "activity", "followup", "tag", "pipeline", "settings")


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    kind: str
    created: datetime  # UTC
    size: int

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.replace("-", " ").capitalize())


def folder_for(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def parse_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    return created, match.group(3)


def list_backups(folder: Path) -> list[BackupEntry]:
    """The backups in this folder, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.glob("crm-*.sqlite3"):
            parsed = parse_name(path)
            if parsed and path.is_file():
                stat = path.stat()
                found.append((parsed[0], stat.st_mtime_ns, BackupEntry(path, parsed[1], parsed[0], stat.st_size)))
    found.sort(key=lambda t: (t[0], t[1], t[2].path.name), reverse=True)  # same second: newer file first
    return [entry for *_key, entry in found]


def new_backup_path(folder: Path, kind: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    path = folder / f"crm-{stamp}-{kind}.sqlite3"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"crm-{stamp}-{n}-{kind}.sqlite3"
    return path


def normalise_kind(kind: str) -> str:
    kind = kind.strip().lower()
    if kind in KIND_LABELS:
        return kind
    if not kind.startswith("before-"):
        kind = f"before-{kind}"
    if not re.fullmatch(r"[a-z]+(-[a-z]+)*", kind):
        raise ValueError(f"not a backup kind: {kind!r}")
    return kind


def to_remove(entries: list[BackupEntry]) -> list[BackupEntry]:
    """Which backups rotation drops: thinned-out dailies, and old ones of counted kinds."""
    drop: list[BackupEntry] = []
    by_kind: dict[str, list[BackupEntry]] = {}
    for entry in entries:  # newest first
        by_kind.setdefault(entry.kind, []).append(entry)
    for kind, items in by_kind.items():
        if kind == "daily":
            continue
        drop += items[KEEP_BY_COUNT.get(kind, 10) :]
    # like restic's --keep-daily/weekly/monthly: the newest backup of each of the last
    # N days (weeks, months) that have one
    keep: set[Path] = set()
    dailies = by_kind.get("daily", [])
    for limit, bucket in (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: tuple(d.isocalendar()[:2])),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    ):
        seen: set[object] = set()
        for entry in dailies:
            key = bucket(entry.created.astimezone())
            if key not in seen and len(seen) < limit:
                seen.add(key)
                keep.add(entry.path)
    drop += [e for e in by_kind.get("daily", []) if e.path not in keep]
    return drop


def backup_database(db_path: Path, kind: str, folder: Path | None = None) -> Path:
    """Back up the database file into its backups folder and rotate. Returns the new file."""
    kind = normalise_kind(kind)
    folder = folder or folder_for(db_path)
    target = store.backup_to(db_path, new_backup_path(folder, kind))
    rotate(folder)
    log.info("backup made: %s", target.name)
    return target


def rotate(folder: Path) -> list[Path]:
    removed = []
    cutoff = time.time() - 3600
    for leftover in folder.glob(".crm-*.partial"):  # half-written by a crash: never a backup
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                removed.append(leftover)
    for entry in to_remove(list_backups(folder)):
        try:
            entry.path.unlink()
            removed.append(entry.path)
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", entry.path.name, exc)
    return removed


def backup_before(target: Database | Path | str, kind: str) -> Path:
    """Back up before something big (an import, a sync, a merge): ``backup_before(db, "import")``.

    Raises BackupError with a plain message if the backup could not be made; callers
    should then not go ahead.
    """
    db_path = target.path if isinstance(target, Database) else Path(target)
    return backup_database(db_path, normalise_kind(kind))


def _before_migration(engine: Engine) -> None:
    database = engine.url.database
    if database and database != ":memory:" and Path(database).is_file():
        backup_database(Path(database), "before-migration")


if _before_migration not in migrate.before_migration_hooks:
    migrate.before_migration_hooks.append(_before_migration)


def recover_from(db_path: Path, backup_path: Path) -> Path:
    """Start-up repair: move a damaged database aside (kept) and put a good backup in its place.

    Returns where the damaged file now is. No connection to ``db_path`` may be open.
    """
    info = store.inspect_file(backup_path, thorough=False)
    if not info.ok:
        raise BackupError(info.problems[0])
    aside = store.move_aside(db_path) if db_path.exists() else db_path
    store.swap_in(db_path, backup_path)
    log.warning("damaged database moved aside to %s; restored %s", aside.name, backup_path.name)
    return aside


class BackupService:
    def __init__(self, db: Database, hub: ChangeHub, settings: SettingsService | None = None, folder: Path | None = None):
        self.db = db
        self.hub = hub
        self.settings = settings
        self.folder = folder or folder_for(db.path)

    def list(self) -> list[BackupEntry]:
        return list_backups(self.folder)

    def create(self, kind: str = "manual", target: Path | None = None) -> Path:
        """A backup now: into the backups folder (rotated), or to ``target`` if given."""
        if target is not None:
            path = store.backup_to(self.db.path, target)
            log.info("backup made to a chosen file")
            return path
        return backup_database(self.db.path, kind, self.folder)

    def before(self, kind: str) -> Path:
        return self.create(normalise_kind(kind))

    def daily_if_due(self, now: datetime | None = None) -> Path | None:
        """The first start of each (local) day makes a daily backup."""
        today = (now or datetime.now(UTC)).astimezone().date()
        if any(e.kind == "daily" and e.created.astimezone().date() == today for e in self.list()):
            return None
        if not self.db.path.exists():
            return None
        return backup_database(self.db.path, "daily", self.folder)

    def inspect(self, path: Path, thorough: bool | None = True) -> FileInfo:
        return store.inspect_file(path, thorough=thorough)

    def newest_good(self) -> BackupEntry | None:
        for entry in self.list():
            if store.inspect_file(entry.path, thorough=False).ok:
                return entry
        return None

    def check(self) -> list[str]:
        """Full integrity and foreign-key check of the live database. Empty list: healthy."""
        return store.full_check(self.db.path)

    def restore(self, source: Path) -> Path:
        """Replace the data with a backup. Returns the backup made of the data replaced.

        The file is checked first; if it is not fit, BackupError says why and nothing changes.
        """
        source = Path(source)
        info = store.inspect_file(source, thorough=True)
        if not info.ok:
            raise BackupError(user_text("{problem} Your current data was not changed.", problem=info.problems[0]))
        # keep the current data first; rotation waits until the swap is done, so that the
        # file being restored is never the one rotation drops
        kept = store.backup_to(self.db.path, new_backup_path(self.folder, "before-restore"))
        self.db.close()  # pooled connections closed; the engine reconnects on next use
        store.swap_in(self.db.path, source)
        rotate(self.folder)
        applied = self.db.migrate()
        log.info("restored %s (migrations applied: %s)", source.name, applied or "none")
        if self.settings is not None:
            self.settings.reload()
        self.hub.publish(*(Change.of(kind, reset=True) for kind in RESET_KINDS))
        return kept
