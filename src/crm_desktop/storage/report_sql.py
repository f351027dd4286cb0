"""SQL building blocks for the reports: time buckets, local dates, day differences.

Times are stored as naive UTC. Months and weeks are the owner's *local* months and weeks,
so their bounds are computed in Python (exact across daylight-saving changes, any zone) and
passed to SQL as a small VALUES table of UTC ranges (``buckets``); rows are then counted per
range, using the indexes on the time columns. That part is portable SQL.

Where a row's own local date is needed (was a follow-up done by the end of its due day?),
the UTC time is shifted by the local UTC offset in force at that instant: a CASE over the
offset changes inside the range (usually zero to two). That, ``date_month`` and
``days_between`` use SQLite functions (date, strftime, julianday) and are the only
SQLite-specific SQL of the reports; a PostgreSQL port replaces those functions.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from sqlalchemy import CTE, ColumnElement, Integer, String, case, column, func, literal, values

from crm_desktop.storage.base import UtcDateTime

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


def local_date(column: ColumnElement, segments: Segments) -> ColumnElement:
    """'YYYY-MM-DD' of the local time of a UTC column."""
    return func.date(column, shift(column, segments))


def date_month(column: ColumnElement) -> ColumnElement:
    """'YYYY-MM' of a DATE column (already a local date)."""
    return func.strftime("%Y-%m", column)


def days_between(start: ColumnElement, end: ColumnElement) -> ColumnElement:
    """Days (fractional) from one UTC time to another."""
    return func.julianday(end) - func.julianday(start)


def buckets(bounds: list[tuple[datetime, datetime]], name: str = "buckets") -> CTE:
    """A small table (idx, start, end) of UTC ranges, ``start <= t < end`` (a VALUES CTE)."""
    return values(
        column("idx", Integer), column("start", UtcDateTime()), column("end", UtcDateTime()), name=name
    ).data([(i, start, end) for i, (start, end) in enumerate(bounds)]).cte(name)


def words(items: list[str], name: str, col: str) -> CTE:
    """A one-column table of strings (a VALUES CTE)."""
    return values(column(col, String), name=name).data([(item,) for item in items]).cte(name)
