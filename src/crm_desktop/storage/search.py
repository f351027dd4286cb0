"""Full-text search with SQLite FTS5: one index over contacts, companies, notes and activities.

Each indexed record has one row whose rowid encodes the record: ``id * 8 + kind code``.
Rows are rebuilt set-wise from the tables (``reindex``), automatically after every ORM
flush that touched an indexed record, and explicitly after bulk Core writes (imports).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session

from crm_desktop.domain.phone import digits

KIND_CODES = {"contact": 0, "company": 1, "activity": 2, "deal": 3, "followup": 4}
CODE_KINDS = {v: k for k, v in KIND_CODES.items()}
# bm25 weights in column order: name, email, phone, other, notes, kind. ``kind`` is indexed
# (weight 0) so that "kind : contact AND (...)" lets FTS5 skip other kinds' rows cheaply.
# Only one-letter prefixes get their own index: longer prefixes ("mü*") are found fast enough
# from the terms themselves, and each prefix index costs as much to write as the words
# (migration 0010 dropped '2 3 4': an import of 100,000 contacts about a second faster, the
# index half its size).
WEIGHTS = (10.0, 6.0, 6.0, 2.0, 1.0, 0.0)

_CREATE = """
CREATE VIRTUAL TABLE search_fts USING fts5(
    name, email, phone, other, notes, kind,
    ref UNINDEXED, contact UNINDEXED, company UNINDEXED, deal UNINDEXED,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1'
)
"""
_RANK = "INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25({})')".format(
    ", ".join(str(w) for w in WEIGHTS)
)

# One SELECT per kind producing the index rows for the ids in the temp table _reindex_ids.
_SOURCES: dict[str, str] = {
    "contact": """
        SELECT c.id * 8, trim(c.first_name || ' ' || c.last_name),
            coalesce((SELECT group_concat(e.email, ' ') FROM contact_emails e WHERE e.contact_id = c.id), ''),
            coalesce((SELECT group_concat(p.digits, ' ') FROM contact_phones p WHERE p.contact_id = c.id), ''),
            c.job_title || ' ' || coalesce(co.name, '') || ' ' || c.city || ' ' || c.country || ' ' ||
            coalesce((SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                      WHERE ct.contact_id = c.id), ''),
            c.notes, 'contact', c.id, c.id, c.company_id, NULL
        FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
        WHERE c.id IN (SELECT id FROM _reindex_ids) AND c.deleted_at IS NULL
    """,
    "company": """
        SELECT co.id * 8 + 1, co.name, co.email || ' ' || co.domain || ' ' || co.website,
            co.phone, co.city || ' ' || co.country || ' ' ||
            coalesce((SELECT group_concat(t.name, ' ') FROM company_tags ct JOIN tags t ON t.id = ct.tag_id
                      WHERE ct.company_id = co.id), ''),
            co.notes, 'company', co.id, NULL, co.id, NULL
        FROM companies co
        WHERE co.id IN (SELECT id FROM _reindex_ids) AND co.deleted_at IS NULL
    """,
    "activity": """
        SELECT a.id * 8 + 2, '', '', '', a.subject, a.body, 'activity', a.id,
            a.contact_id, a.company_id, a.deal_id
        FROM activities a
        WHERE a.id IN (SELECT id FROM _reindex_ids) AND a.deleted_at IS NULL
    """,
    "deal": """
        SELECT d.id * 8 + 3, d.title, '', '', coalesce(co.name, '') || ' ' ||
            coalesce((SELECT group_concat(t.name, ' ') FROM deal_tags dt JOIN tags t ON t.id = dt.tag_id
                      WHERE dt.deal_id = d.id), ''),
            d.notes, 'deal', d.id, d.contact_id, d.company_id, d.id
        FROM deals d LEFT JOIN companies co ON co.id = d.company_id
        WHERE d.id IN (SELECT id FROM _reindex_ids) AND d.deleted_at IS NULL
    """,
    "followup": """
        SELECT f.id * 8 + 4, f.title, '', '', '', f.notes, 'followup', f.id,
            f.contact_id, NULL, f.deal_id
        FROM followups f
        WHERE f.id IN (SELECT id FROM _reindex_ids) AND f.deleted_at IS NULL
    """,
}

_INSERT = (
    "INSERT INTO search_fts (rowid, name, email, phone, other, notes, kind, ref, contact, company, deal)"
    " VALUES (?, ?, ?, ?, ?, ?, 'contact', ?, ?, ?, NULL)"
)


def new_contact_row(contact_id: int, first: str, last: str, emails: list[str], phone_digits: list[str],
                    job_title: str, company_id: int | None, company: str, city: str, country: str,
                    tags: list[str], notes: str) -> tuple[object, ...]:
    """The index row of a contact, built from values at hand: what ``_SOURCES['contact']`` selects
    (for ``add_new_contacts``; tests check that both agree)."""
    return (contact_id * 8, f"{first} {last}".strip(" "), " ".join(emails), " ".join(phone_digits),
            f"{job_title} {company} {city} {country} {' '.join(tags)}", notes, contact_id, contact_id, company_id)


def add_new_contacts(conn: Connection, rows: list[tuple[object, ...]]) -> None:
    """Index contacts that have no index row yet (just inserted), from ``new_contact_row`` tuples:
    no look-up of rows to replace and no query of the tables they were written to."""
    if rows:
        conn.exec_driver_sql(_INSERT, rows)


_TABLES = {
    "contact": "contacts",
    "company": "companies",
    "activity": "activities",
    "deal": "deals",
    "followup": "followups",
}


def create(conn: Connection) -> None:
    conn.execute(text(_CREATE))
    conn.execute(text(_RANK))


def drop(conn: Connection) -> None:
    conn.execute(text("DROP TABLE IF EXISTS search_fts"))


_COLUMNS = "name, email, phone, other, notes, kind, ref, contact, company, deal"


def recreate_keeping_rows(conn: Connection) -> None:
    """Create the index anew with the current settings (``_CREATE``), keeping its rows: they are
    copied into a new table that then takes the old one's place (for a change of settings)."""
    conn.execute(text(_CREATE.replace("search_fts", "search_fts_new", 1)))
    conn.execute(text(_RANK.replace("search_fts", "search_fts_new")))
    conn.execute(text(f"INSERT INTO search_fts_new (rowid, {_COLUMNS}) SELECT rowid, {_COLUMNS} FROM search_fts"))
    conn.execute(text("DROP TABLE search_fts"))
    conn.execute(text("ALTER TABLE search_fts_new RENAME TO search_fts"))


