"""Write files so that a crash never leaves half a file under the real name.

The data goes to a temporary name in the same folder, is flushed and fsynced, then renamed
over the real name (an atomic step on every platform we support), and the folder is fsynced
so that the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in this folder durable (a no-op where unsupported)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def temp_path(target: Path, suffix: str = ".partial") -> Path:
    """A free temporary name beside ``target`` (same folder, so the rename is atomic)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    return Path(name)


def replace(source: Path, target: Path) -> None:
    """Durably move ``source`` over ``target`` (both in the same folder)."""
    os.replace(source, target)
    fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_open(target: str | os.PathLike[str], mode: str = "w", **kwargs: object) -> Iterator[IO]:  # type: ignore[type-arg]
    """``with atomic_open(path, "w", encoding="utf-8") as fh:`` - all or nothing.

    If the block raises, the temporary file is removed and ``target`` is left untouched.
    """
    if not any(m in mode for m in "wx"):
        raise ValueError("atomic_open only writes files")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(target)
    try:
        with open(tmp, mode.replace("x", "w"), **kwargs) as fh:  # type: ignore[call-overload]
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    with atomic_open(target, "wb") as fh:
        fh.write(data)


def write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    with atomic_open(target, "w", encoding=encoding, newline="") as fh:
        fh.write(text)
