"""Bulk field edits with undo/redo, custom fields through form -> detail -> table column,
the duplicate warning in the New contact dialog, and a saved view as a mail merge audience."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.saved_views import ViewSpec
from crm_desktop.ui.companies.dialog import CompanyDialog
from crm_desktop.ui.companies.view import CompaniesView
from crm_desktop.ui.contacts.dialog import ContactDialog
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.widgets.bulk_edit import BulkEditDialog


def make_view(qtbot, ctx, cls=ContactsView):
    view = cls(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    return view


def select(view, ids):
    view._select(ids, ids[0], scroll_to=True)


def test_bulk_edit_field_with_undo_and_redo(qtbot, ctx, people):
    services = ctx.services
    view = make_view(qtbot, ctx)
    ids = [people["Anna"], people["Bob"]]
    select(view, ids)
    assert view.bulk.edit_field.isVisible() or view.detail_stack.currentWidget() is view.bulk

    def fill(dialog: BulkEditDialog):
        assert dialog.ids == ids
        dialog.choose("city", "Lyon")
        return dialog.run()

    view.exec_dialog = fill
    view.bulk_edit()
    assert [services.contacts.get(i).city for i in ids] == ["Lyon", "Lyon"]
    assert ctx.undo.undoText() == "Set City on 2 contacts"
    ctx.undo.undo()
    assert [services.contacts.get(i).city for i in ids] == ["", ""]
    ctx.undo.redo()
    assert [services.contacts.get(i).city for i in ids] == ["Lyon", "Lyon"]
    assert services.contacts.get(people["José"]).city == ""  # not selected: untouched

    # a custom field, then clearing it
    services.custom_fields.define("contact", "Segment", CustomFieldType.CHOICE, ["Retail", "Wholesale"])

    def custom(dialog: BulkEditDialog):
        dialog.choose("segment", "Wholesale")
        return dialog.run()

    view.exec_dialog = custom
    view.bulk_edit(ids)
    assert services.custom_fields.values_for("contact", ids, "segment") == {i: "Wholesale" for i in ids}
    select(view, [people["Anna"]])

    def clear(dialog: BulkEditDialog):
        dialog.choose("segment", clear=True)
        return dialog.run()

    view.exec_dialog = clear
    view.bulk_edit()
    assert ctx.undo.undoText() == "Clear Segment on “Anna Müller”"
    assert services.custom_fields.values_for("contact", ids, "segment") == {people["Bob"]: "Wholesale"}
    ctx.undo.undo()
    ctx.undo.undo()
    assert services.custom_fields.values_for("contact", ids, "segment") == {}


def test_bulk_edit_shows_a_bad_value_beside_the_field(qtbot, ctx, people):
    ctx.services.custom_fields.define("contact", "Shoe size", CustomFieldType.NUMBER)
    dialog = BulkEditDialog(ctx, "contact", [people["Bob"]], "“Bob Smith”")
    qtbot.addWidget(dialog)
    dialog.choose("shoe_size", "big")
    assert dialog.run() is False
    assert "not a number" in dialog.errors.label("value").text()
    assert ctx.undo.count() == 0


def test_company_bulk_tags_are_undoable(qtbot, ctx, people):
    services = ctx.services
    view = make_view(qtbot, ctx, CompaniesView)
    ids = list(view.model.ids)
    assert len(ids) == 2
    select(view, ids)
    view.ask_tag = lambda add, count: "partner"
    view.bulk_tag(add=True)
    assert all(services.companies.get(i).tags == ["partner"] for i in ids)
    ctx.undo.undo()
    assert all(services.companies.get(i).tags == [] for i in ids)


def test_custom_fields_through_form_detail_and_column(qtbot, ctx, people):
    services = ctx.services
    cf = services.custom_fields
    cf.define("contact", "Customer since", CustomFieldType.DATE)
    cf.define("contact", "Newsletter", CustomFieldType.BOOL)
    cf.define("contact", "Budget", CustomFieldType.MONEY)
    view = make_view(qtbot, ctx)
    dialog = ContactDialog(ctx, services.contacts.get(people["José"]))
    qtbot.addWidget(dialog)
    editors = dialog.custom.editors
    assert set(editors) == {"customer_since", "newsletter", "budget"}
    assert dialog.custom.isVisibleTo(dialog)
    editors["budget"].line.setText("lots")
    editors["newsletter"].check.setChecked(True)
    assert dialog.save() is False  # the bad value is shown beside its field; nothing typed is lost
    assert "not a number" in dialog.custom.errors.label("budget").text()
    assert editors["budget"].line.text() == "lots" and editors["newsletter"].check.isChecked()
    editors["budget"].line.setText("1250.5")
    editors["customer_since"].known.setChecked(True)
    editors["customer_since"].date.setDate(date(2024, 5, 17))
    assert dialog.save() is True
    assert cf.values("contact", people["José"]) == {"customer_since": "2024-05-17", "newsletter": "yes",
                                                     "budget": "1250.50"}

    # detail pane
    view.select_record(people["José"])
    qtbot.waitUntil(lambda: "budget" in view.detail.custom_labels)
    assert view.detail.custom_labels["newsletter"].text() == "Yes"
    assert view.detail.custom_labels["customer_since"].text() == QLocale().toString(
        QDate(2024, 5, 17), QLocale.FormatType.LongFormat)

    # an optional column, remembered in the settings
    view.set_custom_column("budget", True)
    column = view.model.columnCount() - 1
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "Budget"
    row = view.model.row_of(people["José"])
    assert view.model.index(row, column).data() == QLocale().toString(1250.5, "f", 2)  # "1,250.50"
    assert view.model.index(view.model.row_of(people["Bob"]), column).data() == ""
    assert ctx.settings.value("contacts/custom_columns") in (["budget"], "budget")

    # renaming the field in Tools > Custom fields renames the column; archiving removes it
    budget = next(d for d in cf.fields("contact") if d.key == "budget")
    cf.rename(budget.id, "Yearly budget")
    qtbot.waitUntil(lambda: view.model.headerData(view.model.columnCount() - 1, Qt.Orientation.Horizontal) == "Yearly budget")
    cf.archive(budget.id)
    qtbot.waitUntil(lambda: view.model.columnCount() == len(view.COLUMNS))

    # the edit dialog opens with the stored values
    again = ContactDialog(ctx, services.contacts.get(people["José"]))
    qtbot.addWidget(again)
    assert again.custom.editors["newsletter"].check.isChecked()
    assert again.custom.editors["customer_since"].date.date().toPython() == date(2024, 5, 17)


def test_company_form_saves_custom_fields(qtbot, ctx):
    ctx.services.custom_fields.define("company", "Tier", CustomFieldType.CHOICE, ["Gold", "Silver"])
    dialog = CompanyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Acme")
    combo = dialog.custom.editors["tier"].combo
    combo.setCurrentIndex(combo.findData("Gold"))
    assert dialog.save() is True
    assert ctx.services.custom_fields.values("company", dialog.saved_id) == {"tier": "Gold"}


def test_no_custom_fields_no_group(qtbot, ctx):
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.custom.isVisibleTo(dialog)


def test_duplicate_warning_open_create_cancel(qtbot, ctx, people):
    services = ctx.services
    before = services.contacts.count()

    def new_dialog(answer):
        dialog = ContactDialog(ctx)
        qtbot.addWidget(dialog)
        asked = []
        dialog.ask_duplicate = lambda matches: asked.append(matches) or answer
        dialog.first_name.setText("Anna")
        dialog.last_name.setText("M.")
        dialog.emails.set_values(["ANNA@mueller.example"])
        return dialog, asked

    dialog, asked = new_dialog("cancel")
    assert dialog.save() is False
    assert asked[0][0][:2] == (people["Anna"], "Anna Müller")
    assert services.contacts.count() == before and dialog.first_name.text() == "Anna"  # nothing lost

    dialog, asked = new_dialog("open")
    assert dialog.save() is False
    assert dialog.open_instead == people["Anna"] and dialog.result() == 0
    assert services.contacts.count() == before

    dialog, asked = new_dialog("create")
    assert dialog.save() is True
    assert services.contacts.count() == before + 1

    # a phone number matches too; an unrelated contact is not asked about
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    asked = []
    dialog.ask_duplicate = lambda matches: asked.append(matches) or "cancel"
    dialog.first_name.setText("Pepe")
    dialog.phones.set_values(["+34612345678"])
    assert dialog.save() is False and asked[0][0][0] == people["José"]
    dialog.phones.set_values(["+44 20 7946 0000"])
    assert dialog.save() is True and len(asked) == 1


def test_new_contact_view_opens_the_existing_one(qtbot, ctx, people, monkeypatch):
    view = make_view(qtbot, ctx)

    def exec_(dialog):
        dialog.ask_duplicate = lambda matches: "open"
        dialog.first_name.setText("Bobby")
        dialog.emails.set_values(["bob@smith.example"])
        dialog.save()
        return 0

    monkeypatch.setattr(ContactDialog, "exec", exec_)
    view.new_record()
    assert view.current_id() == people["Bob"]


def test_saved_view_as_mail_merge_audience(qtbot, ctx, people):
    from crm_desktop.ui.mail.merge_dialog import MergeDialog

    services = ctx.services
    services.contacts.create(ContactInput(first_name="Zoe", last_name="Vip", emails=["z@v.example"], tags=["vip"]))
    services.saved_views.save("VIP people", ViewSpec("contact", tags_any=["vip"]))
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    index = dialog.audience.findData("view")
    assert index >= 0 and dialog.saved_view.currentText() == "VIP people"
    with qtbot.waitSignal(dialog.plan_ready, timeout=10_000):
        dialog.audience.setCurrentIndex(index)
    assert sorted(r.name for r in dialog.model.rows) == ["Anna Müller", "Zoe Vip"]
    assert dialog.audience_label() == "saved view: VIP people"


def test_bulk_edit_a_whole_saved_view(qtbot, ctx, people):
    services = ctx.services
    view_id = services.saved_views.save("Müller Bau", ViewSpec("contact", text="müller bau"))
    view = make_view(qtbot, ctx)
    assert view.current_ids() == []  # nothing narrowed: the export offers no "only those shown"
    view.show_saved_view(view_id)
    assert sorted(view.current_ids()) == sorted([people["Anna"], people["Chloé"]])

    def fill(dialog: BulkEditDialog):
        assert sorted(dialog.ids) == sorted([people["Anna"], people["Chloé"]])
        dialog.choose("job_title", "Owner")
        return dialog.run()

    view.exec_dialog = fill
    view.banner.edit_all.click()
    assert {services.contacts.get(i).job_title for i in people.values()} == {"Owner", ""}
    assert services.contacts.get(people["Anna"]).job_title == "Owner"
    ctx.undo.undo()
    assert services.contacts.get(people["Anna"]).job_title == ""


def test_edit_undo_puts_back_custom_values_with_the_fields(qtbot, ctx, people):
    services = ctx.services
    cf = services.custom_fields
    cf.define("contact", "Budget", CustomFieldType.MONEY)
    cf.define("contact", "Newsletter", CustomFieldType.BOOL)
    cf.set_values("contact", people["José"], {"budget": "100"})
    dialog = ContactDialog(ctx, services.contacts.get(people["José"]))
    qtbot.addWidget(dialog)
    dialog.job_title.setText("Owner")
    dialog.custom.editors["budget"].line.setText("900")
    dialog.custom.editors["newsletter"].check.setChecked(True)
    assert dialog.save() is True
    assert ctx.undo.count() == 1  # one step for the fields and the custom values
    assert cf.values("contact", people["José"]) == {"budget": "900.00", "newsletter": "yes"}

    ctx.undo.undo()
    assert services.contacts.get(people["José"]).job_title == ""  # as before the edit
    assert cf.values("contact", people["José"]) == {"budget": "100.00"}
    ctx.undo.redo()
    assert services.contacts.get(people["José"]).job_title == "Owner"
    assert cf.values("contact", people["José"]) == {"budget": "900.00", "newsletter": "yes"}


def test_company_edit_undo_puts_back_custom_values(qtbot, ctx):
    services = ctx.services
    services.custom_fields.define("company", "Tier", CustomFieldType.CHOICE, ["Gold", "Silver"])
    from crm_desktop.services.companies import CompanyInput

    company_id = services.companies.create(CompanyInput(name="Acme"))
    services.custom_fields.set_values("company", company_id, {"tier": "Silver"})
    dialog = CompanyDialog(ctx, services.companies.get(company_id))
    qtbot.addWidget(dialog)
    combo = dialog.custom.editors["tier"].combo
    combo.setCurrentIndex(combo.findData("Gold"))
    assert dialog.save() is True
    ctx.undo.undo()
    assert services.custom_fields.values("company", company_id) == {"tier": "Silver"}
    ctx.undo.redo()
    assert services.custom_fields.values("company", company_id) == {"tier": "Gold"}
