"""The fast contact export paths give exactly what the plain ones give.

The contacts are read with plain SQL (contact_reader) and written to CSV straight from the
stored text (contact_csv, csv_lines). Here they are compared with the way the export worked
before: SQLAlchemy Core queries for the rows, and csv.writer over typed cells.
"""

from __future__ import annotations

import csv
import io
import random
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text, update

from crm_desktop.exchange import contact_csv, csv_out, tables
from crm_desktop.exchange.cells import neutralise
from crm_desktop.exchange.csv_lines import CsvCells
from crm_desktop.exchange.csv_out import CsvOptions, write_csv
from crm_desktop.exchange.custom_columns import with_custom_fields
from crm_desktop.exchange.exporter import ExportCancelled, export
from crm_desktop.exchange.tables import (
    LIST_SEPARATOR,
    TABLES,
    TAG_SEPARATOR,
    Column,
    _date,
    _datetime,
    contact_rows,
    local,
)
from crm_desktop.services.companies import CompanyInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage.models import (
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    Tag,
    contact_tags,
)

# --- the way it was done before -------------------------------------------------------------


def old_contact_rows(conn, ids):
    """Contact rows as the export read them before: SQLAlchemy Core, one query per table."""
    stmt = (
        select(Contact.id, Contact.first_name, Contact.last_name, Company.name, Contact.job_title, Contact.street,
               Contact.postal_code, Contact.city, Contact.region, Contact.country, Contact.website, Contact.birthday,
               Contact.do_not_email, Contact.source, Contact.notes, Contact.created_at, Contact.updated_at)
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.deleted_at.is_(None))
    )
    if ids is None:
        found = conn.execute(stmt.order_by(Contact.id)).all()
    else:
        by_id = {r[0]: r for r in conn.execute(stmt.where(Contact.id.in_(list(ids))))}
        found = [by_id[i] for i in ids if i in by_id]

    def grouped(query):
        out = {}
        for key, value in conn.execute(query):
            out.setdefault(key, []).append(value)
        return out

    emails = grouped(select(ContactEmail.contact_id, ContactEmail.email)
                     .order_by(ContactEmail.contact_id, ContactEmail.position, ContactEmail.id))
    phones = grouped(select(ContactPhone.contact_id, ContactPhone.phone)
                     .order_by(ContactPhone.contact_id, ContactPhone.position, ContactPhone.id))
    tags = grouped(select(contact_tags.c.contact_id, Tag.name).join(Tag, Tag.id == contact_tags.c.tag_id)
                   .order_by(contact_tags.c.contact_id, Tag.name))
    for r in found:
        mails, tels = emails.get(r[0], []), phones.get(r[0], [])
        yield (r[0], r[1], r[2], mails[0] if mails else "", tels[0] if tels else "", r[3] or "", r[4],
               TAG_SEPARATOR.join(tags.get(r[0], [])), r[5], r[6], r[7], r[8], r[9], LIST_SEPARATOR.join(mails[1:]),
               LIST_SEPARATOR.join(tels[1:]), r[10], r[11], bool(r[12]), r[13], r[14], local(r[15]), local(r[16]))


