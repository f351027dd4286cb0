import pytest

from crm_desktop.domain.errors import ConflictError, NotFound, ValidationError
from crm_desktop.services.contacts import ContactInput


def make(services, **kw):
    data = ContactInput(**{"first_name": "Ada", "last_name": "Lovelace", **kw})
    return services.contacts.create(data)


def test_create_and_get(services):
    cid = make(services, emails=["Ada@Example.COM"], phones=["+44 20 7946 0018"], company="Analytical Engines",
               tags=["vip", "VIP", "math"])
    c = services.contacts.get(cid)
    assert c.name == "Ada Lovelace"
    assert c.emails == ["Ada@example.com"]
    assert c.phones == ["+44 20 7946 0018"]
    assert c.company == "Analytical Engines"
    assert c.tags == ["math", "vip"]


def test_validation_messages_name_each_field(services):
    with pytest.raises(ValidationError) as err:
        services.contacts.create(ContactInput(emails=["not-an-email"], phones=["call me"]))
    assert set(err.value.fields) == {"name", "emails", "phones"}
    assert "valid email" in err.value.fields["emails"]


def test_company_is_matched_ignoring_case_and_accents(services):
    a = make(services, company="Café Lumière")
    b = make(services, first_name="Bob", company="cafe lumiere")
    assert services.contacts.get(a).company_id == services.contacts.get(b).company_id
    assert services.companies.count() == 1


def test_update_detects_concurrent_edit(services):
    cid = make(services)
    detail = services.contacts.get(cid)
    services.contacts.update(cid, ContactInput(first_name="Ada", last_name="King"))
    with pytest.raises(ConflictError):
        services.contacts.update(cid, ContactInput(first_name="Ada", last_name="Byron"), expected_version=detail.version)
    assert services.contacts.get(cid).last_name == "King"


def test_delete_is_soft_and_hides_from_lists_and_search(services):
    cid = make(services)
    assert services.contacts.ordered_ids(query="lovelace") == [cid]
    services.contacts.delete([cid])
    assert services.contacts.ordered_ids() == []
    assert services.contacts.ordered_ids(query="lovelace") == []
    with pytest.raises(NotFound):
        services.contacts.get(cid)
    services.contacts.restore([cid])
    assert services.contacts.ordered_ids(query="lovelace") == [cid]


def test_bulk_tags(services):
    ids = [make(services, first_name=n) for n in ("A", "B", "C")]
    services.contacts.add_tags(ids[:2], ["newsletter"])
    assert services.contacts.ordered_ids(tag="Newsletter") == ids[:2]
    services.contacts.remove_tags(ids[:1], ["newsletter"])
    assert services.contacts.ordered_ids(tag="newsletter") == ids[1:2]
    assert services.contacts.rows([ids[1]])[ids[1]].tags == "newsletter"


def test_sorting(services):
    a = make(services, first_name="Zoë", last_name="Adams", company="Beta")
    b = make(services, first_name="Émile", last_name="Zola", company="Alpha")
    assert services.contacts.ordered_ids(sort="name") == [b, a]
    assert services.contacts.ordered_ids(sort="name", descending=True) == [a, b]
    assert services.contacts.ordered_ids(sort="company") == [b, a]


def test_activity_updates_last_activity(services):
    cid = make(services)
    services.activities.add("call", "Discussed the quote", contact_id=cid)
    row = services.contacts.rows([cid])[cid]
    assert row.last_activity is not None
    assert [a.body for a in services.activities.timeline(contact_id=cid)] == ["Discussed the quote"]
