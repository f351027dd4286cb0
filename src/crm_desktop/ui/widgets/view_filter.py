"""The saved view editor: name, conditions and a live count of the matching records."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.saved_views import FIELDS, OPERATORS, Condition, ViewSpec
from crm_desktop.ui import i18n, labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.theme import icon
from crm_desktop.ui.widgets.form import FieldErrors, ListCompleter, split_list

CUSTOM = "custom:"  # prefix of a custom field's key in the field picker


class ConditionRow(QWidget):
    """One line: [field] [comparison] [value] [remove]."""

    def __init__(self, fields: list[tuple[str, str]], condition: Condition | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = QComboBox()
        for key, label in fields:
            self.field.addItem(label, key)
        self.op = QComboBox()
        for key, label in OPERATORS.items():
            self.op.addItem(labels.operator(key, label), key)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("value"))
        self.remove = QToolButton()
        self.remove.setIcon(icon("delete"))
        self.remove.setToolTip(self.tr("Remove this condition"))
        self.remove.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 2)
        layout.addWidget(self.op, 1)
        layout.addWidget(self.value, 2)
        layout.addWidget(self.remove)
        self.op.currentIndexChanged.connect(self._on_op_changed)
        if condition is not None:
            self.field.setCurrentIndex(max(self.field.findData(condition.field), 0))
            self.op.setCurrentIndex(max(self.op.findData(condition.op), 0))
            self.value.setText(condition.value)
        self._on_op_changed()

    def _on_op_changed(self, *_args: object) -> None:
        self.value.setVisible(self.op.currentData() not in ("empty", "not_empty"))

    def condition(self) -> Condition:
        needs_value = self.op.currentData() not in ("empty", "not_empty")
        return Condition(str(self.field.currentData()), str(self.op.currentData()),
                         self.value.text().strip() if needs_value else "")


class SavedViewDialog(QDialog):
    """Create (``view_id`` None) or edit a saved view. On success ``saved_id`` is set."""

    def __init__(self, ctx: UiContext, spec: ViewSpec, name: str = "", view_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entity = spec.entity
        self.view_id = view_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit saved view") if view_id else self.tr("Save view"))
        self.setMinimumWidth(600)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_count)
        self.fields = [(k, labels.field(k, v)) for k, v in FIELDS[self.entity].items()]
        self.fields += [(CUSTOM + d.key, d.label) for d in ctx.services.custom_fields.fields(self.entity)]

        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self._name_example())
        self.text = QLineEdit(spec.text)
        self.text.setPlaceholderText(self.tr("Words to search for (optional)"))
        tags = ctx.services.tags.all_names()
        self.tags_any = QLineEdit(", ".join(spec.tags_any))
        self.tags_any.setPlaceholderText(self.tr("any of these tags, e.g. customer, vip"))
        self.tags_any.setCompleter(ListCompleter(tags, self))
        self.tags_none = QLineEdit(", ".join(spec.tags_none))
        self.tags_none.setPlaceholderText(self.tr("none of these tags"))
        self.tags_none.setCompleter(ListCompleter(tags, self))
        self.rows: list[ConditionRow] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        self.add_condition = QPushButton(icon("add"), self.tr("Add condition"))
        self.add_condition.clicked.connect(lambda: self.add_row(None).value.setFocus())
        conditions = QWidget()
        box = QVBoxLayout(conditions)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.rows_box)
        box.addWidget(self.add_condition, 0, Qt.AlignmentFlag.AlignLeft)

        self.inactive = QCheckBox(self.tr("No activity for"))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(spec.inactive_days or 90)
        self.inactive.setChecked(spec.inactive_days is not None)
        self.days.setEnabled(self.inactive.isChecked())
        self.inactive.toggled.connect(self.days.setEnabled)
        inactive = QWidget()
        row = QHBoxLayout(inactive)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.inactive)
        row.addWidget(self.days)
        row.addStretch(1)
        self.open_deal = QComboBox()
        self.open_deal.addItem(self.tr("Doesn't matter"), None)
        self.open_deal.addItem(self.tr("Yes, at least one open deal"), True)
        self.open_deal.addItem(self.tr("No open deal"), False)
        self.open_deal.setCurrentIndex(max(self.open_deal.findData(spec.has_open_deal), 0))
        self.no_followup = QCheckBox(self.tr("Only those without an open follow-up"))
        self.no_followup.setChecked(spec.no_followup)

        self.count = QLabel()
        self.count.setProperty("role", "heading")
        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add = self.errors.add_row
        add(form, self.tr("Name"), self.name, "name")
        add(form, self.tr("Search"), self.text, "text")
        add(form, self.tr("With tags"), self.tags_any, "tags_any")
        add(form, self.tr("Without tags"), self.tags_none, "tags_none")
        add(form, self.tr("Conditions"), conditions, "conditions")
        add(form, "", inactive, "inactive_days")
        if self.entity in ("contact", "company"):
            add(form, self.tr("Has an open deal"), self.open_deal, "has_open_deal")
        if self.entity in ("contact", "deal"):
            add(form, "", self.no_followup, "no_followup")
        for condition in spec.conditions:
            self.add_row(condition)
        for condition in spec.custom:
            self.add_row(Condition(CUSTOM + condition.field, condition.op, condition.value))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addLayout(form)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        for edit in (self.text, self.tags_any, self.tags_none):
            edit.textChanged.connect(self._timer.start)
        self.inactive.toggled.connect(self._timer.start)
        self.days.valueChanged.connect(self._timer.start)
        self.open_deal.currentIndexChanged.connect(self._timer.start)
        self.no_followup.toggled.connect(self._timer.start)
        self.update_count()
        self.name.setFocus()

    def _name_example(self) -> str:
        if self.entity == "company":
            return self.tr("e.g. Customers in Lyon, Companies to call back")
        if self.entity == "deal":
            return self.tr("e.g. Big deals, Deals to call back")
        return self.tr("e.g. Customers in Lyon, Contacts to call back")

    def _count_text(self, n: int) -> str:
        number = QLocale().toString(n)
        if self.entity == "company":
            return self.tr("1 company matches") if n == 1 else self.tr("{n} companies match").format(n=number)
        if self.entity == "deal":
            return self.tr("1 deal matches") if n == 1 else self.tr("{n} deals match").format(n=number)
        return self.tr("1 contact matches") if n == 1 else self.tr("{n} contacts match").format(n=number)

    def add_row(self, condition: Condition | None) -> ConditionRow:
        row = ConditionRow(self.fields, condition)
        row.remove.clicked.connect(lambda: self._remove_row(row))
        row.field.currentIndexChanged.connect(self._timer.start)
        row.op.currentIndexChanged.connect(self._timer.start)
        row.value.textChanged.connect(self._timer.start)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self._timer.start()
        return row

    def _remove_row(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._timer.start()

    def spec(self) -> ViewSpec:
        conditions, custom = [], []
        for row in self.rows:
            c = row.condition()
            if c.field.startswith(CUSTOM):
                custom.append(Condition(c.field[len(CUSTOM):], c.op, c.value))
            else:
                conditions.append(c)
        return ViewSpec(
            entity=self.entity,
            text=self.text.text().strip(),
            tags_any=split_list(self.tags_any.text()),
            tags_none=split_list(self.tags_none.text()),
            conditions=conditions,
            custom=custom,
            inactive_days=self.days.value() if self.inactive.isChecked() else None,
            has_open_deal=self.open_deal.currentData() if self.entity in ("contact", "company") else None,
            no_followup=self.no_followup.isChecked() and self.entity in ("contact", "deal"),
        )

    def update_count(self) -> None:
        """The live count under the conditions (a condition that cannot work says why)."""
        self._timer.stop()
        try:
            n = self.ctx.services.saved_views.count(self.spec())
        except ValidationError as exc:
            self.count.setText("")
            self.errors.show(exc.fields)
            return
        self.errors.clear()
        self.count.setText(self._count_text(n))

    def save(self) -> bool:
        try:
            self.saved_id = self.ctx.services.saved_views.save(self.name.text(), self.spec(), self.view_id)
        except ValidationError as exc:
            self.errors.show(exc.fields)
            if "name" in exc.fields:
                self.name.setFocus()
            return False
        except CrmError as exc:
            self.errors.show({"_": i18n.user_message(exc)})
            return False
        self.accept()
        return True
