"""The sync conflict dialog: each field changed on both sides, the two values side by
side, and a choice per field (keep the CRM's value or take the sheet's)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.exchange.sync import Conflict
from crm_desktop.ui import i18n

CRM, SHEET = 1, 2


def _empty() -> str:
    return QCoreApplication.translate("ConflictDialog", "(empty)")


def _shown(value: str) -> str:
    text = value.replace("\n", " ⏎ ")
    return text if text else _empty()


class ConflictDialog(QDialog):
    """``resolutions()`` gives {(contact id, field): chosen value} for the rows decided."""

    def __init__(self, conflicts: Sequence[Conflict], sheet_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.setWindowTitle(self.tr("Changed on both sides"))
        self.resize(860, 420)

        intro = QLabel(self.tr(
            "These fields were changed both in the CRM and in “{sheet}” since the last sync. "
            "Choose which value to keep for each; both sides will then hold it. Fields you leave "
            "undecided stay as they are on both sides."
        ).format(sheet=sheet_name))
        intro.setWordWrap(True)

        self.table = QTableWidget(len(self.conflicts), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Contact"), self.tr("Field"), self.tr("Keep the CRM value"), self.tr("Use the sheet value")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.groups: list[QButtonGroup] = []
        for row, conflict in enumerate(self.conflicts):
            who = QTableWidgetItem(self.tr("{name}  (row {row})").format(name=conflict.name, row=conflict.line))
            who.setToolTip(self.tr("ID {id}, row {row} of the sheet").format(id=conflict.contact_id, row=conflict.line))
            self.table.setItem(row, 0, who)
            self.table.setItem(row, 1, QTableWidgetItem(i18n.translated(conflict.label)))
            group = QButtonGroup(self)
            group.setExclusive(True)
            for column, (value, choice) in enumerate(((conflict.crm_value, CRM), (conflict.sheet_value, SHEET)), 2):
                radio = QRadioButton(_shown(value))
                radio.setToolTip(value or _empty())
                group.addButton(radio, choice)
                cell = QWidget()
                box = QHBoxLayout(cell)
                box.setContentsMargins(6, 0, 6, 0)
                box.addWidget(radio)
                self.table.setCellWidget(row, column, cell)
            group.idToggled.connect(self._on_choice_toggled)
            self.groups.append(group)

        all_crm = QPushButton(self.tr("Keep all CRM values"))
        all_sheet = QPushButton(self.tr("Use all sheet values"))
        all_crm.clicked.connect(lambda: self.choose_all(CRM))
        all_sheet.clicked.connect(lambda: self.choose_all(SHEET))
        self.counter = QLabel()
        quick = QHBoxLayout()
        quick.addWidget(all_crm)
        quick.addWidget(all_sheet)
        quick.addStretch(1)
        quick.addWidget(self.counter)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Apply choices"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(quick)
        layout.addWidget(self.buttons)
        self._on_choice_toggled()

    def choose(self, row: int, choice: int) -> None:
        self.groups[row].button(choice).setChecked(True)

    def choose_all(self, choice: int) -> None:
        for row in range(len(self.groups)):
            self.choose(row, choice)

    def resolutions(self) -> dict[tuple[int, str], str]:
        out: dict[tuple[int, str], str] = {}
        for conflict, group in zip(self.conflicts, self.groups, strict=True):
            choice = group.checkedId()
            if choice == CRM:
                out[(conflict.contact_id, conflict.field)] = conflict.crm_value
            elif choice == SHEET:
                out[(conflict.contact_id, conflict.field)] = conflict.sheet_value
        return out

    def _on_choice_toggled(self, *_args: object) -> None:
        decided = sum(1 for g in self.groups if g.checkedId() in (CRM, SHEET))
        self.counter.setText(self.tr("{done} of {total} decided").format(
            done=QLocale().toString(decided), total=QLocale().toString(len(self.groups))))
        self.apply_button.setEnabled(decided > 0)


