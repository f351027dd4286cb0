"""``crm-desktop export ...``: tables to CSV or XLSX, follow-ups to a calendar (ICS), the
won-deals report (XLSX) and the reports dashboard (XLSX or PDF)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from crm_desktop.commands import CrmError, fail, open_services
from crm_desktop.exchange.tables import KINDS

# Formats per table; other features append theirs (e.g. "ics" for follow-ups).
FORMATS: dict[str, list[str]] = {kind: ["csv", "xlsx"] for kind in (*KINDS, "all")}
FORMATS["followups"].append("ics")
FORMATS["won-deals"] = ["xlsx"]
FORMATS["report"] = ["xlsx", "pdf"]
ALL_FORMATS: list[str] = ["csv", "xlsx", "ics", "pdf"]


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date; write it as YYYY-MM-DD.") from exc


def _delimiter(text: str) -> str:
    value = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}.get(text, text)
    if value not in (",", ";", "\t"):
        raise argparse.ArgumentTypeError("use ',' or ';' or 'tab'")
    return value


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export",
        parents=[common],
        help="export contacts, companies, deals, activities or follow-ups to CSV or XLSX",
        description="Write a table (or all of them) to a CSV or XLSX file. With --format csv and "
        "'all', -o names a folder that receives one CSV file per table.",
    )
    p.add_argument("what", choices=[*KINDS, "all", "won-deals", "report"], help="what to export")
    p.add_argument("--format", "-f", dest="format", choices=ALL_FORMATS, default=None,
                   help="file format (default: from the file name, else xlsx)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="PATH", help="file (or folder) to write")
    p.add_argument("--delimiter", type=_delimiter, default=",", metavar="CHAR",
                   help="CSV separator: ',' (default), ';' for European Excel, or 'tab'")
    p.add_argument("--plain-utf8", action="store_true", help="CSV without the byte-order mark Excel needs")
    p.add_argument("--from", dest="start", type=_date, metavar="DATE", help="won-deals, report: first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", type=_date, metavar="DATE", help="won-deals, report: last day (YYYY-MM-DD)")
    p.add_argument("--pipeline", metavar="NAME", help="report: only deals in this pipeline")
    p.add_argument("--tasks", action="store_true", help="followups as ics: tasks (VTODO) instead of events")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing on success")
    p.set_defaults(func=run)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    return suffix if suffix in ALL_FORMATS else "xlsx"


def run(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if fmt not in FORMATS.get(args.what, ALL_FORMATS):
        return fail(f"{args.what} cannot be exported as {fmt} (use {' or '.join(FORMATS[args.what])}).", 2)
    if args.what == "report":
        from crm_desktop.commands import report

        if args.start is None or args.end is None:
            return fail("Give the period with --from YYYY-MM-DD --to YYYY-MM-DD.", 2)
        args.format = fmt
        return report.run(args)
    if fmt == "ics":
        from crm_desktop.commands.calendar import export_followups_ics

        args.output = str(args.output)
        return export_followups_ics(args)
    if args.what == "won-deals":
        return _won_deals(args, fmt)
    services = open_services(args)
    try:
        result = services.exports.export(
            args.what, args.output, fmt, delimiter=args.delimiter, plain_utf8=args.plain_utf8
        )
    except CrmError as exc:
        return fail(str(exc))
    if not args.quiet:
        print(result.summary())
    return 0


def _won_deals(args: argparse.Namespace, fmt: str) -> int:
    if fmt != "xlsx":
        return fail("The won-deals report is written as XLSX (use --format xlsx).", 2)
    if args.start is None or args.end is None:
        return fail("Give the period with --from YYYY-MM-DD --to YYYY-MM-DD.", 2)
    services = open_services(args)
    try:
        report = services.exports.won_deals(args.start, args.end, args.output)
    except CrmError as exc:
        return fail(str(exc))
    if not args.quiet:
        target = args.output if args.output.suffix.lower() == ".xlsx" else f"{args.output}.xlsx"
        print(f"Wrote {len(report.deals)} won deals from {args.start} to {args.end} to {target}.")
        for total in report.by_currency:
            deals = f"{total.deals} deal" + ("" if total.deals == 1 else "s")
            print(f"  {total.currency}: {deals}, total {_money(total.minor, total.currency)}")
    return 0


def _money(minor: int, currency: str) -> str:
    from crm_desktop.domain.money import Money

    return str(Money(minor, currency))
