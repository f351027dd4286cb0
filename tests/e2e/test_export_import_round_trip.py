"""Export → import into a fresh database reproduces every contact field (CSV and XLSX)."""

from datetime import date

import pytest

from crm_desktop.paths import AppPaths
from crm_desktop.services import build_services
from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage.engine import open_database

PEOPLE = [
    ContactInput(first_name="Zoë", last_name="Dubois-Lefèvre", emails=["zoe@atelier.example", "z.d@home.example"],
                 phones=["+33 6 12 34 56 78", "+33 1 44 55 66 77"], company="Atelier Lumière", job_title="Gérante",
                 birthday=date(1984, 2, 29), street="12 rue de la Paix", city="Paris", postal_code="75002",
                 region="Île-de-France", country="France", website="https://atelier.example",
                 notes="Likes =SUM(A1:A2) jokes\nSecond line, with a comma", tags=["VIP", "à rappeler"]),
    ContactInput(first_name="王", last_name="小明", emails=["wang@example.cn"], phones=["+86 138 0013 8000"],
                 company="北京贸易", tags=["supplier"]),
    ContactInput(first_name="Fatima", last_name="Al-Sayed", emails=["fatima@example.ae"], notes="-5% discount; @mention",
                 company="+Plus Trading", job_title="@buyer", do_not_email=True),
]


def fields(detail):
    data = detail.to_input()
    data.tags = sorted(data.tags)
    data.source = ""  # the import marks where a contact came from
    return data


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_into_a_fresh_database_reproduces_every_field(services, tmp_path, fmt):
    for person in PEOPLE:
        services.contacts.create(person)
    before = sorted((fields(services.contacts.get(i)) for i in services.contacts.ordered_ids()),
                    key=lambda c: c.last_name)
    out = tmp_path / f"contacts.{fmt}"
    services.exports.export("contacts", out, fmt)

    fresh = build_services(open_database(AppPaths(tmp_path / "fresh", tmp_path / "fresh" / "logs").ensure().database))
    table = fresh.importer.open(out)
    mapping = fresh.importer.recognise(table)
    summary = fresh.importer.run(table, mapping, backup=False)
    assert summary.created == len(PEOPLE) and not summary.problems
    after = sorted((fields(fresh.contacts.get(i)) for i in fresh.contacts.ordered_ids()), key=lambda c: c.last_name)
    assert after == before

    again = fresh.importer.run(fresh.importer.open(out), mapping, backup=False)  # importing twice: no duplicates
    assert again.created == 0 and fresh.contacts.count() == len(PEOPLE)
    fresh.db.close()
