"""Settings → Email: the account, the login test, and merge/fetch preferences.

The password field goes straight to the keychain on Save (off the GUI thread); without a
usable keychain the dialog explains what to install or unlock and email stays off.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.mail.connection import provider_hint
from crm_desktop.services.mail import AccountInput
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

SMTP_SECURITY = [("ssl", QT_TRANSLATE_NOOP("EmailSettingsDialog", "SSL/TLS (port 465)"), 465),
                 ("starttls", QT_TRANSLATE_NOOP("EmailSettingsDialog", "STARTTLS (port 587)"), 587),
                 ("none", QT_TRANSLATE_NOOP("EmailSettingsDialog", "None: only for a server on this computer"), 25)]
IMAP_SECURITY = [("ssl", QT_TRANSLATE_NOOP("EmailSettingsDialog", "SSL/TLS (port 993)"), 993),
                 ("starttls", QT_TRANSLATE_NOOP("EmailSettingsDialog", "STARTTLS (port 143)"), 143),
                 ("none", QT_TRANSLATE_NOOP("EmailSettingsDialog", "None: only for a server on this computer"), 143)]


def _security_combo(choices: list[tuple[str, str, int]]) -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)  # long choices must not widen the column: the list shows them whole
    for key, label, port in choices:
        combo.addItem(QCoreApplication.translate("EmailSettingsDialog", label), (key, port))
    return combo


class EmailSettingsDialog(QDialog):
    """Signals: ``keychain_checked(str)`` with the problem text ('' when the keychain works)."""

    keychain_checked = Signal(str)
    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.mail = ctx.services.mail
        self.keychain_ok = False
        self.setWindowTitle(self.tr("Email settings"))
        self.setMinimumSize(860, 470)

        self.banner = Banner()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name as recipients see it"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("you@example.com"))
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText(self.tr("smtp.example.com"))
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(465)
        self.smtp_security = _security_combo(SMTP_SECURITY)
        self.imap_host = QLineEdit()
        self.imap_host.setPlaceholderText(self.tr("imap.example.com (optional: needed to log replies)"))
        self.imap_port = QSpinBox()
        self.imap_port.setRange(1, 65535)
        self.imap_port.setValue(993)
        self.imap_security = _security_combo(IMAP_SECURITY)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("Usually your email address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept only in your system keychain"))
        self.provider_hint = QLabel()
        self.provider_hint.setWordWrap(True)
        self.provider_hint.setProperty("role", "subtle")
        self.provider_hint.hide()
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("Optional, for a self-hosted server"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.save_to_sent = QCheckBox(self.tr("Keep a copy of sent mail in the Sent folder"))
        self.save_to_sent.setToolTip(self.tr("Gmail does this by itself; most other providers need it (requires IMAP)."))
        self.rate = QSpinBox()
        self.rate.setRange(1, 600)
        self.rate.setSuffix(self.tr(" per minute"))
        self.fetch_every = QSpinBox()
        self.fetch_every.setRange(0, 1440)
        self.fetch_every.setSpecialValueText(self.tr("Only when I choose Fetch mail"))
        self.fetch_every.setSuffix(self.tr(" minutes"))
        self.fetch_every.setPrefix(self.tr("Every "))

        you = QGroupBox(self.tr("You"))
        f = QFormLayout(you)
        f.addRow(self.tr("Your name:"), self.name)
        f.addRow(self.tr("Email address:"), self.address)
        sending = QGroupBox(self.tr("Sending (SMTP)"))
        f = QFormLayout(sending)
        f.addRow(self.tr("Server:"), self.smtp_host)
        f.addRow(self.tr("Security:"), self.smtp_security)
        f.addRow(self.tr("Port:"), self.smtp_port)
        fetching = QGroupBox(self.tr("Fetching replies (IMAP)"))
        f = QFormLayout(fetching)
        f.addRow(self.tr("Server:"), self.imap_host)
        f.addRow(self.tr("Security:"), self.imap_security)
        f.addRow(self.tr("Port:"), self.imap_port)
        login = QGroupBox(self.tr("Login"))
        f = QFormLayout(login)
        f.addRow(self.tr("User name:"), self.username)
        f.addRow(self.tr("Password:"), self.password)
        f.addRow("", self.provider_hint)
        more = QGroupBox(self.tr("More"))
        f = QFormLayout(more)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        f.addRow(self.tr("CA certificate file:"), ca_row)
        f.addRow("", self.save_to_sent)
        f.addRow(self.tr("Mail merge speed:"), self.rate)
        f.addRow(self.tr("Fetch mail:"), self.fetch_every)

        self.status = Banner()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self._on_test_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(you)
        left.addWidget(login)
        left.addWidget(more)
        left.addStretch(1)
        right.addWidget(sending)
        right.addWidget(fetching)
        right.addStretch(1)
        columns.addLayout(left, 6)  # the longer labels and texts are on the left
        columns.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.smtp_security.currentIndexChanged.connect(lambda _i: self._on_security_changed(self.smtp_security, self.smtp_port, SMTP_SECURITY))
        self.imap_security.currentIndexChanged.connect(lambda _i: self._on_security_changed(self.imap_security, self.imap_port, IMAP_SECURITY))
        self.smtp_host.textChanged.connect(self._on_smtp_host_changed)
        self._load()
        self._set_enabled(False)
        self.banner.show_message(self.tr("Checking your system keychain…"), "info")
        account = self.mail.account()
        run_limited(ctx, self, lambda: self._check_keychain(account), self._on_keychain_done,
                    self._on_keychain_problem, KEYCHAIN_TIMEOUT_S, KEYCHAIN)

    # --- loading and reading the form ------------------------------------------------------

    def _load(self) -> None:
        account = self.mail.account()
        settings = self.ctx.services.settings
        self.rate.setValue(int(settings.get("mail_merge_per_minute") or 20))
        self.fetch_every.setValue(int(settings.get("mail_fetch_minutes") or 0))
        if account is None:
            return
        self.name.setText(account.display_name)
        self.address.setText(account.address)
        self.smtp_host.setText(account.smtp_host)
        self._select(self.smtp_security, account.smtp_security)
        self.smtp_port.setValue(account.smtp_port)
        self.imap_host.setText(account.imap_host)
        self._select(self.imap_security, account.imap_security)
        self.imap_port.setValue(account.imap_port)
        self.username.setText(account.username)
        self.ca_file.setText(account.ca_file)
        self.save_to_sent.setChecked(account.save_to_sent)

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        for i in range(combo.count()):
            if combo.itemData(i)[0] == key:
                combo.setCurrentIndex(i)

    def form(self) -> AccountInput:
        return AccountInput(
            display_name=self.name.text(),
            address=self.address.text(),
            username=self.username.text(),
            smtp_host=self.smtp_host.text(),
            smtp_port=self.smtp_port.value(),
            smtp_security=self.smtp_security.currentData()[0],
            imap_host=self.imap_host.text(),
            imap_port=self.imap_port.value(),
            imap_security=self.imap_security.currentData()[0],
            ca_file=self.ca_file.text(),
            save_to_sent=self.save_to_sent.isChecked(),
        )

    def _on_security_changed(self, combo: QComboBox, port: QSpinBox, choices: list[tuple[str, str, int]]) -> None:
        defaults = {p for _k, _l, p in choices}
        if port.value() in defaults:
            port.setValue(combo.currentData()[1])

    def _on_smtp_host_changed(self, host: str) -> None:
        hint = i18n.translated(provider_hint(host)).strip()
        self.provider_hint.setText(hint)
        self.provider_hint.setVisible(bool(hint))

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate file"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.password, self.test_button, self.buttons.button(QDialogButtonBox.StandardButton.Save)):
            w.setEnabled(on)

    # --- keychain ----------------------------------------------------------------------------

    def _check_keychain(self, account) -> tuple[str, bool]:  # type: ignore[no-untyped-def]
        """Worker thread: '' when usable, and whether a password is already saved."""
        problem = self.mail.keychain_problem()
        if problem:
            return problem, False
        return "", bool(account and self.mail.credentials.get(account.key))

    def _on_keychain_done(self, result: tuple[str, bool]) -> None:
        problem, has_password = result
        if problem:
            self._on_keychain_problem(problem)
            return
        self.keychain_ok = True
        self.banner.clear_message()
        if has_password:
            self.password.setPlaceholderText(self.tr("Saved in your keychain; type only to change it"))
        self._set_enabled(True)
        self.keychain_checked.emit("")

    def _on_keychain_problem(self, text: str) -> None:
        self.keychain_ok = False
        text = i18n.translated(text)
        self.banner.show_message(text, "error")
        self._set_enabled(False)
        self.keychain_checked.emit(text)

    # --- actions -----------------------------------------------------------------------------

    def _on_test_clicked(self) -> None:
        data, password = self.form(), self.password.text() or None
        self.status.show_message(self.tr("Connecting…"), "info")
        self.test_button.setEnabled(False)
        run_limited(self.ctx, self, lambda: self.mail.test_connection(data, password),
                    self._on_test_done, self._on_test_failed, NETWORK_TIMEOUT_S, SERVER)

    def _on_test_done(self, lines: list[str]) -> None:
        self.test_button.setEnabled(True)
        self.status.show_message("\n".join(i18n.translated(line) for line in lines), "ok")

    def _on_test_failed(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self.status.show_message(text, "error")

    def _on_save_clicked(self) -> None:
        data, password = self.form(), self.password.text() or None
        try:
            from crm_desktop.services.mail import validate_account

            validate_account(data)
        except ValidationError as exc:
            self.status.show_message(i18n.user_message(exc), "error")
            return
        settings = self.ctx.services.settings
        settings.set("mail_merge_per_minute", self.rate.value())
        settings.set("mail_fetch_minutes", self.fetch_every.value())
        self._set_enabled(False)
        self.status.show_message(self.tr("Saving…"), "info")
        run_limited(self.ctx, self, lambda: self.mail.save_account(data, password), self._on_saved,
                    self._on_save_failed, KEYCHAIN_TIMEOUT_S, KEYCHAIN)

    def _on_saved(self, _account: object) -> None:
        self.password.clear()
        self.saved.emit()
        self.accept()

    def _on_save_failed(self, text: str) -> None:
        self._set_enabled(self.keychain_ok)
        self.status.show_message(text, "error")
