"""Errors the services raise, with messages meant for the people using the app.

Messages are ``user_text`` so that the window can show them in the user's language;
``str(error)`` stays the English text (the command line prints it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm_desktop.domain.i18n import UserText, joined, user_text


def _rebuild(cls: type[CrmError], args: tuple[Any, ...], state: dict[str, Any]) -> CrmError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class CrmError(Exception):
    """Base class: str(error) is a plain-words message for the user."""

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Copies and pickles keep the message (and its translation) and the attributes,
        # whatever arguments a subclass's __init__ takes.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class ValidationError(CrmError):
    """One or more fields are not acceptable. ``fields`` maps field name -> message."""

    def __init__(self, fields: dict[str, str]):
        self.fields = dict(fields)
        super().__init__(joined(list(self.fields.values()), "; "))


@dataclass(frozen=True)
class RecordKind:
    """What the errors say about one kind of record: that it is gone (NotFound) and, for kinds
    edited in a form, that someone else changed it meanwhile (ConflictError)."""

    gone: UserText
    changed: UserText | None = None


# The one list of record kinds the errors have sentences for ("what" of NotFound and
# ConflictError). Whole sentences per kind: German nouns differ in gender. Add a kind here.
KINDS: dict[str, RecordKind] = {
    "contact": RecordKind(
        user_text("This contact no longer exists (it may have been deleted)."),
        user_text("This contact was changed elsewhere while you were editing it. "
                  "Your changes were not saved; reopen it and try again."),
    ),
    "company": RecordKind(
        user_text("This company no longer exists (it may have been deleted)."),
        user_text("This company was changed elsewhere while you were editing it. "
                  "Your changes were not saved; reopen it and try again."),
    ),
    "deal": RecordKind(
        user_text("This deal no longer exists (it may have been deleted)."),
        user_text("This deal was changed elsewhere while you were editing it. "
                  "Your changes were not saved; reopen it and try again."),
    ),
    "activity": RecordKind(user_text("This activity no longer exists (it may have been deleted).")),
    "follow-up": RecordKind(
        user_text("This follow-up no longer exists (it may have been deleted)."),
        user_text("This follow-up was changed elsewhere while you were editing it. "
                  "Your changes were not saved; reopen it and try again."),
    ),
    "pipeline": RecordKind(user_text("This pipeline no longer exists (it may have been deleted).")),
    "stage": RecordKind(user_text("This stage no longer exists (it may have been deleted).")),
    "template": RecordKind(user_text("This template no longer exists (it may have been deleted).")),
    "mail merge": RecordKind(user_text("This mail merge no longer exists (it may have been deleted).")),
    "import": RecordKind(user_text("This import no longer exists (it may have been deleted).")),
    "merge": RecordKind(user_text("This merge no longer exists (it may have been deleted).")),
    "saved view": RecordKind(user_text("This saved view no longer exists (it may have been deleted).")),
}
# Any other kind of record.
_RECORD_GONE = user_text("This record no longer exists (it may have been deleted).")
_RECORD_CHANGED = user_text("This record was changed elsewhere while you were editing it. "
                            "Your changes were not saved; reopen it and try again.")
# The kinds NotFound and ConflictError have their own sentence for (taken from KINDS).
NOT_FOUND_KINDS = frozenset(KINDS)
CONFLICT_KINDS = frozenset(kind for kind, texts in KINDS.items() if texts.changed is not None)


def _gone(what: str) -> UserText:
    """'This contact no longer exists (it may have been deleted).' for each kind of record."""
    kind = KINDS.get(what)
    return kind.gone if kind is not None else _RECORD_GONE


def _changed(what: str) -> UserText:
    """'This contact was changed elsewhere...' for each kind of record that can be edited."""
    kind = KINDS.get(what)
    return kind.changed if kind is not None and kind.changed is not None else _RECORD_CHANGED


class NotFound(CrmError):
    """A record is gone. ``what`` is its kind ("contact", "deal", ... see NOT_FOUND_KINDS)."""

    def __init__(self, what: str, ident: object):
        self.what = what
        self.ident = ident
        super().__init__(_gone(what))


class ConflictError(CrmError):
    """Someone else changed the record since it was loaded (``what``: see CONFLICT_KINDS)."""

    def __init__(self, what: str):
        self.what = what
        super().__init__(_changed(what))
