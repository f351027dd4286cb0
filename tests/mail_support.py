"""Real mail servers on 127.0.0.1 for the email tests: aiosmtpd (plain or TLS) and dovecot."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class TestCerts:
    ca_file: Path
    cert_file: Path
    key_file: Path
    other_ca_file: Path  # a CA that did not sign the server certificate


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _ca(cn: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def make_certs(folder: Path) -> TestCerts:
    """A test CA and a server certificate for 127.0.0.1 / localhost signed by it."""
    folder.mkdir(parents=True, exist_ok=True)
    ca_key, ca_cert = _ca("CRM Test CA")
    _other_key, other_cert = _ca("Someone Else's CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    (folder / "ca.pem").write_bytes(ca_cert.public_bytes(pem))
    (folder / "other-ca.pem").write_bytes(other_cert.public_bytes(pem))
    (folder / "server.pem").write_bytes(cert.public_bytes(pem))
    (folder / "server.key").write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return TestCerts(folder / "ca.pem", folder / "server.pem", folder / "server.key", folder / "other-ca.pem")


def server_context(certs: TestCerts) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certs.cert_file, certs.key_file)
    return ctx


@dataclass
class Inbox:
    """What the SMTP server received: (envelope sender, recipients, raw bytes)."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    after_message: object = None  # optional callable(count) run before the server answers

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        if callable(self.after_message):
            self.after_message(len(self.messages))
        return "250 OK"

    def recipients(self) -> list[str]:
        return [r for _f, rcpts, _raw in self.messages for r in rcpts]


class SmtpServer:
    """aiosmtpd on 127.0.0.1. mode: 'plain', 'ssl' (implicit TLS) or 'starttls'."""

    def __init__(self, mode: str = "plain", certs: TestCerts | None = None,
                 users: dict[str, str] | None = None):
        self.inbox = Inbox()
        self.port = free_port()
        self.users = users or {}
        kwargs: dict = {}
        if users:
            # aiosmtpd only knows about STARTTLS: with implicit TLS it would hide AUTH
            kwargs.update(authenticator=self._auth, auth_require_tls=(mode == "starttls"), auth_required=True)
        if mode == "ssl":
            kwargs["ssl_context"] = server_context(certs)
        elif mode == "starttls":
            kwargs.update(tls_context=server_context(certs), require_starttls=True)
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **kwargs)

    def _auth(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            user = auth_data.login.decode()
            if self.users.get(user) == auth_data.password.decode():
                self.inbox.logins.append(user)
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = yes
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
first_valid_uid = 0
first_valid_gid = 0
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
mail_uid = {uid}
mail_gid = {gid}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {port}
  }}
}}
service anvil {{
  chroot =
}}
service auth {{
  user = {user}
}}
service auth-worker {{
  user = {user}
}}
service stats {{
  chroot =
}}
service imap {{
}}
"""


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None
    )


class Dovecot:
    """A private dovecot (IMAPS on a free loopback port) with users from a passwd-file."""

    def __init__(self, root: Path, certs: TestCerts, users: dict[str, str]):
        import grp
        import pwd

        self.root = root
        self.port = free_port()
        root.mkdir(parents=True, exist_ok=True)
        for sub in ("run", "state", "mail", "home"):
            (root / sub).mkdir(exist_ok=True)
        (root / "passwd").write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in users.items()))
        uid, gid = os.getuid(), os.getgid()
        user, group = pwd.getpwuid(uid).pw_name, grp.getgrgid(gid).gr_name
        internal_user, internal_group, login_user = user, group, user
        if uid == 0:
            # dovecot refuses root for its login processes and for mail access: use its own
            # system users, and let them traverse (not list) the folders above tmp_path.
            internal_user, internal_group, login_user = "dovecot", "dovecot", "dovenull"
            entry = pwd.getpwnam("dovecot")
            uid, gid = entry.pw_uid, entry.pw_gid
            for parent in root.parents:
                if str(parent).startswith(tempfile.gettempdir() + "/"):
                    parent.chmod(parent.stat().st_mode | 0o711)
            for sub in ("mail", "home"):
                os.chown(root / sub, uid, gid)
        self.uid, self.gid = uid, gid
        conf = DOVECOT_CONF.format(
            root=root, cert=certs.cert_file, key=certs.key_file, port=self.port, uid=uid, gid=gid,
            user=user, internal_user=internal_user, internal_group=internal_group, login_user=login_user,
        )
        self.conf = root / "dovecot.conf"
        self.conf.write_text(conf)
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Dovecot:
        self.proc = subprocess.Popen(
            [dovecot_binary(), "-F", "-c", str(self.conf)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                out = self.proc.stdout.read().decode(errors="replace") if self.proc.stdout else ""
                log = (self.root / "dovecot.log").read_text() if (self.root / "dovecot.log").exists() else ""
                raise RuntimeError(f"dovecot exited: {out}\n{log}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("dovecot did not start listening")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def deliver(self, user: str, raw: bytes, folder: str = "") -> None:
        """Drop a message into a user's maildir (as a mail server's delivery would)."""
        base = self.root / "mail" / user
        if folder:
            base = base / f".{folder}"
        for sub in ("tmp", "new", "cur"):
            (base / sub).mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns()}.{os.getpid()}.test"
        (base / "tmp" / name).write_bytes(raw)
        if os.getuid() == 0:
            for path in [base.parent, base, *base.iterdir(), base / "tmp" / name]:
                if path.is_relative_to(self.root / "mail"):
                    os.chown(path, self.uid, self.gid)
        os.rename(base / "tmp" / name, base / "new" / name)




class MemoryKeyring:
    """An in-memory keyring backend, for tests that are not about the keychain."""

    def __new__(cls):  # build lazily so importing this module does not touch keyring
        import keyring.backend

        class _Memory(keyring.backend.KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def __init__(self) -> None:
                super().__init__()
                self.store: dict[tuple[str, str], str] = {}

            def get_password(self, service, username):
                return self.store.get((service, username))

            def set_password(self, service, username, password):
                self.store[(service, username)] = password

            def delete_password(self, service, username):
                import keyring.errors

                if self.store.pop((service, username), None) is None:
                    raise keyring.errors.PasswordDeleteError("not found")

        return _Memory()


def make_contact(services, first: str, last: str = "", emails=(), **kw) -> int:
    from crm_desktop.services.contacts import ContactInput

    return services.contacts.create(ContactInput(first_name=first, last_name=last, emails=list(emails), **kw))


def mail_services(services, keyring_backend=None):
    """Give ``services.mail`` a keychain backend (memory by default)."""
    from crm_desktop.mail.credentials import Credentials

    services.mail.credentials = Credentials(keyring_backend or MemoryKeyring())
    return services


def plain_account(port: int, **kw):
    from crm_desktop.services.mail import AccountInput

    values = dict(
        display_name="Ann Owner", address="ann@shop.example", username="ann@shop.example",
        smtp_host="127.0.0.1", smtp_port=port, smtp_security="none",
    )
    values.update(kw)
    return AccountInput(**values)
