"""Tools › Find duplicates: likely duplicate pairs side by side, merge with a choice per field.

Merges are logged: Tools › Merge history lists them with "Undo", also after a restart, and
Ctrl+Z undoes a merge made in this session.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.ui import i18n, labels
from crm_desktop.ui.context import UiContext

if TYPE_CHECKING:
    from crm_desktop.services.duplicates import DuplicatePair

CONTACT_ROWS = [
    ("first_name", "First name"), ("last_name", "Last name"), ("job_title", "Job title"),
    ("company", "Company"), ("birthday", "Birthday"), ("street", "Street"), ("city", "City"),
    ("postal_code", "Postal code"), ("country", "Country"), ("website", "Website"), ("notes", "Notes"),
]
COMPANY_ROWS = [
    ("name", "Name"), ("domain", "Domain"), ("website", "Website"), ("email", "Email"), ("phone", "Phone"),
    ("street", "Street"), ("city", "City"), ("postal_code", "Postal code"), ("country", "Country"),
    ("notes", "Notes"),
]
KEPT_ALWAYS = {
    "contact": QT_TRANSLATE_NOOP("DuplicatesDialog", "Emails, phones and tags of both are kept. Activities, deals "
                                 "and follow-ups move to the contact you keep; the other goes to the trash."),
    "company": QT_TRANSLATE_NOOP("DuplicatesDialog", "Tags of both are kept. People, deals and activities move to "
                                 "the company you keep; the other goes to the trash."),
}


def _added(name: str, created: datetime) -> str:
    """'Anna Müller (added 03/11/2026)': which of the two records is older."""
    day = QLocale().toString(created.astimezone().date(), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("DuplicatesDialog", "{name} (added {date})").format(name=name, date=day)


class MergeCommand(QUndoCommand):
    """A merge already made (``log_id``): undo uses the merge log, redo merges again."""

    def __init__(self, ctx: UiContext, kind: str, keep: int, other: int, take_other: set[str], log_id: int):
        super().__init__(QCoreApplication.translate("DuplicatesDialog", "Merge contacts") if kind == "contact" else QCoreApplication.translate("DuplicatesDialog", "Merge companies"))
        self.ctx, self.kind, self.keep, self.other, self.take_other = ctx, kind, keep, other, take_other
        self.log_id: int | None = log_id
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False  # the first redo is the merge the dialog already made
            return
        self.log_id = self.ctx.services.merges.merge(self.kind, self.keep, self.other, self.take_other)

    def undo(self) -> None:
        if self.log_id is not None:
            self.ctx.services.merges.undo(self.log_id)


class PairPanel(QWidget):
    """Two records side by side; one radio button per field picks the value that wins."""

    def __init__(self) -> None:
        super().__init__()
        self.kind = "contact"
        self.ids: tuple[int, int] = (0, 0)
        self.keep_a = QRadioButton()
        self.keep_b = QRadioButton()
        self.keep_a.setChecked(True)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep:")))
        keep_row.addWidget(self.keep_a)
        keep_row.addWidget(self.keep_b)
        keep_row.addStretch(1)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Record A"), self.tr("Record B")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "subtle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(keep_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._groups: dict[str, QButtonGroup] = {}

    def show_pair(self, kind: str, a: dict[str, str], b: dict[str, str], ids: tuple[int, int]) -> None:
        self.kind, self.ids = kind, ids
        self.keep_a.setText(f"A: {a['_label']}")
        self.keep_b.setText(f"B: {b['_label']}")
        rows = CONTACT_ROWS if kind == "contact" else COMPANY_ROWS
        self.table.clearSpans()
        self.table.setRowCount(0)
        extra = ["emails", "phones", "tags"] if kind == "contact" else ["tags"]
        self.table.setRowCount(len(rows) + len(extra))
        self._groups.clear()
        for row, (field, label) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(labels.field(field, label)))
            group = QButtonGroup(self)
            for col, data in ((1, a), (2, b)):
                button = QRadioButton(data.get(field, "") or "—")
                button.setToolTip(data.get(field, ""))
                group.addButton(button, col)
                self.table.setCellWidget(row, col, button)
            # The non-empty value wins by default, the kept record's when both have one.
            pick = 2 if not a.get(field) and b.get(field) else 1
            group.button(pick).setChecked(True)
            self._groups[field] = group
        for offset, field in enumerate(extra):
            row = len(rows) + offset
            self.table.setItem(row, 0, QTableWidgetItem(labels.field(field)))
            merged = ", ".join(dict.fromkeys([*filter(None, a.get(field, "").split(", ")), *filter(None, b.get(field, "").split(", "))]))
            item = QTableWidgetItem(self.tr("All kept: {values}").format(values=merged or "—"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 1, item)
            self.table.setSpan(row, 1, 1, 2)
        self.table.resizeRowsToContents()
        self.note.setText(QCoreApplication.translate("DuplicatesDialog", KEPT_ALWAYS[kind]))

    def choice(self) -> tuple[int, int, set[str]]:
        """(record to keep, record merged into it, fields taking the merged record's value)."""
        keep_first = self.keep_a.isChecked()
        keep, other = self.ids if keep_first else self.ids[::-1]
        other_col = 2 if keep_first else 1
        take = {f for f, g in self._groups.items() if g.checkedId() == other_col}
        if self.kind == "contact" and "company" in take:
            take = (take - {"company"}) | {"company_id"}
        return keep, other, take


class DuplicatesDialog(QDialog):
    def __init__(self, window: QMainWindow, ctx: UiContext):
        super().__init__(window)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(980, 600)
        self.tabs = QTabWidget()
        self.lists: dict[str, QListWidget] = {}
        for kind, title in (("contact", self.tr("Contacts")), ("company", self.tr("Companies"))):
            lst = QListWidget()
            lst.currentItemChanged.connect(
                lambda item, _prev, lst=lst: self._on_list_current_changed(item, None) if lst is self._list() else None
            )
            self.lists[kind] = lst
            self.tabs.addTab(lst, title)
        self.panel = PairPanel()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.addWidget(self.panel, 1)
        rlayout.addWidget(self.empty, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setSizes([380, 600])
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.skip_button = QPushButton(self.tr("Not duplicates"))
        self.skip_button.clicked.connect(self._on_skip_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.tabs.currentChanged.connect(lambda _i: self._on_list_current_changed(self._list().currentItem(), None))
        self.reload()

    def _list(self) -> QListWidget:
        return self.lists["contact" if self.tabs.currentIndex() == 0 else "company"]

    def reload(self) -> None:
        finder = self.ctx.services.duplicates
        for kind, pairs in (("contact", finder.contacts()), ("company", finder.companies())):
            lst = self.lists[kind]
            lst.clear()
            labels = self._labels(kind, {i for p in pairs for i in (p.a, p.b)})
            for pair in pairs:
                item = QListWidgetItem(f"{labels.get(pair.a, pair.a)}  ↔  {labels.get(pair.b, pair.b)}\n"
                                       f"{'; '.join(i18n.translated(r) for r in pair.reasons)}")
                item.setData(Qt.ItemDataRole.UserRole, pair)
                item.setToolTip(item.text())
                lst.addItem(item)
            count = QLocale().toString(len(pairs))
            self.tabs.setTabText(0 if kind == "contact" else 1, self.tr("Contacts ({n})").format(n=count)
                                 if kind == "contact" else self.tr("Companies ({n})").format(n=count))
            if lst.count():
                lst.setCurrentRow(0)
        self._on_list_current_changed(self._list().currentItem(), None)

    def _labels(self, kind: str, ids: set[int]) -> dict[int, str]:
        if kind == "contact":
            return {i: r.name for i, r in self.ctx.services.contacts.rows(sorted(ids)).items()}
        return {i: r.name for i, r in self.ctx.services.companies.rows(sorted(ids)).items()}

    def _record(self, kind: str, ident: int) -> dict[str, str]:
        if kind == "contact":
            d = self.ctx.services.contacts.get(ident)
            data = {f: str(getattr(d, f) or "") for f, _ in CONTACT_ROWS if f != "company"}
            data.update(company=d.company, emails=", ".join(d.emails), phones=", ".join(d.phones),
                        tags=", ".join(d.tags), _label=_added(d.name, d.created_at))
            return data
        c = self.ctx.services.companies.get(ident)
        data = {f: str(getattr(c, f) or "") for f, _ in COMPANY_ROWS}
        data.update(tags=", ".join(c.tags), _label=_added(c.name, c.created_at))
        return data

    def _on_list_current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        pair: DuplicatePair | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.panel.setVisible(pair is not None)
        self.empty.setVisible(pair is None)
        self.merge_button.setEnabled(pair is not None)
        self.skip_button.setEnabled(pair is not None)
        if pair is None:
            self.empty.setText(self.tr("No likely duplicates here. Duplicates are found by the same email or "
                                       "phone, or very similar names at the same company."))
            return
        try:
            self.panel.show_pair(pair.kind, self._record(pair.kind, pair.a), self._record(pair.kind, pair.b),
                                 (pair.a, pair.b))
        except CrmError as exc:
            self.empty.setText(i18n.user_message(exc))
            self.panel.hide()
            self.empty.show()

    def _on_skip_clicked(self) -> None:
        lst = self._list()
        lst.takeItem(lst.currentRow())

    def _on_merge_clicked(self) -> None:
        keep, other, take = self.panel.choice()
        kind = self.panel.kind
        try:
            log_id = self.ctx.services.merges.merge(kind, keep, other, take)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Merge"), i18n.user_message(exc))
            return
        self.ctx.undo.push(MergeCommand(self.ctx, kind, keep, other, take, log_id))
        lst = self._list()
        lst.takeItem(lst.currentRow())
        window = self.parent()
        if hasattr(window, "show_message"):
            window.show_message(self.tr("Merged. Undo with Ctrl+Z or from Tools › Merge history."))


class MergeHistoryDialog(QDialog):
    def __init__(self, window: QMainWindow, ctx: UiContext):
        super().__init__(window)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Merge history"))
        self.resize(640, 400)
        self.list = QListWidget()
        self.undo_button = QPushButton(self.tr("Undo this merge"))
        self.undo_button.clicked.connect(self._on_undo_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for entry in self.ctx.services.merges.history():
            when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(entry.created_at.timestamp())),
                                      QLocale.FormatType.ShortFormat)
            summary = i18n.translated(entry.summary)
            text = self.tr("{when}   {summary}  (undone)") if entry.undone_at else "{when}   {summary}"
            item = QListWidgetItem(text.format(when=when, summary=summary))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)
        if self.list.count() == 0:
            item = QListWidgetItem(self.tr("No merges yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self._update_button()

    def _update_button(self) -> None:
        item = self.list.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.undo_button.setEnabled(entry is not None and entry.undone_at is None)

    def _on_undo_clicked(self) -> None:
        entry = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        try:
            self.ctx.services.merges.undo(entry.id)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Undo merge"), i18n.user_message(exc))
        self.reload()


def install(window: QMainWindow) -> None:
    ctx: UiContext = window.ctx  # type: ignore[attr-defined]
    find = QAction(QCoreApplication.translate("DuplicatesDialog", "Find duplicates…"), window)
    find.triggered.connect(lambda: DuplicatesDialog(window, ctx).exec())
    history = QAction(QCoreApplication.translate("DuplicatesDialog", "Merge history…"), window)
    history.triggered.connect(lambda: MergeHistoryDialog(window, ctx).exec())
    window.menu("tools").addActions([find, history])  # type: ignore[attr-defined]
