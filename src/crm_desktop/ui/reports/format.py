"""Numbers, money and periods for the reports, in the window's language (QLocale); single
dates are formatted with ``ui.dates``.

Money keeps its currency code after the amount ("1,900.00 EUR", "1.900,00 EUR"): the reports
list several currencies side by side, and the code is never ambiguous.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from crm_desktop.domain.money import Money, exponent
from crm_desktop.domain.reports import Period, add_months
from crm_desktop.ui import dates


def locale() -> QLocale:
    """The window's locale; English conventions where none is set (the "C" locale of bare
    machines formats numbers without separators). The app's start-up (``i18n.install``) sets
    such a default already, but ``crm-desktop report --pdf`` renders with a bare QApplication
    that never runs it (its chart axes would read "100000"), and neither do views built
    without the start-up (tests, benchmarks): so the fallback stays here."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return current


def number(value: int | float) -> str:
    return locale().toString(int(round(value)))


def decimal(value: float, digits: int = 1) -> str:
    return locale().toString(float(value), "f", digits)


def percent(share: float) -> str:
    """0.667 -> '67 %'."""
    return QCoreApplication.translate("ReportFormat", "{number} %").format(number=number(share * 100))


def money(value: Money) -> str:
    """Exact (from the integer minor units, never through a float), with the locale's separators."""
    digits = exponent(value.currency)
    plain = f"{value.amount:,.{digits}f}"
    loc = locale()
    marks = {",": loc.groupSeparator(), ".": loc.decimalPoint(), "-": loc.negativeSign()}
    return "".join(marks.get(ch, ch) for ch in plain) + f" {value.currency}"


def month_text(key: str) -> str:
    """A report's month key '2026-03' -> 'Mar 2026' / 'März 2026'."""
    year, month = key.split("-")
    return dates.month_text(date(int(year), int(month), 1))


def period_text(period: Period) -> str:
    """What the period covers: 'Mar 2026', '5 Mar 2026' or '1 Mar 2026 – 15 Apr 2026'."""
    start, end = period.start, period.end
    if start.day == 1 and (add_months(start, 1) - end).days == 1:  # one whole month
        return dates.month_text(start)
    if start == end:
        return dates.date_text(start)
    return QCoreApplication.translate("ReportFormat", "{start} – {end}").format(
        start=dates.date_text(start), end=dates.date_text(end))
