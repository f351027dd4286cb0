import csv
import io
import os
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from crm_desktop.exchange import atomic
from crm_desktop.exchange.cells import neutralise, unneutralise
from crm_desktop.exchange.exporter import ExportCancelled
from crm_desktop.exchange.tables import CONTACT_COLUMNS, KINDS
from exchange_helpers import CJK, PLAIN, TRICKY, add_contacts, add_deals


@pytest.fixture
def data(services):
    ids = add_contacts(services)
    add_deals(services, contact_id=ids[0])
    return ids


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_xlsx_cells_are_typed_and_never_formulas(services, data, tmp_path):
    target = tmp_path / "all.xlsx"
    result = services.exports.export("all", target, "xlsx")
    assert result.rows == {"contacts": 3, "companies": 2, "deals": 9, "activities": 0, "followups": 1}
    assert "<f>" not in _sheet_xml(target)

    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Contacts", "Companies", "Deals", "Activities", "Follow-ups"]
    ws = wb["Contacts"]
    header = [c.value for c in ws[1]]
    assert header == [c.header for c in CONTACT_COLUMNS]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:V4"
    assert ws.column_dimensions["D"].width >= 20
    col = {h: i for i, h in enumerate(header)}
    row = [c for c in ws[2]]
    assert row[col["ID"]].value == data[0] and row[col["ID"]].data_type == "n"
    job = row[col["Job title"]]
    assert job.data_type == "s" and job.value == TRICKY.job_title
    assert row[col["Birthday"]].is_date and row[col["Birthday"]].value == datetime(1980, 4, 22)
    assert row[col["Created"]].is_date
    assert row[col["Postal code"]].value == "08001"
    assert row[col["Phone"]].value == "+49 30 1234567"
    assert row[col["Notes"]].value == TRICKY.notes
    assert row[col["Tags"]].value == "@home, vip"
    assert row[col["Other emails"]].value == "j.m@example.org"
    assert ws.cell(4, col["City"] + 1).value == "東京"

    deals = wb["Deals"]
    dh = [c.value for c in deals[1]]
    first = [c for c in deals[2]]
    value = first[dh.index("Value")]
    assert value.data_type == "n" and value.value == 12500.0
    assert "EUR" in value.number_format and "0.00" in value.number_format
    jpy = [r for r in deals.iter_rows(min_row=2) if r[dh.index("Currency")].value == "JPY"][0]
    assert jpy[dh.index("Value")].value == 500000 and "JPY" in jpy[dh.index("Value")].number_format
    assert first[dh.index("Won/lost date")].value == datetime(2026, 1, 10)
    assert first[dh.index("Contact")].value == "José Müller-Łukasz"
    fu = wb["Follow-ups"]
    assert fu.cell(2, 2).value == "Call back about the =SUM offer" and fu.cell(2, 2).data_type == "s"

    cal = CalamineWorkbook.from_path(str(target))
    rows = cal.get_sheet_by_name("Contacts").to_python()
    assert rows[0][0] == "ID"
    assert rows[1][col["Job title"]] == TRICKY.job_title
    assert rows[1][col["Birthday"]] in (date(1980, 4, 22), datetime(1980, 4, 22))
    assert isinstance(rows[1][col["ID"]], (int, float))
    deal_rows = cal.get_sheet_by_name("Deals").to_python()
    assert deal_rows[1][dh.index("Value")] == 12500.0


def test_csv_has_bom_crlf_unicode_and_neutralised_formulas(services, data, tmp_path):
    target = tmp_path / "contacts.csv"
    services.exports.export("contacts", target, "csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    assert text.count("\r\n") >= 4
    assert "東京" in text and "Zürich" in text and "José" in text and "Müller-Łukasz" in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    col = {h: i for i, h in enumerate(header)}
    tricky = rows[1]
    assert tricky[col["Job title"]] == "'" + TRICKY.job_title
    assert tricky[col["Phone"]] == "'+49 30 1234567"
    assert tricky[col["Notes"]].startswith("'-5 is a minus\nline two")  # newline kept inside quotes
    assert tricky[col["Tags"]] == "'@home, vip"
    assert tricky[col["Birthday"]] == "1980-04-22"
    assert tricky[col["Do not email"]] == "yes"
    assert rows[2][col["Notes"]] == "''= not a formula"
    assert rows[3][col["Tags"]] == "'+plus"
    for row in rows[1:]:
        for cell in row:
            assert not cell or cell[0] not in "=+-@\t\r"


def test_csv_semicolon_and_plain_utf8(services, data, tmp_path):
    target = tmp_path / "c.csv"
    services.exports.export("contacts", target, "csv", delimiter=";", plain_utf8=True)
    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8").splitlines()[0].startswith("ID;First name;Last name;Email")


def test_deal_csv_has_plain_numbers(services, data, tmp_path):
    target = tmp_path / "deals.csv"
    services.exports.export("deals", target, "csv")
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    assert rows[0]["Value"] == "12500.00" and rows[0]["Currency"] == "EUR"
    assert rows[0]["Won/lost date"] == "2026-01-10"
    assert rows[4]["Value"] == "500000"  # JPY has no minor unit
    assert rows[-1]["Status"] == "Open" and rows[-1]["Won/lost date"] == ""


def test_export_only_given_ids_in_their_order(services, data, tmp_path):
    target = tmp_path / "some.csv"
    result = services.exports.export("contacts", target, "csv", ids={"contacts": [data[2], data[0]]})
    assert result.rows == {"contacts": 2}
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    assert [r[0] for r in rows[1:]] == [str(data[2]), str(data[0])]


def test_all_as_csv_writes_one_file_per_table(services, data, tmp_path):
    result = services.exports.export("all", tmp_path / "out", "csv")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{k}.csv" for k in KINDS)
    assert result.rows["deals"] == 9
    services.exports.export("all", tmp_path / "named.csv", "csv")  # a file name: its stem is the folder
    assert (tmp_path / "named" / "contacts.csv").exists()


def test_trashed_contacts_are_not_exported(services, data, tmp_path):
    services.contacts.delete([data[1]])
    result = services.exports.export("contacts", tmp_path / "c.csv", "csv")
    assert result.rows == {"contacts": 2}


def test_cancel_leaves_existing_file_and_no_temp(services, data, tmp_path):
    target = tmp_path / "c.xlsx"
    target.write_bytes(b"old content")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ExportCancelled):
        services.exports.export("all", target, "xlsx", cancelled=cancelled)
    assert target.read_bytes() == b"old content"
    assert sorted(os.listdir(tmp_path)) == ["c.xlsx", "data", "logs"]


