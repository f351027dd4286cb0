"""Errors the services raise, with messages meant for the people using the app.

Messages are ``user_text`` so that the window can show them in the user's language;
``str(error)`` stays the English text (the command line prints it).
"""

from __future__ import annotations

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


def _gone(what: str) -> UserText:
    """'This contact no longer exists (it may have been deleted).' for each kind of record."""
    if what == "contact":
        return user_text("This contact no longer exists (it may have been deleted).")
    if what == "company":
        return user_text("This company no longer exists (it may have been deleted).")
    if what == "deal":
        return user_text("This deal no longer exists (it may have been deleted).")
    if what == "activity":
        return user_text("This activity no longer exists (it may have been deleted).")
    if what == "follow-up":
        return user_text("This follow-up no longer exists (it may have been deleted).")
    if what == "pipeline":
        return user_text("This pipeline no longer exists (it may have been deleted).")
    if what == "stage":
        return user_text("This stage no longer exists (it may have been deleted).")
    if what == "template":
        return user_text("This template no longer exists (it may have been deleted).")
    if what == "mail merge":
        return user_text("This mail merge no longer exists (it may have been deleted).")
    if what == "import":
        return user_text("This import no longer exists (it may have been deleted).")
    if what == "merge":
        return user_text("This merge no longer exists (it may have been deleted).")
    if what == "saved view":
        return user_text("This saved view no longer exists (it may have been deleted).")
    return user_text("This record no longer exists (it may have been deleted).")


def _changed(what: str) -> UserText:
    """'This contact was changed elsewhere...' for each kind of record that can be edited."""
    if what == "contact":
        return user_text("This contact was changed elsewhere while you were editing it. "
                         "Your changes were not saved; reopen it and try again.")
    if what == "company":
        return user_text("This company was changed elsewhere while you were editing it. "
                         "Your changes were not saved; reopen it and try again.")
    if what == "deal":
        return user_text("This deal was changed elsewhere while you were editing it. "
                         "Your changes were not saved; reopen it and try again.")
    if what == "follow-up":
        return user_text("This follow-up was changed elsewhere while you were editing it. "
                         "Your changes were not saved; reopen it and try again.")
    return user_text("This record was changed elsewhere while you were editing it. "
                     "Your changes were not saved; reopen it and try again.")


# The kinds of record NotFound and ConflictError have a sentence for.
NOT_FOUND_KINDS = frozenset({"contact", "company", "deal", "activity", "follow-up", "pipeline", "stage",
                             "template", "mail merge", "import", "merge", "saved view"})
CONFLICT_KINDS = frozenset({"contact", "company", "deal", "follow-up"})


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
