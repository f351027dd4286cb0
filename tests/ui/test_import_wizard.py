"""Walk the import wizard end to end: file → columns → check → import → result → undo."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
import import_samples as samples  # noqa: E402

from crm_desktop.services.contacts import ContactInput  # noqa: E402
from crm_desktop.services.importer import ImportService  # noqa: E402
from crm_desktop.ui.bridge import ChangeBridge  # noqa: E402
from crm_desktop.ui.context import UiContext  # noqa: E402
from crm_desktop.ui.importer.wizard import ImportWizard  # noqa: E402
from crm_desktop.ui.tasks import TaskRunner  # noqa: E402

# the offscreen platform cannot resize native windows; harmless here
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def ctx(services, app_paths, tmp_path):
    tasks = TaskRunner()
    context = UiContext(services=services, bridge=ChangeBridge(services.hub), tasks=tasks,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        paths=app_paths, undo=QUndoStack())
    yield context
    tasks.wait()


def open_wizard(qtbot, ctx, path):
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    return wizard


def test_walk_through_import_and_undo(qtbot, ctx, services, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    services.contacts.create(ContactInput(first_name="Zoë", last_name="Dubois", emails=["zoe@atelier.example"]))
    wizard = open_wizard(qtbot, ctx, samples.google_old(tmp_path / "google.csv"))
    assert "Google Contacts" in wizard.file_page.status.text()
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert "Google Contacts" in page.recognised.text()
    combos = [page.columns.cellWidget(r, 2) for r in range(page.columns.rowCount())]
    assert all(isinstance(c, QComboBox) for c in combos)
    assert combos[wizard.table.headers.index("E-mail 1 - Value")].currentData() == "email"
    assert page.preview.rowCount() == 4
    assert page.preview.item(0, 0).text() == "Zoë Dubois"
    wizard.next()
    check = wizard.check
    qtbot.waitUntil(lambda: check.result is not None, timeout=10_000)
    assert "Will add <b>2</b> new contacts" in check.summary.text()
    assert "Will update <b>1</b> contact" in check.summary.text()
    assert services.contacts.count() == 1  # the check changed nothing
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20_000)
    assert services.contacts.count() == 3
    assert wizard.result_page.undo.isVisible()
    wizard.result_page.undo.click()
    assert asked
    assert services.contacts.count() == 1
    assert services.contacts.get(services.contacts.ordered_ids()[0]).emails == ["zoe@atelier.example"]
    assert "undone" in wizard.result_page.title()


def test_enter_after_choosing_a_file_goes_on_to_the_columns(qtbot, ctx, tmp_path):
    from PySide6.QtCore import Qt

    wizard = open_wizard(qtbot, ctx, samples.google_old(tmp_path / "google.csv"))
    wizard.file_page.browse.setFocus()  # where the focus is after the file dialog closes
    qtbot.keyClick(wizard.file_page.browse, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.mapping_page


def test_changing_a_column_updates_the_preview_and_a_saved_setup(qtbot, ctx, services, tmp_path):
    path = samples.write_csv(tmp_path / "odd.csv", [["Kunde", "Elektropost"], ["Eva Maier", "eva@x.example"]])
    wizard = open_wizard(qtbot, ctx, path)
    wizard.next()
    page = wizard.mapping_page
    assert not page.isComplete()  # nothing recognised yet
    email_combo = page.columns.cellWidget(1, 2)
    name_combo = page.columns.cellWidget(0, 2)
    name_combo.setCurrentIndex(name_combo.findData("full_name"))
    email_combo.setCurrentIndex(email_combo.findData("email"))
    assert page.isComplete()
    assert page.preview.item(0, 1).text() == "eva@x.example"
    services.importer.save_profile("Eva's list", page.current_mapping())
    assert services.importer.profiles()["Eva's list"]["columns"] == {"Kunde": "full_name", "Elektropost": "email"}


def test_stop_during_import_changes_nothing(qtbot, ctx, services, tmp_path, monkeypatch):
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@x.example"] for i in range(3000)]
    wizard = open_wizard(qtbot, ctx, samples.write_csv(tmp_path / "big.csv", rows))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check.result is not None, timeout=20_000)
    gate = threading.Event()
    original = ImportService.run

    def gated(self, *args, **kwargs):
        gate.wait(10)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ImportService, "run", gated)
    wizard.next()
    assert wizard.currentPage() is wizard.run_page
    wizard.run_page.stop.click()
    gate.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20_000)
    assert wizard.result_page.title() == "Nothing was imported"
    assert "cancelled" in wizard.result_page.summary.text()
    assert services.contacts.count() == 0 and services.importer.batches() == []


def test_a_refused_file_says_why(qtbot, ctx, tmp_path):
    bad = tmp_path / "photo.csv"
    bad.write_bytes(bytes(range(256)) * 50)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.open_file(bad)
    qtbot.waitUntil(lambda: "✖" in wizard.file_page.status.text(), timeout=10_000)
    assert "does not look like a spreadsheet" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()


def test_menu_action_and_drop_open_the_wizard(qtbot, ctx, monkeypatch, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from crm_desktop.ui import navigation
    from crm_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(navigation, "VIEWS", [navigation.ViewSpec("blank", "Blank", "contacts", lambda c: QWidget())])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = next(a for a in window.menu("file").actions() if a.text() == "&Import contacts…")
    assert action.shortcut().toString() == "Ctrl+I"
    action.trigger()
    assert window._import_wizard.isVisible()
    window._import_wizard.reject()
    path = samples.hubspot(tmp_path / "h.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window._import_drop_filter.eventFilter(window, drop)
    wizard = window._import_wizard
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    assert "HubSpot" in wizard.file_page.status.text()
    wizard.reject()


def test_choosing_another_sheet(qtbot, ctx, tmp_path):
    wizard = open_wizard(qtbot, ctx, samples.workbook_with_title_rows(tmp_path / "w.xlsx"))
    page = wizard.file_page
    assert not page.sheet.isHidden() and page.sheet.currentText() == "Customers 2024"
    page.sheet.setCurrentText("Read me")
    page._on_sheet_activated(0)
    qtbot.waitUntil(lambda: wizard.table is not None and wizard.table.sheet == "Read me", timeout=10_000)


def test_earlier_imports_dialog_undoes_after_the_wizard_closed(qtbot, ctx, services, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.ui.importer.history import ImportHistoryDialog

    table = services.importer.open(samples.hubspot(tmp_path / "h.csv"))
    summary = services.importer.run(table, services.importer.recognise(table), backup=False)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = ImportHistoryDialog(ctx)
    qtbot.addWidget(dialog)
    assert "h.csv: 1 added" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    assert dialog.undo.isEnabled()
    dialog.undo.click()
    assert services.contacts.count() == 0
    assert "undone" in dialog.list.item(0).text()
    assert services.importer.batches()[0].id == summary.batch_id


@pytest.mark.slow
def test_a_large_file_read_in_a_second_process_can_be_stopped_and_imported(qtbot, ctx, services, tmp_path,
                                                                           monkeypatch):
    import multiprocessing

    from crm_desktop.services import import_feed
    from crm_desktop.services.import_run import ImportRun

    monkeypatch.setattr(import_feed, "SECOND_PROCESS_FROM", 0)  # as a file over 2 MB
    monkeypatch.setattr(import_feed, "HEAD_START", 1)
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@x.example"] for i in range(3000)]
    wizard = open_wizard(qtbot, ctx, samples.write_csv(tmp_path / "big.csv", rows))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check.result is not None, timeout=20_000)
    assert wizard.check.result.created == 3000
    reached, gate = threading.Event(), threading.Event()
    original = ImportRun._progress

    def held(self, done):
        original(self, done)
        if done == 1:  # the head start is done; the second process is preparing the rest
            reached.set()
            gate.wait(10)

    monkeypatch.setattr(ImportRun, "_progress", held)
    wizard.next()
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    wizard.run_page.stop.click()
    gate.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20_000)
    assert wizard.result_page.title() == "Nothing was imported"
    assert services.contacts.count() == 0 and services.importer.batches() == []
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=10_000)

    monkeypatch.setattr(ImportRun, "_progress", original)
    wizard = open_wizard(qtbot, ctx, tmp_path / "big.csv")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check.result is not None, timeout=20_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=30_000)
    assert services.contacts.count() == 3000
    assert not multiprocessing.active_children()


def test_xlsx_with_title_rows_is_shown_from_its_first_rows(qtbot, ctx, tmp_path, monkeypatch):
    """Opening the workbook and the preview read only the first rows; the whole sheet is
    read by the check."""
    from crm_desktop.exchange import sheets

    whole_reads = []
    real = sheets.iter_rows
    monkeypatch.setattr(sheets, "iter_rows", lambda *args: whole_reads.append(args) or real(*args))
    wizard = open_wizard(qtbot, ctx, samples.workbook_with_title_rows(tmp_path / "customers.xlsx"))
    assert "Customers 2024" in wizard.file_page.status.text() and "row 3" in wizard.file_page.status.text()
    wizard.next()
    page = wizard.mapping_page
    assert [page.columns.item(r, 1).text() for r in range(page.columns.rowCount())] == [
        "Marta Kowalska", "marta@polska.example", "48601234567", "Polska Sp. z o.o.", "1979-05-06", "00123"]
    assert page.preview.rowCount() == 2
    assert [page.preview.item(r, 0).text() for r in range(2)] == ["Marta Kowalska", "Lars Berg"]
    assert page.preview.item(0, 2).text() == "+48601234567"
    assert whole_reads == []
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check.result is not None, timeout=10_000)
    assert whole_reads
