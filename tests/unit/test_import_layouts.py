"""Every layout of FORMATS.md imports to the right fields, with no duplicate contact."""

from datetime import date

import import_samples as samples
import pytest

from crm_desktop.exchange.mapping import recognise
from crm_desktop.exchange.readers import open_table


def run_import(services, path, **kw):
    imp = services.importer
    table = imp.open(path)
    mapping = imp.recognise(table)
    return table, mapping, imp.run(table, mapping, backup=False, **kw)


def by_email(services, email):
    ids = services.contacts.find_by_email(email)
    assert len(ids) == 1, f"{email}: {ids}"
    return services.contacts.get(ids[0])


def test_google_old_layout_with_multi_values_and_duplicate_row(services, tmp_path):
    table, mapping, summary = run_import(services, samples.google_old(tmp_path / "google.csv"))
    assert mapping.layout == "google_old"
    assert summary.created == 3 and summary.merged == 1 and summary.problem_count == 0
    zoe = by_email(services, "zoe@atelier.example")
    assert (zoe.first_name, zoe.last_name) == ("Zoë", "Dubois")
    assert zoe.emails == ["zoe@atelier.example", "zoe.d@mail.example"]
    assert zoe.phones == ["+33 6 12 34 56 78", "+33 1 40 00 00 01", "+33 6 99 99 99 99"]
    assert zoe.company == "Atelier Lumière" and zoe.job_title == "Gérante"
    assert zoe.birthday == date(1604, 4, 22)
    assert sorted(zoe.tags) == ["Clients", "VIP"]
    assert zoe.notes == "Met at the fair.\nLikes tea."
    assert (zoe.street, zoe.city, zoe.postal_code, zoe.country) == ("3 rue Exemple", "Paris", "75001", "France")
    assert zoe.website == "https://atelier.example"
    assert by_email(services, "wang@shop.example").last_name == "王"
    assert by_email(services, "m.ali@souk.example").first_name == "محمد"
    assert services.contacts.count() == 3


def test_google_new_layout(services, tmp_path):
    _, mapping, summary = run_import(services, samples.google_new(tmp_path / "g.csv"))
    assert mapping.layout == "google_new"
    c = by_email(services, "ingrid@fjord.example")
    assert (c.first_name, c.last_name, c.company, c.job_title) == ("Ingrid", "Søndergaard", "Fjord Design", "Owner")
    assert c.birthday == date(1985, 3, 14) and c.tags == ["Suppliers"] and c.city == "Aarhus"


@pytest.mark.parametrize("make,layout,email,expect", [
    (samples.outlook, "outlook", "sean@brien.example",
     {"first_name": "Seán", "last_name": "O'Brien", "company": "Brien & Sons", "job_title": "Director",
      "city": "Galway", "tags": ["Clients", "Wholesale"], "birthday": None, "notes": "Pays on time"}),
    (samples.outlook_com, "outlook_com", "priya@spice.example",
     {"last_name": "Natarajan", "company": "Spice Route", "birthday": date(1990, 7, 4)}),
    (samples.outlook_german, "outlook_de", "juergen@baeckerei.example",
     {"first_name": "Jürgen", "last_name": "Weiß", "company": "Bäckerei Groß GmbH", "job_title": "Inhaber",
      "street": "Hauptstraße 5", "city": "München", "tags": ["Bäcker", "Lieferanten"],
      "birthday": date(1970, 4, 22), "notes": "Liefert montags – immer pünktlich"}),
    (samples.outlook_french, "outlook_fr", "helene@elise.example",
     {"first_name": "Hélène", "last_name": "Lefèvre", "company": "Boulangerie Élise", "job_title": "Gérante"}),
    (samples.outlook_spanish, "outlook_es", "inigo@cafeole.example",
     {"first_name": "Íñigo", "last_name": "Muñoz García", "company": "Café Olé", "job_title": "Dueño"}),
    (samples.hubspot, "hubspot", "kwame@gold.example",
     {"first_name": "Kwame", "company": "Gold Coast Traders", "country": "Ghana", "phones": ["+233 24 123 4567"]}),
    (samples.own_export, "own", "ada@engines.example",
     {"first_name": "=Ada", "phones": ["+44 20 7946 0018"], "company": "@Engines", "job_title": "-Countess",
      "tags": ["math", "vip"], "city": "London"}),
])
def test_known_layouts(services, tmp_path, make, layout, email, expect):
    _, mapping, summary = run_import(services, make(tmp_path / "file.csv"))
    assert mapping.layout == layout
    assert summary.created == 1, summary.lines()
    c = by_email(services, email)
    for key, value in expect.items():
        got = getattr(c, key)
        assert (sorted(got) if key == "tags" else got) == value, key


def test_pipedrive_people_imported_and_organisation_rows_reported(services, tmp_path):
    _, mapping, summary = run_import(services, samples.pipedrive(tmp_path / "p.csv"))
    assert mapping.layout == "pipedrive"
    c = by_email(services, "olga@samovar.example")
    assert (c.first_name, c.last_name, c.company, c.notes) == ("Olga", "Petrova", "Samovar LLC", "Wants a sample")
    assert summary.problem_count == 1 and summary.problems[0].row == 3


def test_excel_unicode_text_utf16_tabs_fuzzy_headers(services, tmp_path):
    table, mapping, summary = run_import(services, samples.excel_unicode_text(tmp_path / "u.txt"))
    assert table.encoding == "UTF-16" and table.delimiter == "\t"
    assert mapping.fields == ["full_name", "email", "phone", "company"]
    c = by_email(services, "yamada@tokyo.example")
    assert (c.first_name, c.last_name, c.company) == ("山田", "太郎", "東京商事")
    assert by_email(services, "asa@nord.example").last_name == "Lindström"


