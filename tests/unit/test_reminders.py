from datetime import date, time, timedelta

from crm_desktop.services.followup_lists import Group
from crm_desktop.services.followups import FollowUpInput
from crm_desktop.services.reminders import KEEP_IN_TOUCH
from crm_desktop.storage.models import Contact, FollowUp
from followup_helpers import contact, local, use_clock, utc


def add(services, title, day, at=None, **kw):
    return services.followups.create(FollowUpInput(title=title, due_date=day, due_time=at, **kw))


def test_a_reminder_fires_once_when_its_time_comes(services):
    clock = use_clock(services, local(2026, 11, 18, 10))
    fid = add(services, "Call Ada", date(2026, 11, 18), time(14, 0))
    all_day = add(services, "Tomorrow all day", date(2026, 11, 19))
    rem = services.reminders
    assert rem.due_reminders() == []
    assert rem.next_reminder_at() == utc(2026, 11, 18, 13)
    clock.set(local(2026, 11, 18, 13, 59))
    assert rem.check() == []
    clock.set(local(2026, 11, 18, 14, 0))
    fired = rem.check()
    assert [r.id for r in fired] == [fid]
    assert fired[0].title == "Call Ada"
    assert rem.check() == []  # never twice
    clock.advance(minutes=30)
    assert rem.check() == []
    # An all-day follow-up reminds at 9:00 local on its day.
    clock.set(local(2026, 11, 19, 8, 59))
    assert rem.check() == []
    clock.set(local(2026, 11, 19, 9, 0))
    assert [r.id for r in rem.check()] == [all_day]


def test_mark_reminded_counts_only_pending(services):
    clock = use_clock(services, local(2026, 11, 18, 10))
    fid = add(services, "a", date(2026, 11, 18), time(11, 0))
    clock.advance(hours=2)
    assert [r.id for r in services.reminders.due_reminders()] == [fid]
    assert services.reminders.mark_reminded([fid]) == 1
    assert services.reminders.mark_reminded([fid]) == 0
    assert services.reminders.due_reminders() == []


def test_created_in_the_past_needs_no_reminder(services):
    use_clock(services, local(2026, 11, 18, 10))
    add(services, "already overdue", date(2026, 11, 1))
    add(services, "today all day (9:00 passed)", date(2026, 11, 18))
    assert services.reminders.check() == []


def test_catch_up_announces_what_fell_due_while_closed_exactly_once(services):
    clock = use_clock(services, local(2026, 11, 18, 17))
    ids = [add(services, f"task {i}", date(2026, 11, 19), time(9 + i, 0)) for i in range(3)]
    add(services, "next week", date(2026, 11, 25))
    # The app is closed overnight and reopened at noon the next day.
    clock.set(local(2026, 11, 19, 12, 30))
    first = services.reminders.catch_up()
    assert first.count == 3
    assert sorted(r.id for r in first.reminders) == sorted(ids)
    assert first.message == "3 follow-ups became due while CRM was closed"
    # Restarting again announces nothing, and the periodic check does not repeat them.
    assert services.reminders.catch_up().count == 0
    assert services.reminders.catch_up().message == ""
    assert services.reminders.check() == []


def test_catch_up_message_for_one(services):
    clock = use_clock(services, local(2026, 11, 18, 17))
    add(services, "Send the contract", date(2026, 11, 18), time(18, 0))
    clock.advance(days=1)
    assert services.reminders.catch_up().message == "1 follow-up became due while CRM was closed: Send the contract"


def test_clock_jumping_back_does_not_refire(services):
    clock = use_clock(services, local(2026, 11, 18, 10))
    fid = add(services, "a", date(2026, 11, 18), time(10, 30))
    clock.set(local(2026, 11, 18, 11))
    assert [r.id for r in services.reminders.check()] == [fid]
    clock.set(local(2026, 11, 18, 9))  # the user fixes a wrong clock
    assert services.reminders.check() == []
    clock.set(local(2026, 11, 18, 12))
    assert services.reminders.check() == []


def test_keep_in_touch_creates_one_follow_up_once(services):
    clock = use_clock(services, local(2026, 11, 18, 10))
    cid = contact(services)
    other = contact(services, "Bob", "Builder")
    services.reminders.set_cadence(cid, 30)
    services.reminders.set_cadence(other, 60)
    with services.db.session() as s:
        s.get(Contact, cid).last_activity_at = utc(2026, 10, 1)  # 48 days ago: overdue
        s.get(Contact, other).last_activity_at = utc(2026, 11, 10)  # 8 days ago: fine
    created = services.reminders.keep_in_touch()
    assert len(created) == 1
    detail = services.followups.get(created[0])
    assert detail.title == "Get in touch with Ada Lovelace"
    assert detail.source == KEEP_IN_TOUCH
    assert detail.contact_id == cid
    assert services.followup_lists.group_of(created[0]) == Group.TODAY
    # Running again (every tick, every start) creates nothing while it is open.
    assert services.reminders.keep_in_touch() == []
    clock.advance(days=3)
    assert services.reminders.keep_in_touch() == []
    # Completed without logging anything: not recreated until the cadence passes again.
    services.followups.complete(created[0])
    assert services.reminders.keep_in_touch() == []
    clock.advance(days=29)
    assert services.reminders.keep_in_touch() == []
    clock.advance(days=1, minutes=1)
    again = services.reminders.keep_in_touch()
    assert [services.followups.get(i).contact_id for i in again] == [cid]
    with services.db.reader() as s:
        assert s.query(FollowUp).filter_by(source=KEEP_IN_TOUCH, done_at=None).count() == 1


def test_keep_in_touch_uses_created_date_when_never_contacted(services):
    clock = use_clock(services, local(2026, 11, 18, 10))
    cid = contact(services)
    services.reminders.set_cadence(cid, 7)
    assert services.reminders.keep_in_touch() == []
    with services.db.session() as s:
        s.get(Contact, cid).created_at = clock() - timedelta(days=8)
    assert len(services.reminders.keep_in_touch()) == 1


def test_deleted_or_done_follow_ups_never_remind(services):
    clock = use_clock(services, local(2026, 11, 18, 10))
    a = add(services, "a", date(2026, 11, 18), time(11, 0))
    b = add(services, "b", date(2026, 11, 18), time(11, 0))
    services.followups.delete([a])
    services.followups.complete(b)
    clock.advance(hours=2)
    assert services.reminders.check() == []
