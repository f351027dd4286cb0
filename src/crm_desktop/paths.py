"""Where the app keeps its files: per-user folders, overridable for tests and power users."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from crm_desktop import APP_ID, ORG_NAME

ENV_DATA_DIR = "CRM_DESKTOP_DATA_DIR"
DB_FILENAME = "crm.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    def ensure(self) -> AppPaths:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        return self


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Data dir from the argument, else $CRM_DESKTOP_DATA_DIR, else the per-user data folder."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=base, log_dir=base / "logs")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_ID, ORG_NAME)),
        log_dir=Path(platformdirs.user_log_dir(APP_ID, ORG_NAME)),
    )


def resources_dir() -> Path:
    """The resources/ folder: beside the source tree, inside a frozen bundle, or installed."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve()
    candidates += [here.parents[2] / "resources", here.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]
