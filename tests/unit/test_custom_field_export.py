"""Custom fields in exports: one typed column per field, for contacts, companies and deals."""

from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal

import openpyxl

from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.deals import DealInput


def _setup(services):
    cf = services.custom_fields
    cf.define("contact", "Segment", "choice", ["Retail", "Wholesale"])
    cf.define("contact", "Shoe size", "number")
    cf.define("contact", "Customer since", "date")
    cf.define("contact", "Newsletter", "bool")
    cf.define("contact", "Source", "text")  # same name as a standard column
    cf.define("deal", "Budget", "money")
    a = services.contacts.create(ContactInput(first_name="Ada", last_name="Lovelace", source="Fair"))
    b = services.contacts.create(ContactInput(first_name="Bob", last_name="Builder"))
    cf.set_values("contact", a, {"segment": "retail", "shoe_size": "41,5", "customer_since": "2024-05-01",
                                 "newsletter": "yes", "source": "Instagram"})
    stage = services.pipelines.list()[0].stages[0]
    deal = services.deals.create(DealInput(title="Shop", value="10", currency="EUR", stage_id=stage.id))
    cf.set_values("deal", deal, {"budget": "1200.5"})
    return a, b


def test_xlsx_has_typed_custom_columns(services, tmp_path):
    _setup(services)
    target = tmp_path / "out.xlsx"
    services.exports.export(["contacts", "deals"], target, "xlsx")
    book = openpyxl.load_workbook(target)
    sheet = book["Contacts"]
    headers = [c.value for c in sheet[1]]
    assert headers[-5:] == ["Segment", "Shoe size", "Customer since", "Newsletter", "Source (custom)"]
    assert headers.count("Source") == 1
    rows = {r[1]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    ada, bob = rows["Ada"], rows["Bob"]
    assert ada[-5:] == ("Retail", 41.5, datetime(2024, 5, 1), "Yes", "Instagram")
    assert all(v in (None, "") for v in bob[-5:])
    deals = book["Deals"]
    assert [c.value for c in deals[1]][-1] == "Budget"
    assert list(deals.iter_rows(min_row=2, values_only=True))[0][-1] == 1200.5


def test_csv_has_custom_columns(services, tmp_path):
    _setup(services)
    target = tmp_path / "contacts.csv"
    result = services.exports.export(["contacts"], target, "csv")
    with open(result.paths[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    ada = next(r for r in rows if r["First name"] == "Ada")
    assert (ada["Segment"], ada["Shoe size"], ada["Newsletter"], ada["Source (custom)"], ada["Source"]) == (
        "Retail", str(Decimal("41.5")), "Yes", "Instagram", "Fair")
    assert ada["Customer since"].startswith("2024-05-01")
