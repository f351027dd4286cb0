from datetime import date, datetime

import openpyxl
import pytest

from crm_desktop import cli
from crm_desktop.domain.errors import CrmError
from exchange_helpers import add_contacts, add_deals


@pytest.fixture
def deals(services):
    ids = add_contacts(services)
    return add_deals(services, contact_id=ids[0])


def test_won_deals_totals_match_hand_computed_values(services, deals, tmp_path):
    target = tmp_path / "won.xlsx"
    report = services.exports.won_deals(date(2026, 1, 1), date(2026, 3, 31), target)
    assert [d.title for d in report.deals] == ["Website redesign", "Hosting 2026", "Logo", "Shop setup",
                                              "Consulting", "Translation"]
    month = {(t.month, t.currency): (t.deals, t.minor) for t in report.by_month}
    assert month == {
        ("2026-01", "EUR"): (2, 1_299_950),
        ("2026-01", "USD"): (1, 12_000),
        ("2026-02", "EUR"): (1, 300_075),
        ("2026-02", "JPY"): (1, 500_000),
        ("2026-03", "USD"): (1, 7_705),
    }
    assert {t.currency: (t.deals, t.minor) for t in report.by_currency} == {
        "EUR": (3, 1_600_025), "JPY": (1, 500_000), "USD": (2, 19_705)
    }

    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Won deals", "Summary"]
    rows = list(wb["Won deals"].iter_rows(values_only=True))
    assert rows[0] == ("Date won", "Customer", "Company", "Title", "Value", "Currency", "Deal ID")
    # the deal names no company: the customer's company is shown
    assert rows[1][:6] == (datetime(2026, 1, 10), "José Müller-Łukasz", "Café Lumière", "Website redesign",
                           12500.0, "EUR")
    assert len(rows) == 7
    summary = list(wb["Summary"].iter_rows(values_only=True))
    assert summary[0] == ("Month", "Currency", "Deals won", "Total")
    assert summary[1:6] == [
        ("2026-01", "EUR", 2, 12999.5),
        ("2026-01", "USD", 1, 120.0),
        ("2026-02", "EUR", 1, 3000.75),
        ("2026-02", "JPY", 1, 500000),
        ("2026-03", "USD", 1, 77.05),
    ]
    totals = {r[1]: (r[2], r[3]) for r in summary[7:]}
    assert totals == {"EUR": (3, 16000.25), "JPY": (1, 500000), "USD": (2, 197.05)}
    assert "EUR" in wb["Summary"].cell(2, 4).number_format


def test_won_deals_rejects_reversed_range(services, tmp_path):
    with pytest.raises(CrmError, match="before the start"):
        services.exports.won_deals(date(2026, 3, 1), date(2026, 1, 1), tmp_path / "x.xlsx")


def test_cli_export_and_won_deals(services, deals, app_paths, tmp_path, capsys):
    data_dir = str(app_paths.data_dir)
    out = tmp_path / "won.xlsx"
    rc = cli.main(["export", "won-deals", "--from", "2026-02-01", "--to", "2026-02-28", "--format", "xlsx",
                   "-o", str(out), "--data-dir", data_dir])
    assert rc == 0 and out.exists()
    printed = capsys.readouterr().out
    assert "Wrote 2 won deals" in printed and "EUR: 1 deal, total 3,000.75 EUR" in printed

    csv_out = tmp_path / "c.csv"
    rc = cli.main(["export", "contacts", "--format", "csv", "-o", str(csv_out), "--delimiter", ";",
                   "--data-dir", data_dir])
    assert rc == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbfID;First name")

    rc = cli.main(["export", "deals", "-o", str(tmp_path / "nowhere" / "d.xlsx"), "--data-dir", data_dir])
    assert rc == 1
    assert "does not exist" in capsys.readouterr().err

    rc = cli.main(["export", "won-deals", "-o", str(out), "--data-dir", data_dir])
    assert rc == 2
