from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QSettings

from crm_desktop.services.followups import FollowUpInput
from crm_desktop.ui.followups.reminders import ReminderDriver
from followup_helpers import local, use_clock

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


class Clocks:
    """Fake wall and monotonic clocks for the driver (seconds)."""

    def __init__(self):
        self.wall_s = 1_000_000.0
        self.mono_s = 50.0

    def wall(self):
        return self.wall_s

    def mono(self):
        return self.mono_s

    def run(self, seconds):
        self.wall_s += seconds
        self.mono_s += seconds


def add(services, title, day, at=None, **kw):
    return services.followups.create(FollowUpInput(title=title, due_date=day, due_time=at, **kw))


def test_driver_reminds_once_per_follow_up(services, qtbot):
    clock = use_clock(services, local(2026, 11, 18, 10))
    fid = add(services, "Call Ada", date(2026, 11, 18), time(10, 30))
    clocks = Clocks()
    driver = ReminderDriver(services, wall=clocks.wall, monotonic=clocks.mono)
    with qtbot.assertNotEmitted(driver.caught_up):
        driver.start()
    assert driver.timer.isActive()
    assert not driver.precise.isActive()  # 10:30 is after the next 30-second tick
    clock.set(local(2026, 11, 18, 10, 29) + timedelta(seconds=50))
    with qtbot.assertNotEmitted(driver.reminded):
        driver.tick()
    assert driver.precise.isActive()  # armed for 10:30 exactly
    assert driver.precise.interval() == 10_050  # 10 s to go, plus a small margin
    clock.set(local(2026, 11, 18, 10, 30))
    clocks.run(30 * 60)
    with qtbot.waitSignal(driver.reminded) as signal:
        driver.tick()
    assert [r.id for r in signal.args[0]] == [fid]
    with qtbot.assertNotEmitted(driver.reminded):
        driver.tick()
        driver.tick()
    driver.stop()


def test_start_up_catch_up_is_announced_once(services, qtbot):
    clock = use_clock(services, local(2026, 11, 18, 17))
    for i in range(3):
        add(services, f"task {i}", date(2026, 11, 19), time(9 + i, 0))
    clock.set(local(2026, 11, 19, 12))
    driver = ReminderDriver(services)
    with qtbot.waitSignal(driver.caught_up) as signal:
        driver.start()
    assert signal.args[0].message == "3 follow-ups became due while CRM was closed"
    with qtbot.assertNotEmitted(driver.reminded):
        driver.tick()
    driver.stop()
    second = ReminderDriver(services)  # the next start of the app
    with qtbot.assertNotEmitted(second.caught_up):
        second.start()
    second.stop()


def test_wake_from_sleep_is_noticed_and_rechecks(services, qtbot):
    clock = use_clock(services, local(2026, 11, 18, 10))
    fid = add(services, "Call Ada", date(2026, 11, 18), time(12, 0))
    clocks = Clocks()
    driver = ReminderDriver(services, wall=clocks.wall, monotonic=clocks.mono)
    driver.start()
    # The laptop sleeps for three hours: wall time jumps, monotonic time barely moves.
    clocks.wall_s += 3 * 3600
    clocks.mono_s += 30
    clock.set(local(2026, 11, 18, 13))
    with qtbot.waitSignal(driver.clock_jumped), qtbot.waitSignal(driver.reminded) as signal:
        driver.tick()
    assert [r.id for r in signal.args[0]] == [fid]
    # A small drift is not a jump.
    clocks.run(30)
    clocks.wall_s += 5
    with qtbot.assertNotEmitted(driver.clock_jumped):
        driver.tick()
    driver.stop()


def test_keep_in_touch_runs_at_start(services, qtbot):
    from crm_desktop.storage.models import Contact
    from followup_helpers import contact

    use_clock(services, local(2026, 11, 18, 10))
    cid = contact(services)
    services.reminders.set_cadence(cid, 7)
    with services.db.session() as s:
        s.get(Contact, cid).created_at = local(2026, 11, 1)
    driver = ReminderDriver(services)
    driver.start()
    driver.stop()
    rows = services.followup_lists.open_for(contact_id=cid)
    assert [r.source for r in rows] == ["keep_in_touch"]


