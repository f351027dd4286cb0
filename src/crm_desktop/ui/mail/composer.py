"""Write an email to one contact (blank or from a template), preview it, send it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.mail import templates
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.mail.common import (
    KEYCHAIN,
    KEYCHAIN_TIMEOUT_S,
    NETWORK_TIMEOUT_S,
    SERVER,
    Banner,
    run_limited,
)
from crm_desktop.ui.mail.fields import field_menu


def unknown_fields_text(names: list[str]) -> str:
    fields = ", ".join("{{" + n + "}}" for n in names)
    if len(names) == 1:
        return QCoreApplication.translate("ComposerDialog", "Unknown merge field: {field}. Fix it before sending.").format(field=fields)
    return QCoreApplication.translate("ComposerDialog", "Unknown merge fields: {fields}. Fix them before sending.").format(fields=fields)


class ComposerDialog(QDialog):
    """Signals: ``sent(str)`` with the Message-ID once the server accepted the message."""

    sent = Signal(str)

    def __init__(self, ctx: UiContext, contact_id: int, deal_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.mail = ctx.services.mail
        self.contact_id = contact_id
        self.deal_id = deal_id
        contact = ctx.services.contacts.get(contact_id)
        self.setWindowTitle(self.tr("Email to {name}").format(name=contact.name))
        self.resize(640, 520)

        self.banner = Banner()
        self.to = QComboBox()
        for address in contact.emails:
            self.to.addItem(f"{contact.name} <{address}>", address)
        self.template = QComboBox()
        self.template.addItem(self.tr("Blank message"), None)
        for t in self.mail.templates():
            self.template.addItem(t.name, t.id)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Write your message. Merge fields like {{first_name}} are filled in when it is sent."))
        insert = QToolButton()
        insert.setText(self.tr("Insert field"))
        insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        insert.setMenu(field_menu(self, self._insert_field))

        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setStyleSheet("font-weight: 600;")
        self.preview_body = QPlainTextEdit()
        self.preview_body.setReadOnly(True)

        write = QWidget()
        form = QFormLayout(write)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.body)
        form.addRow(insert)
        preview = QWidget()
        pv = QVBoxLayout(preview)
        pv.addWidget(self.preview_subject)
        pv.addWidget(self.preview_body)
        self.tabs = QTabWidget()
        self.tabs.addTab(write, self.tr("Write"))
        self.tabs.addTab(preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self._on_send_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)

        head = QFormLayout()
        head.addRow(self.tr("To:"), self.to)
        head.addRow(self.tr("Template:"), self.template)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        if not contact.emails:
            self._block(self.tr("This contact has no email address. Add one on the contact first."))
        elif self.mail.account() is None:
            self._block(self.tr("Set up your email account first: Tools → Email settings…"))
        else:
            self.send_button.setEnabled(False)
            run_limited(ctx, self, self.mail.keychain_problem, self._on_keychain_checked,
                        self._block, KEYCHAIN_TIMEOUT_S, KEYCHAIN)

    def _block(self, text: str) -> None:
        self.banner.show_message(text, "error")
        self.send_button.setEnabled(False)

    def _on_keychain_checked(self, problem: str | None) -> None:
        if problem:
            self._block(i18n.translated(problem))
        else:
            self.send_button.setEnabled(True)

    def _insert_field(self, name: str) -> None:
        target = self.subject if self.subject.hasFocus() else self.body
        target.insert("{{" + name + "}}") if isinstance(target, QLineEdit) else target.insertPlainText("{{" + name + "}}")

    def _on_template_changed(self, _index: int) -> None:
        template_id = self.template.currentData()
        if template_id is None:
            return
        t = self.mail.template(template_id)
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)

    def _on_tab_changed(self, index: int) -> None:
        if index == 1:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        try:
            subject, body = self.mail.preview(self.subject.text(), self.body.toPlainText(), self.contact_id, self.deal_id)
        except CrmError as exc:
            self.preview_subject.setText(self.tr("Cannot preview"))
            self.preview_body.setPlainText(i18n.user_message(exc))
            return
        self.preview_subject.setText(subject or self.tr("(no subject)"))
        self.preview_body.setPlainText(body)

    def _on_send_clicked(self) -> None:
        subject, body = self.subject.text(), self.body.toPlainText()
        bad = templates.unknown_fields(subject, body)
        if bad:
            self.banner.show_message(unknown_fields_text(bad), "error")
            return
        to = self.to.currentData()
        self.send_button.setEnabled(False)
        self.banner.show_message(self.tr("Sending…"), "info")
        run_limited(
            self.ctx, self,
            lambda: self.mail.send_to_contact(self.contact_id, subject, body, self.deal_id, to),
            self._on_sent, self._on_failed, NETWORK_TIMEOUT_S, SERVER,
        )

    def _on_sent(self, result: object) -> None:
        self.sent.emit(getattr(result, "message_id", ""))
        self.accept()

    def _on_failed(self, text: str) -> None:
        self.send_button.setEnabled(True)
        self.banner.show_message(text, "error")
