from crm_desktop.domain.enums import ActivityKind
from crm_desktop.services.contacts import ContactInput
from crm_desktop.ui.contacts.dialog import ContactDialog
from crm_desktop.ui.contacts.view import ContactsView


def make_view(qtbot, ctx):
    view = ContactsView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def names(view):
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def search(qtbot, view, text):
    view.search.setText(text)
    qtbot.waitUntil(lambda: not view.is_loading() and view._loaded_query == text.strip())


def test_search_box_filters_as_you_type(qtbot, ctx, people):
    view = make_view(qtbot, ctx)
    assert view.count_label.text() == "4 contacts"
    search(qtbot, view, "mull")  # Anna by name first, then Chloé who works at Müller Bau
    assert names(view) == ["Anna Müller", "Chloé Martin"]
    assert view.count_label.text() == "2 matches"
    search(qtbot, view, "anna mull")
    assert names(view) == ["Anna Müller"]
    assert view.count_label.text() == "1 match"
    search(qtbot, view, "612345")  # digits of José’s phone
    assert names(view) == ["José García"]
    search(qtbot, view, "xyzzy")
    assert view.list_stack.currentWidget() is view.no_results
    assert view.no_results.title.text() == "No contacts match “xyzzy”"
    view.search.clear()
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 4)
    assert view.list_stack.currentWidget() is view.table


def test_header_click_sorts_by_that_column(qtbot, ctx, people):
    view = make_view(qtbot, ctx)
    view.sort_by("name", descending=True)
    qtbot.waitUntil(lambda: not view.is_loading())
    assert names(view)[0] == "José García"
    view.sort_by("company")
    qtbot.waitUntil(lambda: not view.is_loading())
    assert view.model.index(0, 1).data() == "Garcia SL"


def test_empty_database_shows_what_to_do_next(qtbot, ctx):
    view = make_view(qtbot, ctx)
    assert view.list_stack.currentWidget() is view.empty
    assert view.empty.title.text() == "No contacts yet"
    assert view.empty_new.text() == "New contact"
    assert view.empty_demo.text() == "Load demo data"


def test_load_demo_data_from_the_empty_state(qtbot, ctx):
    view = make_view(qtbot, ctx)
    view.empty_demo.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 300, timeout=30_000)
    assert view.list_stack.currentWidget() is view.table
    assert view.count_label.text() == "300 contacts"
    assert view.empty.progress.isHidden()


def test_dialog_shows_errors_next_to_fields_and_keeps_input(qtbot, ctx):
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.emails.edits[0].setText("not-an-email")
    dialog.phones.edits[0].setText("call me maybe")
    dialog.job_title.setText("Baker")
    dialog.notes.setPlainText("Met at the market")
    assert dialog.save() is False
    assert dialog.errors.label("name").text() == "Enter a first or last name."
    assert not dialog.errors.label("name").isHidden()
    assert "valid email" in dialog.errors.label("emails").text()
    assert not dialog.errors.label("phones").isHidden()
    assert dialog.errors.label("job_title").isHidden()
    # nothing typed is lost
    assert dialog.emails.values() == ["not-an-email"]
    assert dialog.job_title.text() == "Baker"
    assert dialog.notes.toPlainText() == "Met at the market"
    assert ctx.services.contacts.count() == 0
    dialog.first_name.setText("Greta")
    dialog.emails.edits[0].setText("greta@example.com")
    dialog.phones.edits[0].setText("+49 30 1234567")
    dialog.add_line = dialog.phones.add_line("+49 170 1234567")
    dialog.company.setText("Bäckerei Greta")
    dialog.tags.setText("customer, vip")
    assert dialog.save() is True
    detail = ctx.services.contacts.get(dialog.saved_id)
    assert detail.phones == ["+49 30 1234567", "+49 170 1234567"]
    assert detail.company == "Bäckerei Greta" and detail.tags == ["customer", "vip"]
    assert ctx.undo.undoText() == "New contact “Greta”"
    ctx.undo.undo()
    assert ctx.services.contacts.count() == 0
    ctx.undo.redo()
    assert ctx.services.contacts.get(dialog.saved_id).first_name == "Greta"


def test_edit_dialog_and_undo(qtbot, ctx, people):
    detail = ctx.services.contacts.get(people["Bob"])
    dialog = ContactDialog(ctx, detail)
    qtbot.addWidget(dialog)
    assert dialog.first_name.text() == "Bob" and dialog.emails.values() == ["bob@smith.example"]
    dialog.last_name.setText("Smithers")
    assert dialog.save()
    assert ctx.services.contacts.get(people["Bob"]).last_name == "Smithers"
    ctx.undo.undo()
    assert ctx.services.contacts.get(people["Bob"]).last_name == "Smith"


def test_edit_conflict_shows_its_message(qtbot, ctx, people):
    detail = ctx.services.contacts.get(people["Bob"])
    dialog = ContactDialog(ctx, detail)
    qtbot.addWidget(dialog)
    ctx.services.contacts.update(people["Bob"], ContactInput(first_name="Robert", last_name="Smith"))
    dialog.last_name.setText("Smithers")
    assert dialog.save() is False
    assert "changed elsewhere" in dialog.errors.general.text()
    assert dialog.last_name.text() == "Smithers"


def select(view, ids):
    view._select(ids, ids[0], scroll_to=True)


