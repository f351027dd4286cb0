"""Shared by SMTP and IMAP: verified TLS contexts, the loopback rule, plain-words errors."""

from __future__ import annotations

import ipaddress
import socket
import ssl
from dataclasses import dataclass
from enum import Enum

from crm_desktop.domain.i18n import UserText, user_text
from crm_desktop.mail.errors import MailError

SECURITY_CHOICES = ("ssl", "starttls", "none")  # "none" only for a server on this computer
DEFAULT_TIMEOUT = 30.0


class MailProtocol(Enum):
    """Which server a check or an error is about: sending (SMTP) or reading (IMAP)."""

    SMTP = "smtp"
    IMAP = "imap"


@dataclass(frozen=True)
class Endpoint:
    """One server to log in to. ``security``: 'ssl' (implicit TLS), 'starttls' or 'none'."""

    host: str
    port: int
    security: str
    username: str = ""
    ca_file: str = ""
    timeout: float = DEFAULT_TIMEOUT


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """Python's default verified context; with ``ca_file`` it trusts that CA as well."""
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError):
            raise MailError(user_text(
                "The CA certificate file “{path}” could not be read. Check the path in "
                "Email settings, or clear it to use the certificates your system trusts.", path=ca_file,
            ), "ca_file") from None
    return context


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _server(protocol: MailProtocol) -> UserText:
    """The server's name in messages: 'incoming (IMAP) server' or 'outgoing (SMTP) server'."""
    if protocol is MailProtocol.IMAP:
        return user_text("incoming (IMAP) server")
    return user_text("outgoing (SMTP) server")


def check_security(endpoint: Endpoint, protocol: MailProtocol) -> None:
    server = _server(protocol)
    if endpoint.security not in SECURITY_CHOICES:
        if protocol is MailProtocol.IMAP:
            message = user_text("Unknown incoming (IMAP) security setting “{setting}”.", setting=endpoint.security)
        else:
            message = user_text("Unknown outgoing (SMTP) security setting “{setting}”.", setting=endpoint.security)
        raise MailError(message, "settings")
    if endpoint.security == "none" and not is_loopback(endpoint.host):
        raise MailError(user_text(
            "The {server} must use an encrypted connection (SSL/TLS or STARTTLS). "
            "Unencrypted connections are only allowed to a server on this computer.", server=server,
        ), "insecure")


def provider_hint(host: str) -> str:
    """Advice for well-known providers whose login needs an app password ("" for others)."""
    host = host.lower()
    if "gmail" in host or "google" in host:
        return user_text(
            "Gmail needs an app password when 2-step verification is on: create one at "
            "myaccount.google.com → Security → App passwords, and use it here."
        )
    if any(name in host for name in ("outlook", "office365", "hotmail", "live.com")):
        return user_text(
            "Outlook and Microsoft 365 accounts often need an app password (account.microsoft.com "
            "→ Security) or have SMTP sign-in turned off by the administrator."
        )
    return ""


def explain(exc: BaseException, protocol: MailProtocol, endpoint: Endpoint) -> MailError:
    """Turn a network, TLS or login failure into a plain-words MailError (no password inside)."""
    import imaplib
    import smtplib

    host = f"{endpoint.host}:{endpoint.port}"
    server = _server(protocol)
    if isinstance(exc, MailError):
        return exc
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, TimeoutError | socket.timeout | ssl.SSLError):
        exc = cause  # smtplib reports a timeout as "connection unexpectedly closed"
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = getattr(exc, "verify_message", "") or user_text("it could not be verified")
        return MailError(user_text(
            "The {server} {host} presented a security certificate that cannot be trusted "
            "({reason}). Check the server name; for a self-hosted server, choose its CA "
            "certificate file in Email settings.", server=server, host=host, reason=reason,
        ), "certificate")
    if isinstance(exc, ssl.SSLError):
        return MailError(user_text(
            "The secure connection to the {server} {host} failed ({reason}). "
            "Check the port and the security setting: SSL/TLS usually uses port 465 (SMTP) or "
            "993 (IMAP); STARTTLS uses 587 (SMTP) or 143 (IMAP).",
            server=server, host=host, reason=exc.reason or user_text("TLS error"),
        ), "tls")
    if isinstance(exc, smtplib.SMTPAuthenticationError) or (
        isinstance(exc, imaplib.IMAP4.error) and "auth" in str(exc).lower()
    ):
        hint = provider_hint(endpoint.host)
        if not hint:
            message = user_text("The {server} refused the user name or password for “{user}”. "
                                "Check both and try again.", server=server, user=endpoint.username)
        else:
            message = user_text("The {server} refused the user name or password for “{user}”. "
                                "Check both and try again. {hint}", server=server, user=endpoint.username, hint=hint)
        return MailError(message, "auth")
    if isinstance(exc, smtplib.SMTPNotSupportedError) and "AUTH" in str(exc):
        return MailError(user_text(
            "The {server} {host} does not offer a login on this connection. Check the "
            "port and security setting, or leave the password empty if it needs no login.", server=server, host=host,
        ), "auth")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailError(user_text(
            "The {server} {host} does not offer STARTTLS. Choose SSL/TLS (usually port 465) instead.",
            server=server, host=host,
        ), "tls")
    if isinstance(exc, socket.gaierror):
        return MailError(user_text(
            "The {server} name “{name}” was not found. Check the spelling and your internet connection.",
            server=server, name=endpoint.host,
        ), "unreachable")
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailError(user_text(
            "The {server} {host} did not answer in time. Check the host and port, and "
            "that your network allows this connection.", server=server, host=host,
        ), "timeout")
    if isinstance(exc, ConnectionRefusedError):
        return MailError(user_text(
            "The {server} {host} refused the connection. Check the host and port.", server=server, host=host,
        ), "unreachable")
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return MailError(user_text(
            "The server refused the recipient address: {addresses}. Check the contact's email address.",
            addresses=", ".join(exc.recipients),
        ), "recipient")
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return MailError(user_text("The {server} said: {code} {text}", server=server, code=exc.smtp_code, text=text),
                         "server")
    if isinstance(exc, smtplib.SMTPException | imaplib.IMAP4.error):
        return MailError(user_text("The {server} {host} reported a problem: {problem}", server=server, host=host,
                                   problem=str(exc)), "server")
    if isinstance(exc, OSError):
        return MailError(user_text(
            "The {server} {host} could not be reached ({problem}). "
            "Check the host, the port and your internet connection.",
            server=server, host=host, problem=exc.strerror or type(exc).__name__,
        ), "unreachable")
    if protocol is MailProtocol.IMAP:
        return MailError(user_text("Talking to the incoming (IMAP) server failed: {error}.", error=type(exc).__name__),
                         "other")
    return MailError(user_text("Talking to the outgoing (SMTP) server failed: {error}.", error=type(exc).__name__),
                     "other")
