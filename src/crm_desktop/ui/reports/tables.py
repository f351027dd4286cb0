"""The dashboard as tables in the window's language: shown beside the charts, written to the
PDF and Excel exports from the window.

The services build the same tables in English for the command line (services/report_tables);
here titles, notes, headers and labels are looked up by the section's key in translation tables
and months and days come from QLocale. Cells stay typed (int, float, date, Money, Ratio) so the
Excel file keeps numbers as numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crm_desktop.domain.money import Money
from crm_desktop.domain.reports import Dashboard, DealQuery, Preset, Ratio, ReportTable
from crm_desktop.services.report_tables import activity_kinds
from crm_desktop.ui.reports.format import day_text, month_text, number, period_text

SECTION_TITLES = {
    "summary": QT_TRANSLATE_NOOP("ReportTables", "Summary"),
    "stages": QT_TRANSLATE_NOOP("ReportTables", "Open deals by stage"),
    "forecast": QT_TRANSLATE_NOOP("ReportTables", "Forecast"),
    "won": QT_TRANSLATE_NOOP("ReportTables", "Won per month"),
    "lost": QT_TRANSLATE_NOOP("ReportTables", "Lost deals and why"),
    "customers": QT_TRANSLATE_NOOP("ReportTables", "Best customers"),
    "activities": QT_TRANSLATE_NOOP("ReportTables", "Activities per week"),
    "followups": QT_TRANSLATE_NOOP("ReportTables", "Follow-ups"),
    "contacts": QT_TRANSLATE_NOOP("ReportTables", "New contacts"),
}
EMPTY = {
    "stages": QT_TRANSLATE_NOOP("ReportTables", "No open deals. Add deals in the Pipeline view to see them here."),
    "forecast": QT_TRANSLATE_NOOP("ReportTables", "No open deal has an expected close date in the next six months."),
    "won": QT_TRANSLATE_NOOP("ReportTables", "No deals won in this period."),
    "lost": QT_TRANSLATE_NOOP("ReportTables", "No deals lost in this period."),
    "customers": QT_TRANSLATE_NOOP("ReportTables", "No deals won in this period."),
    "activities": QT_TRANSLATE_NOOP("ReportTables", "No activities logged in this period."),
    "followups": QT_TRANSLATE_NOOP("ReportTables", "No follow-ups were done in this period and none are overdue."),
    "contacts": QT_TRANSLATE_NOOP("ReportTables", "No contacts were added in this period."),
}
NOTHING = QT_TRANSLATE_NOOP("ReportTables", "Nothing to show for this period.")
PRESET_LABELS = {
    Preset.THIS_MONTH: QT_TRANSLATE_NOOP("ReportTables", "This month"),
    Preset.LAST_MONTH: QT_TRANSLATE_NOOP("ReportTables", "Last month"),
    Preset.THIS_QUARTER: QT_TRANSLATE_NOOP("ReportTables", "This quarter"),
    Preset.LAST_12_MONTHS: QT_TRANSLATE_NOOP("ReportTables", "Last 12 months"),
    Preset.CUSTOM: QT_TRANSLATE_NOOP("ReportTables", "Custom dates"),
}
ACTIVITY_KINDS = {
    "note": QT_TRANSLATE_NOOP("ReportTables", "Note"),
    "call": QT_TRANSLATE_NOOP("ReportTables", "Call"),
    "meeting": QT_TRANSLATE_NOOP("ReportTables", "Meeting"),
    "email_sent": QT_TRANSLATE_NOOP("ReportTables", "Email sent"),
    "email_received": QT_TRANSLATE_NOOP("ReportTables", "Email received"),
    "stage_change": QT_TRANSLATE_NOOP("ReportTables", "Stage change"),
    "system": QT_TRANSLATE_NOOP("ReportTables", "Update"),
}
CUSTOMER_KINDS = {
    "company": QT_TRANSLATE_NOOP("ReportTables", "Company"),
    "contact": QT_TRANSLATE_NOOP("ReportTables", "Person"),
}


def _tr(text: str) -> str:
    """A text from one of the tables above, translated."""
    return QCoreApplication.translate("ReportTables", text)


def preset_label(preset: Preset) -> str:
    return _tr(PRESET_LABELS[preset])


def activity_label(kind: str) -> str:
    return _tr(ACTIVITY_KINDS[kind]) if kind in ACTIVITY_KINDS else kind.replace("_", " ").capitalize()


def reason_label(reason: str, drill: DealQuery | None) -> str:
    """A lost reason; deals lost without one are grouped under "No reason given"."""
    if drill is not None and drill.lost_reason == "":
        return QCoreApplication.translate("ReportTables", "No reason given")
    return reason


def customer_name(name: str, kind: str) -> str:
    return name if kind else QCoreApplication.translate("ReportTables", "(no customer linked)")


def _table(key: str, note: str, headers: list[str]) -> ReportTable:
    return ReportTable(key, _tr(SECTION_TITLES[key]), note, headers, empty=_tr(EMPTY.get(key, NOTHING)))


def _open_deals_label(d: Dashboard) -> str:
    return QCoreApplication.translate("ReportTables", "Open deals on {date}").format(date=day_text(d.today)) if d.today else QCoreApplication.translate("ReportTables", "Open deals today")


def summary_table(d: Dashboard) -> ReportTable:
    t = _table("summary", QCoreApplication.translate("ReportTables", "The key figures for the period. Money is shown per currency and never added across currencies."),
               [QCoreApplication.translate("ReportTables", "Figure"), QCoreApplication.translate("ReportTables", "Value")])

    def add(label: str, value: object, drill: DealQuery | None = None) -> None:
        t.rows.append([label, value])
        t.drills.append(drill)

    add(QCoreApplication.translate("ReportTables", "Period"), period_text(d.period))
    add(QCoreApplication.translate("ReportTables", "Pipeline"), d.pipeline_name or QCoreApplication.translate("ReportTables", "All pipelines"))
    add(QCoreApplication.translate("ReportTables", "Deals won"), d.won_count, d.won_drill if d.won_count else None)
    for total in d.won_total:
        add(QCoreApplication.translate("ReportTables", "Won value ({currency})").format(currency=total.currency), Money(total.minor, total.currency), d.won_drill)
    add(QCoreApplication.translate("ReportTables", "Deals lost"), d.lost_count, d.lost_drill if d.lost_count else None)
    add(QCoreApplication.translate("ReportTables", "Win rate (won out of won + lost)"), Ratio(d.win_rate) if d.win_rate is not None else QCoreApplication.translate("ReportTables", "no deals closed"))
    for avg in d.average_deal:
        add(QCoreApplication.translate("ReportTables", "Average won deal ({currency})").format(currency=avg.currency), Money(avg.minor, avg.currency))
    add(QCoreApplication.translate("ReportTables", "Average days from new deal to won"),
        d.average_days_to_close if d.average_days_to_close is not None else QCoreApplication.translate("ReportTables", "no deals won"))
    add(_open_deals_label(d), d.open_count)
    for total in d.open_weighted:
        add(QCoreApplication.translate("ReportTables", "Open deals, expected value ({currency})").format(currency=total.currency),
            Money(total.minor, total.currency))
    add(QCoreApplication.translate("ReportTables", "Follow-ups done on time"), d.followups_on_time)
    add(QCoreApplication.translate("ReportTables", "Follow-ups done late"), d.followups_late)
    add(QCoreApplication.translate("ReportTables", "Follow-ups overdue now"), d.followups_overdue)
    return t


def stages_table(d: Dashboard) -> ReportTable:
    if d.today:
        note = QCoreApplication.translate("ReportTables", "Deals open on {date} in each stage, whatever the period. Expected value = value × chance of winning (the deal's own chance if set, else the stage's).").format(date=day_text(d.today))
    else:
        note = QCoreApplication.translate("ReportTables", "Deals open today in each stage, whatever the period. Expected value = value × chance of winning (the deal's own chance if set, else the stage's).")
    t = _table("stages", note, [QCoreApplication.translate("ReportTables", "Pipeline"), QCoreApplication.translate("ReportTables", "Stage"), QCoreApplication.translate("ReportTables", "Chance"), QCoreApplication.translate("ReportTables", "Deals"), QCoreApplication.translate("ReportTables", "Total value"), QCoreApplication.translate("ReportTables", "Expected value")])
    for r in d.stages:
        t.rows.append([r.pipeline, r.stage, Ratio(r.probability / 100), r.count,
                       Money(r.total_minor, r.currency), Money(r.weighted_minor, r.currency)])
        t.drills.append(r.drill)
    return t


def forecast_table(d: Dashboard) -> ReportTable:
    if d.forecast_months:
        note = QCoreApplication.translate("ReportTables", "Expected value of open deals by the month they are expected to close, {first} to {last} (counted from today, whatever the period).").format(
            first=month_text(d.forecast_months[0]), last=month_text(d.forecast_months[-1]))
    else:
        note = QCoreApplication.translate("ReportTables", "Expected value of open deals by the month they are expected to close, in the next six months (counted from today, whatever the period).")
    t = _table("forecast", note, [QCoreApplication.translate("ReportTables", "Month"), QCoreApplication.translate("ReportTables", "Deals"), QCoreApplication.translate("ReportTables", "Expected value")])
    for m in d.forecast:
        t.rows.append([month_text(m.month), m.count, Money(m.minor, m.currency)])
        t.drills.append(m.drill)
    return t


def won_table(d: Dashboard) -> ReportTable:
    t = _table("won", QCoreApplication.translate("ReportTables", "Deals won in each month of the period (by the day they were marked won)."),
               [QCoreApplication.translate("ReportTables", "Month"), QCoreApplication.translate("ReportTables", "Deals won"), QCoreApplication.translate("ReportTables", "Won value")])
    for m in d.won_by_month:
        t.rows.append([month_text(m.month), m.count, Money(m.minor, m.currency)])
        t.drills.append(m.drill)
    return t


def lost_table(d: Dashboard) -> ReportTable:
    note = QCoreApplication.translate("ReportTables", "{won} won and {lost} lost in this period. Reasons given for lost deals:").format(
        won=number(d.won_count), lost=number(d.lost_count))
    t = _table("lost", note, [QCoreApplication.translate("ReportTables", "Reason"), QCoreApplication.translate("ReportTables", "Deals lost")])
    for r in d.lost_reasons:
        t.rows.append([reason_label(r.reason, r.drill), r.count])
        t.drills.append(r.drill)
    return t


def customers_table(d: Dashboard) -> ReportTable:
    t = _table("customers", QCoreApplication.translate("ReportTables", "The ten customers (companies, or people without a company) who brought the most won value in the period, per currency."),
               [QCoreApplication.translate("ReportTables", "Rank"), QCoreApplication.translate("ReportTables", "Customer"), QCoreApplication.translate("ReportTables", "Type"), QCoreApplication.translate("ReportTables", "Deals won"), QCoreApplication.translate("ReportTables", "Won value")])
    rank, currency = 0, None
    for r in d.top_customers:
        rank = rank + 1 if r.currency == currency else 1
        currency = r.currency
        kind = _tr(CUSTOMER_KINDS[r.kind]) if r.kind in CUSTOMER_KINDS else ""
        t.rows.append([rank, customer_name(r.name, r.kind), kind, r.count, Money(r.minor, r.currency)])
        t.drills.append(r.drill)
    return t


def activities_table(d: Dashboard) -> ReportTable:
    kinds = activity_kinds(d)
    t = _table("activities", QCoreApplication.translate("ReportTables", "Notes, calls, meetings and emails logged each week (weeks start on Monday)."),
               [QCoreApplication.translate("ReportTables", "Week starting"), *[activity_label(k) for k in kinds], QCoreApplication.translate("ReportTables", "Total")])
    if not kinds:
        return t
    counts = {(w.week, w.kind): w.count for w in d.activities}
    for week in d.activity_weeks:
        values = [counts.get((week, k), 0) for k in kinds]
        t.rows.append([week, *values, sum(values)])
        t.drills.append(None)
    return t


def followups_table(d: Dashboard) -> ReportTable:
    t = _table("followups", QCoreApplication.translate("ReportTables", "Follow-ups completed in the period: on time means done by the end of the day they were due. Overdue counts what is still open and past due right now."),
               [QCoreApplication.translate("ReportTables", "Follow-ups"), QCoreApplication.translate("ReportTables", "Count")])
    for label, value in ((QCoreApplication.translate("ReportTables", "Done on time"), d.followups_on_time), (QCoreApplication.translate("ReportTables", "Done late"), d.followups_late),
                         (QCoreApplication.translate("ReportTables", "Overdue now"), d.followups_overdue)):
        t.rows.append([label, value])
        t.drills.append(None)
    return t


def contacts_table(d: Dashboard) -> ReportTable:
    t = _table("contacts", QCoreApplication.translate("ReportTables", "Contacts added in each month of the period."), [QCoreApplication.translate("ReportTables", "Month"), QCoreApplication.translate("ReportTables", "New contacts")])
    for m in d.new_contacts:
        t.rows.append([month_text(m.month), m.count])
        t.drills.append(None)
    return t


def dashboard_tables(d: Dashboard) -> list[ReportTable]:
    return [summary_table(d), stages_table(d), forecast_table(d), won_table(d), lost_table(d),
            customers_table(d), activities_table(d), followups_table(d), contacts_table(d)]


def report_title(d: Dashboard, business_name: str = "") -> str:
    period = period_text(d.period)
    if d.pipeline_name:
        title = QCoreApplication.translate("ReportTables", "Report for {period} – {pipeline}").format(period=period, pipeline=d.pipeline_name)
    else:
        title = QCoreApplication.translate("ReportTables", "Report for {period}").format(period=period)
    return f"{business_name} – {title}" if business_name else title


def drill_titles(d: Dashboard) -> dict[DealQuery, str]:
    """The heading of the deals list behind each figure of the dashboard."""
    titles: dict[DealQuery, str] = {
        d.won_drill: QCoreApplication.translate("ReportTables", "Deals won in the period"),
        d.lost_drill: QCoreApplication.translate("ReportTables", "Deals lost in the period"),
    }
    for s in d.stages:
        titles[s.drill] = QCoreApplication.translate("ReportTables", "Open deals in {stage} ({currency})").format(stage=s.stage, currency=s.currency)
    for m in d.forecast:
        titles[m.drill] = QCoreApplication.translate("ReportTables", "Open deals expected to close in {month} ({currency})").format(
            month=month_text(m.month), currency=m.currency)
    for m in d.won_by_month:
        titles[m.drill] = QCoreApplication.translate("ReportTables", "Deals won in {month} ({currency})").format(month=month_text(m.month), currency=m.currency)
    for r in d.lost_reasons:
        titles[r.drill] = QCoreApplication.translate("ReportTables", "Deals lost: {reason}").format(reason=reason_label(r.reason, r.drill))
    for c in d.top_customers:
        titles[c.drill] = (QCoreApplication.translate("ReportTables", "Deals won with {name}").format(name=c.name) if c.kind
                           else QCoreApplication.translate("ReportTables", "Deals won with no customer linked"))
    return titles
