"""Sending through the user's SMTP server: verified TLS, and no login over a plain line."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from crm_desktop.domain.i18n import user_text
from crm_desktop.mail.connection import (
    Endpoint,
    MailProtocol,
    check_security,
    explain,
    is_loopback,
    tls_context,
)


def connect(endpoint: Endpoint, password: str | None, context: ssl.SSLContext | None = None) -> smtplib.SMTP:
    """An SMTP connection, encrypted and logged in (unless no password is set)."""
    check_security(endpoint, MailProtocol.SMTP)
    client: smtplib.SMTP | None = None
    try:
        if endpoint.security == "ssl":
            context = context or tls_context(endpoint.ca_file)
            client = smtplib.SMTP_SSL(endpoint.host, endpoint.port, timeout=endpoint.timeout, context=context)
            client.ehlo()
        else:
            client = smtplib.SMTP(endpoint.host, endpoint.port, timeout=endpoint.timeout)
            client.ehlo()
            if endpoint.security == "starttls":
                context = context or tls_context(endpoint.ca_file)
                client.starttls(context=context)
                client.ehlo()
        if password and client.has_extn("auth"):  # a server that wants no login gets none
            encrypted = endpoint.security in ("ssl", "starttls")
            if not encrypted and not is_loopback(endpoint.host):  # check_security already refuses
                raise AssertionError("refusing to log in over an unencrypted connection")
            client.login(endpoint.username, password)
        return client
    except BaseException as exc:
        if client is not None:
            _close(client)
        raise explain(exc, MailProtocol.SMTP, endpoint) from None


def send(
    endpoint: Endpoint,
    password: str | None,
    message: EmailMessage,
    context: ssl.SSLContext | None = None,
    client: smtplib.SMTP | None = None,
) -> None:
    """Send one message; with ``client`` reuse an open connection (a merge sends many)."""
    own = client is None
    if client is None:
        client = connect(endpoint, password, context)
    try:
        client.send_message(message)
    except BaseException as exc:
        raise explain(exc, MailProtocol.SMTP, endpoint) from None
    finally:
        if own:
            _close(client)


def check_login(endpoint: Endpoint, password: str | None, context: ssl.SSLContext | None = None) -> str:
    client = connect(endpoint, password, context)
    logged_in = bool(password) and client.has_extn("auth")
    _close(client)
    how = {"ssl": "SSL/TLS", "starttls": "STARTTLS", "none": user_text("no encryption (this computer only)")}
    server = f"{endpoint.host}:{endpoint.port}"
    if logged_in:
        return user_text("Sending works: logged in to {server} with {security}.", server=server,
                         security=how[endpoint.security])
    return user_text("Sending works: connected to (it asked for no login) {server} with {security}.", server=server,
                     security=how[endpoint.security])


def _close(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()
