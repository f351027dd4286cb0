"""Contacts, companies, tags, activities, custom fields and settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.domain.i18n import user_text
from crm_desktop.storage.base import Base, created_ts, intpk, name_str, text_str, updated_ts

contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

company_tags = Table(
    "company_tags",
    Base.metadata,
    Column("company_id", ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

_ALIVE = text("deleted_at IS NULL")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), unique=True)
    color: Mapped[str] = mapped_column(String(20), default="", server_default="")


class Company(Base):
    __tablename__ = "companies"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    domain: Mapped[name_str]
    website: Mapped[name_str]
    email: Mapped[name_str]
    phone: Mapped[name_str]
    street: Mapped[name_str]
    city: Mapped[name_str]
    postal_code: Mapped[name_str]
    region: Mapped[name_str]
    country: Mapped[name_str]
    notes: Mapped[text_str]
    last_activity_at: Mapped[datetime | None]
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    deleted_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    tags: Mapped[list[Tag]] = relationship(secondary=company_tags, order_by=Tag.name)
    contacts: Mapped[list[Contact]] = relationship(back_populates="company", viewonly=True)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_companies_sort_alive", "sort_name", "id", sqlite_where=_ALIVE, postgresql_where=_ALIVE),
    )


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[intpk]
    first_name: Mapped[name_str]
    last_name: Mapped[name_str]
    sort_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    job_title: Mapped[name_str]
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL"), index=True
    )
    birthday: Mapped[date | None] = mapped_column(Date)
    street: Mapped[name_str]
    city: Mapped[name_str]
    postal_code: Mapped[name_str]
    region: Mapped[name_str]
    country: Mapped[name_str]
    website: Mapped[name_str]
    notes: Mapped[text_str]
    do_not_email: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    source: Mapped[name_str]
    keep_in_touch_days: Mapped[int | None] = mapped_column(Integer)
    last_activity_at: Mapped[datetime | None]
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    deleted_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    company: Mapped[Company | None] = relationship(back_populates="contacts")
    emails: Mapped[list[ContactEmail]] = relationship(
        order_by="ContactEmail.position", cascade="all, delete-orphan", back_populates="contact"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        order_by="ContactPhone.position", cascade="all, delete-orphan", back_populates="contact"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags, order_by=Tag.name)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_contacts_sort_alive", "sort_name", "id", sqlite_where=_ALIVE, postgresql_where=_ALIVE),
        Index("ix_contacts_last_activity", "last_activity_at"),
        Index("ix_contacts_created_alive", "created_at", sqlite_where=_ALIVE, postgresql_where=_ALIVE),
        Index(
            "ix_contacts_keep_in_touch",
            "keep_in_touch_days",
            sqlite_where=text("keep_in_touch_days IS NOT NULL"),
            postgresql_where=text("keep_in_touch_days IS NOT NULL"),
        ),
    )

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        if name:
            return name
        if self.emails:
            return self.emails[0].email
        return user_text("(no name)")

    @property
    def primary_email(self) -> str:
        return self.emails[0].email if self.emails else ""

    @property
    def primary_phone(self) -> str:
        return self.phones[0].phone if self.phones else ""


class ContactEmail(Base):
    __tablename__ = "contact_emails"

    id: Mapped[intpk]
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320), index=True)
    label: Mapped[str] = mapped_column(String(50), default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    contact: Mapped[Contact] = relationship(back_populates="emails")
    __table_args__ = (Index("ix_contact_emails_contact", "contact_id", "position"),)


class ContactPhone(Base):
    __tablename__ = "contact_phones"

    id: Mapped[intpk]
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    phone: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    digits: Mapped[str] = mapped_column(String(120), default="", server_default="")
    label: Mapped[str] = mapped_column(String(50), default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    contact: Mapped[Contact] = relationship(back_populates="phones")
    __table_args__ = (Index("ix_contact_phones_contact", "contact_id", "position"),)


class Activity(Base):
    """A timeline entry: note, call, meeting, email, stage change."""

    __tablename__ = "activities"

    id: Mapped[intpk]
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[name_str]
    body: Mapped[text_str]
    occurred_at: Mapped[datetime]
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    external_id: Mapped[str | None] = mapped_column(String(300), index=True)
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    deleted_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_activities_contact_time", "contact_id", "occurred_at"),
        Index("ix_activities_company_time", "company_id", "occurred_at"),
        Index("ix_activities_time", "occurred_at"),
        Index("ix_activities_kind_time", "kind", "occurred_at", sqlite_where=_ALIVE, postgresql_where=_ALIVE),
    )


class CustomField(Base):
    __tablename__ = "custom_fields"

    id: Mapped[intpk]
    entity: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(20))
    options: Mapped[text_str]  # JSON list of choices for "choice" fields
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    __table_args__ = (UniqueConstraint("entity", "key"),)


class CustomValue(Base):
    __tablename__ = "custom_values"

    id: Mapped[intpk]
    field_id: Mapped[int] = mapped_column(ForeignKey("custom_fields.id", ondelete="CASCADE"))
    entity_id: Mapped[int] = mapped_column(Integer)
    value: Mapped[text_str]

    __table_args__ = (
        UniqueConstraint("field_id", "entity_id"),
        Index("ix_custom_values_entity", "entity_id"),
    )


class Setting(Base):
    """Application settings that the services need (JSON values)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[text_str]
