"""Finding likely duplicate contacts and companies."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import text

from crm_desktop.domain.i18n import user_text
from crm_desktop.storage.engine import Database

NAME_SIMILARITY = 88  # rapidfuzz token_sort_ratio, 0-100
MAX_GROUP = 400  # people at one company compared pairwise at most


@dataclass
class DuplicatePair:
    kind: str  # "contact" or "company"
    a: int
    b: int
    reasons: list[str] = field(default_factory=list)
    score: int = 0  # higher is more certain

    @property
    def key(self) -> tuple[int, int]:
        return (min(self.a, self.b), max(self.a, self.b))


def _add(pairs: dict[tuple[int, int], DuplicatePair], kind: str, a: int, b: int, reason: str, score: int) -> None:
    key = (min(a, b), max(a, b))
    pair = pairs.setdefault(key, DuplicatePair(kind, key[0], key[1]))
    if reason not in pair.reasons:
        pair.reasons.append(reason)
    pair.score = max(pair.score, score) + (5 if len(pair.reasons) > 1 else 0)


class DuplicateFinder:
    def __init__(self, db: Database):
        self.db = db

    def contacts(self, limit: int = 500) -> list[DuplicatePair]:
        """Same email, same phone (E.164), or very similar names at the same company."""
        pairs: dict[tuple[int, int], DuplicatePair] = {}
        with self.db.reader() as s:
            conn = s.connection()
            for a, b, value in conn.execute(text(
                "SELECT e1.contact_id, e2.contact_id, e1.email FROM contact_emails e1 "
                "JOIN contact_emails e2 ON e2.email_key = e1.email_key AND e2.contact_id > e1.contact_id "
                "JOIN contacts c1 ON c1.id = e1.contact_id AND c1.deleted_at IS NULL "
                "JOIN contacts c2 ON c2.id = e2.contact_id AND c2.deleted_at IS NULL LIMIT :n"
            ), {"n": limit * 4}):
                _add(pairs, "contact", a, b, user_text("same email {address}", address=value), 95)
            for a, b, value in conn.execute(text(
                "SELECT p1.contact_id, p2.contact_id, p1.phone FROM contact_phones p1 "
                "JOIN contact_phones p2 ON p2.e164 = p1.e164 AND p2.contact_id > p1.contact_id "
                "JOIN contacts c1 ON c1.id = p1.contact_id AND c1.deleted_at IS NULL "
                "JOIN contacts c2 ON c2.id = p2.contact_id AND c2.deleted_at IS NULL "
                "WHERE p1.e164 IS NOT NULL LIMIT :n"
            ), {"n": limit * 4}):
                _add(pairs, "contact", a, b, user_text("same phone {number}", number=value), 90)
            groups: dict[int, list[tuple[int, str]]] = defaultdict(list)
            for cid, company_id, name in conn.execute(text(
                "SELECT id, company_id, sort_name FROM contacts WHERE deleted_at IS NULL AND company_id IN ("
                " SELECT company_id FROM contacts WHERE deleted_at IS NULL AND company_id IS NOT NULL"
                " GROUP BY company_id HAVING count(*) > 1)"
            )):
                groups[company_id].append((cid, name))
        for members in groups.values():
            members = members[:MAX_GROUP]
            for i, (a, name_a) in enumerate(members):
                for b, name_b in members[i + 1:]:
                    ratio = fuzz.token_sort_ratio(name_a, name_b)
                    if ratio >= NAME_SIMILARITY:
                        _add(pairs, "contact", a, b, user_text("very similar name at the same company"), int(ratio * 0.85))
        return sorted(pairs.values(), key=lambda p: (-p.score, p.key))[:limit]

    def companies(self, limit: int = 500) -> list[DuplicatePair]:
        """Very similar names (compared within the same first letters), or the same web domain."""
        pairs: dict[tuple[int, int], DuplicatePair] = {}
        blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
        with self.db.reader() as s:
            conn = s.connection()
            for a, b, domain in conn.execute(text(
                "SELECT c1.id, c2.id, c1.domain FROM companies c1 JOIN companies c2 "
                "ON c2.domain = c1.domain AND c2.id > c1.id AND c2.deleted_at IS NULL "
                "WHERE c1.domain != '' AND c1.deleted_at IS NULL LIMIT :n"
            ), {"n": limit * 4}):
                _add(pairs, "company", a, b, user_text("same domain {domain}", domain=domain), 85)
            for cid, name in conn.execute(text("SELECT id, sort_name FROM companies WHERE deleted_at IS NULL")):
                blocks[name[:3]].append((cid, name))
        for members in blocks.values():
            members = members[:MAX_GROUP]
            for i, (a, name_a) in enumerate(members):
                for b, name_b in members[i + 1:]:
                    ratio = fuzz.token_sort_ratio(name_a, name_b)
                    if ratio >= 92:
                        _add(pairs, "company", a, b, user_text("very similar name"), int(ratio * 0.9))
        return sorted(pairs.values(), key=lambda p: (-p.score, p.key))[:limit]


def existing_matches(
    db: Database, emails: list[str], phones: list[str], region: str = "", exclude_id: int | None = None
) -> list[tuple[int, str, str]]:
    """Live contacts that already have one of these emails or phone numbers:
    (contact id, name, what matched). Used to warn before creating a duplicate."""
    from crm_desktop.domain.phone import dedupe_key
    from crm_desktop.domain.validation import email_key

    keys = [email_key(e) for e in emails if e and e.strip()]
    numbers = [dedupe_key(p, region) for p in phones if p and p.strip()]
    out: dict[int, tuple[int, str, str]] = {}
    with db.reader() as s:
        conn = s.connection()
        for column, table, values, kind in (
            ("email_key", "contact_emails", keys, "email"),
            ("e164", "contact_phones", numbers, "phone"),
        ):
            for value in values:
                rows = conn.execute(text(
                    f"SELECT c.id, trim(c.first_name || ' ' || c.last_name), x.{column} FROM {table} x "
                    f"JOIN contacts c ON c.id = x.contact_id AND c.deleted_at IS NULL WHERE x.{column} = :v"
                ), {"v": value})
                for cid, name, matched in rows:
                    if cid != exclude_id and cid not in out:
                        out[cid] = (cid, name, user_text("same email {address}", address=matched) if kind == "email"
                                      else user_text("same phone {number}", number=matched))
    return list(out.values())
