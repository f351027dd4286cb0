"""Reading the user's IMAP mailbox: new messages since the last fetch, and the Sent folder."""

from __future__ import annotations

import imaplib
import re
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from crm_desktop.domain.i18n import user_text
from crm_desktop.mail.connection import (
    Endpoint,
    MailProtocol,
    check_security,
    explain,
    is_loopback,
    tls_context,
)
from crm_desktop.mail.errors import MailError

MAX_BYTES = 256_000  # a timeline needs the text, not 20 MB attachments
MAX_BODY_CHARS = 20_000
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "INBOX.Sent")


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    message_id: str
    sender: str
    recipients: tuple[str, ...]
    subject: str
    date: datetime
    body: str


@dataclass
class FetchResult:
    uidvalidity: int
    last_uid: int
    messages: list[FetchedMessage] = field(default_factory=list)
    more: bool = False  # more new messages wait for the next fetch


def connect(endpoint: Endpoint, password: str, context: ssl.SSLContext | None = None) -> imaplib.IMAP4:
    check_security(endpoint, MailProtocol.IMAP)
    client: imaplib.IMAP4 | None = None
    try:
        if endpoint.security == "ssl":
            context = context or tls_context(endpoint.ca_file)
            client = imaplib.IMAP4_SSL(endpoint.host, endpoint.port, ssl_context=context, timeout=endpoint.timeout)
        else:
            client = imaplib.IMAP4(endpoint.host, endpoint.port, timeout=endpoint.timeout)
            if endpoint.security == "starttls":
                client.starttls(ssl_context=context or tls_context(endpoint.ca_file))
            elif not is_loopback(endpoint.host):  # check_security already refuses
                raise AssertionError("refusing to log in over an unencrypted connection")
        client.login(endpoint.username, password)
        return client
    except BaseException as exc:
        if client is not None:
            _logout(client)
        raise explain(exc, MailProtocol.IMAP, endpoint) from None


def check_login(endpoint: Endpoint, password: str, context: ssl.SSLContext | None = None) -> str:
    client = connect(endpoint, password, context)
    _logout(client)
    return user_text("Fetching works: logged in to {server}.", server=f"{endpoint.host}:{endpoint.port}")


def _ok(typ: str, data: list, what: str, folder: str = "") -> list:  # type: ignore[type-arg]
    """``data`` when the command worked; ``what`` names it: "select", "search" or "fetch"."""
    if typ != "OK":
        if what == "select":
            message = user_text("The IMAP server could not open the folder {folder}: {reply}", folder=folder,
                                reply=repr(data))
        elif what == "search":
            message = user_text("The IMAP server could not search for new mail: {reply}", reply=repr(data))
        else:
            message = user_text("The IMAP server could not read a message: {reply}", reply=repr(data))
        raise MailError(message, "server")
    return data


def fetch_new(
    endpoint: Endpoint,
    password: str,
    folder: str = "INBOX",
    uidvalidity: int = 0,
    last_uid: int = 0,
    limit: int = 200,
    context: ssl.SSLContext | None = None,
) -> FetchResult:
    """Messages with a UID above ``last_uid`` (all of them again if UIDVALIDITY changed)."""
    client = connect(endpoint, password, context)
    try:
        _ok(*client.select(_quote(folder), readonly=True), "select", folder)
        validity = int((client.response("UIDVALIDITY")[1] or [b"0"])[0] or 0)
        if validity != uidvalidity:
            last_uid = 0  # UIDs from another UIDVALIDITY mean nothing; Message-IDs dedupe
        data = _ok(*client.uid("SEARCH", None, f"UID {last_uid + 1}:*"), "search")
        uids = sorted(u for u in (int(x) for x in (data[0] or b"").split()) if u > last_uid)
        result = FetchResult(uidvalidity=validity, last_uid=last_uid, more=len(uids) > limit)
        for uid in uids[:limit]:
            data = _ok(*client.uid("FETCH", str(uid), f"(BODY.PEEK[]<0.{MAX_BYTES}>)"), "fetch")
            raw = next((part[1] for part in data if isinstance(part, tuple)), None)
            if raw is not None:
                result.messages.append(parse(uid, raw))
            result.last_uid = uid
        return result
    except MailError:
        raise
    except BaseException as exc:
        raise explain(exc, MailProtocol.IMAP, endpoint) from None
    finally:
        _logout(client)


