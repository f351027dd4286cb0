"""Due dates typed in the window's language, put into the words the date parser knows.

The parser (``domain.dates.parse_due``) understands English words ("tomorrow 9:00",
"in 3 days", "next monday") and numeric dates. With the window in German, people type
"morgen 9 Uhr", "in 3 Tagen", "nächsten Montag" or "24.12."; ``to_english`` rewrites that
into the parser's words. Text it does not recognise is passed on unchanged.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QLocale

_WEEKDAYS = {
    "montag": "monday", "mo": "monday", "dienstag": "tuesday", "di": "tuesday",
    "mittwoch": "wednesday", "mi": "wednesday", "donnerstag": "thursday", "do": "thursday",
    "freitag": "friday", "fr": "friday", "samstag": "saturday", "sa": "saturday",
    "sonnabend": "saturday", "sonntag": "sunday", "so": "sunday",
}
_WORDS = {"heute": "today", "morgen": "tomorrow", "gestern": "yesterday", "jetzt": "now",
          "übermorgen": "in 2 days", "um": "at"}
_NEXT = {"nächsten", "nächster", "nächste", "kommenden", "kommender", "kommende"}
_THIS = {"diesen", "dieser", "diese"}
_NUMBERS = {"ein": "1", "eine": "1", "einem": "1", "einer": "1", "zwei": "2", "drei": "3", "vier": "4",
            "fünf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9", "zehn": "10"}
_UNITS = {"tag": "days", "tagen": "days", "tage": "days", "woche": "weeks", "wochen": "weeks",
          "monat": "months", "monaten": "months", "monate": "months", "stunde": "hours",
          "stunden": "hours", "minute": "minutes", "minuten": "minutes"}
_DAY_MONTH = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")
_CLOCK = re.compile(r"^\d{1,2}([:.h]\d{2})?$")


def to_english(text: str, language: QLocale.Language, today: date | None = None) -> str:
    """``text`` in the parser's words when ``language`` is one we know, else unchanged.
    ``today`` completes a date typed without its year ("24.12.") to its next occurrence."""
    if language != QLocale.Language.German:
        return text
    return _from_german(text, today)


def _from_german(text: str, today: date | None) -> str:
    words = [w if any(c.isdigit() for c in w) else w.rstrip(".") for w in text.lower().replace(",", " ").split()]
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        after = words[i + 2] if i + 2 < len(words) else ""
        if word in _NEXT | _THIS and following in _WEEKDAYS:
            out += ["next" if word in _NEXT else "this", _WEEKDAYS[following]]
            i += 2
        elif word in _NEXT and following in ("woche", "monat"):
            out += ["next", "week" if following == "woche" else "month"]
            i += 2
        elif word == "am" and following in _WEEKDAYS:
            out += ["on", _WEEKDAYS[following]]
            i += 2
        elif word == "am" and following[:1].isdigit():
            i += 1  # "am 24.12." is just the date
        elif word == "in" and (following.isdigit() or following in _NUMBERS) and after in _UNITS:
            out += ["in", _NUMBERS.get(following, following), _UNITS[after]]
            i += 3
        elif _CLOCK.match(word) and following == "uhr":
            out.append(word if not word.isdigit() else f"{word}:00")
            i += 2
        elif word in _WEEKDAYS:
            out.append(_WEEKDAYS[word])
            i += 1
        elif (match := _DAY_MONTH.match(word)) and today is not None:
            out.append(_with_year(int(match.group(1)), int(match.group(2)), today) or word)
            i += 1
        else:
            out.append(_WORDS.get(word, word))
            i += 1
    return " ".join(out)


def _with_year(day: int, month: int, today: date) -> str | None:
    """"24.12." -> "24.12.2026": this year's date, or next year's once it has passed."""
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return f"{day}.{month}.{year}"
    return None
