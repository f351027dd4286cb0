"""The dashboard as tables in the window's language: shown beside the charts, written to the
PDF and Excel exports from the window.

The services build the tables (services/report_tables, also used by the command line) with
translatable texts; here every text of a table (title, note, headers, empty text and the text
cells) is shown in the window's language. Other cells stay typed (int, float, date, Money,
Ratio) so the Excel file keeps numbers as numbers.
"""

from __future__ import annotations

from crm_desktop.domain.i18n import UserText
from crm_desktop.domain.reports import Dashboard, DealQuery, Preset, ReportTable
from crm_desktop.services import report_tables
from crm_desktop.ui import i18n


def _cell(value: object) -> object:
    return i18n.translated(value) if isinstance(value, UserText) else value


def translated_table(table: ReportTable) -> ReportTable:
    """A copy of ``table`` with its texts in the window's language."""
    return ReportTable(
        table.key, i18n.translated(table.title), i18n.translated(table.note),
        [i18n.translated(h) for h in table.headers],
        [[_cell(c) for c in row] for row in table.rows], list(table.drills),
        empty=i18n.translated(table.empty),
    )


def dashboard_tables(d: Dashboard) -> list[ReportTable]:
    return [translated_table(t) for t in report_tables.dashboard_tables(d)]


def summary_table(d: Dashboard) -> ReportTable:
    return translated_table(report_tables.summary_table(d))


def report_title(d: Dashboard, business_name: str = "") -> str:
    return i18n.translated(report_tables.report_title(d, business_name))


def preset_label(preset: Preset) -> str:
    return i18n.translated(preset.label)


def activity_label(kind: str) -> str:
    return i18n.translated(report_tables.kind_label(kind))


def reason_label(reason: str) -> str:
    """A lost reason (deals lost without one come as "No reason given" from the service)."""
    return i18n.translated(reason)


def customer_name(name: str) -> str:
    """A customer's name ("(no customer linked)" comes from the service)."""
    return i18n.translated(name)


def drill_title(query: DealQuery) -> str:
    """The heading of the deals list behind a figure of the dashboard."""
    return i18n.translated(query.title)