def test_apple_vcard(services, tmp_path):
    table, mapping, summary = run_import(services, samples.apple_vcard(tmp_path / "c.vcf"))
    assert table.kind == "vcard" and summary.created == 2
    yui = by_email(services, "yui@sakura.example")
    assert (yui.first_name, yui.last_name, yui.company, yui.job_title) == ("Yui", "Nakamura", "Sakura Florist", "Owner")
    assert yui.phones == ["+81 90 8765 4321", "+81 3 1234 5678"]
    assert yui.birthday == date(1604, 8, 20)
    assert (yui.street, yui.city, yui.postal_code, yui.country) == ("1-2-3 Ginza", "Chuo-ku", "104-0061", "Japan")
    assert yui.notes == "Orders roses\nevery Friday" and sorted(yui.tags) == ["Flowers", "Suppliers"]
    layla = by_email(services, "layla@cedar.example")
    assert layla.birthday == date(1604, 3, 15)
    assert layla.notes == "A long note that is folded over two lines."


def test_workbook_title_rows_second_sheet_numbers_and_dates(services, tmp_path):
    table, mapping, summary = run_import(services, samples.workbook_with_title_rows(tmp_path / "w.xlsx"))
    assert table.kind == "xlsx" and table.sheet == "Customers 2024" and table.header_row == 3
    assert mapping.fields[:5] == ["full_name", "email", "phone", "company", "birthday"]
    marta = by_email(services, "marta@polska.example")
    assert marta.phones == ["+48601234567"] and marta.birthday == date(1979, 5, 6)
    assert by_email(services, "lars@berg.example").birthday == date(1990, 1, 31)


def test_unmapped_columns_go_to_notes_when_asked(services, tmp_path):
    path = samples.workbook_with_title_rows(tmp_path / "w.xlsx")
    imp = services.importer
    table = imp.open(path)
    mapping = imp.recognise(table)
    mapping.unmapped_to_notes = True
    imp.run(table, mapping, backup=False)
    assert by_email(services, "marta@polska.example").notes == "Customer number: 00123"


def test_utf8_bom_and_cp1252_and_semicolons_detected(tmp_path):
    p = samples.write_csv(tmp_path / "a.csv", [["Nom", "Prénom", "Email"], ["Gaël", "Noël", "g@x.example"]],
                          encoding="utf-8-sig", delimiter=";")
    t = open_table(p)
    assert (t.encoding, t.delimiter, t.headers) == ("UTF-8", ";", ["Nom", "Prénom", "Email"])
    p2 = samples.write_csv(tmp_path / "b.csv", [["Name", "Notes"], ["Renée", "Café; crème"]], encoding="cp1252")
    t2 = open_table(p2)
    assert t2.encoding.startswith("Windows") and t2.delimiter == ","
    assert list(t2.rows()) == [(2, ["Renée", "Café; crème"])]


def test_profiles_are_saved_and_applied(services, tmp_path):
    p = samples.write_csv(tmp_path / "odd.csv", [["Kundenname", "Elektropost"], ["Eva Maier", "eva@x.example"]])
    imp = services.importer
    table = imp.open(p)
    mapping = recognise(table.headers)
    mapping.fields = ["full_name", "email"]
    imp.save_profile("Shop list", mapping)
    again = imp.recognise(table, "Shop list")
    assert again.fields == ["full_name", "email"]
    assert imp.run(table, again, backup=False).created == 1


def test_opendocument_spreadsheet(services, tmp_path):
    table, mapping, summary = run_import(services, samples.ods(tmp_path / "k.ods"))
    assert table.kind == "ods" and summary.created == 1
    c = by_email(services, "joerg@strasse.example")
    assert (c.first_name, c.last_name) == ("Jörg", "Straße")
    assert c.phones == ["+4915112345678"] and c.birthday == date(1980, 4, 22)


def test_row_numbers_match_the_spreadsheet_when_top_rows_are_blank(services, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for col, value in enumerate(["Name", "Email"], start=2):
        ws.cell(row=5, column=col, value=value)
    ws.cell(row=6, column=2, value="Ana Lima")
    ws.cell(row=6, column=3, value="ana@x.example")
    ws.cell(row=7, column=3, value="no-name@x.example")
    wb.save(tmp_path / "b.xlsx")
    table, _, summary = run_import(services, tmp_path / "b.xlsx")
    assert table.header_row == 5 and table.headers == ["Name", "Email"]
    assert summary.created == 1 and [p.row for p in summary.problems] == [7]


def test_a_column_added_to_a_known_layout_is_mapped_by_its_exact_name_only():
    headers = ["First Name", "Last Name", "E-mail Address", "City", "Name Prefix", "IMAddress", "Manager's Name"]
    mapping = recognise(headers)
    assert mapping.layout == "outlook_com"
    assert dict(zip(headers, mapping.fields, strict=True)) == {
        "First Name": "first_name", "Last Name": "last_name", "E-mail Address": "email",
        "City": "city",  # added by the user: its name says what it is
        "Name Prefix": "", "IMAddress": "", "Manager's Name": "",  # look-alikes are not guessed
    }


def test_departments_of_localised_outlook_exports_are_not_taken_for_regions(tmp_path):
    for make in (samples.outlook_spanish, samples.outlook_german, samples.outlook_french):
        table = open_table(make(tmp_path / f"{make.__name__}.csv"))
        mapping = recognise(table.headers)
        department = next(h for h in table.headers if h in ("Departamento", "Abteilung", "Service"))
        assert mapping.fields[table.headers.index(department)] == "", make.__name__
