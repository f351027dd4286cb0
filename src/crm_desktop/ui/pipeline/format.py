"""Money and date formatting for the pipeline views (locale-aware, one currency at a time)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

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


def short_date(day: date | None) -> str:
    if day is None:
        return ""
    # "12 Dec 2026": unambiguous in every locale (month names are localised).
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def local_datetime(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{short_date(local.date())} {local:%H:%M}"


def month_name(day: date) -> str:
    return f"{QLocale().monthName(day.month, QLocale.FormatType.LongFormat)} {day.year}"
