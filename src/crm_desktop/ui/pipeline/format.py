"""Money formatting for the pipeline views (locale-aware, one currency at a time); dates are
formatted with ``ui.dates``."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale

from crm_desktop.domain.money import Money, exponent

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "CHF": "CHF ", "CAD": "CA$",
           "AUD": "A$", "SEK": "SEK ", "NOK": "NOK ", "DKK": "DKK ", "PLN": "zł "}
COMMON_CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN"]


def money(value_minor: int, currency: str, whole: bool = False) -> str:
    """1234550, 'EUR' -> '€12,345.50' in the user's locale; ``whole`` drops the cents."""
    amount = float(Money(value_minor, currency).amount)
    digits = 0 if whole else exponent(currency)
    symbol = SYMBOLS.get(currency, currency + " ")
    return QLocale().toCurrencyString(amount, symbol.strip() if len(symbol) == 1 else symbol, digits)


def totals(per_currency: Mapping[str, int], whole: bool = True) -> str:
    """{'EUR': 100000, 'USD': 5000} -> '€1,000 · $50' (never added together)."""
    if not per_currency:
        return money(0, "EUR", whole)
    return " · ".join(money(v, c, whole) for c, v in per_currency.items())


def amount(value_minor: int, currency: str) -> str:
    """The amount as typed in a value field: 1200.50 (1200,50 in German), no thousands separator."""
    value = Money(value_minor, currency).amount
    digits = exponent(currency)
    if digits > 2:  # 1200,500 would read as twelve hundred thousand five hundred
        return f"{value}"
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", digits)
