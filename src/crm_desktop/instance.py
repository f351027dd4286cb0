"""Which program holds a data folder: the lock file the window takes (read here without Qt)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

LOCK_NAME = "crm-desktop.lock"


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_NAME


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - no cheap check without extra modules
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_pid(data_dir: Path) -> int | None:
    """The process id of a live window holding this data folder, else None.

    Reads the QLockFile format (pid, app name, host name on separate lines); a lock left
    behind by a crash (dead process) does not count.
    """
    try:
        lines = lock_path(data_dir).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0].strip())
    except (IndexError, ValueError):
        return None
    host = lines[2].strip() if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return pid  # another computer holds it (a shared folder): assume it is alive
    if pid == os.getpid():
        return None
    return pid if _alive(pid) else None