def test_main_window_feature_badge_notice_and_quick_add(services, app_paths, qtbot, monkeypatch):
    from PySide6.QtGui import QKeySequence, QUndoStack

    from crm_desktop.ui.bridge import ChangeBridge
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.followups import feature as feature_module
    from crm_desktop.ui.followups.dialogs import FollowUpDialog
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.tasks import TaskRunner

    clock = use_clock(services, local(2026, 11, 18, 10))
    overdue = add(services, "Chase invoice", date(2026, 11, 10))
    due_soon = add(services, "Call Ada", date(2026, 11, 18), time(10, 5))
    settings = QSettings(str(app_paths.data_dir / "w.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/view", "followups")
    ctx = UiContext(services, ChangeBridge(services.hub), TaskRunner(), settings, app_paths, QUndoStack())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    feature = window.followup_feature
    feature.start()
    item = window.sidebar.item(window._index("followups"))
    assert item.text() == "Follow-ups  (2)"
    assert feature.quick_add.shortcut() == QKeySequence(feature_module.QUICK_ADD_SHORTCUT)
    assert feature.quick_add in window.menu("file").actions()

    clock.set(local(2026, 11, 18, 10, 5))
    feature.driver.tick()
    assert feature.notice.isVisibleTo(window)
    assert feature.notice.button.text() == "Follow-up due: Call Ada"
    opened = []
    monkeypatch.setattr(FollowUpDialog, "exec", lambda self: opened.append(self.detail.id) or 0)
    feature.notice.button.click()
    assert opened == [due_soon]
    assert not feature.notice.isVisibleTo(window)

    # Quick add from anywhere: the dialog opens, saves, and the badge follows.
    def fake_exec(self):
        self.title.setText("Send samples")
        self.due.set_text("today")
        self.accept()
        return 1

    monkeypatch.setattr(FollowUpDialog, "exec", fake_exec)
    new_id = feature.open_quick_add()
    assert services.followups.get(new_id).title == "Send samples"
    qtbot.waitUntil(lambda: item.text() == "Follow-ups  (3)", timeout=2000)
    # adding is one undo step: undo moves it to the trash, redo brings it back
    assert window.ctx.undo.undoText() == "Add follow-up “Send samples”"
    window.ctx.undo.undo()
    qtbot.waitUntil(lambda: item.text() == "Follow-ups  (2)", timeout=2000)
    window.ctx.undo.redo()
    assert services.followups.get(new_id).title == "Send samples"
    qtbot.waitUntil(lambda: item.text() == "Follow-ups  (3)", timeout=2000)
    services.followups.complete(overdue)
    qtbot.waitUntil(lambda: item.text() == "Follow-ups  (2)", timeout=2000)
    feature.driver.stop()
    ctx.bridge.detach()


def test_start_up_announcement_and_shortcut_in_the_window(services, app_paths, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack

    from crm_desktop.ui.bridge import ChangeBridge
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.followups.dialogs import FollowUpDialog
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.tasks import TaskRunner

    clock = use_clock(services, local(2026, 11, 18, 17))
    for i in range(3):
        add(services, f"task {i}", date(2026, 11, 19), time(9 + i, 0))
    clock.set(local(2026, 11, 19, 12))  # the app was closed overnight
    settings = QSettings(str(app_paths.data_dir / "w.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/view", "followups")
    ctx = UiContext(services, ChangeBridge(services.hub), TaskRunner(), settings, app_paths, QUndoStack())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    feature = window.followup_feature
    qtbot.waitUntil(lambda: feature.notice.isVisibleTo(window), timeout=2000)
    assert feature.notice.button.text() == "3 follow-ups became due while CRM was closed"
    opened = []
    monkeypatch.setattr(FollowUpDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened == ["Quick add follow-up"]
    feature.driver.stop()
    ctx.bridge.detach()


def test_keep_in_touch_can_wait_until_the_window_is_up(services, qtbot):
    from crm_desktop.storage.models import Contact
    from followup_helpers import contact

    use_clock(services, local(2026, 11, 18, 10))
    cid = contact(services)
    services.reminders.set_cadence(cid, 7)
    with services.db.session() as s:
        s.get(Contact, cid).created_at = local(2026, 11, 1)
    driver = ReminderDriver(services)
    driver.start(keep_in_touch_after_ms=50)
    assert services.followup_lists.open_for(contact_id=cid) == []  # not yet: the window comes first
    qtbot.waitUntil(lambda: len(services.followup_lists.open_for(contact_id=cid)) == 1, timeout=5000)
    driver.stop()
