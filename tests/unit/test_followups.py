from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.domain.dates import Recurrence
from crm_desktop.domain.errors import NotFound, ValidationError
from crm_desktop.services.changes import Change
from crm_desktop.services.followup_lists import Group
from crm_desktop.services.followups import FollowUpInput
from followup_helpers import PARIS, contact, deal, local, use_clock, utc


def add(services, title="Call back", day=date(2026, 11, 18), at=None, **kw):
    return services.followups.create(FollowUpInput(title=title, due_date=day, due_time=at, **kw))


def groups_of(services, *ids):
    return [services.followup_lists.group_of(i) for i in ids]


def test_create_validates_and_publishes(services):
    use_clock(services, local(2026, 11, 18, 10))
    seen: list[Change] = []
    services.hub.subscribe(seen.append)
    with pytest.raises(ValidationError) as err:
        add(services, title="   ")
    assert "title" in err.value.fields
    with pytest.raises(ValidationError):
        add(services, priority="urgent")
    with pytest.raises(ValidationError, match="contact no longer exists"):
        add(services, contact_id=999)
    fid = add(services, title="  Send   the quote ", at=time(14, 30), priority="high")
    detail = services.followups.get(fid)
    assert detail.title == "Send the quote"
    assert detail.due_at == utc(2026, 11, 18, 13, 30)  # 14:30 in Paris in winter
    assert seen[-1] == Change.of("followup", created=[fid])


def test_groups_at_day_boundaries(services):
    clock = use_clock(services, local(2026, 11, 18, 23, 59))
    yesterday = add(services, "y", date(2026, 11, 17))
    today_all_day = add(services, "t", date(2026, 11, 18))
    today_late = add(services, "t2", date(2026, 11, 18), time(23, 59))
    tomorrow_early = add(services, "m", date(2026, 11, 19), time(0, 0))
    in_7_days = add(services, "u", date(2026, 11, 25))
    in_8_days = add(services, "l", date(2026, 11, 26))
    ids = (yesterday, today_all_day, today_late, tomorrow_early, in_7_days, in_8_days)
    Ov, T, U, L = Group.OVERDUE, Group.TODAY, Group.UPCOMING, Group.LATER
    assert groups_of(services, *ids) == [Ov, T, T, U, U, L]
    counts = services.followup_lists.counts()
    assert (counts[Ov], counts[T], counts[U], counts[L], counts[Group.DONE]) == (1, 2, 2, 1, 0)
    assert services.followup_lists.badge_count() == 3
    # One minute later it is the 19th: everything moves one group.
    clock.advance(minutes=1)
    assert groups_of(services, *ids) == [Ov, Ov, Ov, T, U, U]
    assert services.followup_lists.badge_count() == 4


def test_groups_use_the_local_time_zone(services):
    # 23:30 UTC on the 18th is already the 19th in Paris, still the 18th in New York.
    when = utc(2026, 11, 18, 23, 30)
    use_clock(services, when, PARIS)
    fid = add(services, "call", date(2026, 11, 19), time(0, 15))  # 23:15 UTC on the 18th
    assert services.followup_lists.group_of(fid) == Group.TODAY
    new_york = ZoneInfo("America/New_York")
    use_clock(services, when, new_york)
    # The same instant is 18:15 in New York, on the 18th, still today there.
    assert services.followup_lists.group_of(fid) == Group.TODAY
    # An all-day follow-up keeps its date in any zone: the 19th is tomorrow in New York.
    all_day = add(services, "all day", date(2026, 11, 19))
    assert services.followup_lists.group_of(all_day) == Group.UPCOMING


def test_groups_across_dst(services):
    # Paris leaves summer time on 2026-10-25 at 03:00 -> 02:00; that day has 25 hours.
    clock = use_clock(services, local(2026, 10, 25, 23, 30))
    late = add(services, "late", date(2026, 10, 25), time(23, 45))
    next_day = add(services, "next", date(2026, 10, 26), time(0, 30))
    assert groups_of(services, late, next_day) == [Group.TODAY, Group.UPCOMING]
    assert services.followup_lists.bounds().tomorrow_start - services.followup_lists.bounds().today_start == timedelta(hours=25)
    clock.set(local(2026, 10, 26, 0, 10))
    assert groups_of(services, late, next_day) == [Group.OVERDUE, Group.TODAY]
    # Spring forward: 2026-03-29 has 23 hours.
    clock.set(local(2026, 3, 29, 12))
    b = services.followup_lists.bounds()
    assert b.tomorrow_start - b.today_start == timedelta(hours=23)


def test_page_orders_by_due_time_then_priority(services):
    use_clock(services, local(2026, 11, 18, 8))
    a = add(services, "low at 10", at=time(10, 0), priority="low")
    b = add(services, "high at 10", at=time(10, 0), priority="high")
    c = add(services, "at 9", at=time(9, 0))
    rows = services.followup_lists.page(Group.TODAY)
    assert [r.id for r in rows] == [c, b, a]
    assert [r.id for r in services.followup_lists.page(Group.TODAY, offset=1, limit=1)] == [b]


