"""The streaming XLSX reader gives exactly what calamine gives, with memory that does not grow."""

import tracemalloc
import zipfile
from datetime import date, datetime, time

import import_samples as samples
import pytest

from crm_desktop.exchange import sheets, xlsx_parts, xlsx_peek, xlsx_stream
from crm_desktop.exchange.limits import FileRefused
from crm_desktop.exchange.readers import open_table

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def both_ways(path, monkeypatch):
    """Every sheet read with calamine, then streamed: (head, rows) each, per sheet."""
    monkeypatch.setattr(xlsx_peek, "peek", lambda *args: None)  # test_xlsx_peek compares that one
    out = []
    for limit in (1 << 40, 0):
        monkeypatch.setattr(xlsx_stream, "STREAM_FROM", limit)
        out.append({name: (sheets.head(path, name, 40), list(sheets.iter_rows(path, name, -1)))
                    for name in sheets.sheet_names(path)})
    return out


def assert_same(path, monkeypatch):
    calamine, streamed = both_ways(path, monkeypatch)
    assert streamed == calamine
    return streamed


def test_sample_workbook_reads_the_same(tmp_path, monkeypatch):
    got = assert_same(samples.workbook_with_title_rows(tmp_path / "t.xlsx"), monkeypatch)
    rows = got["Customers 2024"][1]
    assert rows[3] == (4, ["Marta Kowalska", "marta@polska.example", "48601234567", "Polska Sp. z o.o.",
                           date(1979, 5, 6), "00123"])


def test_open_table_streams_a_large_sheet(tmp_path, monkeypatch):
    path = samples.workbook_with_title_rows(tmp_path / "t.xlsx")
    calamine = open_table(path)
    monkeypatch.setattr(xlsx_stream, "STREAM_FROM", 0)
    streamed = open_table(path)
    assert (streamed.sheet, streamed.headers, streamed.header_row) == (calamine.sheet, calamine.headers, calamine.header_row)
    assert list(streamed.rows()) == list(calamine.rows())


def generated_workbook(path):
    """Three sheets: a note away from the corner; contacts below a title with CJK and Arabic
    names, a phone stored as a number, dates, times, a formula, rich text, gaps, a cell far
    right and a styled empty cell; an empty sheet."""
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    wb = Workbook()
    ws = wb.active
    ws.title = "Notes"
    ws["C3"] = "only a note, away from the corner"
    ws2 = wb.create_sheet("Contacts")
    ws2.append(["Our customers"])
    ws2.append([])
    ws2.append(["Name", "Phone", "Postcode", "Born", "Last call", "Opens", "VIP", "Total", "Note"])
    ws2.append(["王小明", 33612345678, "01234", date(1980, 2, 29), datetime(2024, 5, 6, 14, 30), time(9, 15),
                True, "=1+2", CellRichText(["Rich ", TextBlock(InlineFont(b=True), "text")])])
    ws2.append(["محمد العلي", 4.25, "00700", datetime(1999, 12, 31), datetime(2024, 1, 1), time(0, 0), False,
                12.5, "  spaced  "])
    ws2.append([])
    ws2["B8"] = -0.5
    ws2["L9"] = "far right"
    ws2["D10"].number_format = "0.00"  # styled but empty: not part of the used area
    ws3 = wb.create_sheet("Empty")
    ws3["A1"].number_format = "0.00"
    wb.save(path)
    return path


def test_generated_workbook_reads_the_same(tmp_path, monkeypatch):
    got = assert_same(generated_workbook(tmp_path / "g.xlsx"), monkeypatch)
    rows = dict(got["Contacts"][1])
    assert rows[4][:4] == ["王小明", "33612345678", "01234", date(1980, 2, 29)]
    assert rows[4][4:6] == ["2024-05-06 14:30", "09:15:00"]
    assert rows[9][-1] == "far right" and len(rows[9]) == 12
    assert got["Empty"] == (sheets.Head([], 0, 0, True), [])


def _write(path, sheet_xml, strings="", styles="", date1904=False, extra=""):
    """A hand-written workbook, to reach what openpyxl does not write."""
    wb = (f'<?xml version="1.0"?><workbook xmlns="{NS}" xmlns:r="http://schemas.openxmlformats.org/'
          f'officeDocument/2006/relationships"><workbookPr date1904="{int(date1904)}"/><sheets>'
          '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    wb_rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
               f'relationships"><Relationship Id="rId1" Type="{rel}worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{rel}sharedStrings" Target="sharedStrings.xml"/>'
               f'<Relationship Id="rId3" Type="{rel}styles" Target="/xl/styles.xml"/></Relationships>')
    root_rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                 f'relationships"><Relationship Id="rId1" Type="{rel}officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", root_rels)
        zf.writestr("xl/workbook.xml", wb)
        zf.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        zf.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst xmlns="{NS}">{strings}</sst>')
        zf.writestr("xl/styles.xml", f'<?xml version="1.0"?><styleSheet xmlns="{NS}">{styles}</styleSheet>')
        zf.writestr("xl/worksheets/sheet1.xml",
                    f'<?xml version="1.0"?><worksheet xmlns="{NS}">{extra}<sheetData>{sheet_xml}</sheetData></worksheet>')
    return path


