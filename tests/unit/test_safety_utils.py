"""Safe file writes, logs without contact data, risky data folders, and the CLI commands."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from crm_desktop import cli, instance, logs
from crm_desktop.storage import location, safe_write


def test_atomic_write_replaces_whole_or_not_at_all(tmp_path):
    target = tmp_path / "settings.ini"
    safe_write.write_text(target, "one")
    with pytest.raises(RuntimeError):
        with safe_write.atomic_open(target, "w", encoding="utf-8") as fh:
            fh.write("half of two")
            raise RuntimeError("crash while writing")
    assert target.read_text() == "one"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.ini"]  # no temp file left
    safe_write.write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    with pytest.raises(ValueError):
        with safe_write.atomic_open(target, "r"):
            pass


def test_log_file_rotates_and_hides_emails_and_passwords(tmp_path):
    path = logs.setup(tmp_path / "logs")
    assert logs.setup(tmp_path / "logs") == path  # idempotent
    log = logging.getLogger("crm_desktop.test")
    log.info("sent mail to %s with password=%s", "anna.mueller@example.org", "hunter2")
    try:
        raise ValueError("bad address bob@example.com")
    except ValueError:
        log.exception("import row failed for contact %d", 42)
    for handler in logging.getLogger("crm_desktop").handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert "anna.mueller" not in written and "hunter2" not in written and "bob@example.com" not in written
    assert "<email>" in written and "contact 42" in written
    root = logging.getLogger("crm_desktop")
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", "") == str(path):
            root.removeHandler(handler)
            handler.close()


@pytest.mark.parametrize(
    "folder, expected",
    [
        ("/home/ann/Dropbox/crm", "in Dropbox"),
        ("/Users/ann/Library/CloudStorage/OneDrive-Personal/crm", "in a cloud storage folder"),
        ("/home/ann/OneDrive/Documents", "in OneDrive"),
        ("/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/crm", "in iCloud Drive"),
        ("/home/ann/Google Drive/crm", "in Google Drive"),
        ("/home/ann/Documents/crm", None),
    ],
)
def test_cloud_folders_are_recognised(folder, expected, monkeypatch):
    monkeypatch.setattr(location, "is_network_path", lambda _p: False)
    assert location.risk(Path(folder)) == expected


def test_network_filesystems_from_proc_mounts(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/export /mnt/share nfs4 rw 0 0\n"
        "//nas/office /media/office\\040files cifs rw 0 0\n"
    )
    assert location.mount_fs_type(Path("/mnt/share/crm"), mounts) == "nfs4"
    assert location.mount_fs_type(Path("/media/office files/crm"), mounts) == "cifs"
    assert location.mount_fs_type(Path("/home/ann"), mounts) == "ext4"
    assert location.mount_fs_type(Path("/mnt/shared"), mounts) == "ext4"  # not a prefix match


def test_cli_backup_check_restore(tmp_path, capsys):
    data = str(tmp_path / "data")
    assert cli.main(["--data-dir", data, "demo", "--contacts", "20"]) == 0
    assert cli.main(["--data-dir", data, "backup", "-o", str(tmp_path / "copy.sqlite3")]) == 0
    assert cli.main(["--data-dir", data, "backup"]) == 0
    assert cli.main(["--data-dir", data, "check"]) == 0
    assert "healthy" in capsys.readouterr().out
    assert cli.main(["--data-dir", data, "restore", str(tmp_path / "copy.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert "Restored copy.sqlite3: 20 contacts" in out and "before-restore" in out

    bad = tmp_path / "bad.sqlite3"
    bad.write_text("nope")
    assert cli.main(["--data-dir", data, "restore", str(bad)]) == 1
    assert "not changed" in capsys.readouterr().err


def test_cli_check_fails_on_a_damaged_database(tmp_path, capsys):
    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "demo", "--contacts", "5"]) == 0
    with sqlite3.connect(data / "crm.sqlite3") as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO contact_tags (contact_id, tag_id) VALUES (424242, 1)")
    assert cli.main(["--data-dir", str(data), "check"]) == 1
    assert "problem" in capsys.readouterr().out


def test_cli_restore_refuses_while_the_window_is_open(tmp_path, capsys, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(instance, "running_pid", lambda _d: 4242)
    assert cli.main(["--data-dir", str(data), "restore", str(tmp_path / "x.sqlite3")]) == 1
    assert "Close the window" in capsys.readouterr().err
