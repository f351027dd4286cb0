"""Contact files in the layouts of FORMATS.md, written by the tests themselves."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",",
              newline: str = "\r\n") -> Path:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


GOOGLE_OLD_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,"
    "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
    "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,"
    "Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,"
    "Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,"
    "Website 1 - Type,Website 1 - Value"
).split(",")


def google_old(path: Path) -> Path:
    h = GOOGLE_OLD_HEADER

    def row(**kw: str) -> list[str]:
        return [kw.get(col, "") for col in h]

    rows = [
        h,
        row(**{"Name": "Zoë Dubois", "Given Name": "Zoë", "Family Name": "Dubois", "Birthday": " --04-22",
               "Notes": "Met at the fair.\nLikes tea.", "Group Membership": "* myContacts ::: Clients ::: VIP",
               "E-mail 1 - Type": "* Work", "E-mail 1 - Value": "zoe@atelier.example ::: zoe.d@mail.example",
               "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+33 6 12 34 56 78 ::: +33 1 40 00 00 01",
               "Address 1 - Formatted": "3 rue Exemple\n75001 Paris", "Address 1 - Street": "3 rue Exemple",
               "Address 1 - City": "Paris", "Address 1 - Postal Code": "75001", "Address 1 - Country": "France",
               "Organization 1 - Name": "Atelier Lumière", "Organization 1 - Title": "Gérante",
               "Website 1 - Value": "https://atelier.example"}),
        row(**{"Name": "王小明", "Given Name": "小明", "Family Name": "王", "E-mail 1 - Value": "wang@shop.example",
               "Group Membership": "* myContacts"}),
        row(**{"Name": "محمد العلي", "Given Name": "محمد", "Family Name": "العلي", "E-mail 1 - Value": "m.ali@souk.example",
               "Phone 1 - Value": "+971 50 123 4567"}),
        # the same person as the first row, again: merged, not duplicated
        row(**{"Name": "Zoe Dubois", "E-mail 1 - Value": "ZOE@atelier.example", "Phone 1 - Value": "+33 6 99 99 99 99"}),
    ]
    return write_csv(path, rows)


GOOGLE_NEW_HEADER = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,"
    "Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
    "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Website 1 - Label,Website 1 - Value,Event 1 - Label,Event 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value"
).split(",")


def google_new(path: Path) -> Path:
    h = GOOGLE_NEW_HEADER

    def row(**kw: str) -> list[str]:
        return [kw.get(col, "") for col in h]

    return write_csv(path, [
        h,
        row(**{"First Name": "Ingrid", "Last Name": "Søndergaard", "Organization Name": "Fjord Design",
               "Organization Title": "Owner", "Birthday": "1985-03-14", "Labels": "Suppliers ::: * starred",
               "E-mail 1 - Value": "ingrid@fjord.example", "Phone 1 - Value": "+45 20 12 34 56",
               "Address 1 - City": "Aarhus", "Address 1 - Country": "Denmark"}),
    ])


OUTLOOK_HEADER = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,"
    "Business Street 2,Business Street 3,Business City,Business State,Business Postal Code,"
    "Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,"
    "Business Fax,Business Phone,Business Phone 2,Mobile Phone,Home Phone,E-mail Address,E-mail Type,"
    "E-mail Display Name,E-mail 2 Address,Notes,Categories,Web Page,Birthday"
).split(",")


def outlook(path: Path) -> Path:
    h = OUTLOOK_HEADER

    def row(**kw: str) -> list[str]:
        return [kw.get(col, "") for col in h]

    return write_csv(path, [
        h,
        row(**{"Title": "Mr.", "First Name": "Seán", "Last Name": "O'Brien", "Company": "Brien & Sons",
               "Job Title": "Director", "Business Street": "1 Quay St", "Business City": "Galway",
               "Business Postal Code": "H91", "Business Country/Region": "Ireland", "Business Phone": "+353 91 123 456",
               "Mobile Phone": "+353 87 123 4567", "E-mail Address": "sean@brien.example", "E-mail Type": "SMTP",
               "Categories": "Clients;Wholesale", "Birthday": "0/0/00", "Notes": "Pays on time"}),
    ])


OUTLOOK_COM_HEADER = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,"
    "E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,"
    "Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,"
    "Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,"
    "Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,"
    "Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,"
    "Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes"
).split(",")


def outlook_com(path: Path) -> Path:
    h = OUTLOOK_COM_HEADER

    def row(**kw: str) -> list[str]:
        return [kw.get(col, "") for col in h]

    return write_csv(path, [h, row(**{"First Name": "Priya", "Last Name": "Natarajan", "E-mail Address": "priya@spice.example",
                                      "E-mail 2 Address": "priya.n@mail.example", "Mobile Phone": "+91 98765 43210",
                                      "Company": "Spice Route", "Job Title": "Buyer", "Birthday": "7/4/1990"})])


def outlook_german(path: Path) -> Path:
    """German Outlook: localised headers, semicolons, Windows code page."""
    h = ["Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Suffix", "Firma", "Abteilung", "Position",
         "Straße geschäftlich", "Ort geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich",
         "Telefon geschäftlich", "Mobiltelefon", "E-Mail-Adresse", "Notizen", "Kategorien", "Geburtstag"]
    rows = [h, ["Herr", "Jürgen", "", "Weiß", "", "Bäckerei Groß GmbH", "", "Inhaber", "Hauptstraße 5", "München",
                "80331", "Deutschland", "089 123456", "0171 2345678", "juergen@baeckerei.example",
                "Liefert montags – immer pünktlich", "Lieferanten;Bäcker", "22.04.1970"]]
    return write_csv(path, rows, encoding="cp1252", delimiter=";")


def outlook_french(path: Path) -> Path:
    h = ["Titre", "Prénom", "Deuxième prénom", "Nom", "Suffixe", "Société", "Service", "Fonction",
         "Rue (bureau)", "Ville (bureau)", "Code postal (bureau)", "Pays/Région (bureau)",
         "Téléphone (bureau)", "Tél. mobile", "Adresse de messagerie", "Notes", "Catégories"]
    rows = [h, ["Mme", "Hélène", "", "Lefèvre", "", "Boulangerie Élise", "", "Gérante", "12 rue de la Paix",
                "Lyon", "69002", "France", "04 78 00 00 00", "06 12 34 56 78", "helene@elise.example", "", "Clients"]]
    return write_csv(path, rows, encoding="utf-8-sig", delimiter=";")


def outlook_spanish(path: Path) -> Path:
    h = ["Tratamiento", "Nombre", "Segundo nombre", "Apellidos", "Sufijo", "Organización", "Departamento",
         "Puesto", "Calle del trabajo", "Ciudad de trabajo", "Código postal del trabajo",
         "País o región del trabajo", "Teléfono del trabajo", "Móvil", "Dirección de correo electrónico",
         "Notas", "Categorías"]
    rows = [h, ["Sr.", "Íñigo", "", "Muñoz García", "", "Café Olé", "", "Dueño", "Calle Mayor 1", "Madrid",
                "28013", "España", "+34 91 123 45 67", "+34 612 345 678", "inigo@cafeole.example", "", "Proveedores"]]
    return write_csv(path, rows, encoding="cp1252", delimiter=";")


def hubspot(path: Path) -> Path:
    h = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Lead Status", "Create Date",
         "Associated Company", "Country/Region", "Contact owner"]
    return write_csv(path, [h, ["101", "Kwame", "Mensah", "kwame@gold.example", "+233 24 123 4567", "NEW",
                                "2024-01-02 10:00", "Gold Coast Traders", "Ghana", "Me"]])


def pipedrive(path: Path) -> Path:
    h = ["Person - Name", "Person - Email (Work)", "Person - Phone (Mobile)", "Organization - Name",
         "Deal - Title", "Deal - Value", "Deal - Stage", "Activity - Subject", "Note - Content"]
    return write_csv(path, [
        h,
        ["Olga Petrova", "olga@samovar.example", "+7 912 345-67-89", "Samovar LLC", "Tea order", "1200",
         "Proposal", "Call back", "Wants a sample"],
        ["", "", "", "Samovar LLC", "Second deal", "500", "Won", "", ""],  # organisation-only row
    ])


OWN_HEADER = ["ID", "First name", "Last name", "Email", "Phone", "Company", "Job title", "Tags", "City",
              "Country", "Created", "Updated"]


def own_export(path: Path) -> Path:
    return write_csv(path, [
        OWN_HEADER,
        ["7", "'=Ada", "Lovelace", "ada@engines.example", "'+44 20 7946 0018", "'@Engines", "'-Countess",
         "vip, math", "London", "United Kingdom", "2024-01-01 10:00", "2024-02-01 10:00"],
    ], encoding="utf-8-sig")


def excel_unicode_text(path: Path) -> Path:
    """Excel's "Unicode Text": UTF-16LE with a BOM, tab-separated."""
    rows = [["Name", "E-mail", "Telefon", "Firma"], ["Åsa Lindström", "asa@nord.example", "+46 70 123 45 67", "Nord AB"],
            ["山田 太郎", "yamada@tokyo.example", "+81 90 1234 5678", "東京商事"]]
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))
    return path


