"""Declarative base with a naming convention and reusable column types."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from sqlalchemy import DateTime, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC, always returned timezone-aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime(), date: __import__("sqlalchemy").Date()}


intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
name_str = Annotated[str, mapped_column(String(200), default="", server_default="")]
text_str = Annotated[str, mapped_column(Text, default="", server_default="")]
created_ts = Annotated[datetime, mapped_column(UtcDateTime(), default=utcnow, nullable=False)]
updated_ts = Annotated[
    datetime, mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow, nullable=False)
]
