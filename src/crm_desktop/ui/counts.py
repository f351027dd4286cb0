"""How many records of a kind, in the window's language: '1 contact', '1,234 contacts'.

The one place for these words in the window (undo steps, record lists, exports, the deals
table's bulk menu). One and several are written out as whole texts (no %n plurals);
``{n}`` is the number in the window's format.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CONTEXT = "RecordCounts"
# (one, several) of each kind of record, by the kind's singular key
WORDS = {
    "contact": (QT_TRANSLATE_NOOP("RecordCounts", "1 contact"), QT_TRANSLATE_NOOP("RecordCounts", "{n} contacts")),
    "company": (QT_TRANSLATE_NOOP("RecordCounts", "1 company"), QT_TRANSLATE_NOOP("RecordCounts", "{n} companies")),
    "deal": (QT_TRANSLATE_NOOP("RecordCounts", "1 deal"), QT_TRANSLATE_NOOP("RecordCounts", "{n} deals")),
    "followup": (QT_TRANSLATE_NOOP("RecordCounts", "1 follow-up"),
                 QT_TRANSLATE_NOOP("RecordCounts", "{n} follow-ups")),
    "activity": (QT_TRANSLATE_NOOP("RecordCounts", "1 activity"),
                 QT_TRANSLATE_NOOP("RecordCounts", "{n} activities")),
}
ITEMS = (QT_TRANSLATE_NOOP("RecordCounts", "1 item"), QT_TRANSLATE_NOOP("RecordCounts", "{n} items"))


def words(kind: str) -> tuple[str, str]:
    """('1 contact', '{n} contacts') translated; 'items' for an unknown or mixed kind."""
    one, several = WORDS.get(kind, ITEMS)
    return QCoreApplication.translate(CONTEXT, one), QCoreApplication.translate(CONTEXT, several)


def count_text(kind: str, n: int) -> str:
    """'1 deal', '3 contacts', '1.234 Kontakte' ('items' for an unknown or mixed kind)."""
    one, several = words(kind)
    return one if n == 1 else several.format(n=QLocale().toString(n))