STRINGS = ('<si><t>plain</t></si><si><r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space="preserve"> text</t></r></si>'
           '<si><t></t></si><si><t xml:space="preserve">  kept  </t></si><si><t> trimmed </t><rPh><t>PH</t></rPh></si>'
           '<si><t>a &amp; b &#233;</t></si>')
STYLES = ('<numFmts><numFmt numFmtId="164" formatCode="[h]:mm"/><numFmt numFmtId="165" formatCode="&quot;d&quot;0.00"/>'
          '<numFmt numFmtId="166" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts><cellXfs><xf numFmtId="0"/>'
          '<xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/><xf numFmtId="166"/>'
          '</cellXfs>')
CELLS = [
    '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
    '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>',
    '<c r="A2" t="e"><v>#DIV/0!</v></c><c r="B2" t="str"><f>x</f><v> formula text </v></c><c r="C2" t="b"><v>0</v></c>'
    '<c r="D2" t="d"><v>2020-01-02T03:04:05</v></c><c r="E2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>'
    '<c r="F2" t="b"><v>1</v></c>',
    '<c r="A3" s="1"><v>0</v></c><c r="B3" s="1"><v>1.5</v></c><c r="C3" s="2"><v>1.25</v></c><c r="D3" s="3"><v>5</v></c>'
    '<c r="E3" s="4"><v>0.5</v></c><c r="F3" s="5"><v>45000.75</v></c>',
    '<c r="A4"><v>1E+3</v></c><c r="B4"><v>-0.1</v></c><c r="C4"><v>12345678901234567890</v></c>'
    '<c r="D4"><f>A1</f><v></v></c><c r="E4" t="str"><v></v></c><c r="F4"><v>abc</v></c>',
    '<c r="A5" s="1"><v>45000</v></c><c r="B5" t="n"><v>007</v></c><c r="C5" s="1"><v>30</v></c><c r="D5" s="9"><v>2</v></c>',
]


@pytest.mark.parametrize("date1904", [False, True])
def test_every_kind_of_cell_reads_the_same(tmp_path, monkeypatch, date1904):
    rows = "".join(f'<row r="{i + 1}">{cells}</row>' for i, cells in enumerate(CELLS))
    rows += '<row r="9"><c r="G9" t="e"><v>#N/A</v></c></row><row r="12"><c r="H12" s="1"/></row>'
    path = _write(tmp_path / "k.xlsx", rows, STRINGS, STYLES, date1904)
    got = assert_same(path, monkeypatch)
    first = got["S"][1][0][1]
    assert first == ["plain", "Rich text", "", "  kept  ", "trimmed", "a & b é", ""]


def test_the_quick_pass_finds_the_cells_the_full_read_finds(tmp_path):
    from xml.etree.ElementTree import fromstring

    odd = ('<c r="A1"><v></v></c><c r="B1" t="s"><v/></c><c r="C1" t="e"><v/></c><c r="D1" t="b"><v/></c>'
           '<c r="E1" t="x"><v/></c><c r="F1" t="str"/><c r="G1" t="inlineStr"/><c r="H1" t="d"><v/></c>')
    book = xlsx_parts.Workbook({}, strings=["a", "b", "", " c ", "d", "e"], style_kinds=[0, 1, 2, 0, 1, 1])
    for cells in [*CELLS, odd]:
        row = fromstring(f'<row xmlns="{NS}">{cells}</row>')
        assert xlsx_stream.filled_cells(row) == [(col, "") for col, _ in xlsx_stream.row_cells(row, book)]


def test_rows_and_cells_without_references_read_the_same(tmp_path, monkeypatch):
    rows = ('<row><c t="s"><v>0</v></c><c/><c><v>3</v></c></row><row/><row><c><v>1</v></c></row>'
            '<row r="7"><c><v>9</v></c><c r="E7"><v>1</v></c><c><v>2</v></c></row><row r="8" spans="1:3"/>')
    got = assert_same(_write(tmp_path / "n.xlsx", rows, STRINGS), monkeypatch)
    assert got["S"][1][-1] == (7, ["9", "", "", "", "1", "2"])