def test_locked_target_gives_plain_message_and_leaves_nothing(services, data, tmp_path, monkeypatch):
    target = tmp_path / "out" / "c.csv"
    target.parent.mkdir()
    target.write_text("previous export")

    def locked(src, dst):  # what Windows does while Excel has the file open
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(atomic.FileWriteError) as err:
        services.exports.export("contacts", target, "csv")
    assert "open in another program" in str(err.value) and "c.csv" in str(err.value)
    assert target.read_text() == "previous export"
    assert os.listdir(target.parent) == ["c.csv"]


def test_failure_while_writing_leaves_no_half_file(services, data, tmp_path, monkeypatch):
    from crm_desktop.exchange import csv_out

    target = tmp_path / "c.csv"

    def broken_neutralise(text):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv_out, "neutralise", broken_neutralise)
    with pytest.raises(atomic.FileWriteError) as err:
        services.exports.export("contacts", target, "csv")
    assert "disk is full" in str(err.value)
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_target_folder_missing_or_a_folder(services, tmp_path):
    with pytest.raises(atomic.FileWriteError, match="does not exist"):
        services.exports.export("contacts", tmp_path / "nope" / "c.csv", "csv")
    (tmp_path / "dir.xlsx").mkdir()
    with pytest.raises(atomic.FileWriteError, match="is a folder"):
        services.exports.export("contacts", tmp_path / "dir.xlsx", "xlsx")


@pytest.mark.parametrize(
    "text",
    ["", "plain", "=1+2", "+49 1", "-5", "@home", "\tx", "\rx", "'", "''", "'=x", "'til", "'+", "a=b", "'''=x"],
)
def test_neutralise_round_trips_exactly(text):
    out = neutralise(text)
    assert not out or out[0] not in "=+-@\t\r"
    assert unneutralise(out) == text


def test_export_then_read_back_reproduces_every_contact_field(services, data, tmp_path):
    """The file format contract the importer relies on: header names, list separators and
    the apostrophe reversal. (The real export -> import round trip needs the importer.)"""
    target = tmp_path / "c.csv"
    services.exports.export("contacts", target, "csv")
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    for row, original in zip(rows, (TRICKY, PLAIN, CJK), strict=True):
        cell = {k: unneutralise(v) for k, v in row.items()}
        emails = [cell["Email"], *[e.strip() for e in cell["Other emails"].split(";") if e.strip()]]
        phones = [cell["Phone"], *[p.strip() for p in cell["Other phones"].split(";") if p.strip()]]
        assert [e for e in emails if e] == original.emails
        assert [p for p in phones if p] == original.phones
        assert cell["First name"] == original.first_name and cell["Last name"] == original.last_name
        assert cell["Company"] == original.company and cell["Job title"] == original.job_title
        for header, attr in (("Street", "street"), ("Postal code", "postal_code"), ("City", "city"),
                             ("Region", "region"), ("Country", "country"), ("Website", "website"),
                             ("Notes", "notes"), ("Source", "source")):
            assert cell[header] == getattr(original, attr), header
        assert sorted(t.strip() for t in cell["Tags"].split(",") if t.strip()) == sorted(original.tags)
        assert (date.fromisoformat(cell["Birthday"]) if cell["Birthday"] else None) == original.birthday
        assert (cell["Do not email"] == "yes") == original.do_not_email


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe", "UTC"])
def test_local_times_are_right_around_clock_changes(zone, monkeypatch):
    import time
    from datetime import UTC, timedelta

    from crm_desktop.exchange import tables

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    monkeypatch.setattr(tables, "_FIXED", tables._fixed_offset())
    monkeypatch.setattr(tables, "_DAYS", {})
    monkeypatch.setattr(tables, "_OFFSETS", {})
    try:
        for start in (datetime(2026, 3, 7), datetime(2026, 3, 28), datetime(2026, 4, 4), datetime(2026, 10, 3),
                      datetime(2026, 10, 24), datetime(2026, 10, 31)):
            for minutes in range(0, 3 * 24 * 60, 7):
                value = start + timedelta(minutes=minutes)
                expected = value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
                assert tables.local(value) == expected, value
    finally:
        monkeypatch.undo()
        time.tzset()
