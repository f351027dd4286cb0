"""Editors for custom fields (one per type) in a form group, with each field's problem shown
right under it. Used by the deal dialog; plain text in, plain text out (FieldDef.parse checks)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.services.custom_fields import FieldDef
from crm_desktop.ui import i18n

PLACEHOLDERS = {
    CustomFieldType.NUMBER: QT_TRANSLATE_NOOP("CustomFieldsGroup", "A number, e.g. 42"),
    CustomFieldType.MONEY: QT_TRANSLATE_NOOP("CustomFieldsGroup", "An amount, e.g. 1200.50"),
    CustomFieldType.DATE: QT_TRANSLATE_NOOP("CustomFieldsGroup", "A date like 2026-03-31"),
}


def make_editor(field: FieldDef) -> QLineEdit | QComboBox:
    if field.type in (CustomFieldType.BOOL, CustomFieldType.CHOICE):
        combo = QComboBox()
        combo.addItem("", "")
        if field.type == CustomFieldType.BOOL:
            combo.addItem(QCoreApplication.translate("CustomFieldsGroup", "Yes"), "yes")
            combo.addItem(QCoreApplication.translate("CustomFieldsGroup", "No"), "no")
        else:
            for choice in field.choices:
                combo.addItem(choice, choice)
        return combo
    edit = QLineEdit()
    placeholder = PLACEHOLDERS.get(field.type)
    edit.setPlaceholderText(QCoreApplication.translate("CustomFieldsGroup", placeholder) if placeholder else "")
    edit.setClearButtonEnabled(True)
    return edit


class CustomFieldsGroup(QGroupBox):
    """ "Other fields": an editor per custom field of one entity. Hidden when there are none."""

    def __init__(self, fields: list[FieldDef], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Other fields"))
        self.fields = fields
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            editor = make_editor(field)
            editor.setAccessibleName(field.label)
            error = QLabel()
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            form.addRow(field.label, cell)
            self.editors[field.key] = editor
            self.errors[field.key] = error
        self.setVisible(bool(fields))

    def set_values(self, stored: dict[str, str]) -> None:
        for key, editor in self.editors.items():
            value = stored.get(key, "")
            if isinstance(editor, QComboBox):
                index = editor.findData(value)
                editor.setCurrentIndex(max(index, 0))
            else:
                editor.setText(value)

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, editor in self.editors.items():
            out[key] = str(editor.currentData() or "") if isinstance(editor, QComboBox) else editor.text().strip()
        return out

    def validate(self) -> bool:
        """Check every value with its field's rules; show each problem under its field."""
        ok = True
        values = self.values()
        for field in self.fields:
            error = self.errors[field.key]
            try:
                field.parse(values[field.key])
            except ValueError as exc:
                text = i18n.translated(exc.args[0]) if exc.args else str(exc)  # "Budget: … is not a number."
                error.setText(text.removeprefix(f"{field.label}: "))  # the field's name is beside it already
                error.show()
                if ok:
                    self.editors[field.key].setFocus()
                ok = False
            else:
                error.hide()
        return ok

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, text in errors.items():
            if key in self.errors:
                self.errors[key].setText(i18n.translated(text))
                self.errors[key].show()
