"""Every dashboard figure against values computed by hand on tests/report_dataset.py."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.reports import Period, Preset
from crm_desktop.services.reports import ReportService
from report_dataset import BERLIN, NOW, TODAY, insert_dataset, utc


@pytest.fixture
def reports(services) -> ReportService:
    insert_dataset(services.db)
    return ReportService(services.db, tz=BERLIN, clock=lambda: NOW)


def money(rows) -> dict:
    return {(r.month, r.currency): (r.minor, r.count) for r in rows}


def totals(rows) -> dict:
    return {t.currency: t.minor for t in rows}


def test_period_presets():
    assert Period.of("this_month", TODAY) == Period(date(2026, 3, 1), date(2026, 3, 31), Preset.THIS_MONTH)
    assert Period.of("last_month", TODAY) == Period(date(2026, 2, 1), date(2026, 2, 28), Preset.LAST_MONTH)
    assert Period.of("this_quarter", date(2026, 5, 9)) == Period(date(2026, 4, 1), date(2026, 6, 30),
                                                                  Preset.THIS_QUARTER)
    twelve = Period.of("last_12_months", TODAY)
    assert (twelve.start, twelve.end) == (date(2025, 4, 1), date(2026, 3, 31))
    assert len(twelve.months()) == 12
    assert Period.of("last_month", date(2026, 1, 20)).start == date(2025, 12, 1)
    custom = Period.of("custom", TODAY, date(2026, 1, 15), date(2026, 2, 3))
    assert custom.months() == ["2026-01", "2026-02"]
    assert custom.weeks()[0] == date(2026, 1, 12)
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 1))


def test_period_bounds_are_local_midnights():
    start, end = Period.of("this_month", TODAY).utc_bounds(BERLIN)
    assert start == utc(2026, 2, 28, 23)  # CET
    assert end == utc(2026, 3, 31, 22)  # CEST since 29 March


def test_this_month_won_and_lost(reports):
    d = reports.dashboard(reports.period("this_month"))
    assert d.won_months == ["2026-03"]
    assert money(d.won_by_month) == {
        ("2026-03", "EUR"): (190000, 2),  # deals 8 (1 March local) + 11
        ("2026-03", "JPY"): (500000, 1),
        ("2026-03", "USD"): (50000, 1),
    }
    assert (d.won_count, d.lost_count) == (4, 2)
    assert d.win_rate == pytest.approx(4 / 6)
    assert totals(d.won_total) == {"EUR": 190000, "JPY": 500000, "USD": 50000}
    assert totals(d.average_deal) == {"EUR": 95000, "JPY": 500000, "USD": 50000}
    assert d.average_days_to_close == pytest.approx(13.0)  # (10 + 30 + 2 + 10) / 4
    assert [(r.reason, r.count) for r in d.lost_reasons] == [("Too expensive", 2)]
    assert d.currencies[0] == "EUR"


def test_pipeline_by_stage_uses_open_deals_and_current_pipeline(reports):
    d = reports.dashboard(reports.period("this_month"))
    rows = [(r.pipeline, r.stage, r.currency, r.count, r.total_minor, r.weighted_minor) for r in d.stages]
    assert rows == [
        ("Sales", "Lead", "EUR", 2, 65000, 6500),  # far future 5000 + reopened 60000, at 10 %
        ("Sales", "Lead", "USD", 1, 99999, 10000),  # 9999.9 rounds to 10000
        ("Sales", "Proposal", "EUR", 1, 100000, 50000),
        ("Sales", "Negotiation", "EUR", 1, 250050, 75015),  # own probability 30 %
        ("Wholesale", "Quote", "EUR", 1, 40000, 24000),  # moved from Sales
    ]
    assert totals(d.open_weighted) == {"EUR": 155515, "USD": 10000}
    assert d.open_count == 6


def test_forecast_next_six_months(reports):
    d = reports.dashboard(reports.period("this_month"))
    assert d.forecast_months == ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"]
    assert money(d.forecast) == {
        ("2026-03", "EUR"): (74000, 2),  # 50000 + 24000
        ("2026-05", "EUR"): (75015, 1),
        ("2026-08", "USD"): (10000, 1),
    }


def test_top_customers(reports):
    d = reports.dashboard(reports.period("this_month"))
    rows = [(r.currency, r.name, r.kind, r.minor, r.count) for r in d.top_customers]
    assert rows == [
        ("EUR", "Tom Lee", "contact", 120000, 1),
        ("EUR", "Acme GmbH", "company", 70000, 1),
        ("JPY", "(no customer linked)", "", 500000, 1),
        ("USD", "Anna Berg", "contact", 50000, 1),  # the deal's company is deleted: its contact counts
    ]


def test_activities_followups_and_contacts(reports):
    d = reports.dashboard(reports.period("this_month"))
    assert d.activity_weeks[0] == date(2026, 2, 23)
    assert d.activity_weeks[-1] == date(2026, 3, 30)
    assert [(w.week, w.kind, w.count) for w in d.activities] == [
        (date(2026, 2, 23), "call", 1),
        (date(2026, 3, 2), "call", 1),
        (date(2026, 3, 9), "meeting", 1),  # 23:30 UTC Sunday is Monday in Berlin
        (date(2026, 3, 9), "note", 1),
        (date(2026, 3, 30), "call", 1),
    ]
    assert (d.followups_on_time, d.followups_late, d.followups_overdue) == (2, 2, 2)
    assert [(m.month, m.count) for m in d.new_contacts] == [("2026-03", 1)]


def test_last_12_months(reports):
    d = reports.dashboard(reports.period("last_12_months"))
    assert money(d.won_by_month) == {
        ("2026-02", "EUR"): (300000, 1),
        ("2026-03", "EUR"): (190000, 2),
        ("2026-03", "JPY"): (500000, 1),
        ("2026-03", "USD"): (50000, 1),
    }
    assert (d.won_count, d.lost_count) == (5, 3)
    assert d.win_rate == pytest.approx(5 / 8)
    assert totals(d.average_deal)["EUR"] == 163333  # 490000 / 3
    assert d.average_days_to_close == pytest.approx(12.4)
    assert [(r.reason, r.count) for r in d.lost_reasons] == [("Too expensive", 2), ("No reason given", 1)]
    eur = [(r.name, r.minor, r.count) for r in d.top_customers if r.currency == "EUR"]
    assert eur == [("Acme GmbH", 370000, 2), ("Tom Lee", 120000, 1)]
    counts = {m.month: m.count for m in d.new_contacts}
    assert len(counts) == 12
    assert (counts["2025-04"], counts["2026-01"], counts["2026-03"], counts["2026-02"]) == (1, 1, 1, 0)
    assert sum(counts.values()) == 3


def test_last_month_and_one_pipeline(reports):
    d = reports.dashboard(reports.period("last_month"))
    assert money(d.won_by_month) == {("2026-02", "EUR"): (300000, 1)}
    assert (d.won_count, d.lost_count, d.win_rate) == (1, 1, 0.5)
    assert (d.followups_on_time, d.followups_late) == (0, 0)
    assert [(w.week, w.kind) for w in d.activities] == [(date(2026, 2, 23), "email_sent")]

    sales = reports.dashboard(reports.period("this_month"), pipeline_id=1)
    assert sales.pipeline_name == "Sales"
    assert (sales.won_count, sales.lost_count) == (3, 2)
    assert money(sales.won_by_month)[("2026-03", "EUR")] == (120000, 1)
    assert totals(sales.open_weighted) == {"EUR": 131515, "USD": 10000}

    wholesale = reports.dashboard(reports.period("last_12_months"), pipeline_id=2)
    assert [(r.stage, r.count, r.weighted_minor) for r in wholesale.stages] == [("Quote", 1, 24000)]
    assert (wholesale.won_count, wholesale.lost_count) == (1, 1)
    assert [(r.reason, r.count) for r in wholesale.lost_reasons] == [("No reason given", 1)]


def test_empty_period(reports):
    d = reports.dashboard(reports.period("custom", date(2020, 1, 1), date(2020, 1, 31)))
    assert d.won_by_month == [] and d.won_total == [] and d.average_deal == []
    assert (d.won_count, d.lost_count, d.win_rate, d.average_days_to_close) == (0, 0, None, None)
    assert d.lost_reasons == [] and d.top_customers == [] and d.activities == []
    assert (d.followups_on_time, d.followups_late) == (0, 0)
    assert [(m.month, m.count) for m in d.new_contacts] == [("2020-01", 0)]
    assert d.followups_overdue == 2  # "overdue now" does not depend on the period


def test_empty_database(services):
    svc = ReportService(services.db, tz=BERLIN, clock=lambda: NOW)
    d = svc.dashboard(svc.period("last_12_months"))
    assert not d.has_deals
    assert d.stages == [] and d.forecast == [] and d.currencies == []
    assert d.followups_overdue == 0


def test_drill_down_lists_the_deals_behind_each_figure(reports):
    d = reports.dashboard(reports.period("this_month"))
    eur_march = next(m for m in d.won_by_month if m.currency == "EUR")
    assert sorted(r.id for r in reports.deals(eur_march.drill)) == [8, 11]
    lead_eur = next(r for r in d.stages if r.stage == "Lead" and r.currency == "EUR")
    assert sorted(r.id for r in reports.deals(lead_eur.drill)) == [4, 17]
    assert sorted(r.id for r in reports.deals(d.lost_reasons[0].drill)) == [14, 16]
    assert sorted(r.id for r in reports.deals(d.won_drill)) == [8, 9, 10, 11]
    assert sorted(r.id for r in reports.deals(d.lost_drill)) == [14, 16]
    march = next(f for f in d.forecast if f.month == "2026-03")
    assert sorted(r.id for r in reports.deals(march.drill)) == [1, 5]
    by_name = {r.name: r for r in d.top_customers}
    assert [r.id for r in reports.deals(by_name["Anna Berg"].drill)] == [9]
    assert [r.id for r in reports.deals(by_name["Acme GmbH"].drill)] == [11]
    assert [r.id for r in reports.deals(by_name["(no customer linked)"].drill)] == [10]
    row = reports.deals(by_name["Acme GmbH"].drill)[0]
    assert (row.customer, row.pipeline, row.stage, row.value_minor) == ("Acme GmbH", "Wholesale", "Enquiry", 70000)


def test_pipelines_for_the_selector(reports):
    assert reports.pipelines() == [(1, "Sales"), (2, "Wholesale")]
