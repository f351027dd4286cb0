"""Email templates: create, edit, delete, and preview against a chosen contact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.mail.common import Banner
from crm_desktop.ui.mail.contact_picker import ContactPicker
from crm_desktop.ui.mail.fields import field_menu


class TemplatesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.mail = ctx.services.mail
        self.current_id: int | None = None
        self.setWindowTitle(self.tr("Email templates"))
        self.resize(820, 560)

        self.list = QListWidget()
        self.list.setMaximumWidth(220)
        new = QPushButton(self.tr("New template"))
        new.clicked.connect(self._on_new_clicked)
        self.name = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        insert = QToolButton()
        insert.setText(self.tr("Insert field"))
        insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        insert.setMenu(field_menu(self, self._insert_field))
        self.banner = Banner()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Choose “Preview with a contact…” to see the message a contact would get."))
        self.preview.setMaximumHeight(140)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self._on_save_clicked)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        preview = QPushButton(self.tr("Preview with a contact…"))
        preview.clicked.connect(self._on_preview_clicked)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Message:"), self.body)
        actions = QHBoxLayout()
        actions.addWidget(insert)
        actions.addStretch(1)
        actions.addWidget(preview)
        actions.addWidget(self.delete_button)
        actions.addWidget(save)
        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addLayout(form, 1)
        right.addLayout(actions)
        right.addWidget(self.preview)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.mail.templates():
            item = QListWidgetItem(t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
            if t.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if select_id is None and self.list.count():
            self.list.setCurrentRow(0)
        if not self.list.count():
            self._on_new_clicked()
        else:
            self._on_list_current_changed(self.list.currentItem(), None)

    def _on_list_current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is None:
            return
        t = self.mail.template(item.data(Qt.ItemDataRole.UserRole))
        self.current_id = t.id
        self.name.setText(t.name)
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self.delete_button.setEnabled(True)
        self.banner.clear_message()

    def _on_new_clicked(self) -> None:
        self.list.clearSelection()
        self.current_id = None
        self.name.setText("")
        self.subject.setText("")
        self.body.setPlainText(self.tr("Hello {{first_name}},\n\n\n\nBest regards,\n{{my.name}}"))
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def _insert_field(self, name: str) -> None:
        if self.subject.hasFocus():
            self.subject.insert("{{" + name + "}}")
        else:
            self.body.insertPlainText("{{" + name + "}}")

    def _on_save_clicked(self) -> None:
        try:
            new_id = self.mail.save_template(self.current_id, self.name.text(), self.subject.text(), self.body.toPlainText())
        except CrmError as exc:
            self.banner.show_message(i18n.user_message(exc), "error")
            return
        self.reload(new_id)
        self.banner.show_message(self.tr("Template saved."), "ok")

    def _on_delete_clicked(self) -> None:
        if self.current_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete template"),
                                      self.tr("Delete the template “{name}”?").format(name=self.name.text()))
        if answer == QMessageBox.StandardButton.Yes:
            self.mail.delete_template(self.current_id)
            self.current_id = None
            self.reload()

    def _on_preview_clicked(self) -> None:
        picker = ContactPicker(self.ctx, self.tr("Preview with which contact?"), self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.contact_id() is None:
            return
        self.preview_for(picker.contact_id())

    def preview_for(self, contact_id: int) -> None:
        try:
            subject, body = self.mail.preview(self.subject.text(), self.body.toPlainText(), contact_id)
        except CrmError as exc:
            self.banner.show_message(i18n.user_message(exc), "error")
            return
        self.preview.setPlainText(self.tr("Subject: {subject}").format(subject=subject) + "\n\n" + body)
