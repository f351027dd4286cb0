"""The command palette: keyboard only, finds records of every kind and runs commands."""

from PySide6.QtCore import Qt

from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.finder import Found
from crm_desktop.ui.palette import CommandPalette


def type_and_wait(qtbot, palette, text):
    qtbot.keyClicks(palette.query, text)
    qtbot.waitUntil(lambda: any(
        isinstance(palette.results.item(i).data(Qt.ItemDataRole.UserRole + 1), Found)
        for i in range(palette.results.count())
    ), timeout=3000)


def test_palette_opens_a_contact_by_keyboard(qtbot, window):
    services = window.ctx.services
    cid = services.contacts.create(ContactInput(first_name="Jürgen", last_name="Müller", company="Bäckerei Sonne"))
    palette = CommandPalette(window, window.ctx)
    qtbot.addWidget(palette)
    palette.show()
    type_and_wait(qtbot, palette, "mull")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert window.views["contacts"].opened == [("contact", cid)]


def test_palette_groups_kinds_and_moves_to_companies(qtbot, window):
    services = window.ctx.services
    services.contacts.create(ContactInput(first_name="Ada", last_name="Sonne", company="Sonne GmbH"))
    palette = CommandPalette(window, window.ctx)
    qtbot.addWidget(palette)
    palette.show()
    type_and_wait(qtbot, palette, "sonne")
    texts = [palette.results.item(i).text() for i in range(palette.results.count())]
    assert texts[0] == "Contacts" and "Companies" in texts
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)  # skips the "Companies" heading
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    company_id = services.contacts.get(services.contacts.ordered_ids()[0]).company_id
    assert window.views["companies"].opened == [("company", company_id)]


def test_palette_runs_commands(qtbot, window):
    palette = CommandPalette(window, window.ctx)
    qtbot.addWidget(palette)
    palette.show()
    qtbot.keyClicks(palette.query, "companies")
    texts = [palette.results.item(i).text() for i in range(palette.results.count())]
    assert any(t.startswith("View › Companies") for t in texts)
    while not (palette.results.currentItem() and palette.results.currentItem().text().startswith("View › Companies")):
        qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert window.current_view_key() == "companies"
