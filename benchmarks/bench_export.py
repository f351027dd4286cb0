"""``export_xlsx``, ``export_csv``: export 100,000 contacts to XLSX and CSV, against the bare writers on the same rows.

Two baselines per format:
- the bare writer alone, given the rows already in memory (fetched once, outside the
  timing): the ratio charges our exporter for everything, including reading the database;
- a bare pipeline: one plain sqlite3 query for the same columns plus the bare writer: the
  ratio is what our layer (batched SQLAlchemy Core queries, typed cells, neutralising, the
  temporary file, fsync and rename) costs over the simplest possible export.
Target: at most 1.5x the faster bare writer of each format.
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Metric, large_database, repeats, timed, with_baseline

REPEAT = repeats(3)
XLSX_REPEAT = repeats(2)
# Primary email/phone, tags and the main columns in one statement (the other emails and
# phones are left empty: the bare pipeline is a lower bound).
PLAIN_SQL = """
SELECT c.id, c.first_name, c.last_name,
  (SELECT email FROM contact_emails e WHERE e.contact_id = c.id ORDER BY position LIMIT 1),
  (SELECT phone FROM contact_phones p WHERE p.contact_id = c.id ORDER BY position LIMIT 1),
  co.name, c.job_title,
  (SELECT group_concat(t.name, ', ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
   WHERE ct.contact_id = c.id),
  c.street, c.postal_code, c.city, c.region, c.country, '', '', c.website, c.birthday,
  c.do_not_email, c.source, c.notes, c.created_at, c.updated_at
FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
WHERE c.deleted_at IS NULL ORDER BY c.id
"""


def run() -> list[Metric]:
    import openpyxl
    import xlsxwriter

    from crm_desktop.exchange.exporter import export
    from crm_desktop.exchange.tables import CONTACT_COLUMNS, contact_rows
    from crm_desktop.paths import DB_FILENAME
    from crm_desktop.storage.engine import open_database

    folder = large_database()
    db = open_database(folder / DB_FILENAME)
    out = Path(tempfile.mkdtemp(prefix="bench-export-"))
    headers = [c.header for c in CONTACT_COLUMNS]
    try:
        start = time.perf_counter()
        with db.engine.connect() as conn:
            rows = list(contact_rows(conn, None))
        fetch_ms = (time.perf_counter() - start) * 1000
        count = len(rows)

        def ours_xlsx() -> None:
            export(db, "contacts", out / "ours.xlsx", "xlsx")

        def ours_csv() -> None:
            export(db, "contacts", out / "ours.csv", "csv")

        def bare_xlsxwriter() -> None:
            book = xlsxwriter.Workbook(str(out / "bare-xw.xlsx"), {"constant_memory": True})
            ws = book.add_worksheet("Contacts")
            ws.write_row(0, 0, headers)
            for r, row in enumerate(rows, start=1):
                ws.write_row(r, 0, row)
            book.close()

        def bare_openpyxl() -> None:
            book = openpyxl.Workbook(write_only=True)
            ws = book.create_sheet("Contacts")
            ws.append(headers)
            for row in rows:
                ws.append(row)
            book.save(out / "bare-opx.xlsx")

        def bare_csv(data=None) -> None:  # type: ignore[no-untyped-def]
            with open(out / "bare.csv", "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow(headers)
                writer.writerows(rows if data is None else data)

        def plain_rows() -> list[tuple[object, ...]]:
            raw = sqlite3.connect(folder / DB_FILENAME)
            try:
                return raw.execute(PLAIN_SQL).fetchall()
            finally:
                raw.close()

        def pipeline_csv() -> None:
            bare_csv(plain_rows())

        def pipeline_xlsxwriter() -> None:
            data = plain_rows()
            book = xlsxwriter.Workbook(str(out / "pipe-xw.xlsx"), {"constant_memory": True})
            ws = book.add_worksheet("Contacts")
            ws.write_row(0, 0, headers)
            for r, row in enumerate(data, start=1):
                ws.write_row(r, 0, row)
            book.close()

        # XLSX runs take seconds each: two of each (xlsxwriter is the faster bare writer; the
        # openpyxl writer and the xlsx bare pipeline are measured with FULL_EXPORT=1 only).
        xw = timed(bare_xlsxwriter, repeat=XLSX_REPEAT, warmup=0)
        ours_x = timed(ours_xlsx, repeat=XLSX_REPEAT, warmup=0)
        full = os.environ.get("FULL_EXPORT") == "1"
        opx = timed(bare_openpyxl, repeat=1, warmup=0) if full else None
        pipe_x = timed(pipeline_xlsxwriter, repeat=XLSX_REPEAT, warmup=0) if full else None
        bare_c = timed(bare_csv, repeat=REPEAT, warmup=1)
        ours_c = timed(ours_csv, repeat=REPEAT, warmup=1)
        pipe_c = timed(pipeline_csv, repeat=REPEAT, warmup=1)
        faster_xlsx = min(xw, opx or xw, key=lambda t: t[0])
        x_metric = with_baseline("export_xlsx", ours_x, faster_xlsx,
                                 target="<= 1.5x faster bare writer")
        x_metric.extra = {"bare_xlsxwriter_ms": round(xw[0], 1), "fetch_rows_ms": round(fetch_ms, 1),
                          "contacts": float(count)}
        c_metric = with_baseline("export_csv", ours_c, bare_c,
                                 target="<= 1.5x bare csv.writer")
        c_metric.extra = {"fetch_rows_ms": round(fetch_ms, 1), "contacts": float(count)}
        metrics = [
            x_metric,
            c_metric,
            with_baseline("csv: ours vs bare pipeline (sqlite3 + csv.writer)", ours_c, pipe_c),
            Metric("fetch the rows once (not in the bare times)", round(fetch_ms, 1), "ms"),
        ]
        if opx and pipe_x:
            metrics += [Metric("bare openpyxl write-only", round(opx[0], 1), "ms", spread=round(opx[1], 1)),
                        with_baseline("xlsx: ours vs bare pipeline (sqlite3 + xlsxwriter)", ours_x, pipe_x)]
        return metrics
    finally:
        db.close()
        shutil.rmtree(out, ignore_errors=True)
