"""Email: the user's account (never the password), templates, the merge outbox, IMAP state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.storage.base import Base, created_ts, intpk, name_str, text_str, updated_ts


class MailAccount(Base):
    """Where and how to send and fetch mail. The password lives only in the OS keychain."""

    __tablename__ = "mail_accounts"

    id: Mapped[intpk]
    display_name: Mapped[name_str]
    address: Mapped[str] = mapped_column(String(320))
    username: Mapped[str] = mapped_column(String(320), default="", server_default="")
    smtp_host: Mapped[str] = mapped_column(String(255))
    smtp_port: Mapped[int] = mapped_column(Integer, default=465, server_default="465")
    smtp_security: Mapped[str] = mapped_column(String(10), default="ssl", server_default="ssl")
    imap_host: Mapped[str] = mapped_column(String(255), default="", server_default="")
    imap_port: Mapped[int] = mapped_column(Integer, default=993, server_default="993")
    imap_security: Mapped[str] = mapped_column(String(10), default="ssl", server_default="ssl")
    ca_file: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    save_to_sent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]


class MailTemplate(Base):
    __tablename__ = "mail_templates"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    subject: Mapped[name_str]
    body: Mapped[text_str]
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]


class MergeJob(Base):
    """One mail merge: a snapshot of the template and who it goes to (see MergeRecipient)."""

    __tablename__ = "mail_merge_jobs"

    id: Mapped[intpk]
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_accounts.id", ondelete="CASCADE"))
    template_name: Mapped[name_str]
    subject: Mapped[name_str]
    body: Mapped[text_str]
    audience: Mapped[name_str]  # what the user chose, in words: "tag: vip", "all contacts"
    status: Mapped[str] = mapped_column(String(12), default="open", server_default="open")
    created_at: Mapped[created_ts]
    finished_at: Mapped[datetime | None]


class MergeRecipient(Base):
    """One recipient of a merge. state: pending, sending, sent, failed, skipped, uncertain."""

    __tablename__ = "mail_merge_recipients"

    id: Mapped[intpk]
    job_id: Mapped[int] = mapped_column(ForeignKey("mail_merge_jobs.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    name: Mapped[name_str]
    email: Mapped[str] = mapped_column(String(320), default="", server_default="")
    state: Mapped[str] = mapped_column(String(12), default="pending", server_default="pending")
    message_id: Mapped[str] = mapped_column(String(300), default="", server_default="")
    detail: Mapped[text_str]  # why it was skipped or failed, in plain words
    updated_at: Mapped[updated_ts]

    __table_args__ = (
        UniqueConstraint("job_id", "contact_id"),
        Index("ix_mail_merge_recipients_job_state", "job_id", "state", "position"),
    )


class ImapState(Base):
    """How far "Fetch mail" has read a folder: UIDs are only meaningful with their UIDVALIDITY."""

    __tablename__ = "mail_imap_state"

    id: Mapped[intpk]
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_accounts.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_uid: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    fetched_at: Mapped[datetime | None]

    __table_args__ = (UniqueConstraint("account_id", "folder"),)
