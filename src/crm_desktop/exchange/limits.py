"""Limits that keep a hostile or broken file from exhausting memory or time, and the
error raised when a file cannot be read (its message is meant for the user)."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.i18n import decimal, user_text

MB = 1024 * 1024


class FileRefused(CrmError):
    """The file cannot be imported; ``str(error)`` says why and what to do."""


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 200 * MB  # the file on disk
    max_field_bytes: int = 1 * MB  # one cell of a CSV file
    max_row_bytes: int = 4 * MB  # one record of a CSV file
    max_unpacked_bytes: int = 1024 * MB  # all parts of an XLSX/ODS zip, expanded
    max_ratio: int = 200  # expanded size / compressed size of one zip part
    max_zip_parts: int = 10_000
    max_columns: int = 2_000
    max_vcard_bytes: int = 2 * MB  # one vCard


DEFAULT_LIMITS = Limits()


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            if unit == "bytes":
                return user_text("{n} bytes", n=f"{n:.0f}")
            if unit == "KB":
                return user_text("{n} KB", n=decimal(n, 1))
            if unit == "MB":
                return user_text("{n} MB", n=decimal(n, 1))
            return user_text("{n} GB", n=decimal(n, 1))
        n /= 1024  # type: ignore[assignment]
    return str(n)
