"""New / Edit contact dialog: every field, errors shown beside the field, nothing lost."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ConflictError, CrmError, ValidationError
from crm_desktop.services.contacts import ContactDetail, ContactInput
from crm_desktop.ui import dates, i18n
from crm_desktop.ui.contacts.commands import (
    CreateContactCommand,
    CustomValuesUndo,
    EditContactCommand,
)
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.widgets.custom_form import CustomFieldsGroup
from crm_desktop.ui.widgets.form import FieldErrors, LineList, ListCompleter, split_list

URL_HINT = "https://"  # the same in every language


class ContactDialog(QDialog):
    """Create a contact (``detail`` None) or edit one. On success ``saved_id`` is set."""

    def __init__(self, ctx: UiContext, detail: ContactDetail | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.saved_id: int | None = None
        self.open_instead: int | None = None  # the user chose to open an existing contact
        self.setWindowTitle(self.tr("Edit contact") if detail else self.tr("New contact"))
        self.setMinimumWidth(520)
        self.resize(560, 660)

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.emails = LineList(self.tr("name@example.com"), self.tr("+ Add another email"))
        self.phones = LineList(self.tr("+33 6 12 34 56 78"), self.tr("+ Add another phone"))
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Type to pick an existing company, or a new name"))
        self._company_model = QStringListModel(self)
        completer = QCompleter(self._company_model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.company.setCompleter(completer)
        self.company.textEdited.connect(self._on_company_edited)
        self.job_title = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. customer, vip"))
        self.tags.setCompleter(ListCompleter(ctx.services.tags.all_names(), self))
        self.has_birthday = QCheckBox(self.tr("Known"))
        self.birthday = QDateEdit()
        self.birthday.setCalendarPopup(True)
        self.birthday.setDisplayFormat(dates.date_format())
        self.birthday.setDateRange(QDate(1900, 1, 1), QDate.currentDate())
        self.birthday.setDate(QDate(1985, 1, 1))
        self.birthday.setEnabled(False)
        self.has_birthday.toggled.connect(self.birthday.setEnabled)
        birthday_row = QWidget()
        row = QHBoxLayout(birthday_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_birthday)
        row.addWidget(self.birthday, 1)
        self.street = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaximumWidth(110)
        self.postal_code.setPlaceholderText(self.tr("Postal code"))
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("City"))
        city_row = QWidget()
        row = QHBoxLayout(city_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.postal_code)
        row.addWidget(self.city, 1)
        self.region = QLineEdit()
        self.country = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText(URL_HINT)
        self.do_not_email = QCheckBox(self.tr("Do not send emails to this person"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(90)
        self.notes.setTabChangesFocus(True)

        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        add = self.errors.add_row
        add(form, self.tr("First name"), self.first_name, "first_name", "name")
        add(form, self.tr("Last name"), self.last_name, "last_name")
        add(form, self.tr("Emails"), self.emails, "emails")
        add(form, self.tr("Phones"), self.phones, "phones")
        add(form, self.tr("Company"), self.company, "company")
        add(form, self.tr("Job title"), self.job_title, "job_title")
        add(form, self.tr("Tags"), self.tags, "tags")
        add(form, self.tr("Birthday"), birthday_row, "birthday")
        add(form, self.tr("Street"), self.street, "street")
        add(form, self.tr("Town"), city_row, "city", "postal_code")
        add(form, self.tr("Region"), self.region, "region")
        add(form, self.tr("Country"), self.country, "country")
        add(form, self.tr("Website"), self.website, "website")
        add(form, "", self.do_not_email, "do_not_email")
        add(form, self.tr("Notes"), self.notes, "notes", "source")

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(general)
        body_layout.addLayout(form)
        self.custom = CustomFieldsGroup(ctx, "contact")
        body_layout.addWidget(self.custom)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        if detail is not None:
            self.set_input(detail.to_input())
            self.custom.load(detail.id)
        self.first_name.setFocus()

    def _on_company_edited(self, text: str) -> None:
        # the service matches accents and case ("mull" finds "Müller"); the popup shows its answer
        names = self.ctx.services.companies.names(text.strip(), limit=12) if text.strip() else []
        self._company_model.setStringList([n for n in names if n != text])
        if names:
            self.company.completer().complete()

    def set_input(self, data: ContactInput) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.emails.set_values(data.emails)
        self.phones.set_values(data.phones)
        self.company.setText(data.company)
        self.job_title.setText(data.job_title)
        self.tags.setText(", ".join(data.tags))
        self.has_birthday.setChecked(data.birthday is not None)
        if data.birthday is not None:
            self.birthday.setDate(QDate(data.birthday.year, data.birthday.month, data.birthday.day))
        for key in ("street", "postal_code", "city", "region", "country", "website"):
            getattr(self, key).setText(getattr(data, key))
        self.do_not_email.setChecked(data.do_not_email)
        self.notes.setPlainText(data.notes)

    def input(self) -> ContactInput:
        return ContactInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            emails=self.emails.values(),
            phones=self.phones.values(),
            company=self.company.text(),
            job_title=self.job_title.text(),
            birthday=self.birthday.date().toPython() if self.has_birthday.isChecked() else None,  # type: ignore[arg-type]
            street=self.street.text(),
            city=self.city.text(),
            postal_code=self.postal_code.text(),
            region=self.region.text(),
            country=self.country.text(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
            tags=split_list(self.tags.text()),
            do_not_email=self.do_not_email.isChecked(),
            source=self.detail.source if self.detail else "",
        )

    def save(self) -> bool:
        """Save through the service; on error show it and keep everything typed."""
        data = self.input()
        services = self.ctx.services
        if not self.custom.check():
            return False
        if self.detail is None and not self._duplicate_ok(data):
            return False
        edit = None
        try:
            if self.detail is None:
                new_id = services.contacts.create(data)
                name = services.contacts.get(new_id).name
                self.ctx.undo.push(CreateContactCommand(services, new_id, name))
                self.saved_id = new_id
            else:
                before = self.detail.to_input()
                custom = CustomValuesUndo(services, "contact", self.detail.id)
                services.contacts.update(self.detail.id, data, expected_version=self.detail.version)
                edit = EditContactCommand(services, self.detail.id, before, data, self.detail.name, custom)
                self.saved_id = self.detail.id
        except ValidationError as exc:
            self.errors.show({key: i18n.translated(text) for key, text in exc.fields.items()})
            first = next(iter(exc.fields))
            label = self.errors.label(first)
            editor = label.parentWidget().findChild(QLineEdit) if label is not None else None
            if editor is not None:
                editor.setFocus()
            return False
        except ConflictError as exc:
            self.errors.show({"_": i18n.user_message(exc)})
            return False
        except CrmError as exc:
            self.errors.show({"_": i18n.user_message(exc)})
            return False
        custom_saved = self.custom.save(self.saved_id)
        if edit is not None:  # one undo step for the fields and the custom values
            edit.custom.capture_after()
            self.ctx.undo.push(edit)
        if not custom_saved:
            self.detail = services.contacts.get(self.saved_id)  # saved: a retry edits it
            return False
        self.accept()
        return True

    def _duplicate_ok(self, data: ContactInput) -> bool:
        """Before creating: if someone already has this email or phone, ask what to do."""
        from crm_desktop.services.duplicates import existing_matches

        matches = existing_matches(self.ctx.services.db, data.emails, data.phones)
        if not matches:
            return True
        choice = self.ask_duplicate(matches)
        if choice == "open":
            self.open_instead = matches[0][0]
            self.reject()
            return False
        return choice == "create"

    def ask_duplicate(self, matches: list[tuple[int, str, str]]) -> str:
        """'open', 'create' or 'cancel' (tests replace this)."""
        contact_id, name, what = matches[0]
        name = i18n.translated(name)  # "(no name)" from the service
        by_email = what.startswith("same email")
        if name:
            text = (self.tr("{name} already has this email.") if by_email
                    else self.tr("{name} already has this phone number.")).format(name=name)
        else:
            text = self.tr("A contact already has this email.") if by_email else self.tr(
                "A contact already has this phone number.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Possible duplicate"), text, parent=self)
        others = len(matches) - 1
        question = self.tr("Open the existing contact instead, or create a new one anyway?")
        if others == 1:
            question = self.tr("1 other contact matches too.") + " " + question
        elif others > 1:
            question = self.tr("{n} other contacts match too.").format(n=QLocale().toString(others)) + " " + question
        box.setInformativeText(question)
        open_text = self.tr("Open {name} instead").format(name=name) if name else self.tr("Open it instead")
        open_button = box.addButton(open_text, QMessageBox.ButtonRole.AcceptRole)
        create = box.addButton(self.tr("Create anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        return "open" if clicked is open_button else "create" if clicked is create else "cancel"
