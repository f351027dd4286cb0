from crm_desktop.services.demo import generate
from crm_desktop.services.followup_lists import Group
from crm_desktop.storage.models import Contact, FollowUp
from followup_helpers import use_clock


def test_demo_adds_follow_ups_of_every_kind(services):
    ctx = generate(services.db, contacts=400, seed=3)
    assert 190 <= ctx.counts["follow-ups"] <= 240
    use_clock(services, ctx.now, services.followups.zone)
    counts = services.followup_lists.counts()
    assert all(counts[g] > 0 for g in (Group.OVERDUE, Group.TODAY, Group.UPCOMING, Group.LATER, Group.DONE))
    with services.db.reader() as s:
        assert s.query(FollowUp).filter(FollowUp.recurrence != "").count() >= 4
        assert s.query(FollowUp).filter_by(source="keep_in_touch").count() >= 1
        assert s.query(Contact).filter(Contact.keep_in_touch_days.is_not(None)).count() >= 3
    # Nothing in the past is left to remind: a fresh demo does not flood the user.
    assert services.reminders.due_reminders(ctx.now) == []
