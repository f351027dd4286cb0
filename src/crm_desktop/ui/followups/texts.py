"""Words of the follow-up screens shown in the window's language: group names, priorities,
repeat choices, and dates written the local way ("Today", "Fri 20 Nov", "in 3 days")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from crm_desktop.domain.dates import Due, Recurrence
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.followup_lists import Group
from crm_desktop.ui import dates, i18n

_CONTEXT = "FollowUpTexts"

GROUP_TITLES = {
    Group.OVERDUE: QT_TRANSLATE_NOOP("FollowUpTexts", "Overdue"),
    Group.TODAY: QT_TRANSLATE_NOOP("FollowUpTexts", "Today"),
    Group.UPCOMING: QT_TRANSLATE_NOOP("FollowUpTexts", "Upcoming (next 7 days)"),
    Group.LATER: QT_TRANSLATE_NOOP("FollowUpTexts", "Later"),
    Group.DONE: QT_TRANSLATE_NOOP("FollowUpTexts", "Done (last 14 days)"),
}
# (label, stored value) pairs for the combo boxes of the dialogs.
PRIORITIES = [(QT_TRANSLATE_NOOP("FollowUpTexts", "Normal"), "normal"),
              (QT_TRANSLATE_NOOP("FollowUpTexts", "High"), "high"),
              (QT_TRANSLATE_NOOP("FollowUpTexts", "Low"), "low")]
REPEATS = [(QT_TRANSLATE_NOOP("FollowUpTexts", "Does not repeat"), None),
           (QT_TRANSLATE_NOOP("FollowUpTexts", "Every day"), "daily"),
           (QT_TRANSLATE_NOOP("FollowUpTexts", "Every week"), "weekly"),
           (QT_TRANSLATE_NOOP("FollowUpTexts", "Every month"), "monthly")]
# The snooze menu's choices come from the follow-up service by these names.
SNOOZE_LABELS = (QT_TRANSLATE_NOOP("FollowUpTexts", "1 hour"),
                 QT_TRANSLATE_NOOP("FollowUpTexts", "Tomorrow morning (9:00)"),
                 QT_TRANSLATE_NOOP("FollowUpTexts", "Next week (Monday 9:00)"))


def label_text(label: str) -> str:
    """One of the labels marked above, in the window's language."""
    return QCoreApplication.translate(_CONTEXT, label)


def group_title(group: Group) -> str:
    return label_text(GROUP_TITLES[group])


def priority_label(priority: str) -> str:
    labels = {value: label for label, value in PRIORITIES}
    return label_text(labels[priority]) if priority in labels else priority.capitalize()


def snooze_label(label: str) -> str:
    """A key of the service's snooze_choices() as the menu shows it."""
    return label_text(str(label)) if label in SNOOZE_LABELS else i18n.translated(label)


# --- dates (formatted with ui.dates) -----------------------------------------------------

def relative_day(day: date, today: date, inline: bool = False) -> str:
    """"Today", "Tomorrow", "Yesterday", else the weekday and date (with the year when it is
    not this year). ``inline``: the word sits inside a phrase ("Snoozed to today 11:00")."""
    delta = (day - today).days
    if delta == 0 and inline:
        return QCoreApplication.translate("FollowUpTexts", "Today", "inside a phrase")
    if delta == 0:
        return QCoreApplication.translate("FollowUpTexts", "Today")
    if delta == 1 and inline:
        return QCoreApplication.translate("FollowUpTexts", "Tomorrow", "inside a phrase")
    if delta == 1:
        return QCoreApplication.translate("FollowUpTexts", "Tomorrow")
    if delta == -1 and inline:
        return QCoreApplication.translate("FollowUpTexts", "Yesterday", "inside a phrase")
    if delta == -1:
        return QCoreApplication.translate("FollowUpTexts", "Yesterday")
    return dates.weekday_date_text(day) if day.year != today.year else dates.weekday_text(day)


def describe_due(due: Due, today: date) -> str:
    """What a typed due date means: "Tomorrow, Thu 19 Nov at 09:00", "Fri 20 Nov 2026 (in 2 days), all day"."""
    delta = (due.day - today).days
    day = dates.weekday_text(due.day)
    if delta == 0:
        words = QCoreApplication.translate("FollowUpTexts", "Today, {day}").format(day=day)
    elif delta == 1:
        words = QCoreApplication.translate("FollowUpTexts", "Tomorrow, {day}").format(day=day)
    elif delta == -1:
        words = QCoreApplication.translate("FollowUpTexts", "Yesterday, {day}").format(day=day)
    elif delta > 0:
        words = QCoreApplication.translate("FollowUpTexts", "{date} (in {days} days)").format(
            date=dates.weekday_date_text(due.day), days=QLocale().toString(delta))
    else:
        words = QCoreApplication.translate("FollowUpTexts", "{date} (in the past)").format(date=dates.weekday_date_text(due.day))
    if due.at:
        return QCoreApplication.translate("FollowUpTexts", "{when} at {time}").format(when=words, time=dates.clock_text(due.at))
    return QCoreApplication.translate("FollowUpTexts", "{when}, all day").format(when=words)


def describe_recurrence(rule: Recurrence) -> str:
    """"Every week", "Every 2 months on day 31"... as the tooltip of a repeating follow-up."""
    n = QLocale().toString(rule.interval)
    one = rule.interval == 1
    if rule.freq == "daily":
        text = QCoreApplication.translate("FollowUpTexts", "Every day") if one else \
            QCoreApplication.translate("FollowUpTexts", "Every {n} days").format(n=n)
    elif rule.freq == "weekly":
        text = QCoreApplication.translate("FollowUpTexts", "Every week") if one else \
            QCoreApplication.translate("FollowUpTexts", "Every {n} weeks").format(n=n)
    elif not rule.month_day:
        text = QCoreApplication.translate("FollowUpTexts", "Every month") if one else \
            QCoreApplication.translate("FollowUpTexts", "Every {n} months").format(n=n)
    elif rule.month_day >= 31:
        text = QCoreApplication.translate("FollowUpTexts", "Every month on the last day") if one else \
            QCoreApplication.translate("FollowUpTexts", "Every {n} months on the last day").format(n=n)
    else:
        day = QLocale().toString(rule.month_day)
        text = QCoreApplication.translate("FollowUpTexts", "Every month on day {day}").format(day=day) if one else \
            QCoreApplication.translate("FollowUpTexts", "Every {n} months on day {day}").format(n=n, day=day)
    if rule.weekdays_only:
        return QCoreApplication.translate("FollowUpTexts", "{rule}, weekdays only").format(rule=text)
    return text


def describe_rrule(rrule: str) -> str:
    try:
        rule = Recurrence.from_rrule(rrule)
    except (ValueError, CrmError):
        return ""
    return describe_recurrence(rule) if rule else ""