def test_bulk_add_and_remove_tag_with_undo(qtbot, ctx, people):
    view = make_view(qtbot, ctx)
    ids = [people["Anna"], people["Bob"]]  # Anna has "vip" already
    select(view, ids)
    assert view.detail_stack.currentWidget() is view.bulk
    assert view.bulk.heading.text() == "2 contacts selected"
    view.ask_tag = lambda add, count: "VIP"
    view.bulk_tag(add=True)
    assert ctx.services.contacts.get(people["Bob"]).tags == ["vip"]
    qtbot.waitUntil(lambda: view.model.index(view.model.row_of(people["Bob"]), 4).data() == "vip")
    ctx.undo.undo()
    assert ctx.services.contacts.get(people["Bob"]).tags == []
    assert ctx.services.contacts.get(people["Anna"]).tags == ["vip"]  # had it before: kept
    ctx.undo.redo()
    select(view, ids)
    view.bulk_tag(add=False)
    assert ctx.services.contacts.get(people["Anna"]).tags == []
    ctx.undo.undo()
    assert ctx.services.contacts.get(people["Anna"]).tags == ["vip"]
    assert ctx.services.contacts.get(people["Bob"]).tags == ["vip"]


def test_bulk_delete_asks_and_can_be_undone(qtbot, ctx, people):
    view = make_view(qtbot, ctx)
    asked = []
    view.confirm = lambda title, text: asked.append(text) or False
    select(view, [people["Anna"], people["José"], people["Bob"]])
    view.delete_selected()
    assert asked == ["Move 3 contacts to the trash?"]
    assert ctx.services.contacts.count() == 4  # said no
    view.confirm = lambda title, text: asked.append(text) or True
    view.bulk.delete.click()
    assert ctx.services.contacts.count() == 1
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    select(view, [people["Bob"]])
    view.delete_selected()
    assert asked[-1] == "Move “Bob Smith” to the trash?"


def test_detail_pane_shows_fields_timeline_and_quick_note(qtbot, ctx, people):
    from datetime import UTC, datetime

    anna = people["Anna"]
    ctx.services.activities.add(ActivityKind.CALL, body="Ordered 3 cakes", subject="Order",
                                contact_id=anna, occurred_at=datetime(2024, 5, 1, 10, tzinfo=UTC))
    ctx.services.activities.add(ActivityKind.NOTE, body="Prefers mornings", contact_id=anna,
                                occurred_at=datetime(2024, 6, 1, 10, tzinfo=UTC))
    view = make_view(qtbot, ctx)
    assert view.select_record(anna)
    pane = view.detail
    assert view.detail_stack.currentWidget() is pane
    assert pane.title.text() == "Anna Müller"
    assert "mailto:anna@mueller.example" in pane.field_text("emails")
    assert "company:" in pane.field_text("company")
    assert "vip" in pane.field_text("tags")
    assert pane.timeline.entry_count() == 2
    first = pane.timeline.entries.itemAt(0).widget().text.text()
    assert "Prefers mornings" in first  # newest first
    pane.timeline.entry.setPlainText("Called back about the wedding cake")
    pane.timeline.call_button.click()
    assert pane.timeline.entry_count() == 3
    assert "wedding cake" in pane.timeline.entries.itemAt(0).widget().text.text()
    assert pane.timeline.entry.toPlainText() == ""
    rows = ctx.services.activities.timeline(contact_id=anna)
    assert rows[0].kind == "call" and rows[0].body == "Called back about the wedding cake"
    ctx.undo.undo()
    assert len(ctx.services.activities.timeline(contact_id=anna)) == 2
    pane.timeline.entry.setPlainText("")
    pane.timeline.note_button.click()
    assert pane.timeline.error.text() == "Write something first."


def test_open_record_clears_a_search_that_hides_it(qtbot, ctx, people):
    view = make_view(qtbot, ctx)
    search(qtbot, view, "mull")
    view.open_record("contact", people["Bob"])
    assert view.search.text() == ""
    assert view.current_id() == people["Bob"]
    assert view.detail.title.text() == "Bob Smith"


def test_refreshes_on_changes_and_keeps_selection(qtbot, ctx, people):
    view = make_view(qtbot, ctx)
    view.select_record(people["José"])
    ctx.services.contacts.create(ContactInput(first_name="Aaron", last_name="Abel"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    assert view.selected_ids() == [people["José"]]
    assert names(view)[0] == "Aaron Abel"


def test_state_is_saved_and_restored(qtbot, ctx, people):
    view = make_view(qtbot, ctx)
    view.table.setColumnWidth(1, 77)
    view.splitter.setSizes([500, 500])
    view.save_state(ctx.settings)
    again = make_view(qtbot, ctx)
    assert again.table.columnWidth(1) == 77


def test_feature_sections_are_hosted_and_follow_the_selection(qtbot, ctx, people, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from crm_desktop.ui import sections

    class DealsSection(QLabel):
        title = "Deals"

        def __init__(self, context):
            super().__init__()
            self.context = context

        def set_record(self, record_id):
            self.setText(f"deals of {record_id}")

    monkeypatch.setattr(sections, "CONTACT_SECTIONS", sections.CONTACT_SECTIONS)  # restored after
    sections.CONTACT_SECTIONS.append(DealsSection)  # what a feature does
    try:
        view = make_view(qtbot, ctx)
    finally:
        sections.CONTACT_SECTIONS.remove(DealsSection)
    view.select_record(people["José"])
    (section,) = [s for s in view.detail.sections if isinstance(s, DealsSection)]
    assert section.context is ctx
    assert section.text() == f"deals of {people['José']}"


def test_enter_on_a_row_opens_it_for_editing(qtbot, ctx, people, monkeypatch):
    from PySide6.QtCore import Qt

    view = make_view(qtbot, ctx)
    opened = []
    monkeypatch.setattr(view, "edit_record", lambda record_id: opened.append(record_id))
    view.select_record(people["José"])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [people["José"]]
