"""iCalendar (.ics) export of follow-ups, readable by Thunderbird, Apple Calendar and Google.

Events (VEVENT) by default, because Google Calendar ignores tasks on import; tasks (VTODO
with DUE) on request for apps that keep a task list. Each item carries an alarm (VALARM)
at its reminder time and, when it repeats, its RRULE. The file is written to a temporary
name, flushed and renamed, so a crash never leaves half a file under the real name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event, Todo, vRecur

from crm_desktop.domain.dates import ALL_DAY_REMINDER
from crm_desktop.domain.i18n import user_text
from crm_desktop.storage.safe_write import write_bytes

PRODID = "-//crm-desktop//Follow-ups//EN"
EVENT_MINUTES = 30
ICAL_PRIORITY = {"high": 1, "normal": 5, "low": 9}


@dataclass(frozen=True)
class CalendarItem:
    """One follow-up as the calendar sees it."""

    id: int
    title: str
    notes: str
    due_date: date  # local date
    due_time: time | None  # local time, None = all day
    due_at: datetime  # the UTC instant of the reminder (the due time for timed items)
    priority: str = "normal"
    recurrence: str = ""  # RRULE without the "RRULE:" prefix, '' for none
    contact_name: str = ""
    deal_title: str = ""

    @property
    def uid(self) -> str:
        return f"followup-{self.id}@crm-desktop"

    @property
    def description(self) -> str:
        lines = []
        if self.contact_name:
            lines.append(f"Contact: {self.contact_name}")
        if self.deal_title:
            lines.append(f"Deal: {self.deal_title}")
        if self.notes:
            lines += ["", self.notes] if lines else [self.notes]
        return "\n".join(lines)


def _alarm(item: CalendarItem) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", item.title)
    if item.due_time is None:
        # All day: remind at 9:00 on the day (relative to the day's start).
        alarm.add("trigger", timedelta(hours=ALL_DAY_REMINDER.hour, minutes=ALL_DAY_REMINDER.minute))
    else:
        alarm.add("trigger", timedelta(0))
    return alarm


def _common(component: Event | Todo, item: CalendarItem, stamp: datetime) -> None:
    component.add("uid", item.uid)
    component.add("dtstamp", stamp)
    component.add("summary", item.title)
    if item.description:
        component.add("description", item.description)
    component.add("priority", ICAL_PRIORITY.get(item.priority, 5))
    if item.recurrence:
        component.add("rrule", vRecur.from_ical(item.recurrence.removeprefix("RRULE:")))
    component.add_component(_alarm(item))


def build_calendar(items: Iterable[CalendarItem], now: datetime, as_tasks: bool = False) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "CRM follow-ups")
    stamp = now.astimezone(UTC)
    for item in items:
        if as_tasks:
            todo = Todo()
            if item.due_time is None:
                todo.add("due", item.due_date)
                todo.add("dtstart", item.due_date)
            else:
                todo.add("due", item.due_at.astimezone(UTC))
                todo.add("dtstart", item.due_at.astimezone(UTC))
            todo.add("status", "NEEDS-ACTION")
            _common(todo, item, stamp)
            cal.add_component(todo)
        else:
            event = Event()
            if item.due_time is None:
                event.add("dtstart", item.due_date)
                event.add("dtend", item.due_date + timedelta(days=1))
                event.add("transp", "TRANSPARENT")
            else:
                start = item.due_at.astimezone(UTC)
                event.add("dtstart", start)
                event.add("dtend", start + timedelta(minutes=EVENT_MINUTES))
            _common(event, item, stamp)
            cal.add_component(event)
    return cal


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file next to ``path``, flush it to disk, then rename."""
    write_bytes(path, data)


def write_ics(path: Path, items: Iterable[CalendarItem], now: datetime, as_tasks: bool = False) -> int:
    """Write the calendar file. Returns how many follow-ups it holds."""
    items = list(items)
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(user_text("{path} is a folder; give a file name such as followups.ics", path=path))
    write_atomic(path, build_calendar(items, now, as_tasks).to_ical())
    return len(items)
