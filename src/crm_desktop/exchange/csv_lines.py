"""CSV lines and cells exactly as csv.writer writes them, without looking at every character
in Python's per-cell loop.

csv.writer checks every character of every cell for the delimiter, a quote or a line break.
Most cells hold none of them: here a whole batch is searched at once (a joined string
searched by C code), the cells that need nothing are joined as they are, and only what
needs quotes goes through csv.writer itself, so quoting stays csv.writer's own.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from itertools import chain
from operator import itemgetter
from types import SimpleNamespace

from crm_desktop.exchange.cells import TRIGGERS, neutralise

# A cell that neutralise may change starts with one of these (after a "\0" joint).
_STARTS = re.compile("\0[" + re.escape("".join(sorted(TRIGGERS | {"'"}))) + "]")


class CsvCells:
    """Cells and lines for one file's delimiter and line end."""

    def __init__(self, delimiter: str, line_end: str):
        self.delimiter, self.end = delimiter, line_end
        self.specials = (delimiter, '"', "\r", "\n")  # csv.writer may quote a cell holding one
        self._trouble = re.compile(_STARTS.pattern + "|[" + re.escape("".join(self.specials)) + "]")
        self._out: list[str] = []
        self._csv = csv.writer(SimpleNamespace(write=self._out.append), delimiter=delimiter,
                               lineterminator=line_end)
        self._tail = len(delimiter) + len(line_end)  # after a cell written with an empty one

    def line(self, cells: Sequence[object]) -> str:
        """One line by csv.writer itself, with its line end."""
        self._csv.writerow(cells)
        return self._out.pop()

    def quoted(self, cell: str) -> str:
        """``cell`` as csv.writer writes it in a row (in quotes if it needs them)."""
        if not any(s in cell for s in self.specials):
            return cell
        self._csv.writerow((cell, ""))  # two cells: a lone empty cell would be written as ""
        return self._out.pop()[: -self._tail]

    def text(self, value: str) -> str:
        """A text cell: neutralised, then quoted if needed."""
        return self.quoted(neutralise(value))

    def texts(self, values: list[str]) -> list[str]:
        """``text`` of each value (the list itself when none changes)."""
        blob = "\0" + "\0".join(values)
        if _STARTS.search(blob):
            values = list(map(neutralise, values))
        if any(s in blob for s in self.specials):  # an apostrophe in front adds no special
            values = list(map(self.quoted, values))
        return values

    def text_tails(self, rows: list[tuple], start: int) -> list[tuple]:  # type: ignore[type-arg]
        """``rows`` with the cells from ``start`` on (text, all rows as wide) made ``text``.
        They are searched at once; only the rows where a cell may change are rebuilt."""
        if not rows:
            return rows
        width = len(rows[0]) - start
        blob = "\0" + "\0".join(chain.from_iterable(map(itemgetter(slice(start, None)), rows)))
        if _STARTS.search(blob) is None and not any(s in blob for s in self.specials):
            return rows
        if blob.count("\0") == len(rows) * width:
            changed: set[int] | range = set()
            cells, position = 0, 0
            for match in self._trouble.finditer(blob):  # count the joints up to each match: its cell
                cells += blob.count("\0", position, match.start() + 1)
                position = match.start() + 1
                changed.add((cells - 1) // width)  # type: ignore[union-attr]
        else:  # a cell holds "\0" itself: do every row
            changed = range(len(rows))
        out = list(rows)
        for i in changed:
            out[i] = rows[i][:start] + tuple(map(self.text, rows[i][start:]))
        return out

    def plain_lines(self, rows: Sequence[Sequence[str]]) -> str:
        """The lines for rows of str cells that may still need quotes."""
        if not rows:
            return ""
        if len(rows[0]) < 2:  # csv.writer writes a lone empty cell as ""
            return "".join(map(self.line, rows))
        d, end, per_line, n = self.delimiter, self.end, len(rows[0]) - 1, len(rows)
        lines = list(map(d.join, rows))
        lines.append("")
        text = end.join(lines)
        if (text.count(d) == per_line * n and '"' not in text and text.count("\r") == n * end.count("\r")
                and text.count("\n") == n * end.count("\n")):
            return text
        lines.pop()
        quoted = [i for i, line in enumerate(lines)
                  if line.count(d) != per_line or '"' in line or "\r" in line or "\n" in line]
        self._csv.writerows([rows[i] for i in quoted])
        for i, line in zip(quoted, self._out, strict=True):
            lines[i] = line[: -len(end)]
        self._out.clear()
        lines.append("")
        return end.join(lines)
