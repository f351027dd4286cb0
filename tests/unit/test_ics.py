from datetime import date, time, timedelta

from icalendar import Calendar

from crm_desktop.cli import main
from crm_desktop.domain.dates import Recurrence
from crm_desktop.services.followups import FollowUpInput
from followup_helpers import contact, local, use_clock, utc


def fill(services):
    use_clock(services, local(2026, 11, 18, 10))
    cid = contact(services)
    add = services.followups.create
    timed = add(FollowUpInput("Call Ada", date(2026, 11, 20), time(14, 30), notes="About the quote",
                              priority="high", contact_id=cid))
    all_day = add(FollowUpInput("Send invoice", date(2026, 11, 30),
                                recurrence=Recurrence.starting("monthly", 1, False, date(2026, 11, 30))))
    done = add(FollowUpInput("Done already", date(2026, 11, 18)))
    services.followups.complete(done)
    deleted = add(FollowUpInput("Deleted", date(2026, 11, 18)))
    services.followups.delete([deleted])
    return timed, all_day


def test_ics_events_parse_back_with_the_right_items(services, tmp_path):
    timed, all_day = fill(services)
    path = tmp_path / "followups.ics"
    assert services.followup_lists.export_ics(path) == 2
    cal = Calendar.from_ical(path.read_bytes())
    events = {e["uid"]: e for e in cal.walk("VEVENT")}
    assert set(events) == {f"followup-{timed}@crm-desktop", f"followup-{all_day}@crm-desktop"}
    call = events[f"followup-{timed}@crm-desktop"]
    assert str(call["summary"]) == "Call Ada"
    assert call.decoded("dtstart") == utc(2026, 11, 20, 13, 30)
    assert "Contact: Ada Lovelace" in str(call["description"])
    assert "About the quote" in str(call["description"])
    assert int(call["priority"]) == 1
    alarm = call.walk("VALARM")[0]
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(0)
    invoice = events[f"followup-{all_day}@crm-desktop"]
    assert invoice.decoded("dtstart") == date(2026, 11, 30)
    assert invoice.decoded("dtend") == date(2026, 12, 1)
    assert invoice["rrule"].to_ical() == b"FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"
    assert invoice.walk("VALARM")[0].decoded("trigger") == timedelta(hours=9)
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


def test_ics_weekdays_only_rules(services, tmp_path):
    use_clock(services, local(2026, 11, 18, 10))
    add = services.followups.create
    daily = add(FollowUpInput("Inbox", date(2026, 11, 18), recurrence=Recurrence("daily", 1, True)))
    weekly = add(FollowUpInput("Stock", date(2026, 11, 18), recurrence=Recurrence("weekly", 1, True)))
    path = tmp_path / "f.ics"
    services.followup_lists.export_ics(path)
    rules = {e["uid"]: e["rrule"].to_ical() for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert rules[f"followup-{daily}@crm-desktop"] == b"FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"
    # Weekly with BYDAY would mean five times a week in a calendar app.
    assert rules[f"followup-{weekly}@crm-desktop"] == b"FREQ=WEEKLY"


def test_ics_tasks_have_due_dates(services, tmp_path):
    timed, all_day = fill(services)
    path = tmp_path / "tasks.ics"
    services.followup_lists.export_ics(path, as_tasks=True)
    todos = {t["uid"]: t for t in Calendar.from_ical(path.read_bytes()).walk("VTODO")}
    assert todos[f"followup-{timed}@crm-desktop"].decoded("due") == utc(2026, 11, 20, 13, 30)
    assert todos[f"followup-{all_day}@crm-desktop"].decoded("due") == date(2026, 11, 30)
    assert all(t.walk("VALARM") for t in todos.values())


def test_cli_export_followups_ics(app_paths, services, tmp_path, capsys):
    fill(services)
    out = tmp_path / "out.ics"
    code = main(["export", "followups", "--format", "ics", "-o", str(out), "--data-dir", str(app_paths.data_dir)])
    assert code == 0
    assert "Wrote 2 open follow-ups" in capsys.readouterr().out
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 2
    out2 = tmp_path / "tasks.ics"
    assert main(["calendar-export", "--tasks", "-o", str(out2), "--data-dir", str(app_paths.data_dir)]) == 0
    assert len(Calendar.from_ical(out2.read_bytes()).walk("VTODO")) == 2


def test_cli_export_to_a_missing_folder_says_what_to_do(app_paths, tmp_path, capsys):
    code = main(["calendar-export", "-o", str(tmp_path / "nope" / "x.ics"), "--data-dir", str(app_paths.data_dir)])
    assert code == 1
    assert "does not exist" in capsys.readouterr().err
