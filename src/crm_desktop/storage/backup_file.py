"""Copy the SQLite database file safely while it may be in use (SQLite's backup API)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def backup_to(db_path: Path | str, target: Path | str) -> Path:
    """Write a consistent copy of the database at ``db_path`` to ``target``.

    The copy is written under a temporary name, flushed and renamed, so a crash never
    leaves half a backup under the real name. Returns the target path.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{Path(db_path)}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, target)
    return target
