from datetime import date, time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from crm_desktop.services.followup_lists import Group
from crm_desktop.services.followups import FollowUpInput
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.followups.dialogs import FollowUpDialog
from crm_desktop.ui.followups.model import ID_ROLE, FollowUpModel
from crm_desktop.ui.followups.section import FollowUpsSection
from crm_desktop.ui.followups.view import FollowUpsView
from crm_desktop.ui.tasks import TaskRunner
from followup_helpers import contact, local, use_clock

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def ctx(services, app_paths, qtbot):
    settings = QSettings(str(app_paths.data_dir / "test.ini"), QSettings.Format.IniFormat)
    context = UiContext(services, ChangeBridge(services.hub), TaskRunner(), settings, app_paths, QUndoStack())
    yield context
    context.bridge.detach()


@pytest.fixture
def clock(services):
    return use_clock(services, local(2026, 11, 18, 10))


def add(services, title, day, at=None, **kw):
    return services.followups.create(FollowUpInput(title=title, due_date=day, due_time=at, **kw))


def child_ids(model, group):
    parent = model.index(int(group), 0)
    return [model.index(r, 0, parent).data(ID_ROLE) for r in range(model.rowCount(parent))]


def test_model_passes_the_model_tester(services, clock, qtmodeltester):
    for i in range(5):
        add(services, f"t{i}", date(2026, 11, 16 + i))
    model = FollowUpModel(services.followup_lists)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_view_shows_groups_with_counts_and_badge(ctx, services, clock, qtbot):
    cid = contact(services)
    overdue = add(services, "Chase invoice", date(2026, 11, 10), contact_id=cid)
    today = add(services, "Call Ada", date(2026, 11, 18), time(15, 0), priority="high", contact_id=cid)
    add(services, "Later thing", date(2026, 12, 30))
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    model = view.model
    assert model.index(int(Group.OVERDUE), 0).data() == "Overdue  ·  1"
    assert model.index(int(Group.TODAY), 0).data() == "Today  ·  1"
    assert child_ids(model, Group.OVERDUE) == [overdue]
    assert child_ids(model, Group.TODAY) == [today]
    row = model.index(0, 0, model.index(int(Group.TODAY), 0))
    assert row.siblingAtColumn(1).data() == "Ada Lovelace"
    assert row.siblingAtColumn(2).data() == "15:00"
    assert row.siblingAtColumn(3).data() == "High"
    assert "8 days late" in model.index(0, 2, model.index(int(Group.OVERDUE), 0)).data()
    # "Later" is collapsed and loads its rows only when expanded.
    assert child_ids(model, Group.LATER) == []
    view.tree.expand(model.index(int(Group.LATER), 0))
    assert len(child_ids(model, Group.LATER)) == 1
    assert "1 overdue · 1 today" in view.summary.text()


def test_space_completes_the_selected_follow_up_and_undo_brings_it_back(ctx, services, clock, qtbot):
    a = add(services, "Call Ada", date(2026, 11, 18))
    add(services, "Call Bob", date(2026, 11, 18))
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    view.show()
    index = view.model.index(child_ids(view.model, Group.TODAY).index(a), 0, view.model.index(int(Group.TODAY), 0))
    view.tree.setCurrentIndex(index)
    view.tree.setFocus()
    with qtbot.waitSignal(view.badge_changed, timeout=2000) as signal:
        qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    assert signal.args == ["1"]
    assert services.followups.get(a).done_at is not None
    assert "Completed “Call Ada”" in view.banner_text.text()
    assert a not in child_ids(view.model, Group.TODAY)
    with qtbot.waitSignal(view.badge_changed, timeout=2000) as signal:
        ctx.undo.undo()
    assert signal.args == ["2"]
    assert services.followups.get(a).done_at is None


def test_checkbox_completes_a_recurring_follow_up_and_creates_the_next(ctx, services, clock, qtbot):
    from crm_desktop.domain.dates import Recurrence

    fid = add(services, "Weekly order", date(2026, 11, 18), recurrence=Recurrence("weekly", 1))
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    index = view.model.index(0, 0, view.model.index(int(Group.TODAY), 0))
    assert view.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: view.model.counts[Group.TODAY] == 0, timeout=2000)
    assert view.model.counts[Group.UPCOMING] == 1
    assert "Next one: Wed 25 Nov" in view.banner_text.text()
    assert services.followups.get(fid).done_at is not None


