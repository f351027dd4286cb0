"""Tools › Custom fields: add, rename and remove the extra fields of contacts, companies, deals."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.custom_fields import TYPE_LABELS, FieldDef
from crm_desktop.ui import i18n, labels
from crm_desktop.ui.context import UiContext

ENTITY_TITLES = {
    "contact": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Contacts"),
    "company": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Companies"),
    "deal": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Deals"),
}


class FieldEditor(QDialog):
    """Name, type and (for choice lists) the choices of one field."""

    def __init__(self, parent: QWidget, existing: FieldDef | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit field") if existing else self.tr("New field"))
        self.label = QLineEdit(existing.label if existing else "")
        self.label.setPlaceholderText(self.tr("e.g. Shoe size, Customer since, Segment"))
        self.type = QComboBox()
        for kind, text in TYPE_LABELS.items():
            self.type.addItem(labels.field_type(kind, text), kind.value)
        if existing:
            self.type.setCurrentIndex(self.type.findData(existing.type.value))
            self.type.setEnabled(False)  # changing the type would make stored values wrong
        self.choices = QPlainTextEdit("\n".join(existing.choices) if existing else "")
        self.choices.setPlaceholderText(self.tr("One choice per line"))
        self.choices.setFixedHeight(100)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.label)
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Choices"), self.choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.type.currentIndexChanged.connect(self._on_type_changed)
        self._on_type_changed()

    def _on_type_changed(self) -> None:
        is_choice = self.type.currentData() == CustomFieldType.CHOICE.value
        self.choices.setEnabled(is_choice)

    def values(self) -> tuple[str, str, list[str]]:
        return self.label.text(), self.type.currentData(), self.choices.toPlainText().splitlines()


class EntityPage(QWidget):
    def __init__(self, ctx: UiContext, entity: str):
        super().__init__()
        self.ctx, self.entity = ctx, entity
        self.list = QListWidget()
        self.list.setWordWrap(True)  # the empty list says what to do in a sentence
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add = QPushButton(self.tr("Add field…"))
        self.edit = QPushButton(self.tr("Edit…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.add.clicked.connect(self._on_add_clicked)
        self.edit.clicked.connect(self._on_edit_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.list.itemDoubleClicked.connect(lambda _i: self._on_edit_clicked())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        buttons = QVBoxLayout()
        for b in (self.add, self.edit, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for f in self.ctx.services.custom_fields.fields(self.entity):
            extra = f" ({', '.join(f.choices)})" if f.choices else ""
            item = QListWidgetItem(f"{f.label}  ·  {labels.field_type(f.type, TYPE_LABELS[f.type])}{extra}")
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.list.addItem(item)
        if self.list.count() == 0:
            item = QListWidgetItem(self._empty_text())
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._update_buttons()

    def _empty_text(self) -> str:
        if self.entity == "company":
            return self.tr("No custom fields for companies yet. Add one to keep extra details, such as a customer number.")
        if self.entity == "deal":
            return self.tr("No custom fields for deals yet. Add one to keep extra details, such as an order number.")
        return self.tr("No custom fields for contacts yet. Add one to keep extra details, such as a customer number.")

    def _current(self) -> FieldDef | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        has = self._current() is not None
        self.edit.setEnabled(has)
        self.remove.setEnabled(has)

    def _run_editor(self, existing: FieldDef | None) -> None:
        editor = FieldEditor(self, existing)
        while editor.exec() == QDialog.DialogCode.Accepted:
            label, kind, choices = editor.values()
            try:
                if existing:
                    self.ctx.services.custom_fields.rename(existing.id, label, choices if existing.choices else None)
                else:
                    self.ctx.services.custom_fields.define(self.entity, label, kind, choices)
            except ValidationError as exc:
                editor.error.setText(" ".join(i18n.translated(m) for m in exc.fields.values()))
                continue
            break
        self.reload()

    def _on_add_clicked(self) -> None:
        self._run_editor(None)

    def _on_edit_clicked(self) -> None:
        if self._current():
            self._run_editor(self._current())

    def _on_remove_clicked(self) -> None:
        f = self._current()
        if f is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove field"),
            self.tr("Remove the field “{name}”? It disappears from forms and tables. Values already typed "
                    "are kept and come back if you add a field with the same name.").format(name=f.label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.services.custom_fields.archive(f.id)
            self.reload()


class CustomFieldsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: UiContext):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom fields"))
        self.resize(620, 420)
        self.tabs = QTabWidget()
        self.pages = {e: EntityPage(ctx, e) for e in ENTITY_TITLES}
        for entity, page in self.pages.items():
            self.tabs.addTab(page, QCoreApplication.translate("CustomFieldsDialog", ENTITY_TITLES[entity]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Extra fields appear in the forms, the detail panes, filters, imports and exports."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)


def install(window: QMainWindow) -> None:
    action = QAction(QCoreApplication.translate("CustomFieldsDialog", "Custom fields…"), window)
    action.triggered.connect(lambda: CustomFieldsDialog(window, window.ctx).exec())  # type: ignore[attr-defined]
    window.menu("tools").addAction(action)  # type: ignore[attr-defined]
