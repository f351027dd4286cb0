"""Field validation with messages a non-technical user understands."""

from __future__ import annotations

import re
from datetime import date

from crm_desktop.domain.i18n import user_text

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def normalise_email(value: str) -> str:
    """Trim and lower-case the domain. Raises ValueError when it is not an address."""
    value = (value or "").strip().strip("<>").strip()
    if not value:
        raise ValueError(user_text("The email address is empty."))
    if not _EMAIL.match(value) or ".." in value:
        raise ValueError(user_text("“{address}” is not a valid email address (it should look like name@example.com).",
                                   address=value))
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


def email_key(value: str) -> str:
    """How two addresses are compared for duplicates."""
    return (value or "").strip().lower()


def check_currency(code: str) -> str:
    code = (code or "").strip().upper()
    if not _CURRENCY.match(code):
        raise ValueError(user_text("Use a three-letter currency code such as EUR, USD or GBP."))
    return code


def check_birthday(value: date | None) -> date | None:
    if value is None:
        return None
    if value > date.today():
        raise ValueError(user_text("The birthday is in the future."))
    if value.year < 1900 and value.year != 1604:
        raise ValueError(user_text("The birthday year looks wrong."))
    return value
