import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.contacts import ContactInput


@pytest.fixture
def ids(services):
    mk = services.contacts.create
    return [
        mk(ContactInput(first_name="Ada", city="London", tags=["vip"], company="Engines")),
        mk(ContactInput(first_name="Bob", city="", tags=[])),
        mk(ContactInput(first_name="Cem", city="İzmir", tags=["vip", "lead"])),
    ]


def snapshot(services, ids):
    return [services.contacts.get(i).to_input() for i in ids]


def test_set_field_and_undo(services, ids):
    before = snapshot(services, ids)
    undo = services.bulk.set_field("contact", ids[:2], "city", "Paris")
    assert [services.contacts.get(i).city for i in ids] == ["Paris", "Paris", "İzmir"]
    assert sorted(services.contacts.ordered_ids(query="paris", sort="rank")) == ids[:2]
    services.bulk.undo(undo)
    assert snapshot(services, ids) == before
    assert services.contacts.ordered_ids(query="paris", sort="rank") == []


def test_set_company_and_custom_field_and_undo(services, ids):
    services.custom_fields.define("contact", "Segment", "choice", ["Retail", "Wholesale"])
    services.custom_fields.set_values("contact", ids[0], {"segment": "Retail"})
    before = snapshot(services, ids)
    u1 = services.bulk.set_field("contact", ids, "company", "Café Lumière")
    u2 = services.bulk.set_field("contact", ids, "segment", "wholesale")
    assert {services.contacts.get(i).company for i in ids} == {"Café Lumière"}
    assert services.custom_fields.values_for("contact", ids, "segment") == {i: "Wholesale" for i in ids}
    services.bulk.undo(u2)
    services.bulk.undo(u1)
    assert snapshot(services, ids) == before
    assert services.custom_fields.values_for("contact", ids, "segment") == {ids[0]: "Retail"}
    with pytest.raises(ValidationError):
        services.bulk.set_field("contact", ids, "segment", "Other")
    with pytest.raises(ValidationError):
        services.bulk.set_field("contact", ids, "notes", "x")


def test_tags_and_undo(services, ids):
    before = snapshot(services, ids)
    u1 = services.bulk.add_tags("contact", ids, ["VIP", "newsletter"])
    u2 = services.bulk.remove_tags("contact", ids, ["lead"])
    assert [services.contacts.get(i).tags for i in ids] == [["newsletter", "vip"]] * 3
    services.bulk.undo(u2)
    services.bulk.undo(u1)
    assert snapshot(services, ids) == before
