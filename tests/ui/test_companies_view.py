from crm_desktop.services.companies import CompanyInput
from crm_desktop.ui.companies.dialog import CompanyDialog
from crm_desktop.ui.companies.view import CompaniesView


def make_view(qtbot, ctx):
    view = CompaniesView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def names(view):
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def test_companies_list_search_and_people(qtbot, ctx, people):
    view = make_view(qtbot, ctx)
    assert names(view) == ["Garcia SL", "Müller Bau"]
    assert view.count_label.text() == "2 companies"
    view.search.setText("muller")
    qtbot.waitUntil(lambda: not view.is_loading() and view._loaded_query == "muller")
    assert names(view) == ["Müller Bau"]
    company_id = view.model.ids[0]
    assert view.select_record(company_id)
    pane = view.detail
    assert pane.title.text() == "Müller Bau"
    people_names = [pane.people.item(i).text() for i in range(pane.people.count())]
    assert people_names == ["Anna Müller", "Chloé Martin"]


def test_company_timeline_includes_its_peoples_activities(qtbot, ctx, people):
    ctx.services.activities.add("call", body="Asked for a quote", contact_id=people["Anna"])
    view = make_view(qtbot, ctx)
    company_id = ctx.services.contacts.get(people["Anna"]).company_id
    view.select_record(company_id)
    assert view.detail.timeline.entry_count() == 1
    assert "Anna Müller" in view.detail.timeline.entries.itemAt(0).widget().text.text()
    view.detail.timeline.entry.setPlainText("Visited their site")
    view.detail.timeline.note_button.click()
    assert view.detail.timeline.entry_count() == 2
    assert ctx.services.activities.timeline(company_id=company_id)[0].body == "Visited their site"


def test_company_dialog_validation_and_undo(qtbot, ctx, people):
    dialog = CompanyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Müller Bau")  # exists already
    dialog.email.setText("nope")
    dialog.city.setText("Berlin")
    assert dialog.save() is False
    assert not dialog.errors.label("email").isHidden()
    dialog.email.setText("info@mueller.example")
    assert dialog.save() is False
    assert "already exists" in dialog.errors.label("name").text()
    assert dialog.errors.label("email").isHidden()
    assert dialog.city.text() == "Berlin"
    dialog.name.setText("Schmidt Holz")
    dialog.email.setText("info@schmidt.example")
    assert dialog.save()
    assert ctx.services.companies.count() == 3
    ctx.undo.undo()
    assert ctx.services.companies.count() == 2
    ctx.undo.redo()
    assert ctx.services.companies.get(dialog.saved_id).city == "Berlin"


def test_delete_company_asks_and_undo_restores(qtbot, ctx, people):
    view = make_view(qtbot, ctx)
    target = view.model.ids[0]
    view.select_record(target)
    asked = []
    view.confirm = lambda title, text: asked.append(text) or True
    view.delete_selected()
    assert asked == ["Move “Garcia SL” to the trash?"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)


def test_empty_state(qtbot, ctx):
    view = make_view(qtbot, ctx)
    assert view.list_stack.currentWidget() is view.empty
    assert view.empty.title.text() == "No companies yet"
    ctx.services.companies.create(CompanyInput(name="Acme"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.list_stack.currentWidget() is view.table


def test_modeltester_on_the_live_view_model(qtmodeltester, qtbot, ctx, people):
    view = make_view(qtbot, ctx)
    qtmodeltester.check(view.model, force_py=True)


def test_search_hint_and_delete_note_in_german(qtbot, ctx, monkeypatch, german):
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.ui.contacts.view import ContactsView

    notes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: notes.append(box.informativeText()) or 0)
    companies, contacts = make_view(qtbot, ctx), ContactsView(ctx)
    qtbot.addWidget(contacts)
    assert companies.search.placeholderText() == "Suchen: Name, Website, Telefon, Ort, Notizen…"
    assert contacts.search.placeholderText() == "Suchen: Name, E-Mail, Telefon, Firma, Notizen…"
    assert not companies.confirm("?", "?") and not contacts.confirm("?", "?")
    assert notes == ["Die Personen der Firma bleiben erhalten, nur ohne Firma. Mit Bearbeiten ▸ Rückgängig holen Sie "
                     "sie zurück.", "Mit Bearbeiten ▸ Rückgängig holen Sie sie zurück."]
