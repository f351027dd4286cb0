"""Dates for follow-ups: the local time zone, a natural-language date parser, recurrence.

Pure Python (no Qt, no database). Everything takes "now" or "today" as an argument so that
tests and callers decide what time it is.
"""

from __future__ import annotations

import calendar
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import UserText, user_text

# An all-day follow-up reminds at this local time on its day.
ALL_DAY_REMINDER = time(9, 0)
MORNING = time(9, 0)


def local_zone() -> tzinfo:
    """The computer's time zone as a DST-aware zone when it can be found."""
    name = os.environ.get("TZ", "").lstrip(":")
    candidates = [name] if name else []
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text().strip())
    except OSError:
        pass
    for candidate in candidates:
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return datetime.now().astimezone().tzinfo or UTC


def to_utc(day: date, at: time, zone: tzinfo) -> datetime:
    """The UTC instant of a local wall-clock time (a time skipped by DST moves forward)."""
    local = datetime.combine(day, at, tzinfo=zone)
    # Round-trip through UTC normalises nonexistent times (the spring-forward gap).
    return local.astimezone(UTC)


def day_start(day: date, zone: tzinfo) -> datetime:
    """The UTC instant at which this local day begins."""
    return to_utc(day, time(0, 0), zone)


def reminder_instant(day: date, at: time | None, zone: tzinfo) -> datetime:
    return to_utc(day, at if at is not None else ALL_DAY_REMINDER, zone)


# --- natural-language dates --------------------------------------------------------------

@dataclass(frozen=True)
class Due:
    """A parsed due date: a local date and an optional local time (None = all day)."""

    day: date
    at: time | None = None

    def describe(self, today: date) -> str:
        """'Tomorrow, Fri 3 Apr at 09:00', 'Mon 4 May 2026 (in 30 days), all day'."""
        delta = (self.day - today).days
        words: UserText
        if delta == 0:
            words = user_text("Today, {date}", date=short_date(self.day))
        elif delta == 1:
            words = user_text("Tomorrow, {date}", date=short_date(self.day))
        elif delta == -1:
            words = user_text("Yesterday, {date}", date=short_date(self.day))
        elif delta > 0:
            words = user_text("{date} (in {days} days)", date=long_date(self.day), days=delta)
        else:
            words = user_text("{date} (in the past)", date=long_date(self.day))
        if self.at:
            return user_text("{when} at {time}", when=words, time=f"{self.at:%H:%M}")
        return user_text("{when}, all day", when=words)


WEEKDAY_NAMES = (user_text("Mon"), user_text("Tue"), user_text("Wed"), user_text("Thu"), user_text("Fri"),
                 user_text("Sat"), user_text("Sun"))
MONTH_NAMES = (user_text("Jan"), user_text("Feb"), user_text("Mar"), user_text("Apr"), user_text("May"),
               user_text("Jun"), user_text("Jul"), user_text("Aug"), user_text("Sep"), user_text("Oct"),
               user_text("Nov"), user_text("Dec"))


def short_date(day: date) -> UserText:
    """'Fri 3 Apr' in the reader's language."""
    return user_text("{weekday} {day} {month}", weekday=WEEKDAY_NAMES[day.weekday()], day=day.day,
                     month=MONTH_NAMES[day.month - 1])


def long_date(day: date) -> UserText:
    """'Fri 3 Apr 2026' in the reader's language."""
    return user_text("{weekday} {day} {month} {year}", weekday=WEEKDAY_NAMES[day.weekday()], day=day.day,
                     month=MONTH_NAMES[day.month - 1], year=day.year)


WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
UNITS = {"day": "days", "days": "days", "d": "days", "week": "weeks", "weeks": "weeks", "w": "weeks",
         "month": "months", "months": "months", "hour": "hours", "hours": "hours", "h": "hours",
         "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes"}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}
HELP = user_text("Try “tomorrow 9:00”, “in 3 days”, “next monday”, “fri 14:30” or 2026-12-01.")

_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


def _bad(text: str, why: UserText | None = None) -> ValidationError:
    if not text:
        return ValidationError({"due": user_text("Type a date. {help}", help=HELP)})
    shown = f"{text[:40]}…" if len(text) > 40 else text
    if why is None:
        message = user_text("“{text}” is not a date I understand. {help}", text=shown, help=HELP)
    else:
        message = user_text("“{text}” is not a date I understand. {why} {help}", text=shown, why=why, help=HELP)
    return ValidationError({"due": message})


