import csv
import io

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from crm_desktop.exchange.sync import Conflict
from crm_desktop.services.contacts import ContactInput
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.exporting import export_scopes
from crm_desktop.ui.exporting.auto_sync import AutoSync
from crm_desktop.ui.exporting.conflict_dialog import CRM, SHEET, ConflictDialog
from crm_desktop.ui.exporting.export_dialog import ExportDialog
from crm_desktop.ui.exporting.sync_dialog import SyncDialog
from crm_desktop.ui.exporting.won_deals_dialog import WonDealsDialog
from crm_desktop.ui.tasks import TaskRunner
from exchange_helpers import add_contacts, add_deals


@pytest.fixture
def ctx(qtbot, services, app_paths):
    runner = TaskRunner()
    context = UiContext(
        services=services,
        bridge=ChangeBridge(services.hub),
        tasks=runner,
        settings=QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat),
        paths=app_paths,
        undo=QUndoStack(),
    )
    yield context
    runner.wait()
    context.bridge.detach()


def test_export_dialog_exports_only_the_contacts_shown(qtbot, ctx, tmp_path):
    ids = add_contacts(ctx.services)
    dialog = ExportDialog(ctx, "contacts", {"contacts": [("Only the 2 contacts currently shown", ids[:2])]})
    qtbot.addWidget(dialog)
    assert dialog.scope.currentText() == "Only the 2 contacts currently shown"
    assert not dialog.separator.isEnabled()
    dialog.csv.setChecked(True)
    assert dialog.separator.isEnabled() and dialog.plain.isEnabled()
    dialog.separator.setCurrentIndex(1)  # semicolon
    target = tmp_path / "shown.csv"
    dialog.target.set_path(target)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.result_paths), timeout=10_000)
    assert "Exported 2 contacts" in dialog.status.text()
    text = target.read_text("utf-8-sig")
    assert text.startswith("ID;First name")
    assert [r[0] for r in csv.reader(io.StringIO(text, newline=""), delimiter=";")][1:] == [str(i) for i in ids[:2]]
    assert dialog.close_button.text() == "Close" and dialog.export_button.isEnabled()


def test_export_dialog_everything_to_xlsx_and_plain_error(qtbot, ctx, tmp_path):
    add_contacts(ctx.services)
    dialog = ExportDialog(ctx, "all")
    qtbot.addWidget(dialog)
    assert not dialog.scope.isEnabled()
    assert dialog.target.path().name == "crm-export.xlsx"
    dialog.target.set_path(tmp_path / "missing-folder" / "x.xlsx")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and "does not exist" in dialog.status.text(), timeout=10_000)
    dialog.target.set_path(tmp_path / "all.xlsx")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.result_paths), timeout=10_000)
    assert openpyxl.load_workbook(tmp_path / "all.xlsx").sheetnames[0] == "Contacts"


def test_export_scopes_use_the_view_when_it_offers_ids():
    class View:
        def current_ids(self):
            return [3, 1, 2]

        def selected_ids(self):
            return [1]

    class Window:
        def current_view_key(self):
            return "contacts"

        def view(self, key):
            return View()

    kind, scopes = export_scopes(Window())
    assert kind == "contacts"
    assert scopes == {"contacts": [("Only the selected 1 contact", [1]),
                                   ("Only the 3 contacts currently shown", [3, 1, 2])]}

    class Bare(Window):
        def view(self, key):
            return object()

    assert export_scopes(Bare()) == ("contacts", {})


def _conflicts():
    return [
        Conflict(7, "city", "Ada Lovelace", "Genève", "Bern", 2),
        Conflict(7, "notes", "Ada Lovelace", "line one\nline two", "", 2),
        Conflict(9, "email", "José Müller", "jose@example.com", "jm@example.com", 4),
    ]


