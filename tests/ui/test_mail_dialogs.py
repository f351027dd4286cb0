"""pytest-qt: the email settings dialog (incl. no keychain), the composer, the merge dialog."""

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from crm_desktop.mail.credentials import NO_KEYCHAIN, Credentials
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.tasks import TaskRunner
from mail_support import MemoryKeyring, SmtpServer, mail_services, make_contact, plain_account


@pytest.fixture
def ctx(services, app_paths, qtbot):
    tasks = TaskRunner()
    c = UiContext(services, ChangeBridge(services.hub), tasks,
                  QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat),
                  app_paths, QUndoStack())
    yield c
    tasks.wait()


def test_settings_dialog_without_keychain_explains_and_disables(ctx, qtbot):
    from crm_desktop.ui.mail.settings_dialog import EmailSettingsDialog

    ctx.services.mail.credentials = Credentials(fail.Keyring())
    dialog = EmailSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.keychain_checked, timeout=10_000) as blocker:
        pass
    assert blocker.args == [NO_KEYCHAIN]
    assert dialog.banner.isVisibleTo(dialog) and dialog.banner.text() == NO_KEYCHAIN
    assert not dialog.password.isEnabled()
    assert not dialog.test_button.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_settings_dialog_saves_account_and_password_to_keychain(ctx, qtbot):
    from crm_desktop.ui.mail.settings_dialog import EmailSettingsDialog

    backend = MemoryKeyring()
    mail_services(ctx.services, backend)
    dialog = EmailSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.password.isEnabled, timeout=10_000)
    dialog.name.setText("Ann Owner")
    dialog.address.setText("ann@shop.example")
    dialog.smtp_host.setText("smtp.shop.example")
    dialog._select(dialog.smtp_security, "starttls")
    assert dialog.smtp_port.value() == 587  # follows the security choice
    dialog.password.setText("Pw-in-keychain-1")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    account = ctx.services.mail.account()
    assert (account.smtp_host, account.smtp_port, account.smtp_security) == ("smtp.shop.example", 587, "starttls")
    assert account.username == "ann@shop.example"
    assert list(backend.store.values()) == ["Pw-in-keychain-1"]


def test_settings_test_connection_reports_in_plain_words(ctx, qtbot):
    from crm_desktop.ui.mail.settings_dialog import EmailSettingsDialog

    mail_services(ctx.services)
    with SmtpServer("plain") as server:
        ctx.services.mail.save_account(plain_account(server.port))
        dialog = EmailSettingsDialog(ctx)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.status.kind in ("ok", "error"), timeout=20_000)
    assert dialog.status.kind == "ok", dialog.status.text()
    assert "Sending works" in dialog.status.text()


def test_composer_previews_blocks_unknown_fields_and_sends(ctx, qtbot):
    from crm_desktop.ui.mail.composer import ComposerDialog

    mail_services(ctx.services)
    cid = make_contact(ctx.services, "Marie", "Curie", ["marie@lab.example"])
    ctx.services.mail.save_template(None, "Thanks", "Thanks {{first_name}}", "Dear {{full_name}},\nthank you.")
    with SmtpServer("plain") as server:
        ctx.services.mail.save_account(plain_account(server.port))
        dialog = ComposerDialog(ctx, cid)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(dialog.send_button.isEnabled, timeout=10_000)
        dialog.template.setCurrentIndex(1)
        dialog.tabs.setCurrentIndex(1)
        assert dialog.preview_subject.text() == "Thanks Marie"
        assert dialog.preview_body.toPlainText().startswith("Dear Marie Curie")
        dialog.subject.setText("Hi {{nickname}}")
        dialog.send_button.click()
        assert "{{nickname}}" in dialog.banner.text() and server.inbox.messages == []
        dialog.subject.setText("Thanks {{first_name}}")
        with qtbot.waitSignal(dialog.sent, timeout=20_000):
            dialog.send_button.click()
    assert server.inbox.recipients() == ["marie@lab.example"]
    assert ctx.services.activities.timeline(contact_id=cid)[0].subject == "Thanks Marie"


def test_composer_without_keychain_cannot_send(ctx, qtbot):
    from crm_desktop.ui.mail.composer import ComposerDialog

    ctx.services.mail.credentials = Credentials(MemoryKeyring())
    ctx.services.mail.save_account(plain_account(25))
    ctx.services.mail.credentials = Credentials(fail.Keyring())
    cid = make_contact(ctx.services, "Marie", "", ["marie@lab.example"])
    dialog = ComposerDialog(ctx, cid)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.banner.kind == "error", timeout=10_000)
    assert dialog.banner.text() == NO_KEYCHAIN and not dialog.send_button.isEnabled()


