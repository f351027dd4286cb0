"""Backups: copies, rotation, checks and restore on real SQLite files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from crm_desktop.services.backups import (
    BackupEntry,
    backup_before,
    list_backups,
    new_backup_path,
    recover_from,
    to_remove,
)
from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage import backup as store
from crm_desktop.storage import migrate
from crm_desktop.storage.backup import BackupError
from crm_desktop.storage.engine import open_database
from crm_desktop.storage.models import Contact


def _add(services, n: int, prefix: str = "P") -> list[int]:
    return [services.contacts.create(ContactInput(first_name=f"{prefix}{i}", last_name="Test")) for i in range(n)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_is_a_single_checked_file(services, app_paths):
    _add(services, 3)
    path = services.backups.create("manual")
    assert path.parent == app_paths.backups
    assert not Path(f"{path}-wal").exists()
    info = services.backups.inspect(path)
    assert info.ok and info.contacts == 3
    entries = services.backups.list()
    assert [e.kind for e in entries] == ["manual"]
    assert entries[0].kind_label == "Made by you"
    assert not list(app_paths.backups.glob(".*partial"))


def test_backup_before_names_the_kind(services):
    path = backup_before(services.db, "import")
    assert path.name.endswith("-before-import.sqlite3")
    assert backup_before(services.db.path, "before-merge").name.endswith("-before-merge.sqlite3")
    with pytest.raises(ValueError):
        backup_before(services.db, "../evil")


def test_daily_backup_once_per_day(services):
    first = services.backups.daily_if_due()
    assert first is not None
    assert services.backups.daily_if_due() is None


def _entries(kind: str, stamps: list[datetime]) -> list[BackupEntry]:
    items = [BackupEntry(Path(f"crm-{t:%Y%m%d-%H%M%S}-{kind}.sqlite3"), kind, t, 1) for t in stamps]
    return sorted(items, key=lambda e: e.created, reverse=True)


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    dailies = _entries("daily", [now - timedelta(days=d) for d in range(400)])
    kept = [e for e in dailies if e not in to_remove(dailies)]
    days = {(now - e.created).days for e in kept}
    assert set(range(7)) <= days  # the last 7 days
    assert len(kept) <= 7 + 4 + 12
    assert max(days) > 300  # a monthly one reaches back most of a year
    months = {(e.created.year, e.created.month) for e in kept}
    assert len(months) == 12


def test_rotation_keeps_counted_kinds_by_count():
    now = datetime(2026, 11, 22, tzinfo=UTC)
    imports = _entries("before-import", [now - timedelta(hours=h) for h in range(15)])
    dropped = to_remove(imports)
    assert len(dropped) == 5
    assert all(d.created < min(e.created for e in imports if e not in dropped) for d in dropped)


def test_rotation_runs_on_disk(services, app_paths):
    folder = app_paths.backups
    folder.mkdir(exist_ok=True)
    base = datetime.now(UTC) - timedelta(days=100)
    for d in range(30):
        new_backup_path(folder, "daily", base + timedelta(days=d)).write_bytes(b"x")
    leftover = folder / ".crm-20200101-000000-daily.sqlite3.abc.partial"
    leftover.write_bytes(b"half")
    os.utime(leftover, (0, 0))
    services.backups.create("manual")
    dailies = [e for e in list_backups(folder) if e.kind == "daily"]
    assert 0 < len(dailies) < 30
    assert not leftover.exists()


def test_backup_during_heavy_writes_is_consistent(services, tmp_path):
    """A writer thread inserts batches of 200 rows per transaction while backups are taken."""
    stop, started = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        batch = 0
        try:
            while not stop.is_set():
                batch += 1
                with services.db.session() as s:
                    s.execute(
                        insert(Contact),
                        [{"first_name": f"w{i}", "last_name": "W", "source": f"batch-{batch}"} for i in range(200)],
                    )
                started.set()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
            started.set()

    thread = threading.Thread(target=writer)
    thread.start()
    started.wait(30)
    try:
        copies = [services.backups.create(target=tmp_path / f"copy{i}.sqlite3") for i in range(5)]
    finally:
        stop.set()
        thread.join()
    assert not errors
    for copy in copies:
        assert store.full_check(copy) == []
        with sqlite3.connect(copy) as conn:
            sizes = {n for (n,) in conn.execute("SELECT count(*) FROM contacts GROUP BY source")}
        assert sizes == {200}  # every batch fully there or not at all
    # and a copy restores to a consistent database
    services.backups.restore(copies[-1])
    assert services.backups.check() == []


def test_restore_swaps_data_and_keeps_current(services, app_paths):
    _add(services, 2, "Old")
    services.settings.set("default_region", "FR")
    snapshot = services.backups.create("manual")
    services.settings.set("default_region", "DE")
    _add(services, 3, "New")
    assert services.contacts.count() == 5
    kept = services.backups.restore(snapshot)
    assert services.contacts.count() == 2
    assert services.settings.phone_region() == "FR"  # settings come from the restored file
    assert services.backups.inspect(kept).contacts == 5
    assert kept.name.endswith("-before-restore.sqlite3")
    # the app keeps working on the restored file, search included
    _add(services, 1, "After")
    assert services.contacts.count() == 3
    assert services.contacts.ordered_ids(sort="rank", query="After0")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"not a database at all", "is not a CRM Desktop database"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "cannot be read"),
    ],
)
def test_restoring_a_bad_file_is_refused_and_changes_nothing(services, tmp_path, content, message):
    _add(services, 2)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    services.backups.create("manual")
    store.checkpoint(services.db.path)
    before = _digest(services.db.path)
    backups_before = services.backups.list()
    with pytest.raises(BackupError, match=message) as err:
        services.backups.restore(bad)
    assert "not changed" in str(err.value)
    assert _digest(services.db.path) == before
    assert services.backups.list() == backups_before
    assert services.contacts.count() == 2


def test_restoring_a_corrupted_backup_is_refused(services, tmp_path):
    _add(services, 50)
    good = services.backups.create(target=tmp_path / "good.sqlite3")
    data = bytearray(good.read_bytes())
    page = 4096
    for offset in range(2 * page + 100, len(data) - page, page):  # damage b-tree pages, keep the header
        data[offset : offset + 64] = b"\xff" * 64
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="not changed"):
        services.backups.restore(damaged)
    assert services.contacts.count() == 50


def test_restore_refuses_a_newer_schema(services, tmp_path):
    newer = services.backups.create(target=tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as conn:
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO alembic_version (version_num) VALUES ('9999_future')")
    with pytest.raises(BackupError, match="newer version"):
        services.backups.restore(newer)


def test_backup_before_migration_hook(app_paths):
    from alembic import command

    from crm_desktop.storage.engine import Database

    old = Database(app_paths.database)  # a database made by an older version (revision 0002)
    cfg = migrate._config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    old.close()
    db = open_database(app_paths.database)
    db.close()
    (entry,) = list_backups(app_paths.backups)
    assert entry.kind == "before-migration"
    assert store.inspect_file(entry.path).revisions == {"0002"}


def test_recover_from_moves_the_damaged_file_aside(services, app_paths):
    _add(services, 4)
    good = services.backups.create("manual")
    services.db.close()
    app_paths.database.write_bytes(b"garbage" * 100)
    assert store.quick_check(app_paths.database)
    aside = recover_from(app_paths.database, good)
    assert aside.read_bytes() == b"garbage" * 100
    assert store.quick_check(app_paths.database) == []
    db = open_database(app_paths.database)
    with db.reader() as s:
        assert s.execute(text("SELECT count(*) FROM contacts")).scalar() == 4
    db.close()


def test_full_check_reports_foreign_key_problems(services):
    _add(services, 1)
    with sqlite3.connect(services.db.path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO contact_emails (contact_id, email, email_key) VALUES (99999, 'a@b.c', 'a@b.c')")
    problems = services.backups.check()
    assert problems and "contact_emails" in problems[0]


def test_restoring_the_oldest_counted_backup_survives_rotation(services):
    _add(services, 1, "First")
    oldest = services.backups.create("before-restore")
    _add(services, 1, "Second")
    for _ in range(4):
        services.backups.create("before-restore")
    services.backups.restore(oldest)  # a sixth before-restore backup pushes `oldest` out
    assert services.contacts.count() == 1
    assert len([e for e in services.backups.list() if e.kind == "before-restore"]) == 5


def test_restoring_an_older_backup_migrates_it(services, tmp_path):
    from alembic import command

    from crm_desktop.storage.engine import Database

    old_path = tmp_path / "old" / "crm.sqlite3"
    old = Database(old_path)  # a backup made by an older version of the app (revision 0002)
    cfg = migrate._config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.execute(text("INSERT INTO contacts (first_name, last_name, created_at, updated_at, version) "
                          "VALUES ('Olga', 'Old', '2020-01-01', '2020-01-01', 1)"))
    old.close()
    _add(services, 3)
    services.backups.restore(old_path)
    assert migrate.is_up_to_date(services.db.engine)
    assert services.contacts.count() == 1
    assert services.backups.check() == []
