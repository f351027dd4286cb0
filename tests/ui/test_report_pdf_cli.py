"""PDF export (one page per section) and the ``crm-desktop report`` command."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from crm_desktop import cli
from crm_desktop.services.reports import ReportService
from crm_desktop.ui.reports.pdf import write_report_pdf
from report_dataset import BERLIN, NOW, insert_dataset


def page_count(path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_pdf_has_one_page_per_section(qapp, services, tmp_path):
    insert_dataset(services.db)
    svc = ReportService(services.db, tz=BERLIN, clock=lambda: NOW)
    d = svc.dashboard(svc.period("this_month"))
    path = tmp_path / "out" / "report.pdf"
    pages = write_report_pdf(d, path, "Kurz & Söhne")
    assert pages == 9
    assert page_count(path) == 9
    assert [p.name for p in path.parent.iterdir()] == ["report.pdf"]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Kurz & Söhne" in text and "Mar 2026" in text and "Open deals by stage" in text


def test_long_tables_continue_on_another_page(qapp, services, tmp_path):
    insert_dataset(services.db)
    svc = ReportService(services.db, tz=BERLIN, clock=lambda: NOW)
    d = svc.dashboard(svc.period("last_12_months"))  # 53 weeks of activities
    pages = write_report_pdf(d, tmp_path / "year.pdf")
    assert pages > 9
    assert page_count(tmp_path / "year.pdf") == pages


@pytest.fixture
def data_dir(app_paths, services):
    insert_dataset(services.db)
    services.settings.set("business_name", "Kurz & Söhne")
    return str(app_paths.data_dir)


def test_cli_writes_xlsx(data_dir, tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    rc = cli.main(["report", "--data-dir", data_dir, "--from", "2026-03-01", "--to", "2026-03-31",
                   "--format", "xlsx", "-o", str(out)])
    assert rc == 0
    assert "Wrote the report for Mar 2026" in capsys.readouterr().out
    summary = load_workbook(out)["Summary"]
    values = {row[0].value: row[1].value for row in summary.iter_rows(min_row=2)}
    assert values["Business"] == "Kurz & Söhne"
    assert values["Deals lost"] == 2


def test_cli_writes_pdf_for_one_pipeline(qapp, data_dir, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    rc = cli.main(["report", "--data-dir", data_dir, "--from", "2026-03-01", "--to", "2026-03-31",
                   "--pipeline", "wholesale", "-o", str(out)])
    assert rc == 0
    assert "(9 pages)" in capsys.readouterr().out
    assert page_count(out) == 9


def test_cli_explains_mistakes(data_dir, tmp_path, capsys):
    base = ["report", "--data-dir", data_dir, "--from", "2026-03-01", "--to", "2026-03-31"]
    assert cli.main([*base, "-o", str(tmp_path / "r.txt")]) == 2
    assert "--format xlsx or --format pdf" in capsys.readouterr().err
    assert cli.main([*base, "--pipeline", "Retail", "-o", str(tmp_path / "r.xlsx")]) == 2
    assert "no pipeline called 'Retail'. Pipelines: Sales, Wholesale." in capsys.readouterr().err
    assert cli.main(["report", "--data-dir", data_dir, "--from", "2026-03-31", "--to", "2026-03-01",
                     "-o", str(tmp_path / "r.xlsx")]) == 2
    assert not (tmp_path / "r.xlsx").exists()
