"""Import look-ups, a chunk of rows at a time: which existing contacts the rows match (by email,
E.164 phone, name at the same company), and those contacts as they are stored, read once for
both the merge (``State``) and the undo record (``Stored``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from crm_desktop.domain.validation import email_key
from crm_desktop.services.contacts import CleanContact
from crm_desktop.services.import_rows import CONTACT_COLUMNS, SCALARS, State, dump_before
from crm_desktop.storage.models import Contact

PART = 500  # values per IN (...) list

_EMAIL_OWNERS = (
    "SELECT e.email_key, e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id"
    " WHERE e.email_key IN ({}) AND c.deleted_at IS NULL ORDER BY e.contact_id DESC"
)
_PHONE_OWNERS = (
    "SELECT p.e164, p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id"
    " WHERE p.e164 IN ({}) AND c.deleted_at IS NULL ORDER BY p.contact_id DESC"
)
_NAME_OWNERS = (
    "SELECT c.id, c.sort_name, co.sort_name FROM contacts c JOIN companies co ON co.id = c.company_id"
    " WHERE c.sort_name IN ({}) AND c.deleted_at IS NULL ORDER BY c.id DESC"
)


# plain columns (text and numbers): read without the ORM's row objects
_EMAILS = ("SELECT contact_id, email, email_key, label, position FROM contact_emails"
           " WHERE contact_id IN ({}) ORDER BY position")
_PHONES = ("SELECT contact_id, phone, e164, digits, label, position FROM contact_phones"
           " WHERE contact_id IN ({}) ORDER BY position")
_TAGS = "SELECT contact_id, tag_id FROM contact_tags WHERE contact_id IN ({})"


@dataclass
class Owners:
    """Existing contacts by email key, by E.164 number and by (sort name, company sort name)."""

    by_email: dict[str, int] = field(default_factory=dict)
    by_phone: dict[str, int] = field(default_factory=dict)
    by_name: dict[tuple[str, str], int] = field(default_factory=dict)

    def ids(self) -> set[int]:
        return {*self.by_email.values(), *self.by_phone.values(), *self.by_name.values()}


def _parts(values: list[Any]) -> Iterable[tuple[str, tuple[Any, ...]]]:
    for start in range(0, len(values), PART):
        part = tuple(values[start : start + PART])
        yield ",".join("?" * len(part)), part


def owners(conn: Connection, contacts: list[CleanContact]) -> Owners:
    """The existing (not deleted) contacts these contacts could be; the smallest id wins for a key
    (rows come newest first, later ones overwrite)."""
    found = Owners()
    keys = list({email_key(e) for cl in contacts for e in cl.emails})
    e164s = list({ph[1] for cl in contacts for ph in cl.phones if ph[1]})
    names = list({str(cl.values["sort_name"]) for cl in contacts if cl.company})
    for marks, part in _parts(keys):
        for key, cid in conn.exec_driver_sql(_EMAIL_OWNERS.format(marks), part):
            found.by_email[key] = cid
    for marks, part in _parts(e164s):
        for key, cid in conn.exec_driver_sql(_PHONE_OWNERS.format(marks), part):
            found.by_phone[key] = cid
    for marks, part in _parts(names):
        for cid, sname, cname in conn.exec_driver_sql(_NAME_OWNERS.format(marks), part):
            found.by_name[(sname, cname)] = cid
    return found


@dataclass
class Stored:
    """A contact exactly as stored: what undo puts back."""

    contact: dict[str, Any]
    emails: list[dict[str, Any]] = field(default_factory=list)
    phones: list[dict[str, Any]] = field(default_factory=list)
    tags: list[int] = field(default_factory=list)

    def dump(self) -> str:
        return dump_before(self.contact, self.emails, self.phones, self.tags)

    def state(self) -> State:
        """The contact as the importer merges into it."""
        c = self.contact
        return State({k: c[k] for k in SCALARS}, c["company_id"], [e["email"] for e in self.emails],
                     [(p["phone"], p["e164"], p["digits"]) for p in self.phones], list(self.tags))


def load(conn: Connection, ids: set[int]) -> tuple[dict[int, State], dict[int, Stored]]:
    """These contacts as the importer merges into them, and as stored (emails and phones in
    their order)."""
    stored: dict[int, Stored] = {}
    table = Contact.__table__
    for marks, part in _parts(sorted(ids)):
        for r in conn.execute(select(table.c.id, *[table.c[k] for k in CONTACT_COLUMNS]).where(table.c.id.in_(part))):
            stored[r[0]] = Stored(dict(zip(CONTACT_COLUMNS, r[1:], strict=True)))
        for cid, email, key, label, position in conn.exec_driver_sql(_EMAILS.format(marks), part):
            stored[cid].emails.append({"email": email, "email_key": key, "label": label, "position": position})
        for cid, phone, e164, digits, label, position in conn.exec_driver_sql(_PHONES.format(marks), part):
            stored[cid].phones.append({"phone": phone, "e164": e164, "digits": digits, "label": label,
                                       "position": position})
        for cid, tid in conn.exec_driver_sql(_TAGS.format(marks), part):
            stored[cid].tags.append(tid)
    return {cid: st.state() for cid, st in stored.items()}, stored
