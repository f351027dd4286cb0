"""``crm-desktop import FILE``: import contacts from a CSV, Excel, OpenDocument or vCard file.

Also ``import --list`` (earlier imports) and ``import --undo ID`` (undo one of them).
"""

from __future__ import annotations

import argparse
import sys

from crm_desktop.commands import fail, open_services
from crm_desktop.domain.errors import CrmError
from crm_desktop.exchange.mapping import target_label


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import", parents=[common],
        help="import contacts from a file (CSV, Excel, OpenDocument, vCard) without duplicates",
        description="Import contacts from a file. Contacts already in the database (same email, "
        "phone, or name at the same company) are updated instead of duplicated.",
    )
    p.add_argument("file", nargs="?", help="the file to import")
    p.add_argument("--dry-run", action="store_true", help="only show what would happen; change nothing")
    p.add_argument(
        "--on-duplicate", choices=["update", "overwrite", "skip", "create"], default="update",
        help="when a row matches an existing contact: update = fill empty fields and add new "
        "emails/phones/tags (default); overwrite = the file's values win; skip = leave it; "
        "create = create a new contact anyway",
    )
    p.add_argument("--mapping", metavar="PROFILE", help="use a saved column set-up (from the import window)")
    p.add_argument("--sheet", metavar="NAME", help="for a workbook: the sheet to read (default: found automatically)")
    p.add_argument("--notes", action="store_true", help="keep columns that are not imported in the notes")
    p.add_argument("--list", action="store_true", help="list earlier imports (newest first)")
    p.add_argument("--undo", type=int, metavar="ID", help="undo the import with this number (see --list)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.importer import DuplicateMode, ImportCancelled

    if not (args.file or args.list or args.undo is not None):
        return fail("give a file to import, or --list, or --undo ID", 2)
    services = open_services(args)
    importer = services.importer
    try:
        if args.list:
            batches = importer.batches()
            if not batches:
                print("No imports yet.")
            for b in batches:
                state = f"undone {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else "can be undone"
                print(f"{b.id}\t{b.started_at.astimezone():%Y-%m-%d %H:%M}\t{b.file_name}\t"
                      f"{b.created} created, {b.updated} updated\t{state}")
            return 0
        if args.undo is not None:
            print(importer.undo(args.undo))
            return 0
        table = importer.open(args.file, sheet=args.sheet)
        mapping = importer.recognise(table, args.mapping)
        mapping.unmapped_to_notes = mapping.unmapped_to_notes or args.notes
        print(f"File: {table.path.name}: {table.describe()}.")
        print(f"Recognised: {mapping.layout_name or 'column titles matched one by one'}.")
        used = ", ".join(f"{h} → {target_label(f, mapping.custom)}" for h, f in mapping.mapped())
        print(f"Columns used: {used or 'none'}")
        if not mapping.mapped():
            return fail("no column of this file could be matched to a contact field; "
                        "import it once from the app to choose the columns, and save the set-up.")
        mode = DuplicateMode(args.on_duplicate)
        if args.dry_run:
            summary = importer.dry_run(table, mapping, mode)
        else:
            summary = importer.run(table, mapping, mode, progress=_progress if sys.stderr.isatty() else None)
        print("\n".join(summary.lines()))
        if not args.dry_run:
            if summary.batch_id and summary.imported:
                print(f"To undo this import: crm-desktop import --undo {summary.batch_id}")
            if summary.backup_path:
                print(f"Backup taken before the import: {summary.backup_path}")
        if summary.imported == 0 and summary.unchanged == 0 and summary.skipped == 0:
            return 1
        return 0
    except ImportCancelled as exc:
        return fail(str(exc), 130)
    except CrmError as exc:
        return fail(str(exc))


def _progress(done: int, total: int, text: str) -> None:
    print(f"\r{text}   ", end="", file=sys.stderr, flush=True)
