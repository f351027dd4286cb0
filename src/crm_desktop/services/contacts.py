"""Contacts: create, edit, delete, list and search. One Session per call; no Qt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.domain.errors import ConflictError, NotFound, ValidationError
from crm_desktop.domain.i18n import message_of, user_text
from crm_desktop.domain.phone import parse_phone
from crm_desktop.domain.text import clean, fold
from crm_desktop.domain.validation import check_birthday, email_key, normalise_email
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.companies import find_or_create_company
from crm_desktop.services.settings import SettingsService
from crm_desktop.services.tags import get_or_create, parse_tags
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.fastpath import column_values
from crm_desktop.storage.models import (
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    Tag,
    contact_tags,
)

TEXT_FIELDS = ("job_title", "street", "city", "postal_code", "region", "country", "website", "source")
SORT_KEYS = ("name", "company", "email", "phone", "tags", "last_activity", "created")


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class ContactInput:
    """What a form or an import row says about a contact."""

    first_name: str = ""
    last_name: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    company: str = ""
    job_title: str = ""
    birthday: date | None = None
    street: str = ""
    city: str = ""
    postal_code: str = ""
    region: str = ""
    country: str = ""
    website: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    do_not_email: bool = False
    source: str = ""


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts table: only what the list shows."""

    id: int
    name: str
    company: str
    email: str
    phone: str
    tags: str
    last_activity: datetime | None
    company_id: int | None = None


@dataclass(frozen=True)
class ContactDetail:
    id: int
    first_name: str
    last_name: str
    emails: list[str]
    phones: list[str]
    company: str
    company_id: int | None
    job_title: str
    birthday: date | None
    street: str
    city: str
    postal_code: str
    region: str
    country: str
    website: str
    notes: str
    tags: list[str]
    do_not_email: bool
    source: str
    created_at: datetime
    updated_at: datetime
    last_activity_at: datetime | None
    version: int

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name, self.emails[0] if self.emails else "")

    def to_input(self) -> ContactInput:
        return ContactInput(
            first_name=self.first_name,
            last_name=self.last_name,
            emails=list(self.emails),
            phones=list(self.phones),
            company=self.company,
            job_title=self.job_title,
            birthday=self.birthday,
            street=self.street,
            city=self.city,
            postal_code=self.postal_code,
            region=self.region,
            country=self.country,
            website=self.website,
            notes=self.notes,
            tags=list(self.tags),
            do_not_email=self.do_not_email,
            source=self.source,
        )


def display_name(first: str, last: str, email: str = "") -> str:
    return " ".join(p for p in (first, last) if p) or email or user_text("(no name)")


def sort_name(first: str, last: str, email: str = "") -> str:
    return fold(display_name(first, last, email))[:200]


@dataclass(frozen=True)
class CleanContact:
    values: dict[str, object]
    emails: list[str]
    phones: list[tuple[str, str | None, str]]  # raw, e164, search digits
    company: str
    tags: list[str]


def validate(data: ContactInput, region: str = "") -> CleanContact:
    """Check and normalise a contact; raises ValidationError naming each bad field."""
    errors: dict[str, str] = {}
    first, last = clean(data.first_name), clean(data.last_name)
    if not first and not last:
        errors["name"] = user_text("Enter a first or last name.")
    for key, value in (("first_name", first), ("last_name", last)):
        if len(value) > 200:
            errors[key] = user_text("This name is too long (200 characters at most).")
    emails: list[str] = []
    for raw in data.emails:
        if not clean(raw):
            continue
        try:
            email = normalise_email(raw)
        except ValueError as exc:
            errors["emails"] = message_of(exc)
            continue
        if email_key(email) not in {email_key(e) for e in emails}:
            emails.append(email)
    phones: list[tuple[str, str | None, str]] = []
    for raw in data.phones:
        if not clean(raw):
            continue
        try:
            phone = parse_phone(raw, region)
        except ValueError as exc:
            errors["phones"] = user_text("“{number}”: {problem}", number=clean(raw), problem=message_of(exc))
            continue
        if phone.raw not in {p[0] for p in phones}:
            phones.append((phone.raw[:64], phone.e164, phone.search_digits[:120]))
    try:
        birthday = check_birthday(data.birthday)
    except ValueError as exc:
        errors["birthday"] = message_of(exc)
        birthday = None
    values: dict[str, object] = {
        "first_name": first,
        "last_name": last,
        "birthday": birthday,
        "notes": (data.notes or "").replace("\x00", "").strip(),
        "do_not_email": bool(data.do_not_email),
    }
    for key in TEXT_FIELDS:
        value = clean(getattr(data, key))
        if len(value) > 200:
            errors[key] = user_text("This is too long (200 characters at most).")
        values[key] = value
    try:
        tags = parse_tags(data.tags)
    except ValidationError as exc:
        errors.update(exc.fields)
        tags = []
    company = clean(data.company)
    if len(company) > 200:
        errors["company"] = user_text("The company name is too long (200 characters at most).")
    if errors:
        raise ValidationError(errors)
    values["sort_name"] = sort_name(first, last, emails[0] if emails else "")
    return CleanContact(values=values, emails=emails, phones=phones, company=company, tags=tags)


