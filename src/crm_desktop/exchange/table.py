"""What every reader returns: a header row and a way to stream the rows below it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

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

    def rows(self) -> Iterator[Row]:
        """The data rows below the header; opens the file again each time."""
        return self.open_rows()

    def describe(self) -> str:
        """A plain description: 'a CSV file (UTF-8, separated by semicolons)'."""
        if self.kind == "csv":
            sep = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical bars"}.get(
                self.delimiter, repr(self.delimiter)
            )
            return f"a text (CSV) file in {self.encoding or 'UTF-8'}, values separated by {sep}"
        if self.kind == "vcard":
            return "an address book file (vCard)"
        what = {"xlsx": "an Excel workbook", "xls": "an old-style Excel workbook", "ods": "an OpenDocument spreadsheet"}
        text = what.get(self.kind, "a spreadsheet")
        if self.sheet:
            text += f", sheet “{self.sheet}”"
        if self.header_row > 1:
            text += f", column titles on row {self.header_row}"
        return text
