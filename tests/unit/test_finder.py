from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.finder import Finder


def test_finds_each_kind_grouped(services):
    cid = services.contacts.create(ContactInput(first_name="Zoë", last_name="Lumière", company="Lumière SARL"))
    services.activities.add("note", "Lumière wants a quote", contact_id=cid)
    found = Finder(services.db).find("lumiere")
    kinds = [f.kind for f in found]
    assert kinds == ["contact", "company", "activity"]
    assert found[0].title == "Zoë Lumière" and "Lumière SARL" in found[0].subtitle
    assert found[2].contact_id == cid


def test_nothing_for_empty_or_unknown(services):
    assert Finder(services.db).find("") == []
    assert Finder(services.db).find("zzzz") == []
