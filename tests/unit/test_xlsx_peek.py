"""Opening an XLSX reads only the first rows of its sheets (xlsx_peek), and finds exactly what
reading every sheet whole with calamine finds: the sheet, the header row, the headers, the
preview cells; the import still reads the rows with calamine, under the same headers."""

import zipfile
from datetime import date

import import_samples as samples
import pytest
import test_import_hostile as hostile
from test_xlsx_stream import CELLS, STRINGS, STYLES, _write, generated_workbook

from crm_desktop.exchange import sheets, xlsx_peek
from crm_desktop.exchange.limits import FileRefused
from crm_desktop.exchange.readers import open_table


def whole(monkeypatch):
    """Open as before: every sheet loaded whole with calamine."""
    monkeypatch.setattr(xlsx_peek, "peek", lambda *args: None)
    monkeypatch.setattr(xlsx_peek, "sheet_names", lambda *args: None)


def opening(path, sheet=None):
    """What opening the file finds, or why it is refused."""
    try:
        return opened(open_table(path, sheet=sheet))
    except FileRefused as exc:
        return str(exc)


def opened(table):
    return (table.sheet, table.sheets, table.headers, table.header_row, table.describe(), table.head,
            table.head_complete, list(table.first_rows(50)), list(table.rows()))


def both_ways(path, monkeypatch, sheet=None):
    """(peeked, whole): every sheet's first rows, and the file opened, each way."""
    out = []
    for peeking in (True, False):
        if not peeking:
            whole(monkeypatch)
        names = sheets.sheet_names(path)
        heads = [(name, sheets.head(path, name, 100)) for name in names]
        out.append((heads, opening(path, sheet)))
    monkeypatch.undo()
    return out


def assert_same(path, monkeypatch, sheet=None):
    peeked, loaded = both_ways(path, monkeypatch, sheet)
    assert peeked == loaded
    table = opening(path, sheet)
    if not isinstance(table, str):
        assert table[7] == table[8][:50]  # the first rows are the rows the import reads
    return table


def test_the_sample_workbook_opens_the_same(tmp_path, monkeypatch):
    sheet, names, headers, header_row, _, head, complete, _, rows = assert_same(
        samples.workbook_with_title_rows(tmp_path / "t.xlsx"), monkeypatch)
    assert (sheet, names, header_row) == ("Customers 2024", ["Read me", "Customers 2024"], 3)
    assert headers == ["Name", "Email Address", "Mobile", "Company", "Birthday", "Customer number"]
    assert head == rows and complete
    assert rows[0] == (4, ["Marta Kowalska", "marta@polska.example", "48601234567", "Polska Sp. z o.o.",
                           date(1979, 5, 6), "00123"])


def test_every_kind_of_cell_and_gap_opens_the_same(tmp_path, monkeypatch):
    path = generated_workbook(tmp_path / "g.xlsx")
    for sheet in (None, "Notes", "Contacts"):
        assert_same(path, monkeypatch, sheet)
    assert "empty" in assert_same(path, monkeypatch, "Empty")
    got = open_table(path)
    assert got.header_row == 3 and got.headers[:3] == ["Name", "Phone", "Postcode"]
    assert len(got.headers) == 12  # up to the cell far right (L9)
    assert got.head[0][1][:4] == ["王小明", "33612345678", "01234", date(1980, 2, 29)]
    assert got.head[1][1][0] == "محمد العلي" and got.head[0][1][8] == "Rich text"
    notes = open_table(path, sheet="Notes")  # the used area starts at column C
    assert (notes.headers, notes.head) == (["Column 1"], [(2, [""]), (3, ["only a note, away from the corner"])])


@pytest.mark.parametrize("date1904", [False, True])
def test_hand_written_cells_open_the_same(tmp_path, monkeypatch, date1904):
    rows = "".join(f'<row r="{i + 1}">{cells}</row>' for i, cells in enumerate(CELLS))
    rows += '<row r="9"><c r="G9" t="e"><v>#N/A</v></c></row><row r="12"><c r="H12" s="1"/></row>'
    path = _write(tmp_path / "k.xlsx", rows, STRINGS, STYLES, date1904)
    head = assert_same(path, monkeypatch)[7]
    assert head[-1][0] == 9  # the styled empty H12 holds no value: the sheet ends with row 9


