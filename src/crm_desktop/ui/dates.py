"""Dates, times and sizes the way people read them, in the window's language and the locale's
formats: '12 Dec 2026', 'Fri 20 Nov', 'Today, 14:33', '648 KB'.

The home of the window's date formats: views format dates with these helpers instead of wrapping
their own copies of the same formats.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _format(day: date, qt_format: str) -> str:
    return QLocale().toString(qdate(day), qt_format)


def date_format() -> str:
    """The Qt date format of a date: "d MMM yyyy" (12 Dec 2026), "d. MMM yyyy" in German.
    Also the display format of date fields."""
    return QCoreApplication.translate("DateTexts", "d MMM yyyy", "date format: day, month and year")


def date_text(day: date | None) -> str:
    """"12 Dec 2026" ("12. Dez. 2026"): unambiguous in every locale; "" for no date."""
    return _format(day, date_format()) if day is not None else ""


def day_month_text(day: date) -> str:
    """"12 Dec" ("12. Dez."): a date of this year where space is short."""
    return _format(day, QCoreApplication.translate("DateTexts", "d MMM", "date format: day and month"))


def weekday_text(day: date) -> str:
    """"Fri 20 Nov" ("Fr., 20. Nov.")."""
    return _format(day, QCoreApplication.translate("DateTexts", "ddd d MMM", "date format: weekday, day and month"))


def weekday_date_text(day: date) -> str:
    """"Fri 20 Nov 2026" ("Fr., 20. Nov. 2026")."""
    return _format(day, QCoreApplication.translate(
        "DateTexts", "ddd d MMM yyyy", "date format: weekday, day, month and year"))


def month_text(day: date) -> str:
    """"Mar 2026" ("März 2026"): the month of ``day``."""
    return _format(day, QCoreApplication.translate("DateTexts", "MMM yyyy", "date format: short month and year"))


def full_month_text(day: date) -> str:
    """"March 2026" ("März 2026"): the month of ``day``, its name in full."""
    return _format(day, QCoreApplication.translate("DateTexts", "MMMM yyyy", "date format: month and year"))


def clock_text(at: time) -> str:
    """"14:30" (24-hour clock, as everywhere in the app)."""
    return QLocale().toString(QTime(at.hour, at.minute), "HH:mm")


def date_time_text(moment: datetime | None) -> str:
    """A UTC (or aware) moment in local time: "12 Dec 2026 14:30"; "" for none."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{date_text(local.date())} {clock_text(local.time())}"


def when_text(moment: datetime) -> str:
    """A UTC (or aware) moment in local time, with 'Today' / 'Yesterday' where it helps."""
    local = moment.astimezone()
    today = datetime.now().astimezone().date()
    time_of_day = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == today:
        return QCoreApplication.translate("DateTexts", "Today, {time}").format(time=time_of_day)
    if local.date() == today - timedelta(days=1):
        return QCoreApplication.translate("DateTexts", "Yesterday, {time}").format(time=time_of_day)
    return f"{weekday_date_text(local.date())}, {time_of_day}"


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
