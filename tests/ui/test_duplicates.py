"""Find duplicates and merge through the dialog; undo with Ctrl+Z and from the merge history."""

from PySide6.QtCore import Qt

from crm_desktop.services.contacts import ContactInput
from crm_desktop.ui.duplicates import DuplicatesDialog, MergeHistoryDialog


def test_merge_from_dialog_then_undo_redo(qtbot, ui_ctx):
    services = ui_ctx.services
    a = services.contacts.create(ContactInput(first_name="Ada", last_name="Lovelace", emails=["ada@example.com"]))
    b = services.contacts.create(ContactInput(first_name="Ada", last_name="King", emails=["ada@example.com"],
                                              city="London"))
    dialog = DuplicatesDialog(None, ui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.lists["contact"].count() == 1
    # Keep record B's last name: click its radio button in the "Last name" row.
    dialog.panel._groups["last_name"].button(2).setChecked(True)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merged = services.contacts.get(a)
    assert (merged.last_name, merged.city) == ("King", "London")
    assert services.contacts.ordered_ids() == [a]
    assert dialog.lists["contact"].count() == 0

    ui_ctx.undo.undo()
    assert services.contacts.get(a).last_name == "Lovelace"
    assert sorted(services.contacts.ordered_ids()) == sorted([a, b])
    ui_ctx.undo.redo()
    assert services.contacts.ordered_ids() == [a]

    history = MergeHistoryDialog(None, ui_ctx)
    qtbot.addWidget(history)
    assert history.undo_button.isEnabled()
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert sorted(services.contacts.ordered_ids()) == sorted([a, b])
    assert "(undone)" in history.list.item(0).text()


def test_empty_state_says_how_duplicates_are_found(qtbot, ui_ctx):
    dialog = DuplicatesDialog(None, ui_ctx)
    qtbot.addWidget(dialog)
    assert "same email or phone" in dialog.empty.text()
    assert not dialog.merge_button.isEnabled()
