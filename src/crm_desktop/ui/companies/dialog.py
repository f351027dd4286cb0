"""New / Edit company dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.companies import CompanyDetail, CompanyInput
from crm_desktop.ui import i18n
from crm_desktop.ui.companies.commands import CreateCompanyCommand, EditCompanyCommand
from crm_desktop.ui.contacts.commands import CustomValuesUndo
from crm_desktop.ui.contacts.dialog import URL_HINT
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.widgets.custom_form import CustomFieldsGroup
from crm_desktop.ui.widgets.form import FieldErrors, ListCompleter, split_list

TEXT_KEYS = ("name", "website", "domain", "email", "phone", "street", "postal_code", "city", "region", "country")


class CompanyDialog(QDialog):
    """Create a company (``detail`` None) or edit one. On success ``saved_id`` is set."""

    def __init__(self, ctx: UiContext, detail: CompanyDetail | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit company") if detail else self.tr("New company"))
        self.setMinimumWidth(500)
        for key in TEXT_KEYS:
            setattr(self, key, QLineEdit())
        self.website.setPlaceholderText(URL_HINT)  # type: ignore[attr-defined]
        self.email.setPlaceholderText(self.tr("info@example.com"))  # type: ignore[attr-defined]
        self.domain.setPlaceholderText(self.tr("example.com"))  # type: ignore[attr-defined]
        self.postal_code.setPlaceholderText(self.tr("Postal code"))  # type: ignore[attr-defined]
        self.postal_code.setMaximumWidth(110)  # type: ignore[attr-defined]
        self.city.setPlaceholderText(self.tr("City"))  # type: ignore[attr-defined]
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. supplier, wholesale"))
        self.tags.setCompleter(ListCompleter(ctx.services.tags.all_names(), self))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(90)
        self.notes.setTabChangesFocus(True)
        town = QWidget()
        row = QHBoxLayout(town)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.postal_code)  # type: ignore[attr-defined]
        row.addWidget(self.city, 1)  # type: ignore[attr-defined]

        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add = self.errors.add_row
        add(form, self.tr("Name"), self.name, "name")  # type: ignore[attr-defined]
        add(form, self.tr("Website"), self.website, "website")  # type: ignore[attr-defined]
        add(form, self.tr("Domain"), self.domain, "domain")  # type: ignore[attr-defined]
        add(form, self.tr("Email"), self.email, "email")  # type: ignore[attr-defined]
        add(form, self.tr("Phone"), self.phone, "phone")  # type: ignore[attr-defined]
        add(form, self.tr("Street"), self.street, "street")  # type: ignore[attr-defined]
        add(form, self.tr("Town"), town, "city", "postal_code")
        add(form, self.tr("Region"), self.region, "region")  # type: ignore[attr-defined]
        add(form, self.tr("Country"), self.country, "country")  # type: ignore[attr-defined]
        add(form, self.tr("Tags"), self.tags, "tags")
        add(form, self.tr("Notes"), self.notes, "notes")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addLayout(form)
        self.custom = CustomFieldsGroup(ctx, "company")
        layout.addWidget(self.custom)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if detail is not None:
            self.set_input(detail.to_input())
            self.custom.load(detail.id)
        self.name.setFocus()  # type: ignore[attr-defined]

    def set_input(self, data: CompanyInput) -> None:
        for key in TEXT_KEYS:
            getattr(self, key).setText(getattr(data, key))
        self.tags.setText(", ".join(data.tags))
        self.notes.setPlainText(data.notes)

    def input(self) -> CompanyInput:
        return CompanyInput(
            **{key: getattr(self, key).text() for key in TEXT_KEYS},
            notes=self.notes.toPlainText(),
            tags=split_list(self.tags.text()),
        )

    def save(self) -> bool:
        data = self.input()
        services = self.ctx.services
        if not self.custom.check():
            return False
        edit = None
        try:
            if self.detail is None:
                new_id = services.companies.create(data)
                self.ctx.undo.push(CreateCompanyCommand(services, new_id, data.name.strip()))
                self.saved_id = new_id
            else:
                before = self.detail.to_input()
                custom = CustomValuesUndo(services, "company", self.detail.id)
                services.companies.update(self.detail.id, data, expected_version=self.detail.version)
                edit = EditCompanyCommand(services, self.detail.id, before, data, custom)
                self.saved_id = self.detail.id
        except ValidationError as exc:
            self.errors.show({key: i18n.translated(text) for key, text in exc.fields.items()})
            label = self.errors.label(next(iter(exc.fields)))
            editor = label.parentWidget().findChild(QLineEdit) if label is not None else None
            if editor is not None:
                editor.setFocus()
            return False
        except CrmError as exc:
            self.errors.show({"_": i18n.user_message(exc)})
            return False
        custom_saved = self.custom.save(self.saved_id)
        if edit is not None:  # one undo step for the fields and the custom values
            edit.custom.capture_after()
            self.ctx.undo.push(edit)
        if not custom_saved:
            self.detail = services.companies.get(self.saved_id)  # saved: a retry edits it
            return False
        self.accept()
        return True
