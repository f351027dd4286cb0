"""Export 100,000 contacts to XLSX and CSV, against the bare writers on the same rows.

The bare writers get the rows already in memory (fetched once, outside the timing), so the
ratio charges our exporter for everything it does on top: the queries, the conversions,
typed cells, formula neutralising, the temporary file, fsync and the rename.
Target: at most 1.5x the faster bare writer of each format.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Metric, large_database, timed, with_baseline

REPEAT = 3


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

        def bare_csv() -> None:
            with open(out / "bare.csv", "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow(headers)
                writer.writerows(rows)

        xw = timed(bare_xlsxwriter, repeat=REPEAT, warmup=0)
        opx = timed(bare_openpyxl, repeat=REPEAT, warmup=0)
        ours_x = timed(ours_xlsx, repeat=REPEAT, warmup=0)
        bare_c = timed(bare_csv, repeat=REPEAT, warmup=1)
        ours_c = timed(ours_csv, repeat=REPEAT, warmup=1)
        faster_xlsx = min(xw, opx, key=lambda t: t[0])
        x_metric = with_baseline(f"export {count:,} contacts to xlsx", ours_x, faster_xlsx,
                                 target="<= 1.5x faster bare writer")
        x_metric.extra = {"bare_xlsxwriter_ms": round(xw[0], 1), "bare_openpyxl_ms": round(opx[0], 1),
                          "fetch_rows_ms": round(fetch_ms, 1)}
        c_metric = with_baseline(f"export {count:,} contacts to csv", ours_c, bare_c,
                                 target="<= 1.5x bare csv.writer")
        c_metric.extra = {"fetch_rows_ms": round(fetch_ms, 1)}
        return [
            x_metric,
            Metric("bare xlsxwriter constant_memory", round(xw[0], 1), "ms", spread=round(xw[1], 1)),
            Metric("bare openpyxl write-only", round(opx[0], 1), "ms", spread=round(opx[1], 1)),
            c_metric,
            Metric("fetch the rows once (not in the bare times)", round(fetch_ms, 1), "ms"),
        ]
    finally:
        db.close()
        shutil.rmtree(out, ignore_errors=True)
