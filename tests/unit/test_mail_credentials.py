"""The password only in the keychain; no keychain means a plain message and no email."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import chainer, fail
from keyring.errors import KeyringLocked

from crm_desktop.mail.credentials import LOCKED, NO_KEYCHAIN, Credentials
from crm_desktop.mail.errors import KeychainUnavailable
from mail_support import MemoryKeyring, mail_services, plain_account


def _files_contain(root, secret: bytes) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file() and secret in p.read_bytes()]


def test_fail_backend_gives_the_plain_message_and_nothing_is_saved(services, app_paths):
    services.mail.credentials = Credentials(fail.Keyring())
    problem = services.mail.keychain_problem()
    assert problem == NO_KEYCHAIN
    assert "gnome-keyring" in problem.lower() or "keychain" in problem.lower()
    with pytest.raises(KeychainUnavailable):
        services.mail.save_account(plain_account(25), password="Sup3r-Secret!")
    assert services.mail.account() is None  # the keychain is written first
    assert not _files_contain(app_paths.data_dir, b"Sup3r-Secret!")


def test_chainer_without_backends_is_unusable(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [], raising=False)
    creds = Credentials(chainer.ChainerBackend())
    with pytest.raises(KeychainUnavailable) as info:
        creds.check()
    assert str(info.value) == NO_KEYCHAIN


def test_locked_keychain_says_unlock_and_hides_the_error_text():
    backend = MemoryKeyring()

    def locked(*_args):
        raise KeyringLocked("secret echo Sup3r-Secret!")

    backend.set_password = locked
    creds = Credentials(backend)
    with pytest.raises(KeychainUnavailable) as info:
        creds.set("ann@smtp", "Sup3r-Secret!")
    assert str(info.value) == LOCKED
    assert "Sup3r" not in str(info.value) and info.value.__cause__ is None


def test_password_goes_to_the_keychain_only(services, app_paths):
    backend = MemoryKeyring()
    mail_services(services, backend)
    account = services.mail.save_account(plain_account(2525), password="Sup3r-Secret!")
    assert backend.store[("crm-desktop email", account.key)] == "Sup3r-Secret!"
    assert not _files_contain(app_paths.data_dir, b"Sup3r-Secret!")
    # changing the user name moves the password to the new key and removes the old one
    changed = plain_account(2525, username="ann2@shop.example")
    services.mail.save_account(changed)
    assert list(backend.store.values()) == ["Sup3r-Secret!"]
    assert ("crm-desktop email", "ann2@shop.example@127.0.0.1") in backend.store


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (apt-get install dbus gnome-keyring)",
)
def test_real_secret_service_keeps_the_password_out_of_files_and_logs(tmp_path):
    password = "Kc-Pa55word-7781"
    home = tmp_path / "home"
    config = home / ".config"
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    config.mkdir(parents=True)
    env = dict(
        os.environ, HOME=str(home), XDG_CONFIG_HOME=str(config), XDG_DATA_HOME=str(home / ".local/share"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"), PYTHON_KEYRING_BACKEND="",
    )
    (tmp_path / "run").mkdir(mode=0o700)
    env.pop("PYTHON_KEYRING_BACKEND")
    script = Path(__file__).with_name("keychain_scenario.py")
    proc = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(script), str(data), password],
        env=env, capture_output=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    result = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    assert result["backend"] == "keyring.backends.SecretService"
    assert result["problem"] is None
    assert result["in_keyring"] is True
    assert result["logins"] == ["ann@shop.example", "ann@shop.example"]
    log_text = (data / "logs" / "crm.log").read_text()
    assert "expected failure" in log_text  # the log was written, and holds no password
    secret = password.encode()
    assert not _files_contain(data, secret)
    assert not _files_contain(config, secret)
    assert secret not in proc.stdout + proc.stderr