def test_rows_without_references_open_the_same(tmp_path, monkeypatch):
    rows = ('<row><c t="s"><v>0</v></c><c/><c><v>3</v></c></row><row/><row><c><v>1</v></c></row>'
            '<row r="7"><c><v>9</v></c><c r="E7"><v>1</v></c><c><v>2</v></c></row><row r="8" spans="1:3"/>')
    assert_same(_write(tmp_path / "n.xlsx", rows, STRINGS), monkeypatch)


def test_other_spreadsheets_are_read_with_calamine(tmp_path, monkeypatch):
    ods = samples.ods(tmp_path / "o.ods")
    assert xlsx_peek.peek(ods, "Kontakte", 10) is None and xlsx_peek.sheet_names(ods) is None
    table = assert_same(ods, monkeypatch)
    assert table[2][:2] == ["Vorname", "Nachname"]


def _long_sheet(path, count, extra=None):
    """A title, a blank row and a header from column B, ``count`` contacts below; ``extra``
    puts a value into other cells (row -> {column letter: value})."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Read me"
    wb.active["A1"] = "This workbook lists our customers."
    ws = wb.create_sheet("Customers")
    ws["B1"] = "Customer list"
    for col, title in zip("BCDE", ("First Name", "Last Name", "Email", "Mobile"), strict=True):
        ws[f"{col}3"] = title
    for i in range(count):
        ws.append([None, f"Ana{i}", "Müller", f"ana{i}@shop.example", 33612345000 + i])
    for row, cells in (extra or {}).items():
        for col, value in cells.items():
            ws[f"{col}{row}"] = value
    wb.save(path)
    return path


def test_a_long_sheet_opens_the_same(tmp_path, monkeypatch):
    table = assert_same(_long_sheet(tmp_path / "l.xlsx", 1500), monkeypatch)
    assert table[0] == "Customers" and table[3] == 3 and not table[6]
    assert table[7][0] == (4, ["Ana0", "Müller", "ana0@shop.example", "33612345000"])


def _without_dimension(path):
    """The workbook with its sheets' declared areas (<dimension>) taken out, as some programs write it."""
    import re

    out = path.with_name("no-dimension-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data, found = re.subn(rb"<dimension [^>]*/>", b"", data)
                assert found == 1
            dst.writestr(info, data)
    return out


def test_columns_used_only_further_down_are_found_from_the_declared_area(tmp_path, monkeypatch):
    """The sheet declares columns A to G; its first rows use B to E: it is opened with calamine,
    which finds the columns used further down, so their values can be imported."""
    path = _long_sheet(tmp_path / "w.xlsx", 1100, {1050: {"A": "left", "G": "right"}})
    table = assert_same(path, monkeypatch)
    assert table[2] == ["Column 1", "First Name", "Last Name", "Email", "Mobile", "Column 6", "Column 7"]
    assert table[8][1046] == (1050, ["left", "Ana1046", "Müller", "ana1046@shop.example", "33612346046", "", "right"])


def test_without_a_declared_area_the_rows_stay_under_the_first_rows_headers(tmp_path, monkeypatch):
    """calamine knows the used area's columns from the whole sheet, the first rows only from the
    rows they read: the rows of the full read are cut to the first rows' columns."""
    path = _without_dimension(_long_sheet(tmp_path / "w.xlsx", 1100, {1050: {"A": "left", "G": "right"}}))
    table = open_table(path)
    assert table.headers == ["First Name", "Last Name", "Email", "Mobile"]
    rows = list(table.rows())
    whole(monkeypatch)
    loaded = open_table(path)
    assert loaded.headers == ["Column 1", "First Name", "Last Name", "Email", "Mobile", "Column 6", "Column 7"]
    assert [(n, cells[1:5]) for n, cells in loaded.rows()] == rows
    assert rows[1046] == (1050, ["Ana1046", "Müller", "ana1046@shop.example", "33612346046"])


def test_a_declared_area_within_the_first_rows_columns_keeps_the_quick_way(tmp_path, monkeypatch):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["First Name", "Last Name", "Email"])
    for i in range(1500):
        ws.append([f"Ana{i}", "Müller", f"ana{i}@shop.example"])
    wb.save(tmp_path / "a.xlsx")
    calls = []
    monkeypatch.setattr(sheets, "_open", lambda *a: calls.append(a))  # calamine: not for opening
    table = open_table(tmp_path / "a.xlsx")
    assert table.headers == ["First Name", "Last Name", "Email"] and calls == []
    assert list(table.first_rows(1)) == [(2, ["Ana0", "Müller", "ana0@shop.example"])]


