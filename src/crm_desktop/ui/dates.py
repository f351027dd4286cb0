"""Dates and sizes the way people read them: 'Today, 14:33', 'Mon 3 Nov 2026, 09:10', '648 KB'."""

from __future__ import annotations

from datetime import datetime, timedelta


def when_text(moment: datetime) -> str:
    """A UTC (or aware) moment in local time, with 'Today' / 'Yesterday' where it helps."""
    local = moment.astimezone()
    today = datetime.now().astimezone().date()
    if local.date() == today:
        day = "Today"
    elif local.date() == today - timedelta(days=1):
        day = "Yesterday"
    else:
        day = local.strftime("%a %d %b %Y").replace(" 0", " ")
    return f"{day}, {local:%H:%M}"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" or value >= 100 else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"