def _has_table(conn: Connection, name: str) -> bool:
    return bool(
        conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": name}).first()
    )


def reindex(conn: Connection, kind: str, ids: Iterable[int]) -> None:
    """Rebuild the index rows of these records (deleted ones simply disappear)."""
    id_list = sorted({int(i) for i in ids})
    if not id_list:
        return
    code = KIND_CODES[kind]
    conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS _reindex_ids (id INTEGER PRIMARY KEY)"))
    conn.execute(text("DELETE FROM _reindex_ids"))
    # one statement text for any number of ids: preparing a new text inside a long write
    # transaction costs milliseconds
    conn.exec_driver_sql("INSERT INTO _reindex_ids (id) VALUES (?)", [(i,) for i in id_list])
    conn.execute(
        text("DELETE FROM search_fts WHERE rowid IN (SELECT id * 8 + :code FROM _reindex_ids)"),
        {"code": code},
    )
    conn.execute(
        text(
            "INSERT INTO search_fts (rowid, name, email, phone, other, notes, kind, ref, contact,"
            " company, deal) " + _SOURCES[kind]
        )
    )
    conn.execute(text("DELETE FROM _reindex_ids"))


_AUTOMERGE_DEFAULT = 4  # FTS5's default when the table's config does not set it


def pause_merging(conn: Connection) -> int:
    """Stop FTS5 from merging index segments while many rows are added in this transaction
    (merging into a large index as it grows costs about as much as the indexing itself); returns
    the previous setting for ``resume_merging``. The setting is part of the transaction: a
    rollback restores it."""
    row = conn.execute(text("SELECT v FROM search_fts_config WHERE k = 'automerge'")).first()
    previous = int(row[0]) if row is not None and row[0] is not None else _AUTOMERGE_DEFAULT
    conn.execute(text("INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 0)"))
    return previous


def resume_merging(conn: Connection, previous: int) -> None:
    """Merge as before; later writes merge the new segments step by step as usual."""
    conn.execute(text("INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', :v)"), {"v": int(previous)})


def reindex_all(conn: Connection) -> None:
    """Drop and rebuild the whole index (repair, or after a restore from an old backup)."""
    conn.execute(text("DELETE FROM search_fts"))
    for kind, table in _TABLES.items():
        if not _has_table(conn, table):
            continue
        ids = [
            row[0] for row in conn.execute(text(f"SELECT id FROM {table} WHERE deleted_at IS NULL"))
        ]
        reindex(conn, kind, ids)


# ---------------------------------------------------------------------------------------
# Automatic upkeep after ORM flushes


def _dirty_records(session: Session) -> dict[str, set[int]]:
    """Which index rows the pending changes of this flush affect."""
    from crm_desktop.storage import models as m

    out: dict[str, set[int]] = {k: set() for k in KIND_CODES}
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, m.Contact):
            out["contact"].add(obj.id)
        elif isinstance(obj, (m.ContactEmail, m.ContactPhone)):
            out["contact"].add(obj.contact_id)
        elif isinstance(obj, m.Company):
            out["company"].add(obj.id)
            out["_company_contacts"] = out.get("_company_contacts", set()) | {obj.id}
        elif isinstance(obj, m.Activity):
            out["activity"].add(obj.id)
        elif isinstance(obj, m.Deal):
            out["deal"].add(obj.id)
        elif isinstance(obj, m.FollowUp):
            out["followup"].add(obj.id)
    return out


def _after_flush(session: Session, _ctx: object) -> None:
    pending = session.info.setdefault("_search_pending", {k: set() for k in KIND_CODES})
    for kind, ids in _dirty_records(session).items():
        pending.setdefault(kind, set()).update(i for i in ids if i is not None)


