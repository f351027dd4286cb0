"""Menu actions for email (registered in ui/navigation.FEATURES) and periodic fetching."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.mail.common import NETWORK_TIMEOUT_S, run_limited
from crm_desktop.ui.theme import icon

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow


def compose_to(ctx: UiContext, contact_id: int, parent: QWidget | None = None, deal_id: int | None = None) -> None:
    from crm_desktop.ui.mail.composer import ComposerDialog

    dialog = ComposerDialog(ctx, contact_id, deal_id, parent)
    show = getattr(parent, "show_message", None)
    if show is not None:
        dialog.sent.connect(lambda _mid: show("Email sent and added to the timeline."))
    dialog.exec()


class MailFeature:
    def __init__(self, window: MainWindow):
        self.window = window
        self.ctx = window.ctx
        self.fetching = False
        tools = window.menu("tools")
        menu = tools.addMenu(icon("email"), "Email")
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("compose", "Email a contact…", self.on_compose),
            ("merge", "Mail merge…", self.on_merge),
            ("fetch", "Fetch mail", self.on_fetch),
            ("templates", "Email templates…", self.on_templates),
            ("settings", "Email settings…", self.on_settings),
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

        picker = ContactPicker(self.ctx, "Email a contact", self.window)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.contact_id() is not None:
            compose_to(self.ctx, picker.contact_id(), self.window)

    def on_merge(self, contact_ids: list[int] | None = None) -> None:
        from crm_desktop.ui.mail.merge_dialog import MergeDialog

        merge = self.ctx.services.mail_merge
        unfinished = [j for j in merge.jobs(unfinished_only=True) if j.counts["pending"] or j.counts["uncertain"] or j.counts["sending"]]
        job_id = None
        if unfinished and not contact_ids:
            job = unfinished[0]
            answer = QMessageBox.question(
                self.window, "Unfinished mail merge",
                f"The mail merge “{job.subject}” ({job.audience or 'contacts'}) is not finished: {job.summary()}.\n\n"
                "Open it to resume? (No: start a new merge; the unfinished one stays in the outbox.)",
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
                QMessageBox.information(self.window, "Fetch mail", "Add an incoming (IMAP) server in Tools → Email settings… first.")
            return
        self.fetching = True
        self.actions["fetch"].setEnabled(False)
        self.window.show_message("Fetching mail…", 0)

        def done(summary: object) -> None:
            self._fetch_over()
            self.window.show_message(summary.text())  # type: ignore[attr-defined]

        def failed(text: str) -> None:
            self._fetch_over()
            self.window.show_message("Fetching mail failed.")
            if not quiet:
                QMessageBox.warning(self.window, "Fetch mail", text)

        run_limited(self.ctx, self.window, mail.fetch, done, failed, NETWORK_TIMEOUT_S * 3, "The mail server")

    def _fetch_over(self) -> None:
        self.fetching = False
        self.actions["fetch"].setEnabled(True)


def install(window: MainWindow) -> None:
    window.mail_feature = MailFeature(window)  # type: ignore[attr-defined]
