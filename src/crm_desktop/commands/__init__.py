"""CLI subcommands. Shared helpers to open the database the same way the app does."""

from __future__ import annotations

import argparse
import sys

from crm_desktop import paths
from crm_desktop.domain.errors import CrmError
from crm_desktop.services import Services, build_services
from crm_desktop.storage.engine import open_database


def open_services(args: argparse.Namespace) -> Services:
    app_paths = paths.resolve(getattr(args, "data_dir", None)).ensure()
    return build_services(open_database(app_paths.database))


def fail(message: str, code: int = 1) -> int:
    print(f"crm-desktop: {message}", file=sys.stderr)
    return code


__all__ = ["CrmError", "fail", "open_services"]
