"""Menu actions for email (registered in ui/navigation.FEATURES) and periodic fetching."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.mail.common import NETWORK_TIMEOUT_S, SERVER, run_limited
from crm_desktop.ui.theme import icon

if TYPE_CHECKING:
    from crm_desktop.services.mail import FetchSummary
    from crm_desktop.ui.main_window import MainWindow


def compose_to(ctx: UiContext, contact_id: int, parent: QWidget | None = None, deal_id: int | None = None) -> None:
    from crm_desktop.ui.mail.composer import ComposerDialog

    dialog = ComposerDialog(ctx, contact_id, deal_id, parent)
    show = getattr(parent, "show_message", None)
    if show is not None:
        done = QCoreApplication.translate("MailFeature", "Email sent and added to the timeline.")
        dialog.sent.connect(lambda _mid: show(done))
    dialog.exec()


def fetch_text(summary: FetchSummary) -> str:
    """What a fetch brought in, for the status bar."""
    if not summary.read:
        return QCoreApplication.translate("MailFeature", "No new mail.")
    if summary.read == 1:
        text = QCoreApplication.translate("MailFeature", "Read 1 new message; {logged} added to contact timelines.")
    else:
        text = QCoreApplication.translate("MailFeature", "Read {count} new messages; {logged} added to contact timelines.")
    text = text.format(count=QLocale().toString(summary.read), logged=QLocale().toString(summary.logged))
    if summary.more:
        text += " " + QCoreApplication.translate("MailFeature", "More new mail is waiting: fetch again.")
    return text


class MailFeature:
    def __init__(self, window: MainWindow):
        self.window = window
        self.ctx = window.ctx
        self.fetching = False
        tools = window.menu("tools")
        menu = tools.addMenu(icon("email"), QCoreApplication.translate("MailFeature", "Email"))
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("compose", QCoreApplication.translate("MailFeature", "Email a contact…"), self.on_compose),
            ("merge", QCoreApplication.translate("MailFeature", "Mail merge…"), self.on_merge),
            ("fetch", QCoreApplication.translate("MailFeature", "Fetch mail"), self.on_fetch),
            ("templates", QCoreApplication.translate("MailFeature", "Email templates…"), self.on_templates),
            ("settings", QCoreApplication.translate("MailFeature", "Email settings…"), self.on_settings),
        ):
            action = QAction(text, window)
            action.triggered.connect(lambda _c=False, s=slot: s())
            menu.addAction(action)
            self.actions[key] = action
        tools.addAction(self.actions["settings"])  # also directly under Tools
        self.timer = QTimer(window)
        self.timer.timeout.connect(lambda: self.on_fetch(quiet=True))
        self.schedule()

    def schedule(self) -> None:
        minutes = int(self.ctx.services.settings.get("mail_fetch_minutes") or 0)
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60_000)

    def on_settings(self) -> None:
        from crm_desktop.ui.mail.settings_dialog import EmailSettingsDialog

        dialog = EmailSettingsDialog(self.ctx, self.window)
        dialog.saved.connect(self.schedule)
        dialog.exec()

    def on_templates(self) -> None:
        from crm_desktop.ui.mail.templates_dialog import TemplatesDialog

        TemplatesDialog(self.ctx, self.window).exec()

    def on_compose(self) -> None:
        from crm_desktop.ui.mail.contact_picker import ContactPicker

        picker = ContactPicker(self.ctx, QCoreApplication.translate("MailFeature", "Email a contact"), self.window)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.contact_id() is not None:
            compose_to(self.ctx, picker.contact_id(), self.window)

    def on_merge(self, contact_ids: list[int] | None = None) -> None:
        from crm_desktop.ui.mail.merge_dialog import MergeDialog
        from crm_desktop.ui.mail.recipients_model import counts_text

        merge = self.ctx.services.mail_merge
        unfinished = [j for j in merge.jobs(unfinished_only=True) if j.counts["pending"] or j.counts["uncertain"] or j.counts["sending"]]
        job_id = None
        if unfinished and not contact_ids:
            job = unfinished[0]
            audience = job.audience or QCoreApplication.translate("MailFeature", "contacts")
            answer = QMessageBox.question(
                self.window, QCoreApplication.translate("MailFeature", "Unfinished mail merge"),
                QCoreApplication.translate("MailFeature", "The mail merge “{subject}” ({audience}) is not finished: {counts}.\n\nOpen it to resume? (No: start a new merge; the unfinished one stays in the outbox.)").format(
                    subject=job.subject, audience=audience, counts=counts_text(job.counts)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                job_id = job.id
        MergeDialog(self.ctx, contact_ids, job_id, self.window).exec()

    def on_fetch(self, quiet: bool = False) -> None:
        if self.fetching:
            return
        mail = self.ctx.services.mail
        account = mail.account()
        if account is None or account.imap() is None:
            if not quiet:
                QMessageBox.information(self.window, QCoreApplication.translate("MailFeature", "Fetch mail"),
                                        QCoreApplication.translate("MailFeature", "Add an incoming (IMAP) server in Tools → Email settings… first."))
            return
        self.fetching = True
        self.actions["fetch"].setEnabled(False)
        self.window.show_message(QCoreApplication.translate("MailFeature", "Fetching mail…"), 0)

        def done(summary: FetchSummary) -> None:
            self._fetch_over()
            self.window.show_message(fetch_text(summary))

        def failed(text: str) -> None:
            self._fetch_over()
            self.window.show_message(QCoreApplication.translate("MailFeature", "Fetching mail failed."))
            if not quiet:
                QMessageBox.warning(self.window, QCoreApplication.translate("MailFeature", "Fetch mail"), text)

        run_limited(self.ctx, self.window, mail.fetch, done, failed, NETWORK_TIMEOUT_S * 3, SERVER)

    def _fetch_over(self) -> None:
        self.fetching = False
        self.actions["fetch"].setEnabled(True)


def install(window: MainWindow) -> None:
    window.mail_feature = MailFeature(window)  # type: ignore[attr-defined]