def parse(uid: int, raw: bytes) -> FetchedMessage:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    sender = next((a for _n, a in getaddresses([str(msg.get("From", ""))]) if a), "")
    heads = [str(v) for key in ("To", "Cc") for v in msg.get_all(key, [])]
    recipients = tuple(a for _n, a in getaddresses(heads) if a)
    try:
        date = parsedate_to_datetime(str(msg.get("Date", "")))
        date = date.astimezone(UTC) if date.tzinfo else date.replace(tzinfo=UTC)
    except (TypeError, ValueError):
        date = datetime.now(UTC)
    return FetchedMessage(
        uid=uid,
        message_id=str(msg.get("Message-ID", "")).strip(),
        sender=sender,
        recipients=recipients,
        subject=" ".join(str(msg.get("Subject", "")).split()),
        date=date,
        body=_text(msg)[:MAX_BODY_CHARS],
    )


def _text(msg: EmailMessage) -> str:
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            return ""
        text = part.get_content()
    except (KeyError, LookupError, ValueError, AttributeError):
        return ""
    if part.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", text)
    return "\n".join(line.rstrip() for line in str(text).strip().splitlines())


def sent_folders(client: imaplib.IMAP4) -> list[str]:
    """Folders flagged \\Sent (RFC 6154), else the usual names that exist."""
    typ, data = client.list()
    names: list[str] = []
    flagged: list[str] = []
    for line in data if typ == "OK" else []:
        if not isinstance(line, bytes):
            continue
        match = re.match(rb'\((?P<flags>[^)]*)\) (?:"[^"]*"|NIL) (?P<name>.+)$', line)
        if not match:
            continue
        name = match.group("name").decode("utf-8", "replace").strip().strip('"')
        names.append(name)
        if b"\\Sent" in match.group("flags"):
            flagged.append(name)
    return flagged or [n for n in SENT_NAMES if n in names]


def find_sent(
    endpoint: Endpoint, password: str, message_ids: list[str], context: ssl.SSLContext | None = None
) -> set[str]:
    """Which of these Message-IDs are in a Sent folder."""
    if not message_ids:
        return set()
    client = connect(endpoint, password, context)
    found: set[str] = set()
    try:
        for folder in sent_folders(client):
            if client.select(_quote(folder), readonly=True)[0] != "OK":
                continue
            for mid in message_ids:
                if mid in found:
                    continue
                typ, data = client.uid("SEARCH", None, "HEADER", "Message-ID", _quote(mid))
                if typ == "OK" and (data[0] or b"").split():
                    found.add(mid)
        return found
    except BaseException as exc:
        raise explain(exc, MailProtocol.IMAP, endpoint) from None
    finally:
        _logout(client)


def append_sent(
    endpoint: Endpoint, password: str, message: EmailMessage, context: ssl.SSLContext | None = None
) -> bool:
    """Keep a copy in the Sent folder (servers like Gmail do it themselves). False: no Sent folder."""
    client = connect(endpoint, password, context)
    try:
        folders = sent_folders(client)
        if not folders:
            return False
        typ, _ = client.append(_quote(folders[0]), "(\\Seen)", imaplib.Time2Internaldate(datetime.now(UTC)), message.as_bytes())
        return typ == "OK"
    except BaseException as exc:
        raise explain(exc, MailProtocol.IMAP, endpoint) from None
    finally:
        _logout(client)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _logout(client: imaplib.IMAP4) -> None:
    try:
        client.logout()
    except (imaplib.IMAP4.error, OSError):
        pass
