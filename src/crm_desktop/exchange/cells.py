"""Cell values in files we write: formula neutralising for CSV and its exact reversal.

A spreadsheet reads a CSV cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or carriage return) as a formula. We put an apostrophe in front of such
cells. A value that itself starts with an apostrophe followed by one of those characters
(or another apostrophe) gets one too, so that ``unneutralise`` gives back exactly the
original text in every case.
"""

from __future__ import annotations

TRIGGERS = frozenset("=+-@\t\r")
_ESCAPED = TRIGGERS | {"'"}


def neutralise(text: str) -> str:
    if not text:
        return text
    first = text[0]
    if first in TRIGGERS or (first == "'" and len(text) > 1 and text[1] in _ESCAPED):
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """Reverse ``neutralise``: our importer and the sync call this on every CSV cell."""
    if len(text) > 1 and text[0] == "'" and text[1] in _ESCAPED:
        return text[1:]
    return text
