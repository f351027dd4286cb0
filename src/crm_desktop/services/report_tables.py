"""The dashboard as tables: what the view shows beside each chart, one XLSX sheet and one
PDF page each. Cells are typed (int, float, date, Money, Ratio, str) so exports keep numbers
as numbers."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.money import Money
from crm_desktop.domain.reports import Dashboard, Ratio, ReportTable, month_label
from crm_desktop.exchange.report_xlsx import write_report_xlsx

SECTION_TITLES = {
    "summary": "Summary",
    "stages": "Open deals by stage",
    "forecast": "Forecast",
    "won": "Won per month",
    "lost": "Lost deals and why",
    "customers": "Best customers",
    "activities": "Activities per week",
    "followups": "Follow-ups",
    "contacts": "New contacts",
}


def kind_label(kind: str) -> str:
    try:
        return ActivityKind(kind).label
    except ValueError:
        return kind.replace("_", " ").capitalize()


def _money_list(totals: list, empty: str = "none") -> str:
    return ", ".join(str(Money(t.minor, t.currency)) for t in totals) or empty


def _as_of(d: Dashboard) -> str:
    return f"on {d.today.day} {d.today:%b %Y}" if d.today else "today"


def _month_span(d: Dashboard) -> str:
    if not d.forecast_months:
        return "in the next six months"
    return f"{month_label(d.forecast_months[0])} to {month_label(d.forecast_months[-1])}"


def summary_table(d: Dashboard) -> ReportTable:
    t = ReportTable("summary", SECTION_TITLES["summary"],
                    "The key figures for the period. Money is shown per currency and never added across currencies.",
                    ["Figure", "Value"])

    def add(label: str, value: object, drill=None) -> None:
        t.rows.append([label, value])
        t.drills.append(drill)

    add("Period", d.period.label)
    add("Pipeline", d.pipeline_name or "All pipelines")
    add("Deals won", d.won_count, d.won_drill if d.won_count else None)
    for total in d.won_total:
        add(f"Won value ({total.currency})", Money(total.minor, total.currency), d.won_drill)
    add("Deals lost", d.lost_count, d.lost_drill if d.lost_count else None)
    add("Win rate (won out of won + lost)", Ratio(d.win_rate) if d.win_rate is not None else "no deals closed")
    for avg in d.average_deal:
        add(f"Average won deal ({avg.currency})", Money(avg.minor, avg.currency))
    add("Average days from new deal to won",
        d.average_days_to_close if d.average_days_to_close is not None else "no deals won")
    add(f"Open deals {_as_of(d)}", d.open_count)
    for total in d.open_weighted:
        add(f"Open deals, expected value ({total.currency})", Money(total.minor, total.currency))
    add("Follow-ups done on time", d.followups_on_time)
    add("Follow-ups done late", d.followups_late)
    add("Follow-ups overdue now", d.followups_overdue)
    return t


def stages_table(d: Dashboard) -> ReportTable:
    t = ReportTable("stages", SECTION_TITLES["stages"],
                    f"Deals open {_as_of(d)} in each stage, whatever the period. Expected value = value × "
                    "chance of winning (the deal's own chance if set, else the stage's).",
                    ["Pipeline", "Stage", "Chance", "Deals", "Total value", "Expected value"],
                    empty="No open deals. Add deals in the Pipeline view to see them here.")
    for r in d.stages:
        t.rows.append([r.pipeline, r.stage, Ratio(r.probability / 100), r.count,
                       Money(r.total_minor, r.currency), Money(r.weighted_minor, r.currency)])
        t.drills.append(r.drill)
    return t


def forecast_table(d: Dashboard) -> ReportTable:
    t = ReportTable("forecast", SECTION_TITLES["forecast"],
                    "Expected value of open deals by the month they are expected to close, "
                    f"{_month_span(d)} (counted from today, whatever the period).",
                    ["Month", "Deals", "Expected value"],
                    empty="No open deal has an expected close date in the next six months.")
    for m in d.forecast:
        t.rows.append([month_label(m.month), m.count, Money(m.minor, m.currency)])
        t.drills.append(m.drill)
    return t


def won_table(d: Dashboard) -> ReportTable:
    t = ReportTable("won", SECTION_TITLES["won"],
                    "Deals won in each month of the period (by the day they were marked won).",
                    ["Month", "Deals won", "Won value"],
                    empty="No deals won in this period.")
    for m in d.won_by_month:
        t.rows.append([month_label(m.month), m.count, Money(m.minor, m.currency)])
        t.drills.append(m.drill)
    return t


def lost_table(d: Dashboard) -> ReportTable:
    t = ReportTable("lost", SECTION_TITLES["lost"],
                    f"{d.won_count} won and {d.lost_count} lost in this period. Reasons given for lost deals:",
                    ["Reason", "Deals lost"],
                    empty="No deals lost in this period.")
    for r in d.lost_reasons:
        t.rows.append([r.reason, r.count])
        t.drills.append(r.drill)
    return t


def customers_table(d: Dashboard) -> ReportTable:
    t = ReportTable("customers", SECTION_TITLES["customers"],
                    "The ten customers (companies, or people without a company) who brought the most "
                    "won value in the period, per currency.",
                    ["Rank", "Customer", "Type", "Deals won", "Won value"],
                    empty="No deals won in this period.")
    rank, currency = 0, None
    for r in d.top_customers:
        rank = rank + 1 if r.currency == currency else 1
        currency = r.currency
        kind = {"company": "Company", "contact": "Person"}.get(r.kind, "")
        t.rows.append([rank, r.name, kind, r.count, Money(r.minor, r.currency)])
        t.drills.append(r.drill)
    return t


def activity_kinds(d: Dashboard) -> list[str]:
    totals: dict[str, int] = {}
    for w in d.activities:
        totals[w.kind] = totals.get(w.kind, 0) + w.count
    return sorted(totals, key=lambda k: (-totals[k], k))


def activities_table(d: Dashboard) -> ReportTable:
    kinds = activity_kinds(d)
    t = ReportTable("activities", SECTION_TITLES["activities"],
                    "Notes, calls, meetings and emails logged each week (weeks start on Monday).",
                    ["Week starting", *[kind_label(k) for k in kinds], "Total"],
                    empty="No activities logged in this period.")
    if not kinds:
        return t
    counts = {(w.week, w.kind): w.count for w in d.activities}
    for week in d.activity_weeks:
        values = [counts.get((week, k), 0) for k in kinds]
        t.rows.append([week, *values, sum(values)])
        t.drills.append(None)
    return t


def followups_table(d: Dashboard) -> ReportTable:
    t = ReportTable("followups", SECTION_TITLES["followups"],
                    "Follow-ups completed in the period: on time means done by the end of the day they "
                    "were due. Overdue counts what is still open and past due right now.",
                    ["Follow-ups", "Count"],
                    empty="No follow-ups were done in this period and none are overdue.")
    for label, value in (("Done on time", d.followups_on_time), ("Done late", d.followups_late),
                         ("Overdue now", d.followups_overdue)):
        t.rows.append([label, value])
        t.drills.append(None)
    return t


def contacts_table(d: Dashboard) -> ReportTable:
    t = ReportTable("contacts", SECTION_TITLES["contacts"], "Contacts added in each month of the period.",
                    ["Month", "New contacts"], empty="No contacts were added in this period.")
    for m in d.new_contacts:
        t.rows.append([month_label(m.month), m.count])
        t.drills.append(None)
    return t


def dashboard_tables(d: Dashboard) -> list[ReportTable]:
    return [summary_table(d), stages_table(d), forecast_table(d), won_table(d), lost_table(d),
            customers_table(d), activities_table(d), followups_table(d), contacts_table(d)]


def report_title(d: Dashboard, business_name: str = "") -> str:
    scope = f" – {d.pipeline_name}" if d.pipeline_name else ""
    head = f"{business_name} – " if business_name else ""
    return f"{head}Report for {d.period.label}{scope}"


def export_xlsx(d: Dashboard, path: Path, business_name: str = "") -> Path:
    """The whole report as an XLSX workbook, one sheet per section."""
    tables = dashboard_tables(d)
    if business_name:
        tables[0].rows.insert(0, ["Business", business_name])
        tables[0].drills.insert(0, None)
    return write_report_xlsx(tables, path, report_title(d, business_name))
