from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from crm_desktop.services.contacts import ContactInput


def test_first_run_offers_three_ways_and_remembers_the_choice(qtbot, make_window):
    window = make_window()
    page = window.welcome
    assert page.isVisibleTo(window)
    assert "empty database" in page.empty_button.text()
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert window.ctx.services.settings.get("welcome_done") is True
    assert not page.isVisibleTo(window)
    assert not hasattr(make_window(), "welcome")


def test_welcome_demo_button_loads_demo_data(qtbot, window):
    services = window.ctx.services
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.contacts.count() == 300, timeout=20_000)
    qtbot.waitUntil(lambda: not isValid(window.welcome) or not window.welcome.isVisibleTo(window), timeout=5_000)


def test_demo_data_removed_in_one_click_keeps_the_users_own(qtbot, window, monkeypatch):
    services = window.ctx.services
    mine = services.contacts.create(ContactInput(first_name="Real", last_name="One"))
    load = next(a for a in window.menu("file").actions() if a.text() == "Load demo data")
    load.trigger()
    qtbot.waitUntil(lambda: services.demo.loaded, timeout=20_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    remove = next(a for a in window.menu("file").actions() if a.text() == "Remove demo data")
    remove.trigger()
    assert services.contacts.ordered_ids() == [mine]


def test_no_welcome_when_there_is_data(qtbot, make_window, services):
    services.contacts.create(ContactInput(first_name="Ada"))
    assert not hasattr(make_window(), "welcome")
