"""Saved views in the window: filter dialog -> sidebar with counts -> filtered list -> edit -> delete;
and a saved view as the target of an export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from crm_desktop.services.saved_views import Condition, ViewSpec
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.main_window import CHILD_ROLE
from crm_desktop.ui.tasks import TaskRunner


@pytest.fixture
def main(qtbot, services, app_paths, people):
    settings = QSettings(str(app_paths.data_dir / "w.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/view", "contacts")
    settings.setValue("welcome/done", True)
    ctx = UiContext(services, ChangeBridge(services.hub), TaskRunner(), settings, app_paths, QUndoStack())
    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    yield window
    ctx.tasks.wait()
    ctx.bridge.detach()


def children(window, key="contacts"):
    out = []
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        if item.data(CHILD_ROLE) is not None and item.data(0x0100) == key:
            out.append(item)
    return out


def test_saved_view_round_trip(qtbot, main, people):
    view = main.show_view("contacts")
    view.search.setText("müller")  # Anna and Chloé (company Müller Bau)
    qtbot.waitUntil(lambda: not view.is_loading())

    def fill(dialog):
        assert dialog.text.text() == "müller"  # starts from the current search
        dialog.name.setText("Müller people")
        dialog.tags_none.setText("supplier")
        dialog.update_count()
        assert dialog.count.text() == "1 contact matches"
        return dialog.save()

    view.exec_dialog = fill
    view.save_view()
    qtbot.waitUntil(lambda: len(children(main)) == 1 and "(1)" in children(main)[0].text())
    item = children(main)[0]
    assert item.text().strip() == "Müller people  (1)"
    # saving the view opened it: exactly its contacts are listed
    assert main.sidebar.currentItem() is item
    assert view.model.ids == [people["Anna"]]
    assert view.current_ids() == [people["Anna"]]
    assert view.banner.isVisibleTo(view)

    # clicking the plain Contacts item shows everyone again; clicking the view filters again
    main.sidebar.setCurrentItem(main.sidebar_item("contacts"))
    assert len(view.model.ids) == 4 and not view.banner.isVisibleTo(view)
    main.sidebar.setCurrentItem(children(main)[0])
    assert view.model.ids == [people["Anna"]]

    # edit: drop the search, keep contacts without the supplier tag whose company is Müller Bau or empty
    view_id = int(children(main)[0].data(CHILD_ROLE))

    def edit(dialog):
        assert dialog.name.text() == "Müller people"
        dialog.text.setText("")
        row = dialog.add_row(None)
        row.field.setCurrentIndex(row.field.findData("company"))
        row.op.setCurrentIndex(row.op.findData("empty"))
        dialog.update_count()
        assert dialog.count.text() == "1 contact matches"  # Bob
        return dialog.save()

    view.exec_dialog = edit
    view.edit_saved_view(view_id)
    qtbot.waitUntil(lambda: view.model.ids == [people["Bob"]])
    qtbot.waitUntil(lambda: children(main)[0].text().strip() == "Müller people  (1)")

    # a change to the data updates the count and the list
    services = main.ctx.services
    services.contacts.add_tags([people["Bob"]], ["supplier"])
    qtbot.waitUntil(lambda: children(main)[0].text().strip() == "Müller people  (0)")
    qtbot.waitUntil(lambda: view.model.ids == [])
    assert view.no_results.title.text() == "No contacts in “Müller people” right now"
    assert view.list_stack.currentWidget() is view.no_results

    # delete from the sidebar menu: the item goes, the plain list comes back
    nav = main.saved_views_sidebar
    nav.confirm_delete = lambda name: name == "Müller people"
    nav.delete(view_id)
    qtbot.waitUntil(lambda: not children(main))
    assert main.sidebar.currentItem() is main.sidebar_item("contacts")
    assert len(view.model.ids) == 4
    assert services.saved_views.all() == []


def test_saved_view_is_the_export_target(qtbot, main, people):
    from crm_desktop.ui.exporting import export_scopes

    services = main.ctx.services
    view_id = services.saved_views.save("VIPs", ViewSpec("contact", tags_any=["vip"]))
    qtbot.waitUntil(lambda: len(children(main)) == 1)
    main.sidebar.setCurrentItem(children(main)[0])
    view = main.view("contacts")
    assert view.saved_view is not None and view.saved_view.id == view_id
    kind, scopes = export_scopes(main)
    assert kind == "contacts"
    assert [list(ids) for _label, ids in scopes["contacts"]] == [[people["Anna"]]]
    assert "1 contact" in scopes["contacts"][0][0]


def test_company_saved_view_and_rename(qtbot, main, people, monkeypatch):
    services = main.ctx.services
    services.saved_views.save("Garcia", ViewSpec("company", conditions=[Condition("name", "contains", "garcia")]))
    qtbot.waitUntil(lambda: len(children(main, "companies")) == 1 and "(1)" in children(main, "companies")[0].text())
    main.sidebar.setCurrentItem(children(main, "companies")[0])
    view = main.view("companies")
    assert main.stack.currentWidget() is view
    assert [view.model.row_data(0).name] == ["Garcia SL"]
    view_id = int(children(main, "companies")[0].data(CHILD_ROLE))
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Spanish firms", True))
    main.saved_views_sidebar.rename(view_id)
    qtbot.waitUntil(lambda: children(main, "companies")[0].text().strip().startswith("Spanish firms"))
    assert main.sidebar.currentItem() is children(main, "companies")[0]
    assert "Spanish firms" in view.banner.label.text()


def test_the_open_saved_view_comes_back_after_a_restart(qtbot, main, people):
    from crm_desktop.ui.main_window import MainWindow

    services = main.ctx.services
    services.saved_views.save("VIPs", ViewSpec("contact", tags_any=["vip"]))
    qtbot.waitUntil(lambda: len(children(main)) == 1)
    main.sidebar.setCurrentItem(children(main)[0])
    main.ctx.tasks.wait()
    again = MainWindow(main.ctx)
    qtbot.addWidget(again)
    assert again.sidebar.currentItem().text().strip().startswith("VIPs"), again.sidebar.currentItem().text()
    assert again.view("contacts").model.ids == [people["Anna"]]
