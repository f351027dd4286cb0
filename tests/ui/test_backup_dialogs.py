"""Restore dialog, damaged-database dialog at start-up, and the safety menu actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox

from crm_desktop.services.backups import list_backups
from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage import backup as store
from crm_desktop.storage.engine import open_database
from crm_desktop.ui import startup
from crm_desktop.ui.backups.damaged_dialog import DamagedDatabaseDialog
from crm_desktop.ui.backups.restore_dialog import RestoreDialog
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.tasks import TaskRunner


@pytest.fixture
def ctx(services, app_paths, tmp_path, qapp):
    context = UiContext(
        services=services,
        bridge=ChangeBridge(services.hub),
        tasks=TaskRunner(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        paths=app_paths,
        undo=QUndoStack(),
    )
    yield context
    context.tasks.wait()
    context.bridge.detach()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: seen.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: seen.append(text))
    return seen


def _add(services, *names: str) -> None:
    for name in names:
        services.contacts.create(ContactInput(first_name=name))


def test_restore_dialog_lists_backups_with_counts_and_restores(ctx, qtbot, warnings):
    _add(ctx.services, "Anna", "Ben")
    old = ctx.services.backups.create("manual")
    _add(ctx.services, "Cleo")
    ctx.services.backups.create("before-import")
    ctx.undo.push(__import__("PySide6.QtGui", fromlist=["QUndoCommand"]).QUndoCommand("edit"))
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 2
    qtbot.waitUntil(lambda: dialog.list.topLevelItem(1).text(2) == "2", timeout=5000)
    assert dialog.list.topLevelItem(0).text(1) == "Before an import"
    assert dialog.list.topLevelItem(0).text(2) == "3"
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    assert dialog.selected_path() == old
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.restore(dialog.selected_path())
    assert ctx.services.contacts.count() == 2
    assert dialog.kept is not None and dialog.kept.name.endswith("before-restore.sqlite3")
    assert ctx.undo.count() == 0  # edits of the replaced data cannot be undone any more
    assert warnings == []


def test_restore_dialog_refuses_a_damaged_file(ctx, qtbot, warnings, tmp_path):
    _add(ctx.services, "Anna")
    bad = tmp_path / "holiday-photos.sqlite3"
    bad.write_bytes(b"\x89PNG not a database")
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.isHidden() and not dialog.empty.isHidden()
    dialog.restore(bad)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "is not a CRM Desktop database" in warnings[0] and "not changed" in warnings[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert ctx.services.contacts.count() == 1


def test_damaged_database_at_start_offers_the_newest_good_backup(services, app_paths, qtbot, warnings):
    _add(services, "Anna", "Ben")
    services.backups.create("daily")
    services.db.close()
    app_paths.database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    for suffix in ("-wal", "-shm"):
        app_paths.database.with_name(app_paths.database.name + suffix).unlink(missing_ok=True)
    shown: list[DamagedDatabaseDialog] = []

    def factory(*args):
        dialog = DamagedDatabaseDialog(*args)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog.exec = lambda: (dialog.restore_button.click(), dialog.result())[1]  # the user clicks Restore
        return dialog

    assert startup.ensure_healthy_database(app_paths, dialog_factory=factory)
    assert shown and shown[0].restore_button is not None
    assert store.quick_check(app_paths.database) == []
    db = open_database(app_paths.database)
    with db.reader() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM contacts").scalar() == 2
    db.close()
    aside = [p for p in app_paths.data_dir.iterdir() if ".damaged-" in p.name]
    assert aside and aside[0].read_bytes().startswith(b"SQLite format 3")
    assert "kept as" in warnings[-1]


def test_damaged_database_and_the_user_quits(app_paths, qtbot):
    app_paths.database.write_bytes(b"this is not sqlite")

    def factory(*args):
        dialog = DamagedDatabaseDialog(*args)
        qtbot.addWidget(dialog)
        assert dialog.restore_button is None  # no backup to offer
        dialog.exec = lambda: (dialog.quit_button.click(), dialog.result())[1]
        return dialog

    assert not startup.ensure_healthy_database(app_paths, dialog_factory=factory)
    assert app_paths.database.read_bytes() == b"this is not sqlite"  # untouched


def test_healthy_database_opens_without_a_dialog(services, app_paths):
    def factory(*_args):
        raise AssertionError("no dialog for a healthy file")

    assert startup.ensure_healthy_database(app_paths, dialog_factory=factory)


def test_window_menus_and_start_jobs(services, app_paths, tmp_path, qtbot, warnings, monkeypatch, real_window):
    from crm_desktop.ui.backups import actions

    services.db.close()
    window = real_window(app_paths, view="trash")
    texts = [a.text() for a in window.menu("file").actions()]
    assert "&Back up now…" in texts and "&Restore from backup…" in texts and texts[-1] == "&Quit"
    help_texts = [a.text() for a in window.menu("help").actions()]
    assert "&Check database" in help_texts and "Open &log folder" in help_texts
    assert window.current_view_key() == "trash"

    actions.start_jobs(window)
    window.ctx.tasks.wait()
    assert [e.kind for e in list_backups(app_paths.backups)] == ["daily"]

    actions.back_up_now(window, target=tmp_path / "usb" / "copy.sqlite3")
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: (tmp_path / "usb" / "copy.sqlite3").exists(), timeout=5000)

    actions.check_database(window)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "healthy" in warnings[-1]

    opened: list[str] = []
    monkeypatch.setattr("crm_desktop.ui.backups.actions.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert actions.open_log_folder(window)
    assert opened == [str(app_paths.log_dir)]


def test_cloud_folder_warning_is_shown_once(tmp_path, warnings, real_window):
    from crm_desktop.paths import AppPaths
    from crm_desktop.ui.backups import actions

    window = real_window(AppPaths(tmp_path / "Dropbox" / "crm", tmp_path / "logs"), view="trash")
    assert actions.warn_about_location(window)
    assert "Dropbox" in warnings[-1] and "backups" in warnings[-1]
    assert not actions.warn_about_location(window)


def test_large_files_get_the_cheap_check_unless_the_last_session_crashed(app_paths, qtbot, monkeypatch):
    monkeypatch.setattr(startup, "ALWAYS_QUICK_CHECK_BYTES", 0)
    calls: list[str] = []
    monkeypatch.setattr(store, "quick_check", lambda p: calls.append("quick") or [])
    app_paths.database.write_bytes(b"this is not sqlite at all, not even the header")
    quits = []

    def factory(*args):
        dialog = DamagedDatabaseDialog(*args)
        qtbot.addWidget(dialog)
        quits.append(dialog)
        dialog.exec = lambda: (dialog.quit_button.click(), dialog.result())[1]
        return dialog

    assert not startup.ensure_healthy_database(app_paths, dialog_factory=factory)  # open check catches it
    assert quits and calls == []
    assert startup.ensure_healthy_database(app_paths, dialog_factory=factory, after_crash=True)  # stubbed: healthy
    assert calls == ["quick"]