def test_merge_dialog_previews_skips_sends_and_logs(ctx, qtbot):
    from crm_desktop.ui.mail.merge_dialog import MergeDialog

    mail_services(ctx.services)
    ids = [make_contact(ctx.services, f"P{i}", "Test", [f"p{i}@x.example"]) for i in range(4)]
    nomail = make_contact(ctx.services, "Nomail", "Test")
    quiet = make_contact(ctx.services, "Quiet", "Test", ["q@x.example"], do_not_email=True)
    ctx.services.contacts.add_tags([*ids, nomail, quiet], ["vip"])
    ctx.services.mail.save_template(None, "Offer", "Offer for {{first_name}}", "Hello {{full_name}}")
    with SmtpServer("plain") as server:
        ctx.services.mail.save_account(plain_account(server.port))
        dialog = MergeDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.audience.setCurrentIndex(0)  # tag
        dialog.tag.setCurrentText("vip")
        dialog.template.setCurrentIndex(1)
        with qtbot.waitSignal(dialog.plan_ready, timeout=10_000):
            dialog.refresh_plan()
        assert dialog.model.counts() == {"pending": 4, "skipped": 2}
        assert "2 will be skipped" in dialog.summary.text()
        dialog.table.selectRow(next(i for i, r in enumerate(dialog.model.rows) if r.name == "P1 Test"))
        assert dialog.preview_subject.text() == "Offer for P1"
        dialog.rate.setValue(600)
        qtbot.waitUntil(dialog.start_button.isEnabled, timeout=10_000)
        with qtbot.waitSignal(dialog.finished_run, timeout=30_000) as blocker:
            dialog.start_button.click()
    assert blocker.args[0].sent == 4
    assert sorted(server.inbox.recipients()) == [f"p{i}@x.example" for i in range(4)]
    assert dialog.model.counts() == {"sent": 4, "skipped": 2}
    assert "4 sent" in dialog.summary.text()


def test_merge_dialog_cancel_then_resume(ctx, qtbot):
    from crm_desktop.ui.mail.merge_dialog import MergeDialog

    mail_services(ctx.services)
    ids = [make_contact(ctx.services, f"P{i}", "", [f"p{i}@x.example"]) for i in range(5)]
    with SmtpServer("plain") as server:
        ctx.services.mail.save_account(plain_account(server.port))
        dialog = MergeDialog(ctx, contact_ids=ids)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 5, timeout=10_000)
        dialog.subject.setText("Hi {{first_name}}")
        dialog.body.setPlainText("Hello")
        dialog.rate.setValue(60)  # one per second: time to press Stop
        server.inbox.after_message = lambda n: n == 1 and dialog.job.cancel()
        qtbot.waitUntil(dialog.start_button.isEnabled, timeout=10_000)
        with qtbot.waitSignal(dialog.finished_run, timeout=30_000) as blocker:
            dialog.start_button.click()
        assert blocker.args[0].cancelled
        assert dialog.start_button.text() == "Resume sending (4 waiting)"
        server.inbox.after_message = None
        dialog.rate.setValue(600)
        with qtbot.waitSignal(dialog.finished_run, timeout=30_000):
            dialog.start_button.click()
    assert sorted(server.inbox.recipients()) == [f"p{i}@x.example" for i in range(5)]


def test_main_window_gets_the_email_menu_and_contact_section(ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from crm_desktop.ui import navigation, sections
    from crm_desktop.ui.mail.timeline import EmailSection
    from crm_desktop.ui.main_window import MainWindow

    # the real Contacts view lives on another branch: a stand-in view is enough here
    monkeypatch.setattr(navigation, "VIEWS", [navigation.ViewSpec("home", "Home", "contacts", lambda c: QLabel("home"))])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu("tools").actions()]
    assert "Email settings…" in texts
    feature = window.mail_feature
    assert set(feature.actions) == {"compose", "merge", "fetch", "templates", "settings"}
    section = next(s for s in (f(ctx) for f in sections.CONTACT_SECTIONS) if isinstance(s, EmailSection))
    qtbot.addWidget(section)
    cid = __import__("mail_support").make_contact(ctx.services, "Zoë", "", ["zoe@x.example"])
    section.set_record(cid)
    assert section.title == "Email" and section.write.isEnabled()
    assert "No emails yet." in section.timeline.labels[0].text()


def test_a_hung_keychain_does_not_freeze_the_settings_dialog(ctx, qtbot, monkeypatch):
    import threading

    from crm_desktop.ui.mail import settings_dialog

    release = threading.Event()
    backend = MemoryKeyring()
    backend.get_password = lambda *_a: release.wait(10)  # a Secret Service that does not answer
    ctx.services.mail.credentials = Credentials(backend)
    monkeypatch.setattr(settings_dialog, "KEYCHAIN_TIMEOUT_S", 0.3)
    dialog = settings_dialog.EmailSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.keychain_checked, timeout=5_000) as blocker:
        pass
    release.set()
    assert "did not answer" in blocker.args[0]
    assert not dialog.password.isEnabled()
