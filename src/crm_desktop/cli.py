"""Command line: ``crm-desktop`` starts the app; subcommands run the same services without a window."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from crm_desktop import __version__

# Each module in crm_desktop.commands has register(subparsers, common) adding its subcommands;
# a subcommand sets ``func(args) -> int``.
COMMAND_MODULES = [
    "demo",
    "search",
    "mail",
    "report",
    "backup",
    "importing",
    "exporting",
    "calendar",
    "sync",
]


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="folder holding the database (default: the per-user data folder, or $CRM_DESKTOP_DATA_DIR)",
    )
    return common


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without commands only the options of the app itself (the
    command modules import every service, which the window imports later anyway, but
    parsing first with them cost a second of start-up)."""
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="crm-desktop",
        description="A local-first CRM for small businesses. Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"crm-desktop {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation works, print a report, exit 0/1"
    )
    if not with_commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"crm_desktop.commands.{name}").register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=False)
    args, rest = parser.parse_known_args(argv)
    if (rest and not rest[0].startswith("-")) or any(a in ("-h", "--help") for a in argv):
        parser = build_parser()  # a command (or help): parse again with all of them
        args, rest = parser.parse_known_args(argv)
    else:
        args.command = None
    qt_args = rest
    if args.self_test:
        from crm_desktop.selftest import run

        return run()
    if getattr(args, "command", None) is None:
        from crm_desktop.app import run_gui

        return run_gui(args, qt_args)
    if qt_args:
        parser.error(f"unrecognized arguments: {' '.join(qt_args)}")
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
