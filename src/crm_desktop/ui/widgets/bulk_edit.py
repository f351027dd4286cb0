"""Bulk edits: the "Edit field…" dialog and the undo command every bulk change pushes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.bulk import SETTABLE, Undo
from crm_desktop.services.custom_fields import FieldDef
from crm_desktop.ui import i18n, labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.widgets.custom_form import ValueEditor
from crm_desktop.ui.widgets.form import FieldErrors


class BulkCommand(QUndoCommand):
    """Pushed after the change ran: the first redo() does nothing; undo() hands the service's
    Undo record back; a later redo() runs the change again (and keeps the new record)."""

    def __init__(self, ctx: UiContext, text: str, apply: Callable[[], Undo], record: Undo):
        super().__init__(text)
        self.ctx = ctx
        self.apply = apply
        self.record = record
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        try:
            self.record = self.apply()
        except CrmError as exc:
            QMessageBox.warning(None, QCoreApplication.translate("BulkEditDialog", "Redo"),
                                QCoreApplication.translate("BulkEditDialog", "Could not redo “{action}”: {error}").format(
                                    action=self.text(), error=i18n.user_message(exc)))

    def undo(self) -> None:
        try:
            self.ctx.services.bulk.undo(self.record)
        except CrmError as exc:
            QMessageBox.warning(None, QCoreApplication.translate("BulkEditDialog", "Undo"),
                                QCoreApplication.translate("BulkEditDialog", "Could not undo “{action}”: {error}").format(
                                    action=self.text(), error=i18n.user_message(exc)))


def run_bulk(ctx: UiContext, text: str, apply: Callable[[], Undo]) -> None:
    """Run a bulk change now and make it undoable (raises CrmError when it could not run)."""
    record = apply()
    ctx.undo.push(BulkCommand(ctx, text, apply, record))


def _plain_field(key: str, label: str) -> FieldDef:
    kind = CustomFieldType.BOOL if key == "do_not_email" else CustomFieldType.DATE if key == "expected_close" \
        else CustomFieldType.TEXT
    return FieldDef(0, "", key, labels.field(key, label), kind)


class BulkEditDialog(QDialog):
    """Pick a field (custom fields included), type the value or clear it. ``run()`` applies it."""

    def __init__(self, ctx: UiContext, entity: str, ids: list[int], what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.ids = list(ids)
        self.what = what
        self.setWindowTitle(self.tr("Edit field"))
        self.setMinimumWidth(460)
        self.defs = [_plain_field(k, v) for k, v in SETTABLE[entity].items()]
        self.defs += ctx.services.custom_fields.fields(entity)
        self.field = QComboBox()
        self.values = QStackedWidget()
        self.editors: list[ValueEditor] = []
        for defn in self.defs:
            self.field.addItem(defn.label, defn.key)
            editor = ValueEditor(defn)
            self.editors.append(editor)
            self.values.addWidget(editor)
        self.field.currentIndexChanged.connect(self._on_field_changed)
        self.clear = QCheckBox(self.tr("Clear this field instead (leave it empty)"))
        self.clear.toggled.connect(lambda on: self.values.setEnabled(not on))
        intro = QLabel(self.tr("Set one field on {what}. You can undo this with Edit ▸ Undo.").format(what=what))
        intro.setWordWrap(True)
        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Field"), self.field)
        self.errors.add_row(form, self.tr("New value"), self.values, "value")
        form.addRow("", self.clear)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(general)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._on_field_changed(0)

    def _on_field_changed(self, index: int) -> None:
        self.values.setCurrentIndex(index)
        self.errors.clear()
        self.apply_button.setText(self.tr("Set on {n}").format(n=QLocale().toString(len(self.ids))))

    def choose(self, key: str, raw: str = "", clear: bool = False) -> None:
        """Pick a field and value as the user would (also used by tests)."""
        self.field.setCurrentIndex(self.field.findData(key))
        self.editors[self.field.currentIndex()].set_value(raw)
        self.clear.setChecked(clear)

    def run(self) -> bool:
        index = self.field.currentIndex()
        defn = self.defs[index]
        value = "" if self.clear.isChecked() else self.editors[index].raw()
        if defn.key == "do_not_email" and not value:
            value = "no"
        entity, ids, bulk = self.entity, self.ids, self.ctx.services.bulk
        text = (self.tr("Clear {field} on {what}") if not value else self.tr("Set {field} on {what}")).format(
            field=defn.label, what=self.what)
        try:
            run_bulk(self.ctx, text, lambda: bulk.set_field(entity, ids, defn.key, value))
        except ValidationError as exc:
            self.errors.show({"value": "\n".join(i18n.translated(m) for m in exc.fields.values())})
            return False
        except CrmError as exc:
            self.errors.show({"_": i18n.user_message(exc)})
            return False
        self.accept()
        return True
