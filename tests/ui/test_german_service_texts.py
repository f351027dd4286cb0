"""Messages from the services reach a German user in German: validation errors, import and
export results, sync notes, follow-up groups, email problems, progress texts sent from worker
threads, search results, and the pipeline a new database starts with."""

from __future__ import annotations

import csv
import io
import sys
from datetime import date
from pathlib import Path

import pytest
from keyring.backends import fail

from crm_desktop.domain.i18n import UserText
from crm_desktop.mail.credentials import Credentials
from crm_desktop.services import build_services
from crm_desktop.services.deals import DealInput
from crm_desktop.services.followup_lists import Group
from crm_desktop.services.followups import FollowUpInput
from crm_desktop.storage.engine import open_database
from crm_desktop.ui import i18n
from exchange_helpers import add_contacts
from mail_support import SmtpServer, mail_services, plain_account

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
import import_samples as samples  # noqa: E402

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.usefixtures("german")]  # every test in German


def test_contact_dialog_shows_the_services_validation_errors_in_german(qtbot, ui_ctx) -> None:
    from crm_desktop.ui.contacts.dialog import ContactDialog

    dialog = ContactDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.emails.edits[0].setText("not-an-email")
    assert dialog.save() is False
    assert dialog.errors.label("name").text() == "Geben Sie einen Vor- oder Nachnamen ein."
    assert dialog.errors.label("emails").text().startswith("„not-an-email“ ist keine gültige E-Mail-Adresse")
    assert ui_ctx.services.contacts.count() == 0


def test_import_check_lists_the_rows_it_cannot_import_in_german(qtbot, ui_ctx, tmp_path) -> None:
    from crm_desktop.ui.importer.wizard import ImportWizard

    path = samples.write_csv(tmp_path / "people.csv", [["Name", "Email"], ["Eva Maier", "eva@x.example"],
                                                        ["", "nobody@x.example"]])
    wizard = ImportWizard(ui_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    wizard.next()
    wizard.next()
    check = wizard.check
    qtbot.waitUntil(lambda: check.result is not None, timeout=10_000)
    assert "<b>2</b> Zeilen gelesen." in check.summary.text()
    problems = [check.problems.item(i).text() for i in range(check.problems.count())]
    assert problems == ["Wird nicht importiert — Zeile 3: es gibt keinen Namen (Vor-, Nach- oder vollständiger "
                        "Name ist leer)"]
    ui_ctx.tasks.wait()


def test_progress_sent_from_a_worker_thread_stays_translatable(qtbot, ui_ctx, tmp_path) -> None:
    """Job.progress carries the service's text to the GUI thread as it is (a str signal would
    turn it into plain English)."""
    importer = ui_ctx.services.importer
    table = importer.open(samples.write_csv(tmp_path / "one.csv", [["Name"], ["Eva Maier"]]))
    seen: list[object] = []
    ui_ctx.tasks.run(lambda job: importer.run(table, importer.recognise(table), progress=job.progress),
                     on_progress=lambda _done, _total, text: seen.append(text))
    qtbot.waitUntil(lambda: ui_ctx.services.contacts.count() == 1, timeout=20_000)
    ui_ctx.tasks.wait()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert isinstance(seen[0], UserText)
    assert i18n.translated(seen[0]) == "Zuerst wird eine Datensicherung Ihrer Daten gespeichert…"


def test_export_error_and_result_in_german(qtbot, ui_ctx, tmp_path) -> None:
    from crm_desktop.ui.exporting.export_dialog import ExportDialog

    add_contacts(ui_ctx.services)
    dialog = ExportDialog(ui_ctx, "contacts")
    qtbot.addWidget(dialog)
    dialog.target.set_path(tmp_path / "missing-folder" / "x.xlsx")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and "gibt es nicht" in dialog.status.text(), timeout=10_000)
    assert dialog.status.text().startswith("Den Ordner „")
    dialog.target.set_path(tmp_path / "contacts.xlsx")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.result_paths), timeout=10_000)
    assert dialog.status.text().startswith("3 Kontakte exportiert nach ")


def test_sync_report_shows_the_services_notes_in_german(qtbot, ui_ctx, tmp_path) -> None:
    from crm_desktop.ui.exporting.sync_dialog import SyncDialog

    add_contacts(ui_ctx.services)
    dialog = SyncDialog(ui_ctx)
    qtbot.addWidget(dialog)
    path = tmp_path / "linked.csv"
    with qtbot.waitSignal(dialog.synced, timeout=10_000):
        dialog.run_sync(path)
    assert dialog.report.toPlainText() == "Abgeglichen: 3 in der Tabelle hinzugefügt."
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
    rows.append(["abc", *rows[1][1:]])  # a row whose ID column is not a number
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    with qtbot.waitSignal(dialog.synced, timeout=10_000):
        dialog.sync_button.click()
    assert "Zeile 5: Die ID „abc“ ist keine Zahl; die Zeile blieb unverändert." in dialog.report.toPlainText()
    ui_ctx.tasks.wait()


