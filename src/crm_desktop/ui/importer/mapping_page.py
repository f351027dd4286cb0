"""Wizard step 2: what was recognised, which column goes where, and a preview."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from crm_desktop.exchange.mapping import FIELDS, Mapping
from crm_desktop.ui import i18n
from crm_desktop.ui.importer.texts import describe_file, layout_text, target_text

if TYPE_CHECKING:
    from crm_desktop.ui.importer.wizard import ImportWizard

PREVIEW_COLUMNS = [  # (title, translated where shown; attribute of the contact)
    (QT_TRANSLATE_NOOP("MappingPage", "Name"), None),
    (QT_TRANSLATE_NOOP("MappingPage", "Email"), "emails"),
    (QT_TRANSLATE_NOOP("MappingPage", "Phone"), "phones"),
    (QT_TRANSLATE_NOOP("MappingPage", "Company"), "company"),
    (QT_TRANSLATE_NOOP("MappingPage", "Job title"), "job_title"),
    (QT_TRANSLATE_NOOP("MappingPage", "City"), "city"),
    (QT_TRANSLATE_NOOP("MappingPage", "Tags"), "tags"),
]


class MappingPage(QWizardPage):
    """Each column of the file gets a combo box choosing the contact field it fills."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check which column goes where"))
        self.recognised = QLabel()
        self.recognised.setWordWrap(True)
        self.recognised.setTextFormat(Qt.TextFormat.RichText)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels([self.tr("Column in your file"), self.tr("First value"), self.tr("Put it in")])
        self.columns.verticalHeader().hide()
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.to_notes = QCheckBox(self.tr("Keep the columns marked “Don't import” in each contact's notes"))
        self.to_notes.toggled.connect(self._on_changed)
        self.profiles = QComboBox()
        self.profiles.setMinimumWidth(180)
        self.profiles.activated.connect(self._on_profile_chosen)
        self.save = QPushButton(self.tr("Remember these choices…"))
        self.save.setToolTip(self.tr("Save this set-up under a name, to use it again for similar files"))
        self.save.clicked.connect(self._on_save_clicked)
        self.preview = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.preview.setHorizontalHeaderLabels([QCoreApplication.translate("MappingPage", c) for c, _ in PREVIEW_COLUMNS])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setMaximumHeight(170)

        profile_row = QHBoxLayout()
        profile_row.addWidget(QLabel(self.tr("Saved set-ups:")))
        profile_row.addWidget(self.profiles)
        profile_row.addStretch(1)
        profile_row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recognised)
        layout.addWidget(self.columns, 3)
        layout.addWidget(self.to_notes)
        layout.addLayout(profile_row)
        layout.addWidget(QLabel(self.tr("<b>How the first rows will look as contacts</b>")))
        layout.addWidget(self.preview, 2)
        self._combos: list[QComboBox] = []
        self._filling = False

    # --- filling ------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        table, mapping = self.wiz.table, self.wiz.mapping
        assert table is not None and mapping is not None
        name = html.escape(layout_text(mapping))
        what = self.tr("This looks like <b>{layout}</b>.").format(layout=name) if name else (
            self.tr("We matched the columns by their titles."))
        self.recognised.setText(
            describe_file(table) + "<br>" + what + " " + self.tr("Check the column choices below; change any that are wrong."))
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
            for key in FIELDS:
                combo.addItem(target_text(key, mapping.custom), key)
            for key in mapping.custom:  # the contact custom fields
                combo.addItem(target_text(key, mapping.custom), key)
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
        self.profiles.addItem(self.tr("(none)"), "")
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
            self.recognised.setText(i18n.user_message(exc))
        self.preview.setRowCount(len(rows))
        for r, (_line, data) in enumerate(rows):
            if isinstance(data, str):
                self.preview.setItem(r, 0, QTableWidgetItem(self.tr("Row {row}: {problem}").format(row=_line, problem=i18n.translated(data))))
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
            QMessageBox.warning(self, self.tr("Import contacts"),
                                self.tr("Choose at least one column for the name (first name, last name or full name): "
                                        "every contact needs a name."))
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
        name, ok = QInputDialog.getText(self, self.tr("Remember these choices"),
                                        self.tr("Name for this set-up (for example “Shop spreadsheet”):"))
        if not ok or not name.strip():
            return
        try:
            self.wiz.ctx.services.importer.save_profile(name, self.current_mapping())
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Import contacts"), i18n.user_message(exc))
            return
        self._fill_profiles()
        self.profiles.setCurrentIndex(self.profiles.findData(" ".join(name.split())))
