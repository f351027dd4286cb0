"""Shared by SMTP and IMAP: verified TLS contexts, the loopback rule, plain-words errors."""

from __future__ import annotations

import ipaddress
import socket
import ssl
from dataclasses import dataclass

from crm_desktop.mail.errors import MailError

SECURITY_CHOICES = ("ssl", "starttls", "none")  # "none" only for a server on this computer
DEFAULT_TIMEOUT = 30.0


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
            raise MailError(
                f"The CA certificate file “{ca_file}” could not be read. Check the path in "
                "Email settings, or clear it to use the certificates your system trusts.",
                "ca_file",
            ) from None
    return context


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_security(endpoint: Endpoint, what: str) -> None:
    if endpoint.security not in SECURITY_CHOICES:
        raise MailError(f"Unknown {what} security setting “{endpoint.security}”.", "settings")
    if endpoint.security == "none" and not is_loopback(endpoint.host):
        raise MailError(
            f"The {what} server must use an encrypted connection (SSL/TLS or STARTTLS). "
            "Unencrypted connections are only allowed to a server on this computer.",
            "insecure",
        )


def provider_hint(host: str) -> str:
    host = host.lower()
    if "gmail" in host or "google" in host:
        return (
            " Gmail needs an app password when 2-step verification is on: create one at "
            "myaccount.google.com → Security → App passwords, and use it here."
        )
    if any(name in host for name in ("outlook", "office365", "hotmail", "live.com")):
        return (
            " Outlook and Microsoft 365 accounts often need an app password (account.microsoft.com "
            "→ Security) or have SMTP sign-in turned off by the administrator."
        )
    return ""


def explain(exc: BaseException, what: str, endpoint: Endpoint) -> MailError:
    """Turn a network, TLS or login failure into a plain-words MailError (no password inside)."""
    import imaplib
    import smtplib

    host = f"{endpoint.host}:{endpoint.port}"
    if isinstance(exc, MailError):
        return exc
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, TimeoutError | socket.timeout | ssl.SSLError):
        exc = cause  # smtplib reports a timeout as "connection unexpectedly closed"
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = getattr(exc, "verify_message", "") or "it could not be verified"
        return MailError(
            f"The {what} server {host} presented a security certificate that cannot be trusted "
            f"({reason}). Check the server name; for a self-hosted server, choose its CA "
            "certificate file in Email settings.",
            "certificate",
        )
    if isinstance(exc, ssl.SSLError):
        return MailError(
            f"The secure connection to the {what} server {host} failed ({exc.reason or 'TLS error'}). "
            "Check the port and the security setting: SSL/TLS usually uses port 465 (SMTP) or "
            "993 (IMAP); STARTTLS uses 587 (SMTP) or 143 (IMAP).",
            "tls",
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError) or (
        isinstance(exc, imaplib.IMAP4.error) and "auth" in str(exc).lower()
    ):
        return MailError(
            f"The {what} server refused the user name or password for “{endpoint.username}”. "
            "Check both and try again." + provider_hint(endpoint.host),
            "auth",
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError) and "AUTH" in str(exc):
        return MailError(
            f"The {what} server {host} does not offer a login on this connection. Check the "
            "port and security setting, or leave the password empty if it needs no login.",
            "auth",
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailError(
            f"The {what} server {host} does not offer STARTTLS. Choose SSL/TLS (usually port "
            "465) instead.",
            "tls",
        )
    if isinstance(exc, socket.gaierror):
        return MailError(
            f"The {what} server name “{endpoint.host}” was not found. Check the spelling and "
            "your internet connection.",
            "unreachable",
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailError(
            f"The {what} server {host} did not answer in time. Check the host and port, and "
            "that your network allows this connection.",
            "timeout",
        )
    if isinstance(exc, ConnectionRefusedError):
        return MailError(
            f"The {what} server {host} refused the connection. Check the host and port.",
            "unreachable",
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return MailError(
            "The server refused the recipient address: "
            + ", ".join(exc.recipients)
            + ". Check the contact's email address.",
            "recipient",
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return MailError(f"The {what} server said: {exc.smtp_code} {text}", "server")
    if isinstance(exc, smtplib.SMTPException | imaplib.IMAP4.error):
        return MailError(f"The {what} server {host} reported a problem: {exc}", "server")
    if isinstance(exc, OSError):
        return MailError(
            f"The {what} server {host} could not be reached ({exc.strerror or type(exc).__name__}). "
            "Check the host, the port and your internet connection.",
            "unreachable",
        )
    return MailError(f"Talking to the {what} server failed: {type(exc).__name__}.", "other")
