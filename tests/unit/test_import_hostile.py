"""Hostile and broken files give a clear message and change nothing."""

import csv
import io
import zipfile

import import_samples as samples
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.exchange.limits import FileRefused, Limits
from crm_desktop.exchange.readers import open_table
from crm_desktop.exchange.text_files import detect_delimiter


def refused(path, **limits):
    with pytest.raises(FileRefused) as err:
        table = open_table(path, Limits(**limits)) if limits else open_table(path)
        list(table.rows())
    return str(err.value)


def test_random_bytes(tmp_path):
    import random

    rng = random.Random(5)
    p = tmp_path / "random.csv"
    p.write_bytes(bytes(rng.randrange(256) for _ in range(20_000)))
    assert "does not look like a spreadsheet" in refused(p)


def test_empty_and_binary_files(tmp_path):
    (tmp_path / "e.csv").write_bytes(b"")
    assert "empty" in refused(tmp_path / "e.csv")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 10)
    assert "does not look like" in refused(tmp_path / "x.pdf")


def test_file_over_the_size_limit(tmp_path):
    p = samples.write_csv(tmp_path / "a.csv", [["Name"], ["x" * 5000]])
    assert "larger than" in refused(p, max_file_bytes=1000)


def test_one_huge_field_is_refused(tmp_path):
    """A "1 GB field", simulated with a small limit: quoted multi-line and single-line."""
    p = tmp_path / "big.csv"
    p.write_text('Name,Notes\r\nAda,"' + ("line of text\n" * 5000) + '"\r\n', encoding="utf-8")
    assert "larger than" in refused(p, max_field_bytes=10_000)
    p2 = tmp_path / "big2.csv"
    p2.write_text("Name,Notes\r\nAda," + "x" * 50_000 + "\r\n", encoding="utf-8")
    assert "longer than" in refused(p2, max_row_bytes=20_000)


def test_fields_over_128_kb_are_read(tmp_path):
    p = tmp_path / "ok.csv"
    p.write_text('Name,Notes\r\nAda,"' + "é" * 200_000 + '"\r\n', encoding="utf-8")
    rows = list(open_table(p).rows())
    assert len(rows[0][1][1]) == 200_000


def test_nul_bytes_and_crlf(tmp_path):
    p = tmp_path / "nul.csv"
    p.write_bytes(b"Name,Email\r\nA\x00da,ada@x.example\r\n")
    assert list(open_table(p).rows()) == [(2, ["Ada", "ada@x.example"])]


def _zip(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.sheet.main+xml"/></Types>'
)


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    p = _zip(tmp_path / "bomb.xlsx", {"[Content_Types].xml": CONTENT_TYPES, "xl/sharedStrings.xml": b"\0" * 50_000_000})
    assert "zip bomb" in refused(p)
    assert "once unpacked" in refused(p, max_unpacked_bytes=10_000_000)


def test_billion_laughs_in_xlsx_is_refused(tmp_path):
    lol = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>'
    )
    p = samples.workbook_with_title_rows(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(p) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    parts["xl/sharedStrings.xml"] = lol.encode()
    bad = _zip(tmp_path / "lol.xlsx", parts)
    assert "entity" in refused(bad)
    parts["[Content_Types].xml"] = b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "b">]><Types>&a;</Types>'
    assert "entity" in refused(_zip(tmp_path / "lol2.xlsx", parts))


def test_billion_laughs_vcard_is_bounded(tmp_path):
    p = tmp_path / "lol.vcf"
    p.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lol\r\n" + "NOTE:" + "lol" * 100_000 + "\r\nEND:VCARD\r\n")
    assert "longer than" in refused(p, max_vcard_bytes=100_000)
    folded = tmp_path / "folded.vcf"
    folded.write_text("BEGIN:VCARD\r\nFN:Lol\r\nNOTE:lol\r\n" + " lol\r\n" * 50_000 + "END:VCARD\r\n")
    assert "larger than" in refused(folded, max_vcard_bytes=100_000)


def test_plain_zip_and_xml_are_not_contact_lists(tmp_path):
    assert "not a contact list" in refused(_zip(tmp_path / "a.zip", {"readme.txt": "hello"}))
    (tmp_path / "a.xml").write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')
    assert "not a contact list" in refused(tmp_path / "a.xml")


def test_hostile_file_changes_nothing_through_the_service(services, tmp_path):
    p = _zip(tmp_path / "bomb.xlsx", {"[Content_Types].xml": CONTENT_TYPES, "xl/a.xml": b"\0" * 50_000_000})
    with pytest.raises(FileRefused):
        services.importer.open(p)
    assert services.contacts.count() == 0 and services.importer.batches() == []


cell = st.text(alphabet=st.one_of(st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from("\n\t\"';,| ")),
               max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=8),
       delimiter=st.sampled_from([",", ";", "\t", "|"]))
def test_csv_reader_round_trips_what_csv_writes(tmp_path, rows, delimiter):
    header = ["First name", "Email", "Notes"]
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows([header, *rows])
    p = tmp_path / "h.csv"
    p.write_bytes(buf.getvalue().encode("utf-8"))
    table = open_table(p)
    assert table.headers == header and table.delimiter == delimiter
    assert [cells for _, cells in table.rows()] == rows


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=1, max_size=3000))
def test_csv_reader_never_crashes_on_any_bytes(tmp_path, data):
    p = tmp_path / "any.csv"
    p.write_bytes(data)
    try:
        table = open_table(p)
        for _ in table.rows():
            pass
    except FileRefused as exc:
        assert str(exc)


def test_delimiter_not_fooled_by_commas_in_semicolon_file():
    sample = "Name;Notes;City\r\nA;x, y, z;Paris\r\nB;a, b;Lyon\r\n"
    assert detect_delimiter(sample) == ";"
