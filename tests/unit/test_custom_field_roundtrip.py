"""Custom fields through export -> import into a fresh database, and mapping by header."""

from __future__ import annotations

import csv

import pytest

from crm_desktop.exchange.mapping import recognise
from crm_desktop.paths import AppPaths
from crm_desktop.services import build_services
from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage.engine import open_database


def _define(services):
    cf = services.custom_fields
    cf.define("contact", "Segment", "choice", ["Retail", "Wholesale"])
    cf.define("contact", "Shoe size", "number")
    cf.define("contact", "Customer since", "date")
    cf.define("contact", "Newsletter", "bool")
    cf.define("contact", "Budget", "money")
    cf.define("contact", "Source", "text")  # exported as "Source (custom)"


@pytest.fixture
def fresh(tmp_path):
    paths = AppPaths(data_dir=tmp_path / "fresh", log_dir=tmp_path / "fresh-logs").ensure()
    svc = build_services(open_database(paths.database))
    yield svc
    svc.db.close()


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_custom_values_survive_export_and_import(services, fresh, tmp_path, fmt):
    _define(services)
    values = {"segment": "Wholesale", "shoe_size": "41.5", "customer_since": "2024-05-01",
              "newsletter": "yes", "budget": "1200.50", "source": "Instagram"}
    ada = services.contacts.create(ContactInput(first_name="Ada", last_name="Lovelace", emails=["ada@example.org"],
                                                source="Fair"))
    services.custom_fields.set_values("contact", ada, values)
    services.contacts.create(ContactInput(first_name="Bob", last_name="Builder"))
    result = services.exports.export(["contacts"], tmp_path / f"out.{fmt}", fmt)
    path = result.paths[0] if result.paths else tmp_path / f"out.{fmt}"

    _define(fresh)
    table = fresh.importer.open(path)
    mapping = fresh.importer.recognise(table)
    assert "custom:source" in mapping.fields and "custom:segment" in mapping.fields
    summary = fresh.importer.run(table, mapping, backup=False)
    assert summary.created == 2 and not summary.problems
    by_name = {fresh.contacts.get(i).name: i for i in fresh.contacts.ordered_ids()}
    assert fresh.custom_fields.values("contact", by_name["Ada Lovelace"]) == values
    assert fresh.custom_fields.values("contact", by_name["Bob Builder"]) == {}


def test_bad_custom_values_are_reported_per_row(services, tmp_path):
    _define(services)
    path = tmp_path / "in.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["First name", "Last name", "Custom: Shoe size", "Segment"])
        w.writerow(["Ada", "Lovelace", "big", "retail"])
        w.writerow(["Bob", "Builder", "44", "Gardening"])
    table = services.importer.open(path)
    mapping = services.importer.recognise(table)
    assert mapping.fields[2:] == ["custom:shoe_size", "custom:segment"]
    summary = services.importer.run(table, mapping, backup=False)
    assert summary.created == 2
    warnings = [(w.row, w.reason) for w in summary.warnings]
    assert any("Shoe size" in reason and "not a number" in reason for _row, reason in warnings)
    assert any("Segment" in reason and "Retail" in reason for _row, reason in warnings)
    by_name = {services.contacts.get(i).name: i for i in services.contacts.ordered_ids()}
    assert services.custom_fields.values("contact", by_name["Ada Lovelace"]) == {"segment": "Retail"}
    assert services.custom_fields.values("contact", by_name["Bob Builder"]) == {"shoe_size": "44"}


def test_headers_without_custom_fields_are_unchanged():
    assert recognise(["First name", "Segment"]).fields == ["first_name", "tags"]
