"""Editors for custom fields: one per type, and the "Other fields" group of the New/Edit dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.custom_fields import FieldDef
from crm_desktop.ui import dates
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.widgets.form import FieldErrors


class ValueEditor(QWidget):
    """Edits one custom field value in its stored text form ('' = no value)."""

    def __init__(self, defn: FieldDef, parent: QWidget | None = None):
        super().__init__(parent)
        self.defn = defn
        self._had_value = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kind = defn.type
        self.line: QLineEdit | None = None
        self.check: QCheckBox | None = None
        self.combo: QComboBox | None = None
        self.date: QDateEdit | None = None
        self.known: QCheckBox | None = None
        if kind == CustomFieldType.BOOL:
            self.check = QCheckBox(self.tr("Yes"))
            layout.addWidget(self.check)
            layout.addStretch(1)
        elif kind == CustomFieldType.CHOICE:
            self.combo = QComboBox()
            self.combo.addItem(self.tr("(none)"), "")
            for choice in defn.choices:
                self.combo.addItem(choice, choice)
            layout.addWidget(self.combo, 1)
        elif kind == CustomFieldType.DATE:
            self.known = QCheckBox(self.tr("Set"))
            self.date = QDateEdit()
            self.date.setCalendarPopup(True)
            self.date.setDisplayFormat(dates.date_format())
            self.date.setDate(QDate.currentDate())
            self.date.setEnabled(False)
            self.known.toggled.connect(self.date.setEnabled)
            layout.addWidget(self.known)
            layout.addWidget(self.date, 1)
        else:
            self.line = QLineEdit()
            if kind in (CustomFieldType.NUMBER, CustomFieldType.MONEY):
                self.line.setPlaceholderText(QLocale().toString(0.0, "f", 2) if kind == CustomFieldType.MONEY
                                             else self.tr("a number"))
                self.line.setMaximumWidth(180)
            layout.addWidget(self.line, 1)

    def set_value(self, stored: str) -> None:
        self._had_value = bool(stored)
        if self.check is not None:
            self.check.setChecked(stored == "yes")
        elif self.combo is not None:
            index = self.combo.findData(stored)
            if index < 0 and stored:  # a value no longer in the list: keep it, never lose it
                self.combo.addItem(stored, stored)
                index = self.combo.count() - 1
            self.combo.setCurrentIndex(max(index, 0))
        elif self.date is not None and self.known is not None:
            self.known.setChecked(bool(stored))
            if stored:
                try:
                    day = date.fromisoformat(stored)
                    self.date.setDate(QDate(day.year, day.month, day.day))
                except ValueError:
                    self.known.setChecked(False)
        elif self.line is not None:
            self.line.setText(stored)

    def raw(self) -> str:
        """What the user entered, for ``FieldDef.parse``."""
        if self.check is not None:
            if self.check.isChecked():
                return "yes"
            return "no" if self._had_value else ""
        if self.combo is not None:
            return str(self.combo.currentData() or "")
        if self.date is not None and self.known is not None:
            return self.date.date().toString(Qt.DateFormat.ISODate) if self.known.isChecked() else ""
        return self.line.text() if self.line is not None else ""

    def focus(self) -> None:
        target = self.line or self.combo or self.known or self.check
        if target is not None:
            target.setFocus()


class CustomFieldsGroup(QGroupBox):
    """The "Other fields" of a New/Edit dialog; hidden when the entity has no custom fields."""

    def __init__(self, ctx: UiContext, entity: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Other fields"))
        self.ctx = ctx
        self.entity = entity
        self.defs = ctx.services.custom_fields.fields(entity)
        self.editors: dict[str, ValueEditor] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        general = QLabel()
        form.addRow(general)
        self.errors = FieldErrors(general)
        for defn in self.defs:
            editor = ValueEditor(defn)
            self.errors.add_row(form, defn.label, editor, defn.key)
            self.editors[defn.key] = editor
        self.setVisible(bool(self.defs))

    def load(self, record_id: int) -> None:
        values = self.ctx.services.custom_fields.values(self.entity, record_id)
        for key, editor in self.editors.items():
            editor.set_value(values.get(key, ""))

    def raw_values(self) -> dict[str, str]:
        return {key: editor.raw() for key, editor in self.editors.items()}

    def check(self) -> bool:
        """Show a message beside each value that cannot be stored; True when all are fine."""
        problems: dict[str, str] = {}
        for defn in self.defs:
            try:
                defn.parse(self.editors[defn.key].raw())
            except ValueError as exc:
                problems[defn.key] = exc.args[0] if exc.args else str(exc)  # shown translated
        if problems:
            self.errors.show(problems)
            self.editors[next(iter(problems))].focus()
            return False
        self.errors.clear()
        return True

    def save(self, record_id: int) -> bool:
        if not self.editors:
            return True
        try:
            self.ctx.services.custom_fields.set_values(self.entity, record_id, dict(self.raw_values()))
        except ValidationError as exc:
            self.errors.show(exc.fields)
            return False
        return True
