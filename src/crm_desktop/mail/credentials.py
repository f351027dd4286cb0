"""The email password, kept only in the operating system's keychain through ``keyring``.

There is no fallback: when no usable keychain exists, ``KeychainUnavailable`` says in plain
words what to install or unlock, and the email features stay off. Error messages and log
lines never include the password (nor keyring's own exception text, which could).
"""

from __future__ import annotations

import logging
import sys

import keyring
import keyring.backend
import keyring.errors

from crm_desktop.domain.i18n import user_text
from crm_desktop.mail.errors import KeychainUnavailable

log = logging.getLogger(__name__)

SERVICE = "crm-desktop email"

if sys.platform == "darwin":
    _WHAT_TO_DO = user_text("Open the Keychain Access app and make sure your login keychain is unlocked.")
elif sys.platform.startswith("win"):
    _WHAT_TO_DO = user_text("Windows Credential Manager is not answering; sign out and in again, then retry.")
else:
    _WHAT_TO_DO = user_text(
        "Install a password store such as GNOME Keyring (package 'gnome-keyring') or KWallet, "
        "log out and back in, and make sure it is unlocked (it usually unlocks when you log in)."
    )

NO_KEYCHAIN = user_text(
    "Email is turned off because no password store (keychain) is available on this computer. "
    "The CRM keeps your email password only in the system keychain, never in a file. {what_to_do}",
    what_to_do=_WHAT_TO_DO,
)
LOCKED = user_text(
    "Email is turned off because your password store (keychain) is locked or did not answer. "
    "Unlock it (for example by logging out and back in, or in your keychain app) and try again."
)


def _backend_names(backend: keyring.backend.KeyringBackend) -> list[str]:
    inner = getattr(backend, "backends", None)
    if inner is not None:
        return [type(b).__module__ + "." + type(b).__name__ for b in inner]
    return [type(backend).__module__ + "." + type(backend).__name__]


def _usable(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(not isinstance(b, fail.Keyring) for b in backend.backends)
    try:
        from keyring.backends import null

        if isinstance(backend, null.Keyring):
            return False
    except ImportError:  # pragma: no cover - older keyring
        pass
    return True


def account_key(username: str, host: str) -> str:
    return f"{username}@{host}"


class Credentials:
    """Reads and writes the email password in the keychain (call off the GUI thread)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None):
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend or keyring.get_keyring()

    def check(self) -> None:
        """Raise KeychainUnavailable unless the keychain can be read (this may prompt)."""
        backend = self.backend
        if not _usable(backend):
            log.warning("no usable keychain backend: %s", _backend_names(backend))
            raise KeychainUnavailable(NO_KEYCHAIN)
        self._call(backend.get_password, SERVICE, "crm-desktop keychain check")

    def get(self, key: str) -> str | None:
        return self._call(self._checked().get_password, SERVICE, key)

    def set(self, key: str, password: str) -> None:
        if not password:
            raise ValueError("empty password")
        self._call(self._checked().set_password, SERVICE, key, password)

    def delete(self, key: str) -> None:
        try:
            self._call(self._checked().delete_password, SERVICE, key)
        except _NotFound:
            pass

    def _checked(self) -> keyring.backend.KeyringBackend:
        backend = self.backend
        if not _usable(backend):
            raise KeychainUnavailable(NO_KEYCHAIN)
        return backend

    @staticmethod
    def _call(fn, *args):  # type: ignore[no-untyped-def]
        try:
            return fn(*args)
        except keyring.errors.PasswordDeleteError:
            raise _NotFound() from None
        except keyring.errors.KeyringLocked:
            log.warning("keychain is locked")
            raise KeychainUnavailable(LOCKED) from None
        except keyring.errors.NoKeyringError:
            raise KeychainUnavailable(NO_KEYCHAIN) from None
        except Exception as exc:  # noqa: BLE001 - D-Bus, Secret Service, OS errors
            # Only the type is logged: keyring's messages could echo what was passed in.
            log.warning("keychain call failed: %s", type(exc).__name__)
            raise KeychainUnavailable(LOCKED) from None


class _NotFound(Exception):
    pass
