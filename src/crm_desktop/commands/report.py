"""``crm-desktop report``: write the reports dashboard for a date range to XLSX or PDF."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from crm_desktop.commands import fail, open_services

FORMATS = ("xlsx", "pdf")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31") from None


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help="export the reports dashboard for a date range to Excel (xlsx) or PDF",
        description="Write the whole report (won deals, forecast, pipeline, activities, follow-ups, "
        "best customers, new contacts) for the days FROM to TO, both included.",
    )
    p.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE", help="last day, YYYY-MM-DD")
    p.add_argument("--format", choices=FORMATS, help="xlsx or pdf (default: from the file name)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="PATH", help="the file to write")
    p.add_argument("--pipeline", metavar="NAME", help="only deals in this pipeline (name or number)")
    p.set_defaults(func=run)


def _pipeline_id(services, wanted: str | None) -> tuple[int | None, str]:  # type: ignore[no-untyped-def]
    if not wanted:
        return None, ""
    pipelines = services.reports.pipelines()
    for pid, name in pipelines:
        if wanted.strip().casefold() in (name.casefold(), str(pid)):
            return pid, ""
    names = ", ".join(name for _pid, name in pipelines) or "none yet"
    return None, f"there is no pipeline called '{wanted}'. Pipelines: {names}."


def run(args: argparse.Namespace) -> int:
    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        return fail("say --format xlsx or --format pdf (or end the file name in .xlsx or .pdf).", 2)
    if args.end < args.start:
        return fail("--to is before --from; the last day must be on or after the first day.", 2)
    services = open_services(args)
    try:
        pipeline_id, problem = _pipeline_id(services, args.pipeline)
        if problem:
            return fail(problem, 2)
        period = services.reports.period("custom", args.start, args.end)
        dashboard = services.reports.dashboard(period, pipeline_id)
        business = str(services.settings.get("business_name") or "")
        output = args.output.expanduser()
        try:
            if fmt == "xlsx":
                from crm_desktop.services.report_tables import export_xlsx

                export_xlsx(dashboard, output, business)
                print(f"Wrote the report for {period.label} to {output}.")
            else:
                pages = _write_pdf(dashboard, output, business)
                print(f"Wrote the report for {period.label} to {output} ({pages} pages).")
        except OSError as exc:
            return fail(f"could not write {output}: {exc.strerror or exc}. Choose another folder or file name.")
        return 0
    finally:
        services.db.close()


def _write_pdf(dashboard, output: Path, business: str) -> int:  # type: ignore[no-untyped-def]
    """Charts need a QApplication: create an offscreen one if none is running."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        # No window is shown: render offscreen, whatever display there is.
        platform = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
        _write_pdf.app = QApplication(["crm-desktop", "-platform", platform])  # type: ignore[attr-defined]
    from crm_desktop.ui.reports.pdf import write_report_pdf

    return write_report_pdf(dashboard, output, business)