def parse_time(text: str) -> time | None:
    """'9', '9:00', '14h30', '2pm', '2:30 pm' -> time; None when it is not a time."""
    m = _TIME.match(text.strip().lower())
    if not m:
        return None
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif m.group(2) is None:
        return None  # a bare number is not a time ("3" is ambiguous)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _split_time(text: str) -> tuple[str, time | None]:
    """Split a trailing time ('at 14:30', '9am') off the text."""
    words = text.split()
    for take in (2, 1):
        if len(words) >= take:
            tail = " ".join(words[-take:])
            parsed = parse_time(tail)
            if parsed is not None:
                rest = words[:-take]
                if rest and rest[-1] == "at":
                    rest = rest[:-1]
                return " ".join(rest), parsed
    return text, None


def _date_part(text: str, today: date, original: str) -> date | None:
    if text in ("", "today", "tod", "now"):
        return today if text else None
    if text in ("tomorrow", "tmr", "tmrw", "tom"):
        return today + timedelta(days=1)
    if text == "yesterday":
        return today - timedelta(days=1)
    if text == "next week":
        return today + timedelta(days=7 - today.weekday())
    if text == "next month":
        return today + relativedelta(months=1)
    m = _ISO_DATE.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise _bad(original, user_text("That day does not exist.")) from exc
    m = _DMY.match(text)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError as exc:
            raise _bad(original, user_text("That day does not exist (day.month.year).")) from exc
    words = text.split()
    if words[0] == "in" and len(words) == 3:
        count = NUMBERS.get(words[1]) or (int(words[1]) if words[1].isdigit() else None)
        unit = UNITS.get(words[2])
        if count is not None and unit in ("days", "weeks", "months"):
            if count > 3650:
                raise _bad(original, user_text("That is too far ahead."))
            return today + relativedelta(**{unit: count})
    if len(words) == 2 and words[0] in ("next", "this", "on") and words[1] in WEEKDAYS:
        ahead = (WEEKDAYS[words[1]] - today.weekday()) % 7
        if words[0] == "next" and ahead == 0:
            ahead = 7
        return today + timedelta(days=ahead)
    if len(words) == 1 and words[0] in WEEKDAYS:
        return today + timedelta(days=(WEEKDAYS[words[0]] - today.weekday()) % 7)
    return None


def parse_due(text: str, now: datetime) -> Due:
    """Understand what a person types in a due-date field. ``now`` is local wall-clock time.

    Raises ValidationError with a plain message when the text is not understood.
    """
    original = " ".join((text or "").split())
    cleaned = original.lower().rstrip(".")
    if not cleaned:
        raise _bad("")
    today = now.date()
    # "in 2 hours" / "in 30 minutes": a time today (or later).
    words = cleaned.split()
    if len(words) == 3 and words[0] == "in" and UNITS.get(words[2]) in ("hours", "minutes"):
        count = NUMBERS.get(words[1]) or (int(words[1]) if words[1].isdigit() else None)
        if count is None or count > 10_000:
            raise _bad(original)
        when = now.replace(second=0, microsecond=0) + timedelta(**{UNITS[words[2]]: count})
        return Due(when.date(), when.time())
    iso = cleaned.replace("t", " ", 1) if re.match(r"^\d{4}-\d{1,2}-\d{1,2}t", cleaned) else cleaned
    rest, at = _split_time(iso)
    day = _date_part(rest, today, original)
    if day is None:
        if rest == "" and at is not None:
            # Only a time: today if it is still ahead, otherwise tomorrow.
            day = today if at > now.time() else today + timedelta(days=1)
        else:
            raise _bad(original)
    return Due(day, at)


# --- recurrence -------------------------------------------------------------------------

FREQS = {"daily": DAILY, "weekly": WEEKLY, "monthly": MONTHLY}
_FREQ_NAMES = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly"}
_WEEKDAYS_RULE = "BYDAY=MO,TU,WE,TH,FR"


