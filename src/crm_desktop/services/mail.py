"""Email use cases: the account, templates, sending to one contact, fetching replies. No Qt.

The password is read from the keychain for each operation and handed straight to the
SMTP/IMAP client; it is never stored in the database, a setting, a log line or an error.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime

from sqlalchemy import select

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import NotFound, ValidationError
from crm_desktop.domain.i18n import message_of, user_text
from crm_desktop.domain.money import Money
from crm_desktop.domain.validation import email_key, normalise_email
from crm_desktop.mail import imap, message, smtp, templates
from crm_desktop.mail.connection import SECURITY_CHOICES, Endpoint
from crm_desktop.mail.credentials import Credentials, account_key
from crm_desktop.mail.errors import MailError
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.settings import DEFAULTS, SettingsService
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Activity,
    Company,
    Contact,
    ContactEmail,
    Deal,
    ImapState,
    MailAccount,
    MailTemplate,
    Stage,
)

log = logging.getLogger(__name__)

DEFAULTS.setdefault("mail_merge_per_minute", 20)  # throttle: messages per minute
DEFAULTS.setdefault("mail_fetch_minutes", 0)  # fetch every N minutes while the app runs; 0: off


@dataclass
class AccountInput:
    display_name: str = ""
    address: str = ""
    username: str = ""
    smtp_host: str = ""
    smtp_port: int = 465
    smtp_security: str = "ssl"
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = "ssl"
    ca_file: str = ""
    save_to_sent: bool = False


@dataclass
class Account(AccountInput):
    id: int = 0

    @property
    def key(self) -> str:
        return account_key(self.username, self.smtp_host)

    def smtp(self) -> Endpoint:
        return Endpoint(self.smtp_host, self.smtp_port, self.smtp_security, self.username, self.ca_file)

    def imap(self) -> Endpoint | None:
        if not self.imap_host:
            return None
        return Endpoint(self.imap_host, self.imap_port, self.imap_security, self.username, self.ca_file)


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    subject: str
    body: str


@dataclass(frozen=True)
class Sent:
    message_id: str
    activity_id: int
    to: str


@dataclass(frozen=True)
class FetchSummary:
    read: int
    logged: int
    more: bool

    def text(self) -> str:
        if not self.read:
            return user_text("No new mail.")
        if self.more:
            return user_text("Read {read} new message(s); {logged} added to contact timelines. "
                             "More new mail is waiting: fetch again.", read=self.read, logged=self.logged)
        return user_text("Read {read} new message(s); {logged} added to contact timelines.",
                         read=self.read, logged=self.logged)


ACCOUNT_FIELDS = [f.name for f in fields(AccountInput)]


def validate_account(data: AccountInput) -> AccountInput:
    problems: dict[str, str] = {}
    out = AccountInput(**asdict(data))
    try:
        out.address = normalise_email(data.address)
    except ValueError as exc:
        problems["address"] = message_of(exc)
    out.display_name = " ".join(data.display_name.split())
    out.username = data.username.strip() or out.address
    out.smtp_host = data.smtp_host.strip()
    out.imap_host = data.imap_host.strip()
    out.ca_file = data.ca_file.strip()
    if not out.smtp_host:
        problems["smtp_host"] = user_text("Enter the outgoing (SMTP) server, e.g. smtp.example.com.")
    for key, port in (("smtp_port", data.smtp_port), ("imap_port", data.imap_port)):
        if not 0 < int(port) < 65536:
            problems[key] = user_text("A port is a number from 1 to 65535.")
    for key in ("smtp_security", "imap_security"):
        if getattr(data, key) not in SECURITY_CHOICES:
            problems[key] = user_text("Choose SSL/TLS or STARTTLS.")
    if problems:
        raise ValidationError(problems)
    return out


class MailService:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        settings: SettingsService,
        activities: ActivityService,
        credentials: Credentials | None = None,
    ):
        self.db = db
        self.hub = hub
        self.settings = settings
        self.activities = activities
        self.credentials = credentials or Credentials()

    # --- account ------------------------------------------------------------------------

    def account(self) -> Account | None:
        with self.db.reader() as s:
            row = s.scalars(select(MailAccount).order_by(MailAccount.id)).first()
            if row is None:
                return None
            return Account(id=row.id, **{k: getattr(row, k) for k in ACCOUNT_FIELDS})

    def require_account(self) -> Account:
        account = self.account()
        if account is None:
            raise MailError(user_text("Set up your email account first (Tools → Email settings…)."), "settings")
        return account

    def keychain_problem(self) -> str | None:
        """None when the keychain works, else the plain-words reason email is off."""
        from crm_desktop.mail.errors import KeychainUnavailable

        try:
            self.credentials.check()
        except KeychainUnavailable as exc:
            return message_of(exc)
        return None

    def save_account(self, data: AccountInput, password: str | None = None) -> Account:
        """Save the settings; a non-empty ``password`` goes to the keychain (first, so a
        keychain failure leaves everything as it was)."""
        clean = validate_account(data)
        old = self.account()
        new_key = account_key(clean.username, clean.smtp_host)
        if password:
            self.credentials.set(new_key, password)
        elif old is not None and old.key != new_key:
            moved = self.credentials.get(old.key)
            if moved:
                self.credentials.set(new_key, moved)
        with self.db.session() as s:
            row = s.scalars(select(MailAccount).order_by(MailAccount.id)).first() or MailAccount()
            for key in ACCOUNT_FIELDS:
                setattr(row, key, getattr(clean, key))
            s.add(row)
            s.flush()
            account_id = row.id
        if old is not None and old.key != new_key:
            self.credentials.delete(old.key)
        self.hub.publish(Change.of("mail_account", updated=[account_id]))
        return Account(id=account_id, **asdict(clean))

    def password(self, account: Account) -> str | None:
        secret = self.credentials.get(account.key)
        if not secret and account.smtp_security != "none":
            raise MailError(
                user_text("No password is saved for this email account. Enter it in Tools → Email settings…"),
                "auth",
            )
        return secret

    def test_connection(self, data: AccountInput, password: str | None = None) -> list[str]:
        """Log in to SMTP (and IMAP when set). Returns one line per server; raises MailError."""
        clean = validate_account(data)
        account = Account(**asdict(clean))
        secret = password or self.password(account)
        lines = [smtp.check_login(account.smtp(), secret)]
        endpoint = account.imap()
        if endpoint is not None:
            lines.append(imap.check_login(endpoint, secret or ""))
        return lines

    # --- templates ----------------------------------------------------------------------

    def templates(self) -> list[TemplateRow]:
        with self.db.reader() as s:
            rows = s.scalars(select(MailTemplate).order_by(MailTemplate.name))
            return [TemplateRow(t.id, t.name, t.subject, t.body) for t in rows]

    def template(self, template_id: int) -> TemplateRow:
        with self.db.reader() as s:
            t = s.get(MailTemplate, template_id)
            if t is None:
                raise NotFound("template", template_id)
            return TemplateRow(t.id, t.name, t.subject, t.body)

    def save_template(self, template_id: int | None, name: str, subject: str, body: str) -> int:
        name = " ".join(name.split())
        if not name:
            raise ValidationError({"name": user_text("Give the template a name.")})
        templates.check(subject, body)
        with self.db.session() as s:
            clash = s.scalar(select(MailTemplate.id).where(MailTemplate.name == name))
            if clash is not None and clash != template_id:
                raise ValidationError({"name": user_text("A template called “{name}” already exists.", name=name)})
            row = s.get(MailTemplate, template_id) if template_id else MailTemplate()
            if row is None:
                raise NotFound("template", template_id)
            row.name, row.subject, row.body = name, " ".join(subject.split()), body
            s.add(row)
            s.flush()
            new_id = row.id
        self.hub.publish(Change.of("mail_template", updated=[new_id]))
        return new_id

    def delete_template(self, template_id: int) -> None:
        with self.db.session() as s:
            row = s.get(MailTemplate, template_id)
            if row is not None:
                s.delete(row)
        self.hub.publish(Change.of("mail_template", deleted=[template_id]))

    # --- merge values and sending -------------------------------------------------------

    def values(self, contact_id: int, deal_id: int | None = None, to_email: str = "") -> dict[str, str]:
        account = self.account()
        with self.db.reader() as s:
            contact = s.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise NotFound("contact", contact_id)
            company = s.get(Company, contact.company_id) if contact.company_id else None
            deal_stmt = select(Deal).where(Deal.deleted_at.is_(None))
            if deal_id is not None:
                deal = s.scalar(deal_stmt.where(Deal.id == deal_id))
            else:
                deal = s.scalars(
                    deal_stmt.where(Deal.contact_id == contact_id, Deal.status == "open").order_by(Deal.updated_at.desc())
                ).first()
            stage = s.get(Stage, deal.stage_id) if deal is not None else None
            full = " ".join(p for p in (contact.first_name, contact.last_name) if p)
            return {
                "first_name": contact.first_name,
                "last_name": contact.last_name,
                "full_name": full,
                "email": to_email or contact.primary_email,
                "company": company.name if company else "",
                "job_title": contact.job_title,
                "city": contact.city,
                "country": contact.country,
                "deal.title": deal.title if deal else "",
                "deal.value": str(Money(deal.value_minor, deal.currency)) if deal else "",
                "deal.stage": stage.name if stage else "",
                "my.name": account.display_name if account else "",
                "my.email": account.address if account else "",
            }

    def preview(self, subject: str, body: str, contact_id: int, deal_id: int | None = None) -> tuple[str, str]:
        templates.check(subject, body)
        values = self.values(contact_id, deal_id)
        return templates.render(subject, values), templates.render(body, values)

    def contact_addresses(self, contact_id: int) -> list[str]:
        with self.db.reader() as s:
            return list(
                s.scalars(
                    select(ContactEmail.email).where(ContactEmail.contact_id == contact_id).order_by(ContactEmail.position)
                )
            )

    def send_to_contact(
        self, contact_id: int, subject: str, body: str, deal_id: int | None = None, to_email: str = ""
    ) -> Sent:
        """Render, send and log one message on the contact's (and deal's) timeline."""
        if not subject.strip() and not body.strip():
            raise ValidationError({"body": user_text("Write a subject or a message first.")})
        templates.check(subject, body)
        addresses = self.contact_addresses(contact_id)
        to_email = to_email or (addresses[0] if addresses else "")
        if not to_email:
            raise ValidationError({"to": user_text("This contact has no email address. Add one first.")})
        values = self.values(contact_id, deal_id, to_email)
        account = self.require_account()
        msg = message.build(
            account.display_name, account.address, values["full_name"], to_email,
            templates.render(subject, values), templates.render(body, values),
        )
        self.deliver(account, msg)
        activity_id = self.log_sent(contact_id, deal_id, msg, to_email)
        return Sent(str(msg["Message-ID"]), activity_id, to_email)

    def deliver(self, account: Account, msg: message.EmailMessage, client: object = None) -> None:
        secret = self.password(account)
        smtp.send(account.smtp(), secret, msg, client=client)  # type: ignore[arg-type]
        endpoint = account.imap()
        if account.save_to_sent and endpoint is not None and secret:
            try:
                imap.append_sent(endpoint, secret, msg)
            except MailError as exc:  # the message went out; only the copy is missing
                log.warning("could not save a copy in Sent: %s", exc.kind)

    def log_sent(self, contact_id: int | None, deal_id: int | None, msg: message.EmailMessage, to_email: str) -> int:
        body = msg.get_body(preferencelist=("plain",))
        text = body.get_content().strip() if body is not None else ""
        return self.activities.add(
            ActivityKind.EMAIL_SENT,
            body=f"To: {to_email}\n\n{text}",
            subject=str(msg["Subject"]) or "(no subject)",
            contact_id=contact_id,
            deal_id=deal_id,
            occurred_at=datetime.now(UTC),
            external_id=str(msg["Message-ID"]),
        )

    def is_logged(self, message_id: str, contact_id: int | None = None) -> bool:
        stmt = select(Activity.id).where(Activity.external_id == message_id, Activity.deleted_at.is_(None))
        if contact_id is not None:
            stmt = stmt.where(Activity.contact_id == contact_id)
        with self.db.reader() as s:
            return s.scalar(stmt.limit(1)) is not None

    # --- fetching -----------------------------------------------------------------------

    def fetch(self, folder: str = "INBOX", limit: int = 200) -> FetchSummary:
        """Read new messages since the last fetch and log those from or to known contacts."""
        account = self.require_account()
        endpoint = account.imap()
        if endpoint is None:
            raise MailError(user_text("Add an incoming (IMAP) server in Email settings to fetch mail."), "settings")
        secret = self.password(account) or ""
        with self.db.reader() as s:
            state = s.scalar(select(ImapState).where(ImapState.account_id == account.id, ImapState.folder == folder))
            validity, last_uid = (state.uidvalidity, state.last_uid) if state else (0, 0)
        result = imap.fetch_new(endpoint, secret, folder, validity, last_uid, limit)
        logged = 0
        mine = email_key(account.address)
        for fetched in result.messages:
            logged += self._log_received(fetched, mine)
        with self.db.session() as s:
            state = s.scalar(select(ImapState).where(ImapState.account_id == account.id, ImapState.folder == folder))
            if state is None:
                state = ImapState(account_id=account.id, folder=folder)
                s.add(state)
            state.uidvalidity, state.last_uid = result.uidvalidity, result.last_uid
            state.fetched_at = datetime.now(UTC)
        return FetchSummary(len(result.messages), logged, result.more)

    def _contacts_for(self, address: str) -> list[int]:
        with self.db.reader() as s:
            return list(
                s.scalars(
                    select(ContactEmail.contact_id)
                    .join(Contact, Contact.id == ContactEmail.contact_id)
                    .where(ContactEmail.email_key == email_key(address), Contact.deleted_at.is_(None))
                    .distinct()
                )
            )

    def _log_received(self, fetched: imap.FetchedMessage, mine: str) -> int:
        if not fetched.message_id:
            return 0
        from_me = email_key(fetched.sender) == mine
        targets: dict[int, str] = {}
        if not from_me:
            for cid in self._contacts_for(fetched.sender):
                targets[cid] = ActivityKind.EMAIL_RECEIVED
        for address in fetched.recipients:
            if email_key(address) == mine:
                continue
            kind = ActivityKind.EMAIL_SENT if from_me else ActivityKind.EMAIL_RECEIVED
            for cid in self._contacts_for(address):
                targets.setdefault(cid, kind)
        logged = 0
        for contact_id, kind in targets.items():
            if self.is_logged(fetched.message_id, contact_id):
                continue
            self.activities.add(
                kind,
                body=f"From: {fetched.sender}\n\n{fetched.body}".strip(),
                subject=fetched.subject or "(no subject)",
                contact_id=contact_id,
                occurred_at=fetched.date,
                external_id=fetched.message_id,
            )
            logged += 1
        return logged
