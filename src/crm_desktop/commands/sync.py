"""``crm-desktop sync PATH``: two-way sync of the contacts with a spreadsheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.commands import CrmError, fail, open_services


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sync",
        parents=[common],
        help="sync the contacts with a CSV or XLSX spreadsheet, both ways",
        description="Link the spreadsheet on first use (a missing file is created with every "
        "contact) and merge changes both ways, matched by the ID column. Fields changed on "
        "both sides are reported and left untouched; rows deleted from the sheet are only "
        "moved to the trash with --yes-delete. Exit code 1 when something needs you.",
    )
    p.add_argument("path", type=Path, help="the spreadsheet (.csv or .xlsx)")
    p.add_argument("--yes-delete", action="store_true",
                   help="move contacts whose rows were deleted from the sheet to the trash")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        result = services.sync.sync(args.path)
        if args.yes_delete and result.pending_deletions:
            result = services.sync.sync(args.path, delete_ids=[d.contact_id for d in result.pending_deletions])
    except CrmError as exc:
        return fail(str(exc))
    print(result.summary())
    for c in result.conflicts:
        print(f"  conflict, row {c.line}, {c.name}, {c.label}: CRM “{c.crm_value}” / sheet “{c.sheet_value}”")
    for d in result.pending_deletions:
        print(f"  deleted from the sheet: {d.name} (ID {d.contact_id}); run again with --yes-delete to trash it")
    if result.conflicts:
        print("Resolve the conflicts by making both sides agree (or in the app: File → Sync with spreadsheet…).")
    return 1 if result.needs_attention else 0
