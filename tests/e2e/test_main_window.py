"""Drive the main window on a temporary database the way a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from crm_desktop.cli import main as cli_main
from crm_desktop.ui.contacts.dialog import ContactDialog


@pytest.fixture
def window(app_paths, real_window):
    win = real_window(app_paths)
    win.show()
    return win


def fill_and_save_dialog(qtbot):
    """Waits for the modal contact dialog, types a contact into it and saves."""
    def act():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ContactDialog) and w.isVisible())
        dialog.first_name.setText("Zoë")  # keyClicks only types ASCII
        qtbot.keyClicks(dialog.last_name, "Kowalczyk")
        qtbot.keyClicks(dialog.emails.edits[0], "zoe@kowalczyk.example")
        qtbot.keyClicks(dialog.company, "Kowalczyk Design")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    def poll():
        if any(isinstance(w, ContactDialog) and w.isVisible() for w in QApplication.topLevelWidgets()):
            act()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_create_find_and_switch_views(qtbot, window):
    contacts = window.view("contacts")
    assert window.current_view_key() == "contacts"
    assert contacts.list_stack.currentWidget() is contacts.empty
    new_action = next(a for a in window.menu("file").actions() if a.text() == "New &contact…")
    fill_and_save_dialog(qtbot)
    new_action.trigger()  # runs the modal dialog until the helper saves it
    assert contacts.model.rowCount() == 1
    assert contacts.detail.title.text() == "Zoë Kowalczyk"

    contacts.focus_search()
    qtbot.keyClicks(contacts.search, "kowal")
    qtbot.waitUntil(lambda: not contacts.is_loading() and contacts._loaded_query == "kowal")
    assert contacts.count_label.text() == "1 match"
    assert contacts.model.index(0, 1).data() == "Kowalczyk Design"
    qtbot.keyClick(contacts.search, Qt.Key.Key_Return)
    assert contacts.selected_ids() == contacts.model.ids

    # the company link in the detail pane opens the company in the Companies view
    company_id = contacts.detail.contact.company_id
    contacts.detail.link_activated.emit(f"company:{company_id}")
    assert window.current_view_key() == "companies"
    companies = window.view("companies")
    assert companies.current_id() == company_id
    assert [companies.detail.people.item(0).text()] == ["Zoë Kowalczyk"]

    # and back: the person in the company's list opens the contact
    companies.detail.people.itemActivated.emit(companies.detail.people.item(0))
    assert window.current_view_key() == "contacts"

    window.show_view("companies")
    assert window.stack.currentWidget() is companies
    window.close()
    assert window.ctx.settings.value("window/view") == "companies"


def test_cli_demo_then_search(tmp_path, capsys):
    data = str(tmp_path / "cli")
    assert cli_main(["--data-dir", data, "demo", "--contacts", "50"]) == 0
    out = capsys.readouterr().out
    assert "50 contacts" in out
    from crm_desktop.services import build_services
    from crm_desktop.storage.engine import open_database

    services = build_services(open_database(tmp_path / "cli" / "crm.sqlite3"))
    some = services.contacts.rows(services.contacts.ordered_ids()[:1])
    name = next(iter(some.values())).name
    services.db.close()
    assert cli_main(["--data-dir", data, "search", name.split()[-1]]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert any(line.startswith(name + "\t") for line in lines)