def test_snooze_moves_an_overdue_follow_up_to_today(ctx, services, clock, qtbot):
    fid = add(services, "Chase invoice", date(2026, 11, 10))
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.badge_changed, timeout=2000):
        view.snooze([fid], "1 hour")
    qtbot.waitUntil(lambda: child_ids(view.model, Group.TODAY) == [fid], timeout=2000)
    assert view.model.counts[Group.OVERDUE] == 0
    assert view.model.index(0, 2, view.model.index(int(Group.TODAY), 0)).data() == "Snoozed to Today 11:00"
    assert "Snoozed 1 follow-up until Wed 18 Nov at 11:00" in view.banner_text.text()
    ctx.undo.undo()
    qtbot.waitUntil(lambda: child_ids(view.model, Group.OVERDUE) == [fid], timeout=2000)
    assert services.followups.get(fid).snoozed_until is None


def test_delete_key_deletes_and_undo_restores(ctx, services, clock, qtbot):
    fid = add(services, "Call Ada", date(2026, 11, 18))
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.tree.setCurrentIndex(view.model.index(0, 0, view.model.index(int(Group.TODAY), 0)))
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.model.counts[Group.TODAY] == 0, timeout=2000)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: view.model.counts[Group.TODAY] == 1, timeout=2000)
    assert services.followups.get(fid).title == "Call Ada"


def test_deals_without_a_next_step_are_listed(ctx, services, clock, qtbot, monkeypatch):
    from followup_helpers import deal

    bare = deal(services, "Shop fitting")
    planned = deal(services, "Website")
    add(services, "Send proposal", date(2026, 11, 20), deal_id=planned)
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    panel = view.deals_panel
    assert panel.list.count() == 1
    assert panel.list.item(0).data(Qt.ItemDataRole.UserRole) == bare
    assert panel.list.item(0).text().startswith("Shop fitting")
    assert "1 open deal with no open follow-up" in panel.label.text()
    planned_for = []
    monkeypatch.setattr(view, "new_followup", lambda **kw: planned_for.append(kw))
    panel.list.setCurrentRow(0)
    panel.add.click()
    assert planned_for == [{"deal_id": bare}]


def test_quick_add_understands_words_and_creates_the_follow_up(ctx, services, clock, qtbot):
    cid = contact(services)
    dialog = FollowUpDialog(services, compact=True, contact_id=cid)
    qtbot.addWidget(dialog)
    assert not dialog.priority.isVisibleTo(dialog)
    dialog.title.setText("Send the contract")
    dialog.due.set_text("fri 14:30")
    assert dialog.due.feedback.text() == "→ Fri 20 Nov 2026 (in 2 days) at 14:30"
    dialog.due.set_text("someday")
    assert not dialog.save_button.isEnabled()
    assert "not a date I understand" in dialog.due.feedback.text()
    dialog.due.set_text("tomorrow 9:00")
    assert dialog.save_button.isEnabled()
    assert dialog.due.feedback.text().startswith("→ Tomorrow, Thu 19 Nov at 09:00")
    dialog.accept()
    detail = services.followups.get(dialog.saved_id)
    assert (detail.title, detail.due_date, detail.due_time, detail.contact_id) == (
        "Send the contract", date(2026, 11, 19), time(9, 0), cid)


def test_quick_add_date_picker_keeps_the_time(ctx, services, clock, qtbot):
    from PySide6.QtCore import QDate

    dialog = FollowUpDialog(services, compact=True)
    qtbot.addWidget(dialog)
    dialog.due.set_text("tomorrow 9:00")
    dialog.due._on_calendar_clicked(QDate(2026, 12, 3))
    assert dialog.due.edit.text() == "2026-12-03 09:00"
    assert dialog.due.value().day == date(2026, 12, 3)


def test_edit_dialog_saves_recurrence(ctx, services, clock, qtbot):
    fid = add(services, "Invoice run", date(2026, 11, 30))
    dialog = FollowUpDialog(services, detail=services.followups.get(fid))
    qtbot.addWidget(dialog)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("monthly"))
    dialog.weekdays.setChecked(True)
    dialog.accept()
    rule = services.followups.get(fid).recurrence
    assert (rule.freq, rule.month_day, rule.weekdays_only) == ("monthly", 30, True)


