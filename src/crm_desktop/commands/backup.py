"""``crm-desktop backup [-o FILE]``, ``restore FILE`` and ``check``: keep the data safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop import instance, paths
from crm_desktop.commands import fail, open_services
from crm_desktop.storage.backup import BackupError, full_check


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="back up the database now")
    p.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE (default: the backups folder)")
    p.set_defaults(func=run_backup)
    p = sub.add_parser("restore", parents=[common], help="replace the data with a backup (the current data is backed up first)")
    p.add_argument("file", help="the backup file to restore")
    p.set_defaults(func=run_restore)
    p = sub.add_parser("check", parents=[common], help="check the database for damage (exit code 1 if any)")
    p.set_defaults(func=run_check)


def run_backup(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        target = Path(args.output).expanduser().resolve() if args.output else None
        if target is not None and target.resolve() == services.db.path.resolve():
            return fail("the backup cannot overwrite the database itself; choose another file name")
        path = services.backups.create("manual", target=target)
    except BackupError as exc:
        return fail(str(exc))
    finally:
        services.db.close()
    print(f"Backup saved: {path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    app_paths = paths.resolve(getattr(args, "data_dir", None))
    pid = instance.running_pid(app_paths.data_dir)
    if pid is not None:
        return fail(f"CRM Desktop is open with this data (process {pid}). Close the window, then restore again.")
    source = Path(args.file).expanduser()
    services = open_services(args)
    try:
        kept = services.backups.restore(source)
        contacts = services.contacts.count()
    except BackupError as exc:
        return fail(str(exc))
    finally:
        services.db.close()
    print(f"Restored {source.name}: {contacts} contacts.")
    print(f"Your previous data was kept as a backup: {kept}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    app_paths = paths.resolve(getattr(args, "data_dir", None))
    if not app_paths.database.exists():
        return fail(f"there is no database at {app_paths.database}")
    problems = full_check(app_paths.database)
    if problems:
        print(f"The database has {len(problems)} problem(s):")
        for line in problems[:50]:
            print(f"  {line}")
        print("Restore the newest good backup: crm-desktop restore FILE (backups are in "
              f"{app_paths.backups}).")
        return 1
    print(f"The database is healthy: {app_paths.database}")
    return 0