def test_snooze_moves_the_follow_up_and_rearms_the_reminder(services):
    clock = use_clock(services, local(2026, 11, 18, 10))
    fid = add(services, "overdue", date(2026, 11, 10))
    choices = services.followups.snooze_choices()
    assert list(choices) == ["1 hour", "Tomorrow morning (9:00)", "Next week (Monday 9:00)"]
    assert choices["1 hour"] == utc(2026, 11, 18, 10)
    assert choices["Tomorrow morning (9:00)"] == utc(2026, 11, 19, 8)
    assert choices["Next week (Monday 9:00)"] == utc(2026, 11, 23, 8)
    services.followups.snooze([fid], choices["1 hour"])
    assert services.followup_lists.group_of(fid) == Group.TODAY
    assert services.reminders.check() == []
    clock.advance(hours=1)
    assert [r.id for r in services.reminders.check()] == [fid]
    services.followups.snooze([fid], services.followups.snooze_choices()["Tomorrow morning (9:00)"])
    assert services.followup_lists.group_of(fid) == Group.UPCOMING
    with pytest.raises(ValidationError, match="future"):
        services.followups.snooze([fid], utc(2026, 11, 1))
    # Editing the due date clears the snooze.
    services.followups.update(fid, services.followups.get(fid).as_input())
    assert services.followups.get(fid).snoozed_until is None


def test_complete_recurring_from_due_date_and_from_today(services):
    use_clock(services, local(2026, 11, 18, 10))
    rule = Recurrence.starting("monthly", 1, False, date(2026, 10, 31))
    fid = add(services, "Invoice", date(2026, 10, 31), recurrence=rule)
    done = services.followups.complete(fid)
    # From the due date (31 Oct), skipping what is already past: 30 Nov, not 18 Dec.
    assert done.next_due == date(2026, 11, 30)
    assert services.followups.get(done.next_id).recurrence == rule
    assert services.followups.get(fid).done_at is not None
    assert services.followup_lists.group_of(fid) == Group.DONE
    again = services.followups.complete(done.next_id, from_today=True)
    assert again.next_due == date(2026, 12, 18)
    # Completing twice does nothing more.
    assert services.followups.complete(fid).next_id is None


def test_complete_weekly_from_future_due_date(services):
    use_clock(services, local(2026, 11, 18, 10))
    fid = add(services, "Weekly review", date(2026, 11, 20), time(16, 0), recurrence=Recurrence("weekly", 1))
    done = services.followups.complete(fid)
    assert done.next_due == date(2026, 11, 27)
    assert services.followups.get(done.next_id).due_time == time(16, 0)


def test_complete_logs_the_outcome_on_the_timeline(services):
    use_clock(services, local(2026, 11, 18, 10))
    cid = contact(services)
    did = deal(services, contact_id=cid)
    fid = add(services, "Call about the quote", contact_id=cid, deal_id=did)
    done = services.followups.complete(fid, outcome="She accepts, send contract", outcome_kind="call")
    timeline = services.activities.timeline(contact_id=cid)
    assert [a.id for a in timeline] == [done.activity_id]
    assert timeline[0].kind == "call"
    assert timeline[0].subject == "Follow-up done: Call about the quote"
    assert services.activities.timeline(deal_id=did)[0].id == done.activity_id


def test_reopen_undoes_a_completion(services):
    use_clock(services, local(2026, 11, 18, 10))
    fid = add(services, "Daily", recurrence=Recurrence("daily", 1))
    done = services.followups.complete(fid)
    services.followups.reopen(fid, drop_next=done.next_id)
    assert services.followups.get(fid).done_at is None
    with pytest.raises(NotFound):
        services.followups.get(done.next_id)


def test_delete_and_restore(services):
    use_clock(services, local(2026, 11, 18, 10))
    fid = add(services)
    services.followups.delete([fid])
    with pytest.raises(NotFound):
        services.followups.get(fid)
    assert services.followup_lists.counts()[Group.TODAY] == 0
    services.followups.restore([fid])
    assert services.followups.get(fid).title == "Call back"
    services.followups.delete([fid])
    with pytest.raises(NotFound):
        services.followups.delete([fid])


def test_deals_without_a_next_step(services):
    use_clock(services, local(2026, 11, 18, 10))
    cid = contact(services)
    bare = deal(services, "Bare deal", contact_id=cid)
    planned = deal(services, "Planned deal")
    deal(services, "Won deal", status="won")
    fid = add(services, "Next step", deal_id=planned)
    lists = services.followup_lists
    assert [d.id for d in lists.deals_without_next_step()] == [bare]
    assert lists.deals_without_next_step()[0].contact_name == "Ada Lovelace"
    assert lists.count_deals_without_next_step() == 1
    services.followups.complete(fid)
    assert {d.id for d in lists.deals_without_next_step()} == {bare, planned}
    assert lists.deal_ids_without_next_step([bare, planned]) == {bare, planned}


def test_open_for_contact(services):
    use_clock(services, local(2026, 11, 18, 10))
    cid = contact(services)
    a = add(services, "later", date(2026, 12, 1), contact_id=cid)
    b = add(services, "sooner", date(2026, 11, 20), contact_id=cid)
    c = add(services, "done", contact_id=cid)
    services.followups.complete(c)
    rows = services.followup_lists.open_for(contact_id=cid)
    assert [r.id for r in rows] == [b, a]
    assert rows[0].contact_name == "Ada Lovelace"


def test_follow_ups_written_directly_through_the_orm_keep_remind_at(services):
    # Other features (e.g. the pipeline) may add follow-ups with the ORM, without the service.
    from crm_desktop.domain.dates import reminder_instant
    from crm_desktop.storage.models import FollowUp

    use_clock(services, local(2026, 11, 18, 10))
    due = reminder_instant(date(2026, 11, 18), time(15, 0), PARIS)
    with services.db.session() as s:
        fu = FollowUp(title="Direct", due_date=date(2026, 11, 18), due_time=time(15, 0), all_day=False,
                      due_at=due, version=1)
        s.add(fu)
        s.flush()
        fid = fu.id
    assert services.followup_lists.group_of(fid) == Group.TODAY
    assert services.reminders.next_reminder_at() == due
    with services.db.session() as s:
        s.get(FollowUp, fid).snoozed_until = utc(2026, 11, 25, 8)
    assert services.followup_lists.group_of(fid) == Group.UPCOMING