def _apply(session: Session, contact: Contact, cleaned: CleanContact) -> None:
    for key, value in cleaned.values.items():
        setattr(contact, key, value)
    contact.company = find_or_create_company(session, cleaned.company) if cleaned.company else None
    contact.emails = [
        ContactEmail(email=e, email_key=email_key(e), position=i) for i, e in enumerate(cleaned.emails)
    ]
    contact.phones = [
        ContactPhone(phone=raw, e164=e164, digits=dig, position=i)
        for i, (raw, e164, dig) in enumerate(cleaned.phones)
    ]
    contact.tags = get_or_create(session, cleaned.tags)


def _detail(contact: Contact) -> ContactDetail:
    return ContactDetail(
        id=contact.id,
        first_name=contact.first_name,
        last_name=contact.last_name,
        emails=[e.email for e in contact.emails],
        phones=[p.phone for p in contact.phones],
        company=contact.company.name if contact.company else "",
        company_id=contact.company_id,
        job_title=contact.job_title,
        birthday=contact.birthday,
        street=contact.street,
        city=contact.city,
        postal_code=contact.postal_code,
        region=contact.region,
        country=contact.country,
        website=contact.website,
        notes=contact.notes,
        tags=[t.name for t in contact.tags],
        do_not_email=contact.do_not_email,
        source=contact.source,
        created_at=contact.created_at,
        updated_at=contact.updated_at,
        last_activity_at=contact.last_activity_at,
        version=contact.version,
    )


_PRIMARY_EMAIL = (
    select(ContactEmail.email)
    .where(ContactEmail.contact_id == Contact.id)
    .order_by(ContactEmail.position)
    .limit(1)
    .correlate(Contact)
    .scalar_subquery()
)
_PRIMARY_PHONE = (
    select(ContactPhone.phone)
    .where(ContactPhone.contact_id == Contact.id)
    .order_by(ContactPhone.position)
    .limit(1)
    .correlate(Contact)
    .scalar_subquery()
)
_TAG_LIST = (
    select(func.group_concat(Tag.name, ", "))
    .select_from(contact_tags.join(Tag, Tag.id == contact_tags.c.tag_id))
    .where(contact_tags.c.contact_id == Contact.id)
    .correlate(Contact)
    .scalar_subquery()
)


