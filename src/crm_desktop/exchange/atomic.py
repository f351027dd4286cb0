"""Write a file so that the real name only ever holds a complete file, with plain-words
errors for the places users save to (a locked file, a full disk, a missing folder).

The data goes to a temporary file in the same folder, is flushed and fsynced, and then
renamed over the target in one step. Any failure removes the temporary file and leaves
whatever was under the real name untouched.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.i18n import user_text
from crm_desktop.storage.safe_write import fsync_dir, fsync_file

_UMASK = os.umask(0)
os.umask(_UMASK)


class FileWriteError(CrmError):
    """The file could not be written; the message says why and what to do."""


def _message(path: Path, exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return user_text("The disk is full, so “{name}” could not be saved. Free some space and try again.",
                         name=path.name)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY, errno.EROFS):
        return user_text(
            "“{name}” could not be saved: the file is open in another program (such as Excel) "
            "or the folder “{folder}” cannot be written to. Close the file or choose another "
            "folder, then try again.", name=path.name, folder=path.parent,
        )
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return user_text("The folder “{folder}” does not exist. Choose another place to save the file.",
                         folder=path.parent)
    if isinstance(exc, IsADirectoryError):
        return user_text("“{path}” is a folder. Choose a file name instead.", path=path)
    return user_text("“{name}” could not be saved ({problem}). Nothing was changed.", name=path.name,
                     problem=exc.strerror or str(exc))


def check_writable(path: Path) -> None:
    """Fail early, with a plain message, when the target clearly cannot be written."""
    path = Path(path)
    if path.is_dir():
        raise FileWriteError(_message(path, IsADirectoryError(errno.EISDIR, "is a directory")))
    if not path.parent.is_dir():
        raise FileWriteError(_message(path, FileNotFoundError(errno.ENOENT, "no such folder")))
    if path.exists() and not os.access(path, os.W_OK):
        raise FileWriteError(_message(path, PermissionError(errno.EACCES, "read-only")))
    if not os.access(path.parent, os.W_OK):
        raise FileWriteError(_message(path, PermissionError(errno.EACCES, "read-only folder")))


def replace(temp: Path, target: Path) -> None:
    """Rename ``temp`` over ``target`` (one step); on failure remove ``temp`` and explain."""
    try:
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise FileWriteError(_message(target, exc)) from exc
    fsync_dir(target.parent)


@contextmanager
def temp_file(target: Path, suffix: str = "") -> Iterator[Path]:
    """A fresh temporary path next to ``target``; removed if the block fails.

    The block writes the file at the yielded path (and closes it). This does not rename:
    call ``fsync_file`` and ``replace`` when the data is complete.
    """
    target = Path(target)
    check_writable(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f"{suffix or target.suffix}.tmp",
                                    dir=target.parent)
    except OSError as exc:
        raise FileWriteError(_message(target, exc)) from exc
    os.close(fd)
    temp = Path(name)
    try:  # mkstemp makes the file private; give it the mode a normal new file gets
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_UMASK
        os.chmod(temp, mode)
    except OSError:
        pass
    try:
        yield temp
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; when the block ends normally the file is fsynced
    and renamed to ``target``. OSErrors become FileWriteError with a plain message."""
    target = Path(target)
    with temp_file(target) as temp:
        try:
            yield temp
            fsync_file(temp)
        except OSError as exc:
            raise FileWriteError(_message(target, exc)) from exc
        replace(temp, target)
