from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.domain.dates import Due, Recurrence, parse_due, reminder_instant
from crm_desktop.domain.errors import ValidationError

# Wednesday 2026-11-18, 10:00 local
NOW = datetime(2026, 11, 18, 10, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", Due(date(2026, 11, 18))),
        ("Today", Due(date(2026, 11, 18))),
        ("tomorrow", Due(date(2026, 11, 19))),
        ("tomorrow 9:00", Due(date(2026, 11, 19), time(9, 0))),
        ("tomorrow at 9am", Due(date(2026, 11, 19), time(9, 0))),
        ("in 3 days", Due(date(2026, 11, 21))),
        ("in a week", Due(date(2026, 11, 25))),
        ("in 2 weeks", Due(date(2026, 12, 2))),
        ("in 1 month", Due(date(2026, 12, 18))),
        ("next monday", Due(date(2026, 11, 23))),
        ("next wednesday", Due(date(2026, 11, 25))),  # today is Wednesday: a week ahead
        ("wednesday", Due(date(2026, 11, 18))),
        ("fri 14:30", Due(date(2026, 11, 20), time(14, 30))),
        ("Friday 2:30 pm", Due(date(2026, 11, 20), time(14, 30))),
        ("mon", Due(date(2026, 11, 23))),
        ("next week", Due(date(2026, 11, 23))),
        ("2026-12-01", Due(date(2026, 12, 1))),
        ("2026-12-01 14:30", Due(date(2026, 12, 1), time(14, 30))),
        ("2026-12-01T08:05", Due(date(2026, 12, 1), time(8, 5))),
        ("01.12.2026", Due(date(2026, 12, 1))),
        ("15:00", Due(date(2026, 11, 18), time(15, 0))),
        ("9:00", Due(date(2026, 11, 19), time(9, 0))),  # already past today: tomorrow
        ("in 2 hours", Due(date(2026, 11, 18), time(12, 0))),
        ("14h30", Due(date(2026, 11, 18), time(14, 30))),
    ],
)
def test_parse_due_understands_common_phrases(text, expected):
    assert parse_due(text, NOW) == expected


@pytest.mark.parametrize("text", ["", "someday", "2026-02-30", "25:00", "fri 25:99", "in many days", "13pm"])
def test_parse_due_explains_what_it_did_not_understand(text):
    with pytest.raises(ValidationError) as err:
        parse_due(text, NOW)
    message = str(err.value)
    assert "tomorrow 9:00" in message  # always shows examples of what works
    if text:
        assert text in message


def test_invalid_day_says_the_day_does_not_exist():
    with pytest.raises(ValidationError, match="does not exist"):
        parse_due("2026-02-30", NOW)


def test_describe_is_friendly():
    assert parse_due("tomorrow 9:00", NOW).describe(NOW.date()) == "Tomorrow, Thu 19 Nov at 09:00"
    assert parse_due("today", NOW).describe(NOW.date()) == "Today, Wed 18 Nov, all day"
    assert "in 5 days" in parse_due("next monday", NOW).describe(NOW.date())


def test_reminder_instant_follows_dst():
    paris = ZoneInfo("Europe/Paris")
    # 9:00 in Paris is 08:00 UTC in winter and 07:00 UTC in summer.
    assert reminder_instant(date(2026, 1, 10), None, paris).hour == 8
    assert reminder_instant(date(2026, 7, 10), None, paris).hour == 7
    # 02:30 does not exist on 2026-03-29 in Paris: it moves forward, never crashes.
    instant = reminder_instant(date(2026, 3, 29), time(2, 30), paris)
    assert instant.astimezone(paris).date() == date(2026, 3, 29)


def test_monthly_on_the_31st_falls_on_month_ends_and_comes_back():
    rule = Recurrence.starting("monthly", 1, False, date(2026, 1, 31))
    assert Recurrence.from_rrule(rule.to_rrule()) == rule
    d = date(2026, 1, 31)
    seen = []
    for _ in range(4):
        d = rule.next_after(d)
        seen.append(d)
    assert seen == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]


def test_monthly_on_the_30th_in_a_leap_february():
    rule = Recurrence.starting("monthly", 1, False, date(2028, 1, 30))
    assert rule.next_after(date(2028, 1, 30)) == date(2028, 2, 29)
    assert rule.next_after(date(2028, 2, 29)) == date(2028, 3, 30)


def test_every_two_months_and_every_three_days():
    assert Recurrence.starting("monthly", 2, False, date(2026, 1, 15)).next_after(date(2026, 1, 15)) == date(2026, 3, 15)
    assert Recurrence("daily", 3).next_after(date(2026, 11, 18)) == date(2026, 11, 21)
    assert Recurrence("weekly", 2).next_after(date(2026, 11, 18)) == date(2026, 12, 2)


def test_weekdays_only_skips_the_weekend():
    rule = Recurrence("daily", 1, weekdays_only=True)
    assert rule.to_rrule() == "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"
    friday = date(2026, 11, 20)
    assert rule.next_after(friday) == date(2026, 11, 23)  # Monday
    assert rule.next_after(date(2026, 11, 23)) == date(2026, 11, 24)
    # A monthly date landing on a Saturday moves to the Monday.
    monthly = Recurrence.starting("monthly", 1, True, date(2026, 10, 31))
    assert monthly.next_after(date(2026, 10, 31)) == date(2026, 11, 30)  # Monday anyway
    assert monthly.next_after(date(2026, 12, 31)) == date(2027, 2, 1)  # 31 Jan 2027 is a Sunday


def test_next_after_can_skip_past_occurrences():
    rule = Recurrence("weekly", 1)
    assert rule.next_after(date(2026, 10, 1), not_before=date(2026, 11, 18)) == date(2026, 11, 19)


def test_unsupported_rule_is_a_clear_error():
    with pytest.raises(ValidationError, match="not supported"):
        Recurrence.from_rrule("FREQ=YEARLY")
    with pytest.raises(ValidationError):
        Recurrence("daily", 0)