def test_contact_section_lists_open_follow_ups_and_completes(ctx, services, clock, qtbot):
    cid = contact(services)
    other = contact(services, "Bob", "Builder")
    a = add(services, "Call Ada", date(2026, 11, 20), contact_id=cid)
    add(services, "Call Bob", date(2026, 11, 20), contact_id=other)
    section = FollowUpsSection(ctx)
    qtbot.addWidget(section)
    assert section.title == "Follow-ups"
    assert not section.add.isEnabled()
    section.set_record(cid)
    assert section.list.count() == 1
    assert section.list.item(0).text().startswith("Call Ada")
    section.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert services.followups.get(a).done_at is not None
    qtbot.waitUntil(lambda: section.list.count() == 0 and section.empty.isVisibleTo(section), timeout=2000)


def test_contact_section_sets_the_keep_in_touch_cadence(ctx, services, clock, qtbot):
    from crm_desktop.storage.models import Contact

    cid = contact(services)
    with services.db.session() as s:
        s.get(Contact, cid).created_at = local(2026, 10, 1)
    section = FollowUpsSection(ctx)
    qtbot.addWidget(section)
    section.set_record(cid)
    assert not section.keep.isChecked()
    section.keep_days.setValue(14)
    section.keep.setChecked(True)
    assert services.reminders.cadence(cid) == 14
    # More than 14 days since the contact was created: a keep-in-touch follow-up now exists.
    qtbot.waitUntil(lambda: section.list.count() == 1, timeout=2000)
    assert section.list.item(0).text().startswith("Get in touch with Ada Lovelace")
    section.keep.setChecked(False)
    assert services.reminders.cadence(cid) is None


def test_scrolling_to_the_end_of_a_group_loads_the_next_page(ctx, services, clock, qtbot):
    from crm_desktop.ui.followups.model import FIRST_PAGE, PAGE

    rows = [{"title": f"t{i}", "due_date": date(2026, 11, 18), "due_time": None, "all_day": True,
             "due_at": clock(), "remind_at": clock(), "reminded_at": clock(), "version": 1} for i in range(FIRST_PAGE + PAGE + 5)]
    from sqlalchemy import insert

    from crm_desktop.storage.models import FollowUp

    with services.db.session() as s:
        s.execute(insert(FollowUp), rows)
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    today = view.model.index(int(Group.TODAY), 0)
    assert view.model.rowCount(today) == FIRST_PAGE
    bar = view.tree.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert view.model.rowCount(today) == FIRST_PAGE + PAGE

    def scroll_to_end():
        bar.setValue(bar.maximum())
        return view.model.rowCount(today) == len(rows)

    qtbot.waitUntil(scroll_to_end, timeout=2000)


def test_complete_dialog_logs_the_outcome_and_can_repeat_from_today(ctx, services, clock, qtbot, monkeypatch):
    from crm_desktop.domain.dates import Recurrence
    from crm_desktop.ui.followups.dialogs import CompleteDialog

    cid = contact(services)
    fid = add(services, "Monthly check-in", date(2026, 11, 10), contact_id=cid,
              recurrence=Recurrence.starting("monthly", 1, False, date(2026, 11, 10)))
    dialog = CompleteDialog(services, services.followups.get(fid))
    qtbot.addWidget(dialog)
    assert dialog.from_due.text() == "On schedule (from the due date): Thu 10 Dec 2026"
    assert dialog.from_today.text() == "Counted from today: Fri 18 Dec 2026"

    def fake_exec(self):
        self.outcome.setPlainText("Happy with the service; wants a quote for two more machines")
        self.kind.setCurrentIndex(self.kind.findData("call"))
        self.from_today.setChecked(True)
        return 1

    monkeypatch.setattr(CompleteDialog, "exec", fake_exec)
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    view.complete_with_outcome(fid)
    timeline = services.activities.timeline(contact_id=cid)
    assert timeline[0].kind == "call"
    assert "two more machines" in timeline[0].body
    assert "Next one: Fri 18 Dec" in view.banner_text.text()
    # Undo reopens it, removes the next occurrence and the logged outcome.
    ctx.undo.undo()
    assert services.followups.get(fid).done_at is None
    assert services.activities.timeline(contact_id=cid) == []


def test_quick_add_saves_with_ctrl_return(ctx, services, clock, qtbot):
    from PySide6.QtCore import Qt

    dialog = FollowUpDialog(services, compact=True, contact_id=contact(services))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Send the price list")
    dialog.due.set_text("tomorrow 9:00")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)  # shortcuts work in the active window
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_id is not None
    assert services.followups.get(dialog.saved_id).title == "Send the price list"
