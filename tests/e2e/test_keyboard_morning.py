"""A typical morning with the keyboard alone, on the real main window and a temporary database:
find a contact (Ctrl+K), log a call (Ctrl+Shift+L), add a follow-up (Ctrl+Shift+F, "tomorrow 9:00"),
switch to the pipeline (Ctrl+3), move a deal one stage on (Ctrl+Shift+Right) and undo it (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from crm_desktop.services import build_services
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.deals import DealInput
from crm_desktop.storage.engine import open_database
from crm_desktop.storage.models import Activity, Deal, FollowUp
from crm_desktop.ui.followups.dialogs import FollowUpDialog
from crm_desktop.ui.log_dialog import LogDialog
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.palette import CommandPalette
from crm_desktop.ui.pipeline.column import CardList

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def morning(qtbot, app_paths, real_window):
    seed = build_services(open_database(app_paths.database))
    other = seed.contacts.create(ContactInput(first_name="Anna", last_name="Schmidt"))
    contact = seed.contacts.create(ContactInput(first_name="Jürgen", last_name="Müller", company="Bäckerei Sonne"))
    stages = seed.pipelines.list()[0].stages
    deal = seed.deals.create(DealInput(title="Shop website", value="1200", currency="EUR",
                                       stage_id=stages[0].id, contact_id=contact))
    seed.db.close()
    win = real_window(app_paths)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win, contact, other, deal, [s.id for s in stages]


def focused() -> QWidget:
    """Where the keyboard is: inside an open modal dialog, else the focus widget of the window.
    (The offscreen test platform does not always activate a dialog the way a desktop does.)"""
    modal = QApplication.activeModalWidget()
    widget = (modal.focusWidget() or modal) if modal is not None else QApplication.focusWidget()
    if widget is None:  # a dialog just closed: the window manager gives the main window back
        main = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        main.activateWindow()
        for _ in range(300):
            if main.isActiveWindow():
                break
            QTest.qWait(10)
        widget = main.focusWidget() or main
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def during_modal(qtbot, cls: type, steps: Callable[[QWidget], None]) -> None:
    """Run ``steps`` once a modal dialog of this class is up (it blocks the test while open)."""
    def poll() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            try:
                dialog.activateWindow()  # what the window manager does for a new dialog
                qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
                steps(dialog)
            finally:
                if dialog.isVisible():  # a failed step must not leave the test blocked
                    dialog.reject()

    QTimer.singleShot(0, poll)


@pytest.mark.slow
@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise() / size hints
def test_typical_morning_by_keyboard(qtbot, morning):
    window, contact_id, _other, deal_id, stage_ids = morning
    db = window.ctx.services.db
    window.sidebar.setFocus()

    # 1. Ctrl+K, type the name, Enter: the contact opens in the Contacts view.
    def find_contact(palette: QWidget) -> None:
        assert isinstance(palette, CommandPalette)
        type_text(qtbot, "mull")
        qtbot.waitUntil(lambda: "Jürgen Müller" in (palette.results.currentItem().text()
                                                     if palette.results.currentItem() else ""), timeout=3000)
        press(qtbot, Qt.Key.Key_Return)

    during_modal(qtbot, CommandPalette, find_contact)
    press(qtbot, Qt.Key.Key_K, CTRL)
    contacts = window.view("contacts")
    assert window.current_view_key() == "contacts"
    qtbot.waitUntil(lambda: contacts.current_id() == contact_id, timeout=3000)

    # 2. Ctrl+Shift+L, type what was said, Alt+C for "call", Ctrl+Enter saves.
    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LogDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert focused() is dialog.body
    type_text(qtbot, "Wants the new price list by Friday")
    press(qtbot, Qt.Key.Key_C, ALT)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    with db.reader() as s:
        calls = s.scalars(select(Activity).where(Activity.contact_id == contact_id, Activity.kind == "call")).all()
        assert [c.body for c in calls] == ["Wants the new price list by Friday"]

    # 3. Ctrl+Shift+F, a title, Tab, "tomorrow 9:00", Enter: a follow-up for this contact.
    def quick_add(dialog: QWidget) -> None:
        assert isinstance(dialog, FollowUpDialog)
        assert focused() is dialog.title
        type_text(qtbot, "Send price list")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.due.edit
        type_text(qtbot, "tomorrow 9:00")
        press(qtbot, Qt.Key.Key_Return)

    during_modal(qtbot, FollowUpDialog, quick_add)
    press(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    tomorrow = window.ctx.services.followups.today() + timedelta(days=1)
    with db.reader() as s:
        followup = s.scalars(select(FollowUp).where(FollowUp.title == "Send price list")).one()
        assert (followup.due_date, followup.due_time, followup.contact_id) == (tomorrow, time(9, 0), contact_id)

    # 4. Ctrl+3: the pipeline, with the keyboard on a card.
    press(qtbot, Qt.Key.Key_3, CTRL)
    board = window.view("pipeline")
    assert window.current_view_key() == "pipeline"
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), CardList), timeout=3000)
    assert board.current_deal_id() == deal_id

    # 5. Ctrl+Shift+Right moves the deal to the next stage; the card keeps the focus.
    press(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)

    def stage_of() -> int:
        with db.reader() as s:
            return s.scalar(select(Deal.stage_id).where(Deal.id == deal_id))

    assert stage_of() == stage_ids[1]
    qtbot.waitUntil(lambda: board.current_deal_id() == deal_id, timeout=3000)
    assert focused() is board.column(stage_ids[1]).list

    # 6. Ctrl+Z puts it back.
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert stage_of() == stage_ids[0]

    # Arrow keys: Left/Right between columns, Enter opens the deal.
    qtbot.waitUntil(lambda: board.column(stage_ids[0]).model.row_of(deal_id) == 0, timeout=3000)
    board.column(stage_ids[0]).list.focus_card(0)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    deal_dialog = QApplication.activeModalWidget()
    assert deal_dialog.deal_id == deal_id
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not deal_dialog.isVisible(), timeout=3000)
