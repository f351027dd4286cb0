"""Search over everything (contacts, companies, deals, follow-ups, notes) for the command palette."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from crm_desktop.domain.i18n import user_text
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database

KIND_ORDER = ("contact", "company", "deal", "followup", "activity")
KIND_TITLES = {
    "contact": user_text("Contacts"),
    "company": user_text("Companies"),
    "deal": user_text("Deals"),
    "followup": user_text("Follow-ups"),
    "activity": user_text("Notes and activities"),
}

_STATUS = {"open": user_text("open"), "won": user_text("won"), "lost": user_text("lost")}

# One query per kind giving (id, title, subtitle) for a list of ids.
_LABELS = {
    "contact": """
        SELECT c.id, trim(c.first_name || ' ' || c.last_name),
            trim(coalesce(co.name, '') || '  ' || coalesce((SELECT e.email FROM contact_emails e
                 WHERE e.contact_id = c.id ORDER BY e.position LIMIT 1), ''))
        FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.id IN ({ids})""",
    "company": "SELECT id, name, trim(city || ' ' || country) FROM companies WHERE id IN ({ids})",
    "deal": """
        SELECT d.id, d.title, coalesce(s.name, ''), d.status FROM deals d
        LEFT JOIN stages s ON s.id = d.stage_id WHERE d.id IN ({ids})""",
    "followup": "SELECT id, title, due_date FROM followups WHERE id IN ({ids})",
    "activity": """
        SELECT a.id, CASE WHEN a.subject != '' THEN a.subject ELSE substr(a.body, 1, 80) END,
            trim(coalesce(c.first_name || ' ' || c.last_name, co.name, '') || ' · ' || substr(a.occurred_at, 1, 10))
        FROM activities a LEFT JOIN contacts c ON c.id = a.contact_id
        LEFT JOIN companies co ON co.id = a.company_id WHERE a.id IN ({ids})""",
}


@dataclass(frozen=True)
class Found:
    kind: str
    id: int
    title: str
    subtitle: str
    contact_id: int | None = None
    company_id: int | None = None
    deal_id: int | None = None


def _labels(conn: Connection, kind: str, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    id_list = ",".join(str(int(i)) for i in ids)
    if not id_list:
        return {}
    rows = conn.execute(text(_LABELS[kind].format(ids=id_list))).all()
    if kind == "deal":
        return {r[0]: (r[1] or "", user_text("{stage} · {status}", stage=r[2] or "",
                                             status=_STATUS.get(r[3], r[3] or ""))) for r in rows}
    if kind == "followup":
        return {r[0]: (r[1] or "", user_text("due {date}", date=r[2]) if r[2] else "") for r in rows}
    return {r[0]: (r[1] or "", r[2] or "") for r in rows}


class Finder:
    def __init__(self, db: Database):
        self.db = db

    def find(self, query: str, per_kind: int = 5) -> list[Found]:
        """The best few matches of each kind, grouped in KIND_ORDER."""
        out: list[Found] = []
        with self.db.reader() as s:
            conn = s.connection()
            for kind in KIND_ORDER:
                hits = search.search(conn, query, kinds=[kind], limit=per_kind)
                labels = _labels(conn, kind, [h.ref for h in hits])
                for hit in hits:
                    if hit.ref in labels:
                        title, subtitle = labels[hit.ref]
                        out.append(
                            Found(kind, hit.ref, title, subtitle, hit.contact_id, hit.company_id, hit.deal_id)
                        )
        return out
