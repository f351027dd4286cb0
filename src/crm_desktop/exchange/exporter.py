"""Export tables to CSV or XLSX files, streaming rows, written atomically.

``export(db, ["contacts"], path, "xlsx")`` writes one workbook with a sheet per table.
CSV holds one table per file: with several tables, ``path`` is a folder and each table is
written to ``<kind>.csv`` inside it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlalchemy import Connection

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.i18n import joined, number, user_text
from crm_desktop.exchange import atomic
from crm_desktop.exchange.csv_out import CsvOptions, write_csv, write_csv_text
from crm_desktop.exchange.custom_columns import with_custom_fields
from crm_desktop.exchange.tables import KINDS, TABLES
from crm_desktop.exchange.xlsx_out import XlsxBook
from crm_desktop.storage.engine import Database

FORMATS = ["csv", "xlsx"]  # other formats (e.g. ics for follow-ups) are added by their modules

Progress = Callable[[int, int, str], None]


def count_of(n: int, kind: str) -> str:
    """'1 contact', '2,000 contacts' (in the reader's language)."""
    if n == 1:
        if kind == "contacts":
            return user_text("1 contact")
        if kind == "companies":
            return user_text("1 company")
        if kind == "deals":
            return user_text("1 deal")
        if kind == "activities":
            return user_text("1 activity")
        if kind == "followups":
            return user_text("1 follow-up")
        return f"1 {kind}"
    count = number(n)
    if kind == "contacts":
        return user_text("{n} contacts", n=count)
    if kind == "companies":
        return user_text("{n} companies", n=count)
    if kind == "deals":
        return user_text("{n} deals", n=count)
    if kind == "activities":
        return user_text("{n} activities", n=count)
    if kind == "followups":
        return user_text("{n} follow-ups", n=count)
    return f"{count} {kind}"


class ExportCancelled(CrmError):
    def __init__(self) -> None:
        super().__init__(user_text("The export was cancelled. No file was written."))


@dataclass
class ExportResult:
    paths: list[Path] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def summary(self) -> str:
        parts = [count_of(n, k) for k, n in self.rows.items()]
        where = self.paths[0] if len(self.paths) == 1 else self.paths[0].parent
        if not parts:
            return user_text("Exported nothing to {path}.", path=where)
        return user_text("Exported {counts} to {path}.", counts=joined(parts), path=where)


def resolve_kinds(what: str | Sequence[str]) -> list[str]:
    names = [what] if isinstance(what, str) else list(what)
    if "all" in names:
        return list(KINDS)
    unknown = [n for n in names if n not in TABLES]
    if unknown:
        raise CrmError(user_text("Unknown table “{name}”. Choose from: {choices}, all.", name=unknown[0],
                                 choices=", ".join(KINDS)))
    return names


class _Ticker:
    """Reports progress over all tables and raises ExportCancelled when asked to stop."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None):
        self.total, self.progress, self.cancelled = total, progress, cancelled
        self.base = 0
        self.label = ""

    def start(self, label: str) -> None:
        self.label = label
        self.check(0)

    def check(self, done: int) -> None:
        if self.cancelled and self.cancelled():
            raise ExportCancelled()
        if self.progress:
            self.progress(self.base + done, self.total, self.label)

    def finish(self, done: int) -> None:
        self.base += done


def export(
    db: Database,
    what: str | Sequence[str],
    target: Path,
    fmt: str,
    *,
    ids: Mapping[str, Sequence[int]] | None = None,
    csv_options: CsvOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the tables ``what`` (kinds or "all") to ``target``. ``ids`` limits a kind to
    these records, in this order (e.g. the contacts shown in the app)."""
    kinds = resolve_kinds(what)
    fmt = fmt.lower()
    if fmt not in ("csv", "xlsx"):
        raise CrmError(user_text("Unknown format “{format}”. Use csv or xlsx.", format=fmt))
    ids = ids or {}
    target = Path(target).expanduser()
    result = ExportResult()
    with db.engine.connect() as conn:
        counts = {k: TABLES[k].count(conn, ids.get(k)) for k in kinds}
        ticker = _Ticker(sum(counts.values()), progress, cancelled)
        if fmt == "xlsx":
            _export_xlsx(conn, kinds, target, ids, ticker, result)
        else:
            _export_csv(conn, kinds, target, ids, csv_options or CsvOptions(), ticker, result)
    return result


def _export_xlsx(conn: Connection, kinds: list[str], target: Path, ids: Mapping[str, Sequence[int]],
                 ticker: _Ticker, result: ExportResult) -> None:
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    with atomic.atomic_path(target) as temp:
        book = XlsxBook(temp)
        try:
            for kind in kinds:
                table = with_custom_fields(conn, TABLES[kind])
                ticker.start(table.title)
                n = book.add_sheet(table.title, table.columns, table.rows(conn, ids.get(kind)),
                                   on_rows=ticker.check)
                ticker.finish(n)
                result.rows[kind] = n
        finally:
            book.close()
    result.paths.append(target)


def csv_paths(kinds: Sequence[str], target: Path) -> dict[str, Path]:
    """Where each table goes: ``target`` itself for one table, ``target/<kind>.csv`` for more."""
    if len(kinds) == 1:
        if target.is_dir():
            return {kinds[0]: target / f"{kinds[0]}.csv"}
        return {kinds[0]: target if target.suffix else target.with_name(target.name + ".csv")}
    folder = target.with_suffix("") if target.suffix.lower() == ".csv" else target
    return {k: folder / f"{k}.csv" for k in kinds}


def _export_csv(conn: Connection, kinds: list[str], target: Path, ids: Mapping[str, Sequence[int]],
                options: CsvOptions, ticker: _Ticker, result: ExportResult) -> None:
    paths = csv_paths(kinds, target)
    if len(kinds) > 1:
        target = paths[kinds[0]].parent
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise atomic.FileWriteError(user_text(
                "The folder “{folder}” could not be created ({problem}). Choose another place to save the files.",
                folder=target, problem=exc.strerror or str(exc),
            )) from exc
    for kind in kinds:
        table = with_custom_fields(conn, TABLES[kind])
        ticker.start(table.title)
        with atomic.atomic_path(paths[kind]) as temp:
            text = table.text
            if text is not None:
                n = write_csv_text(temp, table.columns, partial(text, conn, ids.get(kind)), options,
                                   on_rows=ticker.check)
            else:
                n = write_csv(temp, table.columns, table.rows(conn, ids.get(kind)), options,
                              on_rows=ticker.check)
        ticker.finish(n)
        result.rows[kind] = n
        result.paths.append(paths[kind])
