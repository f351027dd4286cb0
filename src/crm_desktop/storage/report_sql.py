"""SQLite-specific SQL for the reports: local months, weeks, days and day differences.

Times are stored as naive UTC text. To put a row in the owner's local month or week, the
UTC time is shifted by the local UTC offset in force at that instant. The offset changes at
daylight-saving transitions, so the shift is a CASE over the transitions inside the range
being reported (usually zero to two of them), which keeps the grouping exact and cheap.

Everything here is the only place the reports use SQLite functions (strftime, date,
julianday); a PostgreSQL port replaces this module.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from sqlalchemy import ColumnElement, case, func, literal

# (until_utc, offset_seconds): the offset applies to instants before ``until`` (None: to the end).
Segments = list[tuple[datetime | None, int]]


def _offset(tz: tzinfo, instant: datetime) -> int:
    local = instant.astimezone(tz)
    off = local.utcoffset()
    return int(off.total_seconds()) if off is not None else 0


def offset_segments(tz: tzinfo, start: datetime, end: datetime) -> Segments:
    """The local UTC offsets in force between two UTC instants, with the hour each one ends.

    Transitions are found to the hour (every real-world zone changes offset on an hour
    boundary in UTC), by stepping a day at a time and then narrowing down to the hour.
    """
    start = start.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    end = end.astimezone(UTC)
    segments: Segments = []
    current = _offset(tz, start)
    day = start
    while day < end:
        nxt = min(day + timedelta(days=1), end)
        if _offset(tz, nxt) != current:
            hour = day
            while _offset(tz, hour) == current:
                hour += timedelta(hours=1)
            segments.append((hour, current))
            current = _offset(tz, hour)
            day = hour
            continue
        day = nxt
    segments.append((None, current))
    return segments


def _modifier(seconds: int) -> str:
    return f"{seconds:+d} seconds"


def shift(column: ColumnElement, segments: Segments) -> ColumnElement:
    """The SQLite date modifier that turns ``column`` (UTC) into local time."""
    if len(segments) == 1:
        return literal(_modifier(segments[0][1]))
    whens = [(column < until, _modifier(off)) for until, off in segments if until is not None]
    return case(*whens, else_=_modifier(segments[-1][1]))


def local_month(column: ColumnElement, segments: Segments) -> ColumnElement:
    """'YYYY-MM' of the local time of a UTC column."""
    return func.strftime("%Y-%m", column, shift(column, segments))


def local_date(column: ColumnElement, segments: Segments) -> ColumnElement:
    """'YYYY-MM-DD' of the local time of a UTC column."""
    return func.date(column, shift(column, segments))


def local_week(column: ColumnElement, segments: Segments) -> ColumnElement:
    """'YYYY-MM-DD' of the Monday starting the local week of a UTC column."""
    return func.date(column, shift(column, segments), "-6 days", "weekday 1")


def date_month(column: ColumnElement) -> ColumnElement:
    """'YYYY-MM' of a DATE column (already a local date)."""
    return func.strftime("%Y-%m", column)


def days_between(start: ColumnElement, end: ColumnElement) -> ColumnElement:
    """Days (fractional) from one UTC time to another."""
    return func.julianday(end) - func.julianday(start)
