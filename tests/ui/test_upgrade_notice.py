"""Opening a database written by an older version says so while it is updated."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from crm_desktop.storage import migrate
from crm_desktop.storage.engine import open_database
from crm_desktop.ui import startup


def _older_database(app_paths):
    from alembic import command

    db = open_database(app_paths.database)
    cfg = migrate._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    db.close()


def test_an_older_database_shows_a_notice_until_it_is_updated(qtbot, app_paths):
    assert startup.upgrade_notice(app_paths) is None  # no database yet: nothing to update
    _older_database(app_paths)
    assert migrate.upgrade_pending(app_paths.database)
    notice = startup.upgrade_notice(app_paths)
    assert notice is not None
    qtbot.addWidget(notice)
    assert notice.isVisible()
    assert "Updating your data" in " ".join(label.text() for label in notice.findChildren(QLabel))
    open_database(app_paths.database).close()  # what the start then does
    assert not migrate.upgrade_pending(app_paths.database)
    assert startup.upgrade_notice(app_paths) is None


@pytest.mark.parametrize("content", [b"", b"not a database at all"])
def test_a_file_that_is_not_a_database_is_left_to_the_open_check(app_paths, content):
    app_paths.database.write_bytes(content)
    assert not migrate.upgrade_pending(app_paths.database)


def test_an_older_database_in_a_folder_named_with_uri_characters_is_found(tmp_path):
    import shutil
    import sqlite3

    from crm_desktop.paths import AppPaths

    paths = AppPaths(tmp_path / "Kunden #1? 50%", tmp_path / "logs")
    paths.ensure()
    _older_database(paths)
    assert paths.database.is_file()  # the database is where it was asked for, not in "Kunden "
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Kunden #1? 50%", "logs"]
    assert migrate.upgrade_pending(paths.database)
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(paths.database, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")  # written by a newer version
    assert not migrate.upgrade_pending(newer)  # opening it says what is wrong; nothing to update
