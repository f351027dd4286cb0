"""The dashboard as tables: what the view shows beside each chart, one XLSX sheet and one
PDF page each. Cells are typed (int, float, date, Money, Ratio, str) so exports keep numbers
as numbers."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.i18n import joined, number, user_text
from crm_desktop.domain.money import Money
from crm_desktop.domain.reports import Dashboard, Ratio, ReportTable, day_label, month_label
from crm_desktop.exchange.report_xlsx import write_report_xlsx

SECTION_TITLES = {
    "summary": user_text("Summary"),
    "stages": user_text("Open deals by stage"),
    "forecast": user_text("Forecast"),
    "won": user_text("Won per month"),
    "lost": user_text("Lost deals and why"),
    "customers": user_text("Best customers"),
    "activities": user_text("Activities per week"),
    "followups": user_text("Follow-ups"),
    "contacts": user_text("New contacts"),
}


def kind_label(kind: str) -> str:
    try:
        return ActivityKind(kind).label
    except ValueError:
        return kind.replace("_", " ").capitalize()


def _as_of(d: Dashboard) -> str:
    return user_text("on {date}", date=day_label(d.today)) if d.today else user_text("today")


def _month_span(d: Dashboard) -> str:
    if not d.forecast_months:
        return user_text("in the next six months")
    return user_text("{first} to {last}", first=month_label(d.forecast_months[0]),
                     last=month_label(d.forecast_months[-1]))


def summary_table(d: Dashboard) -> ReportTable:
    t = ReportTable("summary", SECTION_TITLES["summary"],
                    user_text("The key figures for the period. Money is shown per currency and never added across "
                              "currencies."),
                    [user_text("Figure"), user_text("Value")])

    def add(label: str, value: object, drill=None) -> None:
        t.rows.append([label, value])
        t.drills.append(drill)

    add(user_text("Period"), d.period.label)
    add(user_text("Pipeline"), d.pipeline_name or user_text("All pipelines"))
    add(user_text("Deals won"), d.won_count, d.won_drill if d.won_count else None)
    for total in d.won_total:
        add(user_text("Won value ({currency})", currency=total.currency), Money(total.minor, total.currency),
            d.won_drill)
    add(user_text("Deals lost"), d.lost_count, d.lost_drill if d.lost_count else None)
    add(user_text("Win rate (won out of won + lost)"),
        Ratio(d.win_rate) if d.win_rate is not None else user_text("no deals closed"))
    for avg in d.average_deal:
        add(user_text("Average won deal ({currency})", currency=avg.currency), Money(avg.minor, avg.currency))
    add(user_text("Average days from new deal to won"),
        d.average_days_to_close if d.average_days_to_close is not None else user_text("no deals won"))
    add(user_text("Open deals {when}", when=_as_of(d)), d.open_count)
    for total in d.open_weighted:
        add(user_text("Open deals, expected value ({currency})", currency=total.currency),
            Money(total.minor, total.currency))
    add(user_text("Follow-ups done on time"), d.followups_on_time)
    add(user_text("Follow-ups done late"), d.followups_late)
    add(user_text("Follow-ups overdue now"), d.followups_overdue)
    return t


def stages_table(d: Dashboard) -> ReportTable:
    t = ReportTable("stages", SECTION_TITLES["stages"],
                    user_text("Deals open {when} in each stage, whatever the period. Expected value = value × "
                              "chance of winning (the deal's own chance if set, else the stage's).", when=_as_of(d)),
                    [user_text("Pipeline"), user_text("Stage"), user_text("Chance"), user_text("Deals"),
                     user_text("Total value"), user_text("Expected value")],
                    empty=user_text("No open deals. Add deals in the Pipeline view to see them here."))
    for r in d.stages:
        t.rows.append([r.pipeline, r.stage, Ratio(r.probability / 100), r.count,
                       Money(r.total_minor, r.currency), Money(r.weighted_minor, r.currency)])
        t.drills.append(r.drill)
    return t


def forecast_table(d: Dashboard) -> ReportTable:
    t = ReportTable("forecast", SECTION_TITLES["forecast"],
                    user_text("Expected value of open deals by the month they are expected to close, "
                              "{months} (counted from today, whatever the period).", months=_month_span(d)),
                    [user_text("Month"), user_text("Deals"), user_text("Expected value")],
                    empty=user_text("No open deal has an expected close date in the next six months."))
    for m in d.forecast:
        t.rows.append([month_label(m.month), m.count, Money(m.minor, m.currency)])
        t.drills.append(m.drill)
    return t


def won_table(d: Dashboard) -> ReportTable:
    t = ReportTable("won", SECTION_TITLES["won"],
                    user_text("Deals won in each month of the period (by the day they were marked won)."),
                    [user_text("Month"), user_text("Deals won"), user_text("Won value")],
                    empty=user_text("No deals won in this period."))
    for m in d.won_by_month:
        t.rows.append([month_label(m.month), m.count, Money(m.minor, m.currency)])
        t.drills.append(m.drill)
    return t


def lost_table(d: Dashboard) -> ReportTable:
    t = ReportTable("lost", SECTION_TITLES["lost"],
                    user_text("{won} won and {lost} lost in this period. Reasons given for lost deals:",
                              won=number(d.won_count), lost=number(d.lost_count)),
                    [user_text("Reason"), user_text("Deals lost")],
                    empty=user_text("No deals lost in this period."))
    for r in d.lost_reasons:
        t.rows.append([r.reason, r.count])
        t.drills.append(r.drill)
    return t


def customers_table(d: Dashboard) -> ReportTable:
    t = ReportTable("customers", SECTION_TITLES["customers"],
                    user_text("The ten customers (companies, or people without a company) who brought the most "
                              "won value in the period, per currency."),
                    [user_text("Rank"), user_text("Customer"), user_text("Type"), user_text("Deals won"),
                     user_text("Won value")],
                    empty=user_text("No deals won in this period."))
    rank, currency = 0, None
    for r in d.top_customers:
        rank = rank + 1 if r.currency == currency else 1
        currency = r.currency
        kind = {"company": user_text("Company"), "contact": user_text("Person")}.get(r.kind, "")
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
                    user_text("Notes, calls, meetings and emails logged each week (weeks start on Monday)."),
                    [user_text("Week starting"), *[kind_label(k) for k in kinds], user_text("Total")],
                    empty=user_text("No activities logged in this period."))
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
                    user_text("Follow-ups completed in the period: on time means done by the end of the day they "
                              "were due. Overdue counts what is still open and past due right now."),
                    [user_text("Follow-ups"), user_text("Count")],
                    empty=user_text("No follow-ups were done in this period and none are overdue."))
    for label, value in ((user_text("Done on time"), d.followups_on_time), (user_text("Done late"), d.followups_late),
                         (user_text("Overdue now"), d.followups_overdue)):
        t.rows.append([label, value])
        t.drills.append(None)
    return t


def contacts_table(d: Dashboard) -> ReportTable:
    t = ReportTable("contacts", SECTION_TITLES["contacts"], user_text("Contacts added in each month of the period."),
                    [user_text("Month"), user_text("New contacts")],
                    empty=user_text("No contacts were added in this period."))
    for m in d.new_contacts:
        t.rows.append([month_label(m.month), m.count])
        t.drills.append(None)
    return t


def dashboard_tables(d: Dashboard) -> list[ReportTable]:
    return [summary_table(d), stages_table(d), forecast_table(d), won_table(d), lost_table(d),
            customers_table(d), activities_table(d), followups_table(d), contacts_table(d)]


def report_title(d: Dashboard, business_name: str = "") -> str:
    """'Bakery Müller – Report for Mar 2026 – Sales'."""
    title = user_text("Report for {period}", period=d.period.label)
    if d.pipeline_name:
        title = joined([title, d.pipeline_name], " – ")
    return joined([business_name, title], " – ") if business_name else title


def export_xlsx(d: Dashboard, path: Path, business_name: str = "") -> Path:
    """The whole report as an XLSX workbook, one sheet per section."""
    tables = dashboard_tables(d)
    if business_name:
        tables[0].rows.insert(0, [user_text("Business"), business_name])
        tables[0].drills.insert(0, None)
    return write_report_xlsx(tables, path, report_title(d, business_name))
