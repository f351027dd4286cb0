"""Wizard step 2: what was recognised, which column goes where, and a preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.exchange.mapping import FIELDS, Mapping, target_label

if TYPE_CHECKING:
    from crm_desktop.ui.importer.wizard import ImportWizard

PREVIEW_COLUMNS = [("Name", None), ("Email", "emails"), ("Phone", "phones"), ("Company", "company"),
                   ("Job title", "job_title"), ("City", "city"), ("Tags", "tags")]


class MappingPage(QWizardPage):
    """Each column of the file gets a combo box choosing the contact field it fills."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle("Check which column goes where")
        self.recognised = QLabel()
        self.recognised.setWordWrap(True)
        self.recognised.setTextFormat(Qt.TextFormat.RichText)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(["Column in your file", "First value", "Put it in"])
        self.columns.verticalHeader().hide()
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.to_notes = QCheckBox("Keep the columns marked “Don't import” in each contact's notes")
        self.to_notes.toggled.connect(self._on_changed)
        self.profiles = QComboBox()
        self.profiles.setMinimumWidth(180)
        self.profiles.activated.connect(self._on_profile_chosen)
        self.save = QPushButton("Remember these choices…")
        self.save.setToolTip("Save this set-up under a name, to use it again for similar files")
        self.save.clicked.connect(self._on_save_clicked)
        self.preview = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.preview.setHorizontalHeaderLabels([c for c, _ in PREVIEW_COLUMNS])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setMaximumHeight(170)

        profile_row = QHBoxLayout()
        profile_row.addWidget(QLabel("Saved set-ups:"))
        profile_row.addWidget(self.profiles)
        profile_row.addStretch(1)
        profile_row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recognised)
        layout.addWidget(self.columns, 3)
        layout.addWidget(self.to_notes)
        layout.addLayout(profile_row)
        layout.addWidget(QLabel("<b>How the first rows will look as contacts</b>"))
        layout.addWidget(self.preview, 2)
        self._combos: list[QComboBox] = []
        self._filling = False

    # --- filling ------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        table, mapping = self.wiz.table, self.wiz.mapping
        assert table is not None and mapping is not None
        name = mapping.layout_name
        what = f"This looks like <b>{name}</b>." if name else (
            "We matched the columns by their titles.")
        self.recognised.setText(
            f"<b>{table.path.name}</b> is {table.describe()}.<br>{what} "
            "Check the column choices below; change any that are wrong.")
        first = self.wiz.first_values
        self._filling = True
        self.columns.setRowCount(len(table.headers))
        self._combos = []
        for row, header in enumerate(table.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            sample = first[row] if row < len(first) else ""
            item = QTableWidgetItem(" ".join(sample.split())[:80])
            item.setForeground(self.palette().placeholderText())
            self.columns.setItem(row, 1, item)
            combo = QComboBox()
            for key, label in FIELDS.items():
                combo.addItem(label, key)
            for key in mapping.custom:  # the contact custom fields
                combo.addItem(target_label(key, mapping.custom), key)
            combo.setCurrentIndex(combo.findData(mapping.fields[row]))
            combo.currentIndexChanged.connect(self._on_changed)
            self.columns.setCellWidget(row, 2, combo)
            self._combos.append(combo)
        self.to_notes.setChecked(mapping.unmapped_to_notes)
        self._fill_profiles()
        self._filling = False
        self._refresh_preview()

    def _fill_profiles(self) -> None:
        self.profiles.clear()
        self.profiles.addItem("(none)", "")
        for name in sorted(self.wiz.ctx.services.importer.profiles()):
            self.profiles.addItem(name, name)
        self.profiles.setEnabled(self.profiles.count() > 1)

    def current_mapping(self) -> Mapping:
        base = self.wiz.mapping
        assert base is not None
        return Mapping([c.currentData() or "" for c in self._combos], layout=base.layout,
                       unmapped_to_notes=self.to_notes.isChecked(), unescape_formulas=base.unescape_formulas,
                       headers=list(base.headers), custom=base.custom)

    def _refresh_preview(self) -> None:
        table = self.wiz.table
        assert table is not None
        mapping = self.current_mapping()
        try:
            rows = self.wiz.ctx.services.importer.preview(table, mapping, count=5)
        except CrmError as exc:
            rows = []
            self.recognised.setText(str(exc))
        self.preview.setRowCount(len(rows))
        for r, (_line, data) in enumerate(rows):
            if isinstance(data, str):
                self.preview.setItem(r, 0, QTableWidgetItem(f"Row {_line}: {data}"))
                for c in range(1, len(PREVIEW_COLUMNS)):
                    self.preview.setItem(r, c, QTableWidgetItem(""))
                continue
            for c, (_title, attr) in enumerate(PREVIEW_COLUMNS):
                if attr is None:
                    value = " ".join(p for p in (data.first_name, data.last_name) if p)
                else:
                    value = getattr(data, attr)
                    value = ", ".join(value) if isinstance(value, list) else str(value or "")
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return any(c.currentData() for c in self._combos)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        mapping = self.current_mapping()
        if not {"first_name", "last_name", "full_name"} & set(mapping.fields):
            QMessageBox.warning(self, "Import contacts",
                                "Choose at least one column for the name (first name, last name or full name): "
                                "every contact needs a name.")
            return False
        self.wiz.mapping = mapping
        return True

    # --- handlers -----------------------------------------------------------------------

    def _on_changed(self, *_args: object) -> None:
        if not self._filling:
            self.profiles.setCurrentIndex(0)
            self._refresh_preview()

    def _on_profile_chosen(self, index: int) -> None:
        name = self.profiles.itemData(index)
        if not name or self.wiz.table is None:
            return
        mapping = self.wiz.ctx.services.importer.recognise(self.wiz.table, name)
        self._filling = True
        for combo, key in zip(self._combos, mapping.fields, strict=False):
            combo.setCurrentIndex(combo.findData(key))
        self.to_notes.setChecked(mapping.unmapped_to_notes)
        self._filling = False
        self._refresh_preview()

    def _on_save_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, "Remember these choices",
                                        "Name for this set-up (for example “Shop spreadsheet”):")
        if not ok or not name.strip():
            return
        try:
            self.wiz.ctx.services.importer.save_profile(name, self.current_mapping())
        except CrmError as exc:
            QMessageBox.warning(self, "Import contacts", str(exc))
            return
        self._fill_profiles()
        self.profiles.setCurrentIndex(self.profiles.findData(" ".join(name.split())))
