"""``crm-desktop calendar-export`` and ``crm-desktop export followups --format ics``.

Both write open follow-ups to an iCalendar file. The ``export`` parser here only knows
``followups``; when the csv/xlsx ``export`` command exists, it should add ``followups``
with ``--format ics`` to its kinds and call :func:`export_followups_ics`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.commands import fail, open_services


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("calendar-export", parents=[common],
                       help="write open follow-ups to an iCalendar (.ics) file")
    _options(p)
    p.set_defaults(func=export_followups_ics, format="ics")
    if "export" not in sub.choices:
        e = sub.add_parser("export", parents=[common], help="export data to a file")
        e.add_argument("kind", choices=["followups"], help="what to export")
        e.add_argument("--format", choices=["ics"], default="ics", help="file format (default ics)")
        _options(e)
        e.set_defaults(func=export_followups_ics)


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the .ics file to write")
    p.add_argument("--tasks", action="store_true",
                   help="write tasks (VTODO) instead of calendar events (Google Calendar only imports events)")


def export_followups_ics(args: argparse.Namespace) -> int:
    path = Path(args.output).expanduser()
    if not path.parent.exists():
        return fail(f"the folder {path.parent} does not exist; create it or choose another place.")
    services = open_services(args)
    try:
        count = services.followup_lists.export_ics(path, as_tasks=args.tasks)
    except OSError as exc:
        return fail(f"could not write {path}: {exc.strerror or exc}. Check that the folder is writable.")
    finally:
        services.db.close()
    kind = "tasks" if args.tasks else "events"
    print(f"Wrote {count:,} open follow-ups as calendar {kind} to {path}")
    return 0
