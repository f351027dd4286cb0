"""The Trash view with pytest-qt: restore, delete forever, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from crm_desktop.services.contacts import ContactInput
from crm_desktop.ui import undo
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.tasks import TaskRunner
from crm_desktop.ui.trash.view import TrashView

# the offscreen platform notes that it cannot do some window-manager things; not our problem
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


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
def view(ctx, qtbot):
    widget = TrashView(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def _people(services, *names: str) -> list[int]:
    return [services.contacts.create(ContactInput(first_name=n, last_name="Test")) for n in names]


def _select_all(view: TrashView) -> None:
    view.table.selectAll()


def test_model_passes_the_model_tester(ctx, view, qtmodeltester):
    ids = _people(ctx.services, "Anna", "Ben")
    ctx.services.contacts.delete(ids)
    view.reload()
    qtmodeltester.check(view.model)


def test_deleted_items_appear_and_restore(ctx, view, qtbot):
    ids = _people(ctx.services, "Anna", "Ben")
    assert view.pages.currentWidget() is view.empty
    with qtbot.waitSignal(view.badge_changed, timeout=2000) as badge:
        ctx.services.contacts.delete(ids)
    assert badge.args == ["2"]
    assert view.proxy.rowCount() == 2
    _select_all(view)
    assert view.restore_button.isEnabled()
    with qtbot.waitSignal(view.badge_changed, timeout=2000):
        view.restore_selected()
    assert view.model.rowCount() == 0
    assert view.pages.currentWidget() is view.empty
    assert ctx.services.contacts.count() == 2
    assert ctx.undo.undoText() == "Restore 2 contacts"


def test_undo_and_redo_of_delete_and_restore(ctx, view, qtbot):
    (anna,) = _people(ctx.services, "Anna")
    errors: list[str] = []
    undo.move_to_trash(ctx.services, ctx.undo, [("contact", anna)], on_error=errors.append)
    assert ctx.undo.undoText() == "Delete 1 contact"
    assert ctx.services.contacts.count() == 0
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)

    ctx.undo.undo()  # the delete is undone: Anna is back
    assert ctx.services.contacts.count() == 1
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=2000)
    ctx.undo.redo()  # deleted again
    assert ctx.services.contacts.count() == 0
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)

    view.table.selectRow(0)
    view.restore_selected()  # a second command on the stack
    assert ctx.undo.count() == 2 and ctx.undo.undoText() == "Restore 1 contact"
    ctx.undo.undo()
    assert ctx.services.contacts.count() == 0
    ctx.undo.undo()
    assert ctx.services.contacts.count() == 1
    ctx.undo.redo()
    ctx.undo.redo()
    assert ctx.services.contacts.count() == 1
    assert errors == []


def test_undo_after_delete_forever_reports_plainly(ctx, view, qtbot):
    (anna,) = _people(ctx.services, "Anna")
    errors: list[str] = []
    undo.move_to_trash(ctx.services, ctx.undo, [("contact", anna)], on_error=errors.append)
    view.reload()
    view.table.selectRow(0)
    assert view.delete_selected_forever() == 1
    ctx.undo.undo()
    assert errors and "deleted forever" in errors[0]
    assert ctx.undo.count() == 0  # the impossible step is dropped
    assert ctx.services.contacts.count() == 0


def test_kind_filter_and_empty_trash(ctx, view, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    ids = _people(ctx.services, "Anna")
    company = ctx.services.contacts.get(ids[0]).company_id
    assert company is None
    ctx.services.contacts.delete(ids)
    view.reload()
    view.kind_filter.setCurrentIndex(2)  # companies
    assert view.model.rowCount() == 0 and "companies" in view.empty.text()
    view.kind_filter.setCurrentIndex(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.empty_button.click()
    assert view.model.rowCount() == 0
    assert ctx.services.trash.count() == 0
    assert not view.empty_button.isEnabled()


def test_hidden_view_catches_up_when_shown(ctx, view, qtbot):
    view.hide()
    ids = _people(ctx.services, "Anna")
    ctx.services.contacts.delete(ids)
    qtbot.wait(100)
    assert view.model.rowCount() == 0  # no work while nobody looks
    view.show()
    assert view.model.rowCount() == 1


def test_service_command_runs_once_and_reports_failures(qapp):
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    calls: list[str] = []
    errors: list[str] = []
    undo.run_and_push(stack, "Rename", do=lambda: calls.append("do"), undo=lambda: calls.append("undo"))
    assert calls == ["do"] and stack.undoText() == "Rename"
    stack.undo()
    stack.redo()
    assert calls == ["do", "undo", "do"]

    def broken() -> None:
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        undo.run_and_push(stack, "Never recorded", do=broken, undo=lambda: None)
    assert stack.undoText() == "Rename"
    undo.push_done(stack, "Move deal", undo=broken, redo=lambda: None, on_error=errors.append)
    stack.undo()
    assert errors and "Move deal" in errors[0]
    assert stack.undoText() == "Rename"  # the failed step was dropped
    assert undo.describe([("deal", 1), ("contact", 2)]) == "2 items"
    assert undo.describe([("followup", 1)]) == "1 follow-up"


def test_delete_key_asks_then_deletes_forever(ctx, view, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    ids = _people(ctx.services, "Anna", "Ben")
    ctx.services.contacts.delete(ids)
    view.reload()
    view.table.selectRow(0)
    asked: list[str] = []

    def answer(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert ctx.services.trash.count() == 2  # cancelled: nothing gone
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert ctx.services.trash.count() == 1
    assert "cannot be undone" in asked[0]
