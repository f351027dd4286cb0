from crm_desktop.services.demo import generate
from crm_desktop.ui.contacts.model import RECORD_ID_ROLE, ROW_ROLE, ContactsModel
from crm_desktop.ui.widgets.record_model import PAGE_SIZE


def test_contacts_model_passes_modeltester(qtmodeltester, services, people):
    model = ContactsModel(services)
    model.load()
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)
    model.load(query="müller")
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_in_pages_not_all_at_once(services):
    generate(services.db, contacts=1000, seed=3)
    model = ContactsModel(services)
    model.load()
    assert model.rowCount() == 1000
    assert model.fetches == 0  # nothing built before the view asks
    first = model.index(0, 0).data()
    assert first and model.fetches == 1
    for row in range(1, 20):
        model.index(row, 1).data()
    assert model.fetches == 1  # a screenful comes from one page
    model.index(900, 0).data()
    assert model.fetches == 2
    assert len(model._cache) <= 2 * PAGE_SIZE


def test_roles_and_sorting(services, people):
    model = ContactsModel(services)
    model.load(sort="name")
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Anna Müller", "Bob Smith", "Chloé Martin", "José García"]
    assert model.index(0, 0).data(RECORD_ID_ROLE) == people["Anna"]
    assert model.index(0, 0).data(ROW_ROLE).email == "anna@mueller.example"
    model.load(sort="name", descending=True)
    assert model.index(0, 0).data() == "José García"
    model.load(sort="company")
    assert model.index(0, 1).data() == "Garcia SL"


def test_companies_model_passes_modeltester(qtmodeltester, services, people):
    from crm_desktop.ui.companies.model import CompaniesModel

    model = CompaniesModel(services)
    model.set_ids(services.companies.ordered_ids())
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "Garcia SL" and row[4] == "1"


def test_pages_follow_the_rows_the_view_shows(services):
    generate(services.db, contacts=1000, seed=3)
    model = ContactsModel(services)
    model.load()
    model.set_visible_rows(25)
    model.index(500, 0).data()
    assert len(model._cache) == 50  # what is shown plus a screenful of margin
    for row in range(500, 525):
        model.index(row, 1).data()
    assert model.fetches == 1
    model.set_visible_rows(3)
    model.index(900, 0).data()
    assert len(model._cache) == 50 + 40  # never fewer than MIN_PAGE rows at a time


def test_column_titles_in_german_and_custom_fields_as_named(services, german):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from crm_desktop.ui import i18n
    from crm_desktop.ui.companies.model import CompaniesModel
    from crm_desktop.ui.widgets.record_model import CUSTOM_PREFIX, Column

    def titles(model):  # type: ignore[no-untyped-def]
        return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]

    contacts, companies = ContactsModel(services), CompaniesModel(services)
    contacts.set_custom_columns([Column(CUSTOM_PREFIX + "source", "Company", 120)])  # a field the user named so
    assert titles(contacts) == ["Name", "Firma", "E-Mail", "Telefon", "Schlagwörter", "Letzte Aktivität",
                                "Company"]
    assert titles(companies) == ["Name", "Website", "Telefon", "Ort", "Personen", "Schlagwörter",
                                 "Letzte Aktivität"]
    i18n.install("en")
    assert titles(contacts)[:2] == ["Name", "Company"]
