"""Lists by keyboard: the trash (Enter restores, Delete deletes forever), the follow-ups list
taking the focus, and the log dialog (Ctrl+Enter saves a call, undoable)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.followups import FollowUpInput
from crm_desktop.ui.followups.view import FollowUpsView
from crm_desktop.ui.log_dialog import LogDialog
from crm_desktop.ui.trash.view import TrashView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support")


def test_trash_enter_restores_the_current_item(qtbot, ui_ctx):
    services = ui_ctx.services
    cid = services.contacts.create(ContactInput(first_name="Ada", last_name="Lovelace"))
    services.contacts.delete([cid])
    view = TrashView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.focus_main()
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cid in services.contacts.ordered_ids(), timeout=2000)
    assert services.contacts.get(cid).name == "Ada Lovelace"


def test_followups_focus_main_puts_the_first_follow_up_under_the_keyboard(qtbot, ui_ctx):
    services = ui_ctx.services
    fid = services.followups.create(FollowUpInput(title="Call Ada", due_date=services.followups.today()))
    view = FollowUpsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.focus_main()
    assert QApplication.focusWidget() is view.tree
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)  # arrow keys move within the list
    view.focus_main()
    assert [r.id for r in view.selected_rows()] == [fid] or view.tree.currentIndex().isValid()


def test_log_dialog_saves_a_call_with_ctrl_enter_and_undo_removes_it(qtbot, ui_ctx):
    services = ui_ctx.services
    cid = services.contacts.create(ContactInput(first_name="Ada", last_name="Lovelace"))
    dialog = LogDialog(ui_ctx, {"contact_id": cid}, "Ada Lovelace")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and not dialog.error.isHidden()  # nothing written yet
    qtbot.keyClicks(dialog.body, "Asked for a quote")
    qtbot.keyClick(dialog.body, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.body  # the kind changed, the keyboard stayed
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    rows = services.activities.timeline(contact_id=cid)
    assert [(r.kind, r.body) for r in rows] == [("call", "Asked for a quote")]
    ui_ctx.undo.undo()
    assert services.activities.timeline(contact_id=cid) == []
