"""Money and date formatting for the pipeline views (locale-aware, one currency at a time)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

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


def date_format() -> str:
    """The Qt date format of short dates: "d MMM yyyy" (12 Dec 2026), "d. MMM yyyy" in German."""
    return QCoreApplication.translate("PipelineFormat", "d MMM yyyy", "date format of a short date, e.g. 12 Dec 2026")


def short_date(day: date | None) -> str:
    if day is None:
        return ""
    # "12 Dec 2026": unambiguous in every locale (month names are localised).
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def day_month(day: date) -> str:
    """"12 Dec" ("12. Dez." in German): a date of this year where space is short."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QCoreApplication.translate("PipelineFormat", "d MMM", "date format: day and month"))


def local_datetime(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{short_date(local.date())} {QLocale().toString(QTime(local.hour, local.minute), 'HH:mm')}"


def month_name(day: date) -> str:
    """"December 2026" in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")


def amount(value_minor: int, currency: str) -> str:
    """The amount as typed in a value field: 1200.50 (1200,50 in German), no thousands separator."""
    value = Money(value_minor, currency).amount
    digits = exponent(currency)
    if digits > 2:  # 1200,500 would read as twelve hundred thousand five hundred
        return f"{value}"
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", digits)