def test_follow_up_groups_and_search_results_in_german(qtbot, window) -> None:
    from crm_desktop.ui.followups.view import FollowUpsView
    from crm_desktop.ui.palette import CommandPalette

    i18n.install("de")  # the window (with stand-in views) was built in the system's language
    ui_ctx = window.ctx
    services = ui_ctx.services
    services.followups.create(FollowUpInput(title="Rechnung nachhaken", due_date=date(2020, 1, 6)))
    view = FollowUpsView(ui_ctx)
    qtbot.addWidget(view)
    assert view.model.index(int(Group.OVERDUE), 0).data() == "Überfällig  ·  1"

    pipeline = services.pipelines.list()[0]
    services.deals.create(DealInput(title="Hochzeitstorte", value="1200", currency="EUR",
                                    stage_id=pipeline.stages[0].id))

    palette = CommandPalette(window, ui_ctx)
    qtbot.addWidget(palette)
    palette._fill(services.finder.find("Hochzeitstorte"), "Hochzeitstorte")
    texts = [palette.results.item(i).text() for i in range(palette.results.count())]
    assert "Hochzeitstorte    New lead · offen" in texts  # the stage is the user's name, the status is German


def test_email_problems_and_test_results_in_german(qtbot, ui_ctx) -> None:
    from crm_desktop.ui.mail.settings_dialog import EmailSettingsDialog

    ui_ctx.services.mail.credentials = Credentials(fail.Keyring())
    dialog = EmailSettingsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.keychain_checked, timeout=10_000):
        pass
    assert dialog.banner.text().startswith("E-Mail ist ausgeschaltet, weil auf diesem Computer kein Passwortspeicher")
    ui_ctx.tasks.wait()

    mail_services(ui_ctx.services)
    with SmtpServer("plain") as server:
        ui_ctx.services.mail.save_account(plain_account(server.port))
        dialog = EmailSettingsDialog(ui_ctx)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.status.kind in ("ok", "error"), timeout=20_000)
    assert dialog.status.kind == "ok", dialog.status.text()
    assert dialog.status.text().startswith("Senden funktioniert: ")
    ui_ctx.tasks.wait()


def test_a_new_database_starts_with_a_german_pipeline(tmp_path, real_window) -> None:
    window = real_window(language="de")
    services = window.ctx.services
    [pipeline] = services.pipelines.list()
    assert pipeline.name == "Vertrieb"
    assert [s.name for s in pipeline.stages] == ["Neuer Lead", "Kontaktiert", "Angebot", "Verhandlung"]
    new_id = services.pipelines.create("Großhandel")  # a pipeline added later gets German stages too
    assert services.pipelines.get(new_id).stages[0].name == "Neuer Lead"

    # Names once stored are the user's: opening the database in English renames nothing, and
    # the command line (no translator) starts a new database in English.
    i18n.install("en")
    again = build_services(open_database(window.ctx.paths.database), translate=i18n.translated)
    try:
        assert [p.name for p in again.pipelines.list()] == ["Vertrieb", "Großhandel"]
    finally:
        again.db.close()
    fresh = build_services(open_database(tmp_path / "cli.sqlite3"))
    try:
        assert [s.name for s in fresh.pipelines.list()[0].stages][0] == "New lead"
    finally:
        fresh.db.close()


def test_labels_from_the_services_in_german(qtbot, ui_ctx) -> None:
    """Kinds, states and field names the window shows by the services' own labels."""
    from crm_desktop.exchange.sync import Conflict
    from crm_desktop.services.followups import FollowUpInput as Input
    from crm_desktop.ui.exporting.conflict_dialog import ConflictDialog
    from crm_desktop.ui.followups.dialogs import CompleteDialog
    from crm_desktop.ui.log_dialog import LogDialog
    from crm_desktop.ui.mail.fields import field_label
    from crm_desktop.ui.mail.recipients_model import counts_text, state_text

    services = ui_ctx.services
    assert [state_text(s) for s in ("pending", "sending", "sent", "uncertain")] == [
        "Wartend", "Wird gerade gesendet", "Gesendet", "Prüfen: vielleicht schon gesendet"]
    assert counts_text({"pending": 1, "sent": 12500, "uncertain": 2, "failed": 0}) == \
        "12.500 gesendet, 1 wartend, 2 zu prüfen"
    assert counts_text({}) == "keine Empfänger"
    assert [field_label(n) for n in ("first_name", "deal.title", "my.email")] == [
        "Vorname", "Deal-Titel", "Ihre E-Mail-Adresse"]
    conflicts = ConflictDialog([Conflict(7, "postal_code", "Ada", "1201", "1202", 2)], "contacts.xlsx")
    qtbot.addWidget(conflicts)
    assert conflicts.table.item(0, 1).text() == "Postleitzahl"
    cid = add_contacts(services)[0]
    fid = services.followups.create(Input(title="Call back", due_date=date(2026, 11, 20), contact_id=cid))
    complete = CompleteDialog(services, services.followups.get(fid))
    qtbot.addWidget(complete)
    assert [complete.kind.itemText(i) for i in range(complete.kind.count())] == [
        "Notiz", "Anruf", "Besprechung", "E-Mail gesendet"]
    log = LogDialog(ui_ctx, {"contact_id": cid}, "Ada")
    qtbot.addWidget(log)
    assert [b.text() for b in log.kind_group.buttons()] == ["Notiz", "Anruf", "Besprechung"]
