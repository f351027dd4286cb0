"""Money as integer minor units plus an ISO 4217 currency code; never floats."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from crm_desktop.domain.i18n import user_text

# Currencies whose minor unit is not 2 digits.
_EXPONENTS = {"JPY": 0, "KRW": 0, "CLP": 0, "ISK": 0, "HUF": 2, "BHD": 3, "KWD": 3, "TND": 3}


# Far beyond any deal, and safe in a 64-bit integer column.
MAX_MINOR = 10**17


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


@dataclass(frozen=True, order=True)
class Money:
    minor: int
    currency: str

    @property
    def amount(self) -> Decimal:
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    def __str__(self) -> str:
        return f"{self.amount:,.{exponent(self.currency)}f} {self.currency}"


def to_minor(amount: str | int | float | Decimal, currency: str) -> int:
    """'1 234,50' or '1,234.50' or 1234.5 -> 123450 (for a 2-digit currency)."""
    if isinstance(amount, (int, Decimal)):
        value = Decimal(amount)
    elif isinstance(amount, float):
        value = Decimal(repr(amount))
    else:
        value = parse_amount(amount)
    if not value.is_finite():
        raise ValueError(user_text("Enter an amount such as 1200 or 1200.50."))
    quant = Decimal(1).scaleb(-exponent(currency))
    try:
        minor = int((value.quantize(quant, rounding=ROUND_HALF_UP)).scaleb(exponent(currency)))
    except InvalidOperation as exc:  # more digits than a Decimal holds
        raise ValueError(user_text("This amount is too large.")) from exc
    if abs(minor) > MAX_MINOR:
        raise ValueError(user_text("This amount is too large."))
    return minor


def parse_amount(text: str) -> Decimal:
    cleaned = "".join(ch for ch in (text or "") if ch.isdigit() or ch in ",.-")
    if not cleaned or cleaned in "-.,":
        raise ValueError(user_text("Enter an amount such as 1200 or 1200.50."))
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        head, _, tail = cleaned.rpartition(",")
        cleaned = cleaned.replace(",", "") if len(tail) == 3 and head else head.replace(",", "") + "." + tail
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(user_text("Enter an amount such as 1200 or 1200.50.")) from exc
