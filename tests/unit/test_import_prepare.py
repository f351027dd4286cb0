"""The importer's fast row preparation gives exactly what the reference ``prepare`` gives."""

from __future__ import annotations

from datetime import date

import import_samples
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.exchange.mapping import CustomTarget, Mapping, recognise
from crm_desktop.exchange.readers import open_table
from crm_desktop.services.import_prepare import RowPreparer
from crm_desktop.services.import_rows import prepare

SAMPLES = [name for name in dir(import_samples)
           if callable(getattr(import_samples, name)) and name not in ("write_csv", "date", "datetime", "Path")]


def _parse_number(value: object) -> str:
    text = str(value).strip()
    if not text.replace(".", "", 1).isdigit():
        raise ValueError(f"“{text}” is not a number.")
    return text


CUSTOM = [CustomTarget(7, "size", "Size", _parse_number)]


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize("to_notes", [False, True])
def test_every_sample_file_row_by_row(tmp_path, sample, to_notes):
    path = getattr(import_samples, sample)(tmp_path / f"{sample}.file")
    table = open_table(path)
    mapping = recognise(table.headers)
    mapping.unmapped_to_notes = to_notes
    for region in ("", "FR"):
        fast = RowPreparer(mapping, region)
        for row, cells in table.rows():
            assert fast(row, cells) == prepare(row, cells, mapping, region), (sample, row)


FIELDS = ["first_name", "last_name", "middle_name", "full_name", "email", "phone", "company", "job_title",
          "street", "address", "city", "postal_code", "region", "country", "website", "birthday", "notes",
          "tags", "tags", "email", "phone", "do_not_email", "custom:size", ""]

pieces = st.sampled_from([
    "", " ", "Ann", "Müller", "José  María", "ann@example.com", "ANN@Example.COM", "not an email", "a@b",
    "x@y.example; z@y.example", "<ann@example.com>", "+33 6 12 34 56 78", "0612345678", "33612345678",
    "+1 650 253 0000 ::: 555-0100", "12", "abc-123", "vip, Supplier;  VIP", "* myContacts ::: Clients",
    "starred", "1980-04-22", "22.04.1980", "--04-22", "2999-01-01", "1850-01-01", "not a date", "yes", "Oui",
    "=1+1", "'=1+1", "3 rue Exemple\n75001 Paris", "https://a.example ::: https://b.example", "12.5",
    "bad\x00value", "\t", "O'Brien, Pat", "x" * 150, "y" * 201, "+44 20 7946 0958 ext. 12", "+39 06 1234 5678",
])
cell = st.one_of(st.lists(pieces, min_size=1, max_size=3).map(" ".join), pieces,
                 st.just(date(1980, 4, 22)), st.text(max_size=12))


@settings(max_examples=400, deadline=None)
@given(cells=st.lists(cell, min_size=0, max_size=len(FIELDS) + 2), to_notes=st.booleans(),
       unescape=st.booleans(), region=st.sampled_from(["", "FR", "US"]))
def test_random_rows(cells, to_notes, unescape, region):
    headers = [f"Column {i}" for i in range(len(FIELDS) - 1)]  # the last field has no header
    mapping = Mapping(list(FIELDS), unmapped_to_notes=to_notes, unescape_formulas=unescape, headers=headers,
                      custom={c.target: c for c in CUSTOM})
    assert RowPreparer(mapping, region)(5, cells) == prepare(5, cells, mapping, region)


def test_repeated_tag_cells_are_not_shared_between_rows():
    mapping = Mapping(["first_name", "tags"], headers=["First", "Tags"])
    fast = RowPreparer(mapping, "")
    one = fast(2, ["Ann", "vip; friends"])
    one.clean.tags.append("changed")
    two = fast(3, ["Bob", "vip; friends"])
    assert two.clean.tags == ["vip", "friends"]
