"""What every reader returns: a header row and a way to stream the rows below it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

from crm_desktop.domain.i18n import user_text

Cell = str | date
Row = tuple[int, list[Cell]]  # (row number as the user sees it in the file, cells)


@dataclass
class Table:
    path: Path
    kind: str  # "csv", "xlsx", "xls", "ods", "vcard"
    headers: list[str]
    open_rows: Callable[[], Iterator[Row]] = field(repr=False)
    header_row: int = 1  # row (line) number of the header in the file
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    # The first data rows, when they were read with the header (a spreadsheet's), and
    # whether they are all the rows there are
    head: list[Row] = field(default_factory=list, repr=False)
    head_complete: bool = False

    def rows(self) -> Iterator[Row]:
        """The data rows below the header; opens the file again each time."""
        return self.open_rows()

    def first_rows(self, count: int) -> Iterator[Row]:
        """The first ``count`` data rows (as ``rows()`` gives them), without reading the
        whole file again when they were read with the header."""
        if count <= len(self.head) or self.head_complete:
            return iter(self.head[:count])
        return islice(self.rows(), count)

    def describe(self) -> str:
        """A plain description: 'a CSV file (UTF-8, separated by semicolons)'."""
        if self.kind == "csv":
            sep = {",": user_text("commas"), ";": user_text("semicolons"), "\t": user_text("tabs"),
                   "|": user_text("vertical bars")}.get(self.delimiter, repr(self.delimiter))
            return user_text("a text (CSV) file in {encoding}, values separated by {separator}",
                             encoding=self.encoding or "UTF-8", separator=sep)
        if self.kind == "vcard":
            return user_text("an address book file (vCard)")
        what = {"xlsx": user_text("an Excel workbook"), "xls": user_text("an old-style Excel workbook"),
                "ods": user_text("an OpenDocument spreadsheet")}
        text = what.get(self.kind, user_text("a spreadsheet"))
        if self.sheet:
            text = user_text("{file}, sheet “{sheet}”", file=text, sheet=self.sheet)
        if self.header_row > 1:
            text = user_text("{file}, column titles on row {row}", file=text, row=self.header_row)
        return text
