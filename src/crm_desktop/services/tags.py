"""Tags shared by contacts, companies and deals."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import user_text
from crm_desktop.domain.text import clean, fold
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Tag, contact_tags


def parse_tags(text: str | Iterable[str]) -> list[str]:
    """'vip, supplier;  VIP' -> ['vip', 'supplier'] (first spelling wins, order kept)."""
    items = text.replace(";", ",").split(",") if isinstance(text, str) else list(text)
    seen: dict[str, str] = {}
    for item in items:
        name = clean(item)
        if name and fold(name) not in seen:
            if len(name) > 100:
                raise ValidationError({"tags": user_text("The tag “{tag}…” is too long (100 characters at most).", tag=name[:30])})
            seen[fold(name)] = name
    return list(seen.values())


def get_or_create(session: Session, names: Iterable[str]) -> list[Tag]:
    wanted = {fold(n): n for n in parse_tags(list(names))}
    if not wanted:
        return []
    existing = {t.name_key: t for t in session.scalars(select(Tag).where(Tag.name_key.in_(wanted)))}
    out: list[Tag] = []
    for key, name in wanted.items():
        tag = existing.get(key)
        if tag is None:
            tag = Tag(name=name, name_key=key)
            session.add(tag)
        out.append(tag)
    return out


class TagService:
    def __init__(self, db: Database):
        self.db = db

    def all_names(self) -> list[str]:
        with self.db.reader() as s:
            return list(s.scalars(select(Tag.name).order_by(Tag.name_key)))

    def usage(self) -> list[tuple[str, int]]:
        with self.db.reader() as s:
            rows = s.execute(
                select(Tag.name, func.count(contact_tags.c.contact_id))
                .outerjoin(contact_tags, contact_tags.c.tag_id == Tag.id)
                .group_by(Tag.id)
                .order_by(Tag.name_key)
            )
            return [(r[0], r[1]) for r in rows]