def test_only_the_first_rows_and_strings_are_read(tmp_path, monkeypatch):
    """The end of the sheet and of its shared strings is damaged: the file still opens with
    its preview (those parts were not read), and the import says the file is damaged."""
    path = tmp_path / "big.xlsx"
    _write(path, "".join(f'<row r="{i}"><c r="A{i}" t="s"><v>{i - 1}</v></c></row>' for i in range(1, 10_001)),
           '<si><t>Name</t></si>' + "".join(f"<si><t>Person {i}</t></si>" for i in range(1, 10_000)))
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b'<row r="9000">', b"<row <<")
    parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(b"<si><t>Person 9000<", b"<si><<")
    damaged = hostile._zip(tmp_path / "damaged.xlsx", parts)
    table = open_table(damaged)
    assert table.headers == ["Name"] and list(table.first_rows(2)) == [(2, ["Person 1"]), (3, ["Person 2"])]
    with pytest.raises(FileRefused) as err:
        list(table.rows())
    assert "could not be opened" in str(err.value)
    whole(monkeypatch)
    with pytest.raises(FileRefused):
        open_table(damaged)


def test_the_preview_does_not_read_the_file_again(tmp_path, services):
    table = open_table(_long_sheet(tmp_path / "l.xlsx", 1500))

    def read_again():
        raise AssertionError("the whole sheet was read")

    table.open_rows = read_again
    mapping = services.importer.recognise(table)
    assert len(list(table.first_rows(50))) == 50
    preview = services.importer.preview(table, mapping, count=5)
    assert [data.first_name for _, data in preview] == [f"Ana{i}" for i in range(5)]


def test_recognising_and_the_preview_match_the_whole_read(tmp_path, services, monkeypatch):
    path = samples.workbook_with_title_rows(tmp_path / "t.xlsx")
    got = []
    for peeking in (True, False):
        if not peeking:
            whole(monkeypatch)
        table = services.importer.open(path)
        mapping = services.importer.recognise(table)
        got.append((mapping.fields, services.importer.preview(table, mapping)))
    assert got[0] == got[1]
    assert [(row, data.first_name, data.birthday) for row, data in got[0][1]] == [
        (4, "Marta", date(1979, 5, 6)), (5, "Lars", date(1990, 1, 31))]


def test_hostile_workbooks_are_refused_before_the_first_rows_are_read(tmp_path, monkeypatch):
    def not_reached(*args):
        raise AssertionError("parsed before the safety checks")

    monkeypatch.setattr(xlsx_peek, "peek", not_reached)
    monkeypatch.setattr(xlsx_peek, "sheet_names", not_reached)
    hostile.test_zip_bomb_is_refused_before_parsing(tmp_path)
    hostile.test_billion_laughs_in_xlsx_is_refused(tmp_path)


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
def test_the_first_rows_reader_refuses_entities_itself(tmp_path, part):
    path = _write(tmp_path / "ok.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', STRINGS)
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    lol = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
    parts[part] = parts[part].replace(b"?>", b"?>" + lol, 1)
    bad = hostile._zip(tmp_path / "lol.xlsx", parts)
    with pytest.raises(FileRefused) as err:
        xlsx_peek.peek(bad, "S", 40)
    assert "entity" in str(err.value)


def test_sheet_names_are_calamine_s(tmp_path):
    from python_calamine import CalamineWorkbook

    for path in (generated_workbook(tmp_path / "g.xlsx"), samples.workbook_with_title_rows(tmp_path / "t.xlsx"),
                 _write(tmp_path / "k.xlsx", "")):
        assert xlsx_peek.sheet_names(path) == CalamineWorkbook.from_path(str(path)).sheet_names