def _before_commit(session: Session) -> None:
    session.flush()
    pending = session.info.pop("_search_pending", None)
    if not pending:
        return
    conn = session.connection()
    company_ids = pending.pop("_company_contacts", set())
    if company_ids:
        rows = conn.execute(
            text(
                "SELECT id FROM contacts WHERE company_id IN ({})".format(
                    ",".join(str(int(i)) for i in company_ids)
                )
            )
        )
        pending["contact"].update(r[0] for r in rows)
    for kind, ids in pending.items():
        if ids:
            reindex(conn, kind, ids)


def _after_rollback(session: Session) -> None:
    session.info.pop("_search_pending", None)


def install(session_class: type[Session] = Session) -> None:
    """Keep the index up to date for every ORM session (idempotent)."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
        event.listen(session_class, "before_commit", _before_commit)
        event.listen(session_class, "after_soft_rollback", lambda s, _t: _after_rollback(s))


# ---------------------------------------------------------------------------------------
# Queries

_PHONEISH = re.compile(r"^[\d\s+().\-/]+$")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    kind: str
    ref: int
    contact_id: int | None
    company_id: int | None
    deal_id: int | None
    rank: float


def match_expression(query: str) -> str | None:
    """Turn what the user typed into a safe FTS5 query: every word as a prefix, all required."""
    query = (query or "").strip()
    if not query:
        return None
    if _PHONEISH.match(query) and len(digits(query)) >= 3:
        return f'phone : "{digits(query)}"*'
    words = _WORD.findall(query.replace("_", " "))
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search(
    conn: Connection, query: str, kinds: Iterable[str] | None = None, limit: int = 200
) -> list[Hit]:
    """Best matches of any of these kinds (all kinds by default), best first."""
    expr = match_expression(query)
    if expr is None:
        return []
    kind_list = [k for k in (kinds or KIND_CODES) if k in KIND_CODES]
    kind_expr = " OR ".join(f"kind : {k}" for k in kind_list)
    rows = conn.execute(
        text(
            "SELECT kind, ref, contact, company, deal, rank FROM search_fts "
            "WHERE search_fts MATCH :q ORDER BY rank LIMIT :limit"
        ),
        {"q": f"({kind_expr}) AND ({expr})", "limit": limit},
    )
    return [Hit(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]


# Ranking is most of the cost of a search: bm25 is computed for every match, about 20 ms per
# thousand. Up to this many matches they are ranked; a broader query (one or two letters, a
# tag, a city) lists its matches newest first, which needs no ranking at all.
RANK_LIMIT = 1000


def own_expression(kind: str, query: str) -> str | None:
    """The FTS5 query for records of this kind (the name column only for one- and
    two-letter queries, which would otherwise match half the database)."""
    expr = match_expression(query)
    if expr is None:
        return None
    short = len(query.strip()) < 3 and not expr.startswith("phone")
    return f"kind : {kind} AND ({'name : ' if short else ''}({expr}))"


def _owners(conn: Connection, owner: str, kind: str, query: str, limit: int) -> list[int]:
    """Records of this kind matching the query: matches on the record itself (best first,
    or newest first when there are more than RANK_LIMIT), then records whose activities
    match, newest first. A record's own index row has rowid ``id * 8 + code``: reading the
    id from the rowid avoids a lookup of the stored columns per match."""
    own = own_expression(kind, query)
    expr = match_expression(query)
    if own is None or expr is None:
        return []
    short = len(query.strip()) < 3 and not expr.startswith("phone")
    newest = [
        r[0]
        for r in conn.execute(
            text("SELECT rowid >> 3 FROM search_fts WHERE search_fts MATCH :q ORDER BY rowid DESC LIMIT :n"),
            {"q": own, "n": max(limit, RANK_LIMIT + 1)},
        )
    ]
    if len(newest) > RANK_LIMIT:
        found = newest[:limit]
    else:
        found = [
            r[0]
            for r in conn.execute(
                text("SELECT rowid >> 3 FROM search_fts WHERE search_fts MATCH :q ORDER BY rank LIMIT :limit"),
                {"q": own, "limit": limit},
            )
        ]
    if short or len(found) >= limit:
        return found
    seen = set(found)
    for (ident,) in conn.execute(
        text(
            f"SELECT {owner} FROM search_fts WHERE search_fts MATCH :q AND {owner} IS NOT NULL "
            "ORDER BY rowid DESC LIMIT :limit"
        ),
        {"q": f"kind : activity AND ({expr})", "limit": limit * 2},
    ):
        if ident not in seen:
            seen.add(ident)
            found.append(ident)
            if len(found) >= limit:
                break
    return found


def contact_ids(conn: Connection, query: str, limit: int = 5000) -> list[int]:
    """Contacts matching the query: name, email, phone, company, city, tags, notes, then
    contacts whose activities match."""
    return _owners(conn, "contact", "contact", query, limit)


def company_ids(conn: Connection, query: str, limit: int = 5000) -> list[int]:
    return _owners(conn, "company", "company", query, limit)
