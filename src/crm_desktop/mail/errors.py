"""Mail errors: every message says what happened and what to do, and never holds a password."""

from __future__ import annotations

from crm_desktop.domain.errors import CrmError


class MailError(CrmError):
    """Sending or fetching failed. ``kind`` names the cause for tests and the UI."""

    def __init__(self, message: str, kind: str = "other"):
        self.kind = kind
        super().__init__(message)


class KeychainUnavailable(CrmError):
    """No usable password store: email stays off (there is no plaintext fallback)."""