@dataclass(frozen=True)
class Recurrence:
    """Every ``interval`` days/weeks/months; optionally moved off weekends to the Monday.

    Monthly rules keep their day of the month: the 31st falls on the last day of shorter
    months and comes back to the 31st afterwards.
    """

    freq: str  # "daily" | "weekly" | "monthly"
    interval: int = 1
    weekdays_only: bool = False
    month_day: int | None = None  # monthly only: the day of the month it was set up on

    def __post_init__(self) -> None:
        if self.freq not in FREQS:
            raise ValidationError({"recurrence": user_text("Repeat every day, week or month.")})
        if not 1 <= self.interval <= 365:
            raise ValidationError({"recurrence": user_text("Repeat every 1 to 365 days, weeks or months.")})

    def to_rrule(self) -> str:
        parts = [f"FREQ={self.freq.upper()}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.freq == "monthly" and self.month_day:
            if self.month_day > 28:
                days = ",".join(str(d) for d in range(28, self.month_day + 1))
                parts.append(f"BYMONTHDAY={days};BYSETPOS=-1")
            else:
                parts.append(f"BYMONTHDAY={self.month_day}")
        if self.weekdays_only:
            parts.append(_WEEKDAYS_RULE)
        return ";".join(parts)

    @classmethod
    def from_rrule(cls, text: str) -> Recurrence | None:
        if not text:
            return None
        fields: dict[str, str] = {}
        for part in text.upper().removeprefix("RRULE:").split(";"):
            if "=" in part:
                key, value = part.split("=", 1)
                fields[key] = value
        freq = _FREQ_NAMES.get(fields.get("FREQ", ""))
        if freq is None:
            raise ValidationError({"recurrence": user_text("This repeat rule is not supported: {rule}", rule=text)})
        month_day = None
        if "BYMONTHDAY" in fields:
            month_day = max(int(d) for d in fields["BYMONTHDAY"].split(","))
        return cls(freq, int(fields.get("INTERVAL", "1")), fields.get("BYDAY") == "MO,TU,WE,TH,FR", month_day)

    @classmethod
    def starting(cls, freq: str, interval: int, weekdays_only: bool, first: date) -> Recurrence:
        return cls(freq, interval, weekdays_only, first.day if freq == "monthly" else None)

    def describe(self) -> str:
        """'Every 2 weeks', 'Every month on day 15', 'Every day, weekdays only'."""
        n = self.interval
        if self.freq == "daily":
            text = user_text("Every day") if n == 1 else user_text("Every {n} days", n=n)
        elif self.freq == "weekly":
            text = user_text("Every week") if n == 1 else user_text("Every {n} weeks", n=n)
        else:
            text = user_text("Every month") if n == 1 else user_text("Every {n} months", n=n)
        if self.freq == "monthly" and self.month_day:
            if self.month_day >= 31:
                text = user_text("{rule} on the last day", rule=text)
            else:
                text = user_text("{rule} on day {day}", rule=text, day=self.month_day)
        return user_text("{rule}, weekdays only", rule=text) if self.weekdays_only else text

    def _base(self, start: date) -> rrule:
        bymonthday: tuple[int, ...] | None = None
        bysetpos = None
        if self.freq == "monthly":
            day = self.month_day or start.day
            if day > 28:
                bymonthday, bysetpos = tuple(range(28, day + 1)), -1
            else:
                bymonthday = (day,)
        return rrule(FREQS[self.freq], interval=self.interval, dtstart=datetime.combine(start, time()),
                     bymonthday=bymonthday, bysetpos=bysetpos)

    def next_after(self, anchor: date, not_before: date | None = None) -> date:
        """The next occurrence after ``anchor`` (and on or after ``not_before`` if given)."""
        rule = self._base(_month_start_for(anchor) if self.freq == "monthly" else anchor)
        limit = max(anchor, not_before - timedelta(days=1)) if not_before else anchor
        # Compare against the unshifted anchor so a weekend shift never repeats a date.
        found = rule.after(datetime.combine(limit, time(23, 59)), inc=False)
        if found is None:  # pragma: no cover - rrule without COUNT/UNTIL never ends
            raise ValidationError({"recurrence": user_text("This follow-up has no further occurrence.")})
        day = found.date()
        if self.weekdays_only and day.weekday() >= 5:
            day += timedelta(days=7 - day.weekday())
        return day


def _month_start_for(anchor: date) -> date:
    # The monthly rule counts intervals from the anchor's month; start at its first day so
    # BYMONTHDAY picks the right day in that month too.
    return anchor.replace(day=1)


def last_day_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])
