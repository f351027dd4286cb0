"""Companies: the organisations contacts work for."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.domain.errors import ConflictError, NotFound, ValidationError
from crm_desktop.domain.i18n import message_of, user_text
from crm_desktop.domain.text import clean, fold
from crm_desktop.domain.validation import normalise_email
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.tags import get_or_create, parse_tags
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.fastpath import column_values
from crm_desktop.storage.models import Company, Contact, Tag, company_tags

FIELDS = ("domain", "website", "email", "phone", "street", "city", "postal_code", "region", "country")


def find_or_create_company(session: Session, name: str) -> Company:
    """The live company with this name (case- and accent-insensitive), created if missing."""
    key = fold(name)[:200]
    company = session.scalar(
        select(Company).where(Company.sort_name == key, Company.deleted_at.is_(None)).limit(1)
    )
    if company is None:
        company = Company(name=clean(name)[:200], sort_name=key)
        session.add(company)
    return company


@dataclass
class CompanyInput:
    name: str = ""
    domain: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    city: str = ""
    postal_code: str = ""
    region: str = ""
    country: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CompanyRow:
    id: int
    name: str
    website: str
    phone: str
    city: str
    people: int
    tags: str
    last_activity: datetime | None


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    job_title: str


@dataclass(frozen=True)
class CompanyDetail:
    id: int
    name: str
    domain: str
    website: str
    email: str
    phone: str
    street: str
    city: str
    postal_code: str
    region: str
    country: str
    notes: str
    tags: list[str]
    people: list[PersonRow]
    created_at: datetime
    updated_at: datetime
    version: int

    def to_input(self) -> CompanyInput:
        return CompanyInput(
            **{k: getattr(self, k) for k in ("name", "notes", *FIELDS)}, tags=list(self.tags)
        )


def validate(data: CompanyInput) -> dict[str, object]:
    errors: dict[str, str] = {}
    values: dict[str, object] = {"name": clean(data.name)}
    if not values["name"]:
        errors["name"] = user_text("Enter the company's name.")
    for key in FIELDS:
        value = clean(getattr(data, key))
        if len(value) > 200:
            errors[key] = user_text("This is too long (200 characters at most).")
        values[key] = value
    if values["email"]:
        try:
            values["email"] = normalise_email(str(values["email"]))
        except ValueError as exc:
            errors["email"] = message_of(exc)
    values["notes"] = (data.notes or "").replace("\x00", "").strip()
    try:
        values["tags"] = parse_tags(data.tags)
    except ValidationError as exc:
        errors.update(exc.fields)
    if errors:
        raise ValidationError(errors)
    values["sort_name"] = fold(str(values["name"]))[:200]
    return values


_PEOPLE = (
    select(func.count(Contact.id))
    .where(Contact.company_id == Company.id, Contact.deleted_at.is_(None))
    .correlate(Company)
    .scalar_subquery()
)
_TAGS = (
    select(func.group_concat(Tag.name, ", "))
    .select_from(company_tags.join(Tag, Tag.id == company_tags.c.tag_id))
    .where(company_tags.c.company_id == Company.id)
    .correlate(Company)
    .scalar_subquery()
)


class CompanyService:
    def __init__(self, db: Database, hub: ChangeHub):
        self.db = db
        self.hub = hub

    def _apply(self, s: Session, company: Company, values: dict[str, object]) -> None:
        values = dict(values)
        company.tags = get_or_create(s, values.pop("tags", []))  # type: ignore[arg-type]
        for key, value in values.items():
            setattr(company, key, value)

    def create(self, data: CompanyInput) -> int:
        values = validate(data)
        with self.db.session() as s:
            existing = s.scalar(
                select(Company.id).where(
                    Company.sort_name == values["sort_name"], Company.deleted_at.is_(None)
                )
            )
            if existing is not None:
                raise ValidationError({"name": user_text("A company named “{name}” already exists.", name=values["name"])})
            company = Company()
            self._apply(s, company, values)
            s.add(company)
            s.flush()
            new_id = company.id
        self.hub.publish(Change.of("company", created=[new_id]))
        return new_id

    def update(self, company_id: int, data: CompanyInput, expected_version: int | None = None) -> None:
        values = validate(data)
        try:
            with self.db.session() as s:
                company = self._load(s, company_id)
                if expected_version is not None and company.version != expected_version:
                    raise ConflictError("company")
                clash = s.scalar(
                    select(Company.id).where(
                        Company.sort_name == values["sort_name"],
                        Company.deleted_at.is_(None),
                        Company.id != company_id,
                    )
                )
                if clash is not None:
                    raise ValidationError({"name": user_text("A company named “{name}” already exists.", name=values["name"])})
                self._apply(s, company, values)
        except StaleDataError as exc:
            raise ConflictError("company") from exc
        self.hub.publish(Change.of("company", updated=[company_id]), Change.of("contact", reset=True))

    def delete(self, ids: Iterable[int]) -> int:
        """Move companies to the trash. Their people stay, without a company shown."""
        id_list = list(ids)
        with self.db.session() as s:
            result = s.execute(
                update(Company)
                .where(Company.id.in_(id_list), Company.deleted_at.is_(None))
                .values(deleted_at=datetime.now(UTC), version=Company.version + 1)
            )
            search.reindex(s.connection(), "company", id_list)
            count = result.rowcount
        self.hub.publish(Change.of("company", deleted=id_list))
        return count

    def restore(self, ids: Iterable[int]) -> None:
        """Bring companies back from the trash (undo of delete)."""
        id_list = list(ids)
        with self.db.session() as s:
            s.execute(
                update(Company)
                .where(Company.id.in_(id_list))
                .values(deleted_at=None, version=Company.version + 1)
            )
            search.reindex(s.connection(), "company", id_list)
        self.hub.publish(Change.of("company", created=id_list))

    def _load(self, s: Session, company_id: int) -> Company:
        company = s.scalar(
            select(Company)
            .where(Company.id == company_id, Company.deleted_at.is_(None))
            .options(selectinload(Company.tags))
        )
        if company is None:
            raise NotFound("company", company_id)
        return company

    def get(self, company_id: int) -> CompanyDetail:
        with self.db.reader() as s:
            c = self._load(s, company_id)
            people = [
                PersonRow(id=r[0], name=" ".join(p for p in (r[1], r[2]) if p), job_title=r[3])
                for r in s.execute(
                    select(Contact.id, Contact.first_name, Contact.last_name, Contact.job_title)
                    .where(Contact.company_id == company_id, Contact.deleted_at.is_(None))
                    .order_by(Contact.sort_name)
                )
            ]
            return CompanyDetail(
                id=c.id,
                name=c.name,
                **{k: getattr(c, k) for k in FIELDS},
                notes=c.notes,
                tags=[t.name for t in c.tags],
                people=people,
                created_at=c.created_at,
                updated_at=c.updated_at,
                version=c.version,
            )

    def names(self, prefix: str = "", limit: int = 50) -> list[str]:
        with self.db.reader() as s:
            stmt = select(Company.name).where(Company.deleted_at.is_(None))
            if prefix:
                stmt = stmt.where(Company.sort_name.startswith(fold(prefix)))
            return list(s.scalars(stmt.order_by(Company.sort_name).limit(limit)))

    def count(self) -> int:
        with self.db.reader() as s:
            return s.scalar(select(func.count()).select_from(Company).where(Company.deleted_at.is_(None))) or 0

    def ordered_ids(self, sort: str = "name", descending: bool = False, query: str = "") -> list[int]:
        with self.db.reader() as s:
            matched: list[int] | None = None
            if query.strip():
                matched = search.company_ids(s.connection(), query)
                if sort == "rank" or not matched:
                    return matched
            stmt: Select[tuple[int]] = select(Company.id).where(Company.deleted_at.is_(None))
            if matched is not None:
                stmt = stmt.where(Company.id.in_(matched))
            col = {
                "website": Company.website,
                "phone": Company.phone,
                "city": Company.city,
                "people": _PEOPLE,
                "tags": func.coalesce(_TAGS, "~"),
                "last_activity": Company.last_activity_at,
            }.get(sort, Company.sort_name)
            stmt = stmt.order_by(col.desc() if descending else col.asc(), Company.id)
            return column_values(s.connection(), stmt)

    def rows(self, ids: Sequence[int]) -> dict[int, CompanyRow]:
        if not ids:
            return {}
        stmt = select(
            Company.id,
            Company.name,
            Company.website,
            Company.phone,
            Company.city,
            _PEOPLE,
            _TAGS,
            Company.last_activity_at,
        ).where(Company.id.in_(list(ids)))
        with self.db.reader() as s:
            return {
                r[0]: CompanyRow(r[0], r[1], r[2], r[3], r[4], r[5] or 0, r[6] or "", r[7])
                for r in s.execute(stmt)
            }
