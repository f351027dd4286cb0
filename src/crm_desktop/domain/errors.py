"""Errors the services raise, with messages meant for the people using the app."""

from __future__ import annotations


class CrmError(Exception):
    """Base class: str(error) is a plain-words message for the user."""


class ValidationError(CrmError):
    """One or more fields are not acceptable. ``fields`` maps field name -> message."""

    def __init__(self, fields: dict[str, str]):
        self.fields = dict(fields)
        super().__init__("; ".join(self.fields.values()))


class NotFound(CrmError):
    def __init__(self, what: str, ident: object):
        self.what = what
        self.ident = ident
        super().__init__(f"This {what} no longer exists (it may have been deleted).")


class ConflictError(CrmError):
    """Someone else changed the record since it was loaded."""

    def __init__(self, what: str):
        super().__init__(
            f"This {what} was changed elsewhere while you were editing it. "
            "Your changes were not saved; reopen it and try again."
        )
