"""Export use cases shared by the GUI and the CLI (no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.storage.engine import Database

if TYPE_CHECKING:  # the writers (xlsxwriter) are imported on the first export, not at start-up
    from crm_desktop.exchange import accounting
    from crm_desktop.exchange.exporter import ExportResult, Progress


class ExportService:
    def __init__(self, db: Database):
        self.db = db

    def export(
        self,
        what: str | Sequence[str],
        target: Path,
        fmt: str,
        *,
        ids: Mapping[str, Sequence[int]] | None = None,
        delimiter: str = ",",
        plain_utf8: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        from crm_desktop.exchange import exporter
        from crm_desktop.exchange.csv_out import CsvOptions

        return exporter.export(
            self.db,
            what,
            target,
            fmt,
            ids=ids,
            csv_options=CsvOptions(delimiter=delimiter, bom=not plain_utf8),
            progress=progress,
            cancelled=cancelled,
        )

    def won_deals(self, start: date, end: date, target: Path) -> accounting.WonDealsReport:
        from crm_desktop.exchange import accounting

        return accounting.write_won_deals(self.db, start, end, target)

    def won_deals_preview(self, start: date, end: date) -> accounting.WonDealsReport:
        from crm_desktop.exchange import accounting

        with self.db.engine.connect() as conn:
            return accounting.won_deals(conn, start, end)
