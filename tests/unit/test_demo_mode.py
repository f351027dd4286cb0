from crm_desktop.services.contacts import ContactInput


def test_demo_data_is_removed_without_touching_the_users_own(services):
    mine = services.contacts.create(ContactInput(first_name="Real", last_name="Customer", company="My Shop"))
    services.activities.add("note", "a real note", contact_id=mine)
    counts = services.demo.load(contacts=40, seed=2)
    assert counts["contacts"] == 40 and services.demo.loaded
    assert services.contacts.count() == 41
    later = services.contacts.create(ContactInput(first_name="Added", last_name="Later"))
    removed = services.demo.remove()
    assert removed >= 40
    assert sorted(services.contacts.ordered_ids()) == [mine, later]
    assert services.companies.count() == 1
    assert [a.body for a in services.activities.timeline(contact_id=mine)] == ["a real note"]
    assert services.contacts.ordered_ids(query="customer", sort="rank") == [mine]
    assert not services.demo.loaded
