"""Dates and sizes the way people read them: 'Today, 14:33', 'Mon 3 Nov 2026, 09:10', '648 KB'
(in the window's language and the locale's formats)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def when_text(moment: datetime) -> str:
    """A UTC (or aware) moment in local time, with 'Today' / 'Yesterday' where it helps."""
    local = moment.astimezone()
    today = datetime.now().astimezone().date()
    locale = QLocale()
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == today:
        return QCoreApplication.translate("DateTexts", "Today, {time}").format(time=time)
    if local.date() == today - timedelta(days=1):
        return QCoreApplication.translate("DateTexts", "Yesterday, {time}").format(time=time)
    # a QDate format: ddd = short day name, d = day, MMM = short month name, yyyy = year
    day = locale.toString(QDate(local.year, local.month, local.day),
                          QCoreApplication.translate("DateTexts", "ddd d MMM yyyy"))
    return f"{day}, {time}"


def human_size(size: int) -> str:
    locale = QLocale()
    value = float(size)
    units = ("bytes", "KB", "MB", "GB")
    step = 0
    while value >= 1024 and step < len(units) - 1:
        value /= 1024
        step += 1
    unit = units[step]
    if unit == "bytes":
        return QCoreApplication.translate("DateTexts", "{n} bytes").format(n=locale.toString(size))
    return f"{locale.toString(value, 'f', 0 if value >= 100 else 1)} {unit}"
