"""Building a plain-text message with a Message-ID we keep for the timeline and the outbox."""

from __future__ import annotations

from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


def _address(name: str, email: str) -> Address:
    local, _, domain = email.partition("@")
    return Address(display_name=name or "", username=local, domain=domain)


def build(
    from_name: str,
    from_email: str,
    to_name: str,
    to_email: str,
    subject: str,
    body: str,
    when: datetime | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = _address(from_name, from_email)
    msg["To"] = _address(to_name, to_email)
    msg["Subject"] = " ".join(subject.split())
    msg["Date"] = format_datetime((when or datetime.now(UTC)).astimezone(UTC))
    domain = from_email.partition("@")[2] or None
    msg["Message-ID"] = make_msgid(domain=domain)
    msg.set_content(body if body.endswith("\n") else body + "\n")
    return msg