def test_conflict_dialog_choice_per_field(qtbot):
    dialog = ConflictDialog(_conflicts(), "contacts.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert not dialog.apply_button.isEnabled() and dialog.resolutions() == {}
    dialog.choose(0, SHEET)
    dialog.choose(2, CRM)
    assert dialog.apply_button.isEnabled() and dialog.counter.text() == "2 of 3 decided"
    assert dialog.resolutions() == {(7, "city"): "Bern", (9, "email"): "jose@example.com"}
    dialog.choose_all(SHEET)
    assert dialog.resolutions() == {(7, "city"): "Bern", (7, "notes"): "", (9, "email"): "jm@example.com"}


def test_sync_dialog_links_syncs_and_resolves_conflicts(qtbot, ctx, tmp_path, monkeypatch):
    services = ctx.services
    ids = add_contacts(services)
    dialog = SyncDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.sync_button.isEnabled()
    path = tmp_path / "linked.csv"
    with qtbot.waitSignal(dialog.synced, timeout=10_000):
        dialog.run_sync(path)
    assert dialog.links.count() == 1 and path.exists()
    assert "3 added to the sheet" in dialog.report.toPlainText()

    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
    rows[1][rows[0].index("City")] = "Bern"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    detail = services.contacts.get(ids[0]).to_input()
    detail.city = "Genève"
    services.contacts.update(ids[0], detail)

    asked = []
    monkeypatch.setattr(dialog, "ask_conflicts", lambda result: asked.append(result.conflicts) or
                        {(ids[0], "city"): "Bern"})
    with qtbot.waitSignal(dialog.synced, timeout=10_000):
        dialog.sync_button.click()
    assert len(asked[0]) == 1
    qtbot.waitUntil(lambda: services.contacts.get(ids[0]).city == "Bern" and dialog.job is None, timeout=10_000)


def test_sync_dialog_asks_before_trashing(qtbot, ctx, tmp_path, monkeypatch):
    services = ctx.services
    ids = add_contacts(services)
    path = tmp_path / "linked.csv"
    services.sync.sync(path)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows([r for r in rows if r[0] != str(ids[1])])
    dialog = SyncDialog(ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_deletions", lambda result: [])  # "Keep them"
    with qtbot.waitSignal(dialog.synced, timeout=10_000):
        dialog.sync_button.click()
    qtbot.waitUntil(lambda: dialog.job is None)
    assert services.contacts.get(ids[1])
    monkeypatch.setattr(dialog, "ask_deletions", lambda result: [d.contact_id for d in result.pending_deletions])
    with qtbot.waitSignal(dialog.synced, timeout=10_000):
        dialog.sync_button.click()
    qtbot.waitUntil(lambda: services.contacts.count() == 2 and dialog.job is None, timeout=10_000)


def test_auto_sync_runs_after_the_file_changes(qtbot, ctx, tmp_path):
    services = ctx.services
    add_contacts(services)
    path = tmp_path / "auto.csv"
    services.sync.sync(path)
    services.sync.set_auto_sync(services.sync.links()[0].id, True)
    auto = AutoSync(ctx, delay_ms=50)
    assert auto.paths == {path.resolve()}
    services.contacts.create(ContactInput(first_name="Nobody", emails=["n@example.com"]))
    with open(path, "a", encoding="utf-8", newline="") as handle:
        handle.write(",Grace,Hopper,grace@example.com\r\n")
    with qtbot.waitSignal(auto.synced, timeout=10_000) as blocker:
        pass
    result = blocker.args[0]
    assert len(result.created_in_crm) == 1 and result.added_to_sheet == 1


def test_won_deals_dialog_previews_and_saves(qtbot, ctx, tmp_path):
    from datetime import date


    ids = add_contacts(ctx.services)
    add_deals(ctx.services, contact_id=ids[0])
    dialog = WonDealsDialog(ctx, today=date(2026, 4, 15))
    qtbot.addWidget(dialog)
    assert dialog.period.currentText() == "Last month"
    assert dialog.range() == (date(2026, 3, 1), date(2026, 3, 31))
    assert dialog.preview.text() == "<b>1 deal won:</b> 77.05 USD"
    dialog.period.setCurrentIndex(2)  # last quarter
    assert dialog.range() == (date(2026, 1, 1), date(2026, 3, 31))
    assert "6 deals won" in dialog.preview.text() and "16,000.25 EUR" in dialog.preview.text()
    dialog.target.set_path(tmp_path / "q1.xlsx")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and "Saved 6 deals" in dialog.status.text(), timeout=10_000)
    assert (tmp_path / "q1.xlsx").exists()