def apple_vcard(path: Path) -> Path:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.0//EN\r\nN:Nakamura;Yui;;;\r\n"
        "FN:Yui Nakamura\r\nORG:Sakura Florist;\r\nTITLE:Owner\r\n"
        "EMAIL;type=INTERNET;type=WORK;type=pref:yui@sakura.example\r\n"
        "TEL;type=CELL;type=VOICE;type=pref:+81 90 8765 4321\r\n"
        "item1.TEL:+81 3 1234 5678\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n"
        "item2.ADR;type=WORK:;;1-2-3 Ginza;Chuo-ku;Tokyo;104-0061;Japan\r\n"
        "NOTE:Orders roses\\nevery Friday\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-08-20\r\n"
        "CATEGORIES:Suppliers,Flowers\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Haddad;Layla;;;\r\nFN:Layla Haddad\r\n"
        "EMAIL:layla@cedar.example\r\nBDAY:--0315\r\nNOTE:A long note that is folded over\r\n  two lines.\r\n"
        "END:VCARD\r\n"
    )
    path.write_text(text, encoding="utf-8", newline="")
    return path


def workbook_with_title_rows(path: Path) -> Path:
    """Two sheets; the contacts are on the second, below a title and a blank row, with a
    phone stored as a number, a date cell and a number stored as text."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    ws.append(["This workbook lists our customers."])
    ws.append(["Updated monthly"])
    ws2 = wb.create_sheet("Customers 2024")
    ws2.append(["Customer list — Spring 2024"])
    ws2.append([])
    ws2.append(["Name", "Email Address", "Mobile", "Company", "Birthday", "Customer number"])
    ws2.append(["Marta Kowalska", "marta@polska.example", 48601234567, "Polska Sp. z o.o.", datetime(1979, 5, 6), "00123"])
    ws2.append(["Lars Berg", "lars@berg.example", "+47 912 34 567", "", date(1990, 1, 31), "00124"])
    wb.save(path)
    return path


def ods(path: Path) -> Path:
    """A LibreOffice spreadsheet, written by hand: text, a number that is a phone, a date."""
    import zipfile

    def cell(value: str, kind: str = "string") -> str:
        if kind == "float":
            return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
        if kind == "date":
            return f'<table:table-cell office:value-type="date" office:date-value="{value}"><text:p>{value}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    rows = [
        [cell("Vorname"), cell("Nachname"), cell("E-Mail"), cell("Telefon"), cell("Geburtstag")],
        [cell("Jörg"), cell("Straße"), cell("joerg@strasse.example"), cell("4915112345678", "float"), cell("1980-04-22", "date")],
    ]
    body = "".join("<table:table-row>" + "".join(r) + "</table:table-row>" for r in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Kontakte">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path