def test_date_formats_are_told_apart():
    assert xlsx_parts.format_kind("dd/mm/yyyy") == xlsx_parts.DATE
    assert xlsx_parts.format_kind("H:MM:SS;@") == xlsx_parts.DATE
    assert xlsx_parts.format_kind("[h]:mm:ss") == xlsx_parts.DURATION
    assert xlsx_parts.format_kind('#,##0.00\\ "Days"') == xlsx_parts.OTHER
    assert xlsx_parts.format_kind("[$-409]#,##0") == xlsx_parts.OTHER
    assert xlsx_parts.format_kind('0"m"') == xlsx_parts.OTHER
    assert xlsx_parts.format_kind("#,##0*y") == xlsx_parts.OTHER
    assert xlsx_parts.format_kind("AM/PM") == xlsx_parts.DATE
    assert [xlsx_parts.builtin_kind(str(n)) for n in (0, 14, 22, 45, 46, 47, 49)] == [0, 1, 1, 1, 2, 1, 0]


def _big(path, count):
    """A sheet of ``count`` contact rows written with shared strings and dates."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Contacts")
    ws.append(["Name", "Email", "Phone", "Born"])
    for i in range(count):
        ws.append([f"Person {i}", f"p{i}@shop.example", 33600000000 + i, date(1980, 1, 1 + i % 28)])
    wb.save(path)
    return path


def _peak_while_reading(path):
    tracemalloc.start()
    try:
        count = sum(1 for _ in xlsx_stream.iter_rows(path, "Contacts", 0))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_streaming_memory_does_not_grow_with_rows(tmp_path):
    small, large = _big(tmp_path / "s.xlsx", 2_000), _big(tmp_path / "l.xlsx", 8_000)
    count_small, peak_small = _peak_while_reading(small)
    count_large, peak_large = _peak_while_reading(large)
    assert (count_small, count_large) == (2_000, 8_000)
    # calamine would hold about 0.9 KB more for each of the 6,000 extra rows (over 5 MB)
    assert peak_large - peak_small < 300_000, (peak_small, peak_large)


def test_streaming_refuses_entities_itself(tmp_path, monkeypatch):
    """check_zip refuses a DTD before any parser runs; the stream reader refuses one too."""
    monkeypatch.setattr(xlsx_stream, "STREAM_FROM", 0)
    lol = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
    path = _write(tmp_path / "lol.xlsx", '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>',
                  extra="")
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b"?>", b"?>" + lol.encode(), 1)
    bad = tmp_path / "lol2.xlsx"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    with pytest.raises(FileRefused) as err:
        list(xlsx_stream.iter_rows(bad, "S", -1))
    assert "entity" in str(err.value)
    with pytest.raises(FileRefused) as err:
        open_table(bad)
    assert "entity" in str(err.value)


def test_streaming_refuses_a_damaged_sheet(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_stream, "STREAM_FROM", 0)
    path = _write(tmp_path / "bad.xlsx", '<row r="1"><c r="A1" t="s"><v>99</v></c></row>')
    with pytest.raises(FileRefused) as err:
        list(sheets.iter_rows(path, "S", -1))
    assert "could not be opened" in str(err.value)
    broken = _write(tmp_path / "broken.xlsx", '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c')
    with pytest.raises(FileRefused):
        list(xlsx_stream.iter_rows(broken, "S", -1))


def test_small_sheets_stay_on_calamine(tmp_path):
    path = samples.workbook_with_title_rows(tmp_path / "t.xlsx")
    assert not xlsx_stream.streams(path, "Customers 2024")
    assert not xlsx_stream.streams(samples.ods(tmp_path / "o.ods"), "Kontakte")


def test_the_area_found_when_opening_travels_with_the_rows(tmp_path, monkeypatch):
    """The import reads the rows in a second process: it gets the used area found when the file
    was opened and reads the sheet once, not twice."""
    import pickle

    monkeypatch.setattr(xlsx_stream, "STREAM_FROM", 0)
    table = open_table(samples.workbook_with_title_rows(tmp_path / "t.xlsx"))
    open_rows = pickle.loads(pickle.dumps(table.open_rows))
    xlsx_stream._AREAS.clear()  # as in a new process
    passes = []
    real = xlsx_stream._sparse
    monkeypatch.setattr(xlsx_stream, "_sparse", lambda *a: passes.append(a) or real(*a))
    assert [cells[0] for _, cells in open_rows()] == ["Marta Kowalska", "Lars Berg"]
    assert len(passes) == 1