def old_csv(columns, rows, options: CsvOptions) -> bytes:
    """A CSV file as the export wrote it before: typed cells through csv.writer."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=options.delimiter, lineterminator=options.line_end)
    writer.writerow([neutralise(c.header) for c in columns])
    for row in rows:
        cells = list(row)
        for i, column in enumerate(columns):
            value = cells[i]
            if column.type in csv_out._TYPED:
                cells[i] = csv_out.converter(column)(value)
            elif value and (type(value) is not str or value[0] in "=+-@\t\r'"):
                cells[i] = csv_out._text(value)
        writer.writerow(cells)
    return out.getvalue().encode(options.encoding)


# --- data that has every kind of case ----------------------------------------------------------

NASTY = ["=1+2", "+49 30", "-5", "@home", "\tx", "\rx", "'", "''", "'=x", "'til", "a,b", 'say "hi"', "a;b", "a\tb",
         "line\nbreak", "cr\rhere", "crlf\r\nboth", "nul\0inside", "Zoë Ünal", "東京", "", " spaced "]


@pytest.fixture
def people(services):
    """Contacts with accents, several emails and phones, tags, custom fields, a deleted one,
    empty ones, and cells that need neutralising or quotes in every text column."""
    c = services.contacts
    cf = services.custom_fields
    cf.define("contact", "Segment", "choice", ["Retail", "=Wholesale"])
    cf.define("contact", "Shoe size", "number")
    cf.define("contact", "Customer since", "date")
    cf.define("contact", "Newsletter", "bool")
    cf.define("contact", "Source", "text")
    gone = services.companies.create(CompanyInput(name="Gone, Inc."))
    ids = [
        c.create(ContactInput(first_name="José", last_name="Müller-Łukasz", emails=["jose@example.com", "j@x.org",
                              "third@x.org"], phones=["+49 30 1234567", "0171 555", "-49 1"], company="Café \"Lumière\"",
                              tags=["vip", "Été", "alpha", "Zulu", "@home"], birthday=datetime(1980, 4, 22).date(),
                              do_not_email=True, notes="-5 is a minus\nline two, 東京", source="fair")),
        c.create(ContactInput(last_name="Empty")),  # nothing else
        c.create(ContactInput(first_name="Trashed", emails=["t@x.org"])),
        c.create(ContactInput(first_name="Ordered", emails=["b@x.org", "a@x.org", "c@x.org"], phones=["030 111", "030 222"])),
        c.create(ContactInput(first_name="Works at", company="Gone, Inc.", tags=["+plus"])),
        c.create(ContactInput(first_name="太郎", last_name="山田", emails=["taro@example.jp"], company="株式会社テスト",
                              city="東京", country="Japan", tags=["+plus", "vip"])),
    ]
    c.delete([ids[2]])
    services.companies.delete([gone])
    cf.set_values("contact", ids[0], {"segment": "=wholesale", "shoe_size": "41,5", "customer_since": "2024-05-01",
                                      "newsletter": "yes", "source": "=Instagram, \"paid\""})
    cf.set_values("contact", ids[3], {"shoe_size": "-3", "newsletter": "no"})
    texts = ["first_name", "last_name", "job_title", "street", "postal_code", "city", "region", "country", "website",
             "source", "notes"]
    with services.db.session() as s:
        # Emails out of insertion order, with a tie on position (then the id decides).
        emails = s.scalars(select(ContactEmail).where(ContactEmail.contact_id == ids[3]).order_by(ContactEmail.id))
        for email, position in zip(emails, (2, 1, 1), strict=True):
            email.position = position
        # Every nasty value in every text column, over a few more contacts.
        for n in range(0, len(NASTY), 3):
            values = {col: NASTY[(n + k) % len(NASTY)] for k, col in enumerate(texts)}
            extra = Contact(**values, sort_name=f"nasty {n}")
            s.add(extra)
            s.flush()
            s.add(ContactEmail(contact_id=extra.id, email=NASTY[n], email_key=f"k{n}", position=0))
            s.add(ContactPhone(contact_id=extra.id, phone=NASTY[-n - 1], digits="", position=0))
            ids.append(extra.id)
        # Times around the clock changes of 2026 in Europe, with and without a fraction.
        times = ["2026-03-29 00:59:59.999999", "2026-03-29 01:00:00", "2026-10-25 00:30:00.000001",
                 "2026-10-25 01:00:00", "1999-12-31 23:59:59.500000", "2026-06-01 12:00:00"]
        for cid, (created, updated) in zip(ids, zip(times, reversed(times), strict=True), strict=False):
            s.execute(text("UPDATE contacts SET created_at = :c, updated_at = :u WHERE id = :i"),
                      {"c": created, "u": updated, "i": cid})
        s.execute(update(Contact).where(Contact.id == ids[5]).values(birthday=datetime(2000, 2, 29).date()))
    return ids


ZONES = ["UTC", "Europe/Berlin", "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe"]


@pytest.fixture
def zone(request, monkeypatch):
    """The local time zone for the test (the offset caches emptied before and after)."""

    def caches():
        monkeypatch.setattr(tables, "_FIXED", tables._fixed_offset())
        monkeypatch.setattr(tables, "_DAYS", {})
        monkeypatch.setattr(tables, "_OFFSETS", {})
        monkeypatch.setattr(contact_csv, "_HOURS", {})
        monkeypatch.setattr(contact_csv, "_MINUTES", {})

    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    caches()
    yield request.param
    monkeypatch.undo()
    time.tzset()


# --- the tests --------------------------------------------------------------------------------


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin"], indirect=True)
def test_contact_rows_are_what_the_old_reader_gave(services, people, zone):
    with services.db.engine.connect() as conn:
        assert list(contact_rows(conn, None)) == list(old_contact_rows(conn, None))
        some = [people[3], 999_999, people[2], people[0], people[0], people[-1]]  # missing, trashed, twice
        assert list(contact_rows(conn, some)) == list(old_contact_rows(conn, some))
        assert list(contact_rows(conn, [])) == []


@pytest.mark.parametrize("zone", ZONES, indirect=True)
@pytest.mark.parametrize("options", [CsvOptions(), CsvOptions(delimiter=";", bom=False),
                                     CsvOptions(delimiter="\t", line_end="\n")])
def test_csv_export_is_byte_for_byte_the_old_writer(services, people, tmp_path, options, zone):
    old_table = replace(TABLES["contacts"], rows=old_contact_rows, text=None)
    for ids in (None, [people[4], people[0], people[1], 12345]):
        target = tmp_path / "fast.csv"
        result = export(services.db, "contacts", target, "csv", ids={"contacts": ids} if ids else None,
                        csv_options=options)
        with services.db.engine.connect() as conn:
            table = with_custom_fields(conn, old_table)
            rows = list(table.rows(conn, ids))
            expected = old_csv(table.columns, rows, options)
        assert result.rows == {"contacts": len(rows)}
        assert target.read_bytes() == expected


def test_typed_rows_writer_is_csv_writer(tmp_path):
    """write_csv (used for the other tables and the sheet sync) joins most lines itself."""
    columns = [Column("ID", tables.ID), Column("Name"), Column("When", tables.DATETIME), Column("Note"),
               Column("Day", tables.DATE), Column("Count", tables.INT), Column("Raw", tables.RAW)]
    rng = random.Random(7)
    alphabet = ["a", "é", "東", ",", ";", "\t", '"', "'", "=", "-", "+", "@", "\r", "\n", " ", "\0"]
    rows = []
    for i in range(600):
        cells = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(4))) for _ in range(3)]
        rows.append((i, cells[0], datetime(2026, 1, 1, 12) + timedelta(minutes=i), cells[1] if i % 5 else None,
                     None if i % 3 else datetime(2026, 5, 4).date(), -i, cells[2] if i % 2 else float(i)))
    for options in (CsvOptions(), CsvOptions(delimiter=";", line_end="\n"), CsvOptions(delimiter="\t", bom=False)):
        target = tmp_path / "typed.csv"
        assert write_csv(target, columns, rows, options, every=100) == len(rows)
        assert target.read_bytes() == old_csv(columns, rows, options)


def test_cells_are_what_csv_writer_and_neutralise_make():
    rng = random.Random(11)
    alphabet = ["a", "é", "東", ",", ";", "\t", '"', "'", "=", "-", "+", "@", "\r", "\n", " ", "\0"]
    values = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(5))) for _ in range(3000)] + NASTY
    for delimiter, end in ((",", "\r\n"), (";", "\n"), ("\t", "\r\n")):
        cells = CsvCells(delimiter, end)

        def by_csv(row, delimiter=delimiter, end=end):
            out = io.StringIO(newline="")
            csv.writer(out, delimiter=delimiter, lineterminator=end).writerow(row)
            return out.getvalue()

        expected = [by_csv([neutralise(v), ""])[: -len(delimiter) - len(end)] for v in values]
        assert [cells.text(v) for v in values] == expected
        assert cells.texts(list(values)) == expected
        clean = ["plain", "text", "Zoë"] * 10
        assert cells.texts(clean) is clean
        rows = [(i, "keep", *values[i * 4 : i * 4 + 4]) for i in range(len(values) // 4)]
        made = cells.text_tails(rows, 2)
        assert made == [(i, "keep", *expected[i * 4 : i * 4 + 4]) for i in range(len(values) // 4)]
        plain = [(str(i), "x", "y") for i in range(50)]
        assert cells.text_tails(plain, 1) is plain
        lines = [row[2:] for row in rows]
        assert cells.plain_lines(lines) == "".join(by_csv(r) for r in lines)


@pytest.mark.parametrize("zone", ZONES, indirect=True)
def test_local_text_is_local_time_as_the_csv_writer_writes_it(zone):
    def expected(value):
        return local(_datetime(value)).isoformat(sep=" ", timespec="seconds")

    start = datetime(2026, 3, 28)
    for day in (start, datetime(2026, 4, 4), datetime(2026, 10, 3), datetime(2026, 10, 24), datetime(1969, 7, 20)):
        for minutes in range(0, 2 * 24 * 60, 7):
            moment = day + timedelta(minutes=minutes, seconds=minutes % 60, microseconds=minutes * 997)
            for value in (str(moment), moment.isoformat(sep=" ", timespec="seconds")):
                assert contact_csv.local_text(value) == expected(value), value
                assert contact_csv.local_text(value) == expected(value), value  # now from the cache
    for odd in ("2026-03-29T01:30:00", "2026-03-29 01:30:00+00:00", "2026-03-29 01:30:00.123", "2026-03-29 01:30",
                datetime(2026, 3, 29, 1, 30, tzinfo=UTC), datetime(2026, 3, 29, 1, 30)):
        assert contact_csv.local_text(odd) == expected(odd)
    assert contact_csv.local_text(None) == ""
    assert contact_csv.date_text(None) == "" and contact_csv.date_text("2024-02-29") == "2024-02-29"
    assert contact_csv.date_text(_date("2024-02-29 00:00:00")) == "2024-02-29"


def test_csv_export_reports_progress_and_cancels_without_leaving_a_file(services, people, tmp_path):
    seen = []
    export(services.db, "contacts", tmp_path / "c.csv", "csv", progress=lambda done, total, label: seen.append(
        (done, total, label)))
    assert seen[0] == (0, len(people) - 1, "Contacts") and seen[-1] == (len(people) - 1, len(people) - 1, "Contacts")

    target = tmp_path / "kept.csv"
    target.write_bytes(b"old content")
    calls = []
    with pytest.raises(ExportCancelled):
        export(services.db, "contacts", target, "csv", cancelled=lambda: calls.append(1) or len(calls) > 1)
    assert target.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv", "data", "kept.csv", "logs"]