class ContactService:
    def __init__(self, db: Database, hub: ChangeHub, settings: SettingsService):
        self.db = db
        self.hub = hub
        self.settings = settings

    # --- writes -------------------------------------------------------------------------

    def create(self, data: ContactInput) -> int:
        cleaned = validate(data, self.settings.phone_region())
        with self.db.session() as s:
            contact = Contact()
            _apply(s, contact, cleaned)
            s.add(contact)
            s.flush()
            new_id = contact.id
        self.hub.publish(Change.of("contact", created=[new_id]), Change.of("company", reset=True))
        return new_id

    def update(self, contact_id: int, data: ContactInput, expected_version: int | None = None) -> None:
        cleaned = validate(data, self.settings.phone_region())
        try:
            with self.db.session() as s:
                contact = self._load(s, contact_id)
                if expected_version is not None and contact.version != expected_version:
                    raise ConflictError("contact")
                _apply(s, contact, cleaned)
        except StaleDataError as exc:
            raise ConflictError("contact") from exc
        self.hub.publish(Change.of("contact", updated=[contact_id]), Change.of("company", reset=True))

    def delete(self, ids: Iterable[int]) -> int:
        """Move contacts to the trash (soft delete). Returns how many were deleted."""
        id_list = list(ids)
        if not id_list:
            return 0
        with self.db.session() as s:
            result = s.execute(
                update(Contact)
                .where(Contact.id.in_(id_list), Contact.deleted_at.is_(None))
                .values(deleted_at=utcnow(), version=Contact.version + 1)
            )
            search.reindex(s.connection(), "contact", id_list)
            count = result.rowcount
        self.hub.publish(Change.of("contact", deleted=id_list))
        return count

    def restore(self, ids: Iterable[int]) -> None:
        id_list = list(ids)
        with self.db.session() as s:
            s.execute(
                update(Contact)
                .where(Contact.id.in_(id_list))
                .values(deleted_at=None, version=Contact.version + 1)
            )
            search.reindex(s.connection(), "contact", id_list)
        self.hub.publish(Change.of("contact", created=id_list))

    def add_tags(self, ids: Iterable[int], names: Iterable[str]) -> None:
        id_list = list(ids)
        with self.db.session() as s:
            tags = get_or_create(s, names)
            s.flush()
            for tag in tags:
                have = set(
                    s.scalars(
                        select(contact_tags.c.contact_id).where(
                            contact_tags.c.tag_id == tag.id, contact_tags.c.contact_id.in_(id_list)
                        )
                    )
                )
                rows = [{"contact_id": i, "tag_id": tag.id} for i in id_list if i not in have]
                if rows:
                    s.execute(insert(contact_tags), rows)
            self._touch(s, id_list)
        self.hub.publish(Change.of("contact", updated=id_list))

    def remove_tags(self, ids: Iterable[int], names: Iterable[str]) -> None:
        id_list = list(ids)
        keys = [fold(n) for n in parse_tags(list(names))]
        with self.db.session() as s:
            tag_ids = list(s.scalars(select(Tag.id).where(Tag.name_key.in_(keys))))
            s.execute(
                delete(contact_tags).where(
                    contact_tags.c.contact_id.in_(id_list), contact_tags.c.tag_id.in_(tag_ids)
                )
            )
            self._touch(s, id_list)
        self.hub.publish(Change.of("contact", updated=id_list))

    def _touch(self, s: Session, id_list: list[int]) -> None:
        s.execute(
            update(Contact)
            .where(Contact.id.in_(id_list))
            .values(updated_at=utcnow(), version=Contact.version + 1)
        )
        search.reindex(s.connection(), "contact", id_list)

    # --- reads --------------------------------------------------------------------------

    def _load(self, s: Session, contact_id: int) -> Contact:
        contact = s.scalar(
            select(Contact)
            .where(Contact.id == contact_id, Contact.deleted_at.is_(None))
            .options(
                selectinload(Contact.emails),
                selectinload(Contact.phones),
                selectinload(Contact.tags),
                selectinload(Contact.company),
            )
        )
        if contact is None:
            raise NotFound("contact", contact_id)
        return contact

    def get(self, contact_id: int) -> ContactDetail:
        with self.db.reader() as s:
            return _detail(self._load(s, contact_id))

    def count(self) -> int:
        with self.db.reader() as s:
            return s.scalar(select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None))) or 0

    def ordered_ids(
        self,
        sort: str = "name",
        descending: bool = False,
        query: str = "",
        company_id: int | None = None,
        tag: str | None = None,
    ) -> list[int]:
        """Ids of the contacts to list, in display order. With a query: best matches first,
        unless a sort column is given explicitly (sort != 'rank')."""
        with self.db.reader() as s:
            conn = s.connection()
            matched: list[int] | None = None
            if query.strip():
                matched = search.contact_ids(conn, query)
                if sort == "rank" or not matched:
                    return matched
            stmt: Select[tuple[int]] = select(Contact.id).where(Contact.deleted_at.is_(None))
            if matched is not None:
                stmt = stmt.where(Contact.id.in_(matched))
            if company_id is not None:
                stmt = stmt.where(Contact.company_id == company_id)
            if tag:
                stmt = stmt.where(
                    Contact.id.in_(
                        select(contact_tags.c.contact_id)
                        .join(Tag, Tag.id == contact_tags.c.tag_id)
                        .where(Tag.name_key == fold(tag))
                    )
                )
            stmt = _order(stmt, sort, descending)
            return column_values(conn, stmt)

    def rows(self, ids: Sequence[int]) -> dict[int, ContactRow]:
        """The table rows for these ids, in one query (no ORM objects)."""
        if not ids:
            return {}
        stmt = (
            select(
                Contact.id,
                Contact.first_name,
                Contact.last_name,
                Company.name,
                _PRIMARY_EMAIL,
                _PRIMARY_PHONE,
                _TAG_LIST,
                Contact.last_activity_at,
                Contact.company_id,
            )
            .outerjoin(Company, Company.id == Contact.company_id)
            .where(Contact.id.in_(list(ids)))
        )
        out: dict[int, ContactRow] = {}
        with self.db.reader() as s:
            for r in s.execute(stmt):
                out[r[0]] = ContactRow(
                    id=r[0],
                    name=display_name(r[1], r[2], r[4] or ""),
                    company=r[3] or "",
                    email=r[4] or "",
                    phone=r[5] or "",
                    tags=r[6] or "",
                    last_activity=r[7],
                    company_id=r[8],
                )
        return out

    def find_by_email(self, email: str) -> list[int]:
        with self.db.reader() as s:
            return list(
                s.scalars(
                    select(ContactEmail.contact_id)
                    .join(Contact, Contact.id == ContactEmail.contact_id)
                    .where(ContactEmail.email_key == email_key(email), Contact.deleted_at.is_(None))
                )
            )


def _order(stmt: Select[tuple[int]], sort: str, descending: bool) -> Select[tuple[int]]:
    def direction(col):  # type: ignore[no-untyped-def]
        return col.desc() if descending else col.asc()

    if sort == "company":
        stmt = stmt.outerjoin(Company, Company.id == Contact.company_id)
        keys = [direction(func.coalesce(Company.sort_name, "~")), Contact.sort_name]
    elif sort == "email":
        keys = [direction(func.coalesce(_PRIMARY_EMAIL, "~"))]
    elif sort == "phone":
        keys = [direction(func.coalesce(_PRIMARY_PHONE, "~"))]
    elif sort == "tags":
        keys = [direction(func.coalesce(_TAG_LIST, "~"))]
    elif sort == "last_activity":
        keys = [Contact.last_activity_at.is_(None), direction(Contact.last_activity_at)]
    elif sort == "created":
        keys = [direction(Contact.created_at)]
    else:
        keys = [direction(Contact.sort_name)]
    return stmt.order_by(*keys, direction(Contact.id))
