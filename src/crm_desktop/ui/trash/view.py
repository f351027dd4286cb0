"""The Trash view: what was deleted, with Restore, Delete forever and Empty trash.

Signals: ``badge_changed(str)`` - how many items are in the trash, for the sidebar.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.changes import Change
from crm_desktop.services.trash import KINDS, PURGE_AFTER_DAYS
from crm_desktop.ui import undo
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.trash.model import REF_ROLE, SORT_ROLE, TrashModel

FILTERS = [
    ("Everything", None),
    ("Contacts", "contact"),
    ("Companies", "company"),
    ("Deals", "deal"),
    ("Follow-ups", "followup"),
    ("Activities", "activity"),
]


class TrashView(QWidget):
    badge_changed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.trash = ctx.services.trash

        title = QLabel("Trash")
        title.setProperty("role", "heading")
        self.kind_filter = QComboBox()
        for label, kind in FILTERS:
            self.kind_filter.addItem(label, kind)
        self.kind_filter.setAccessibleName("Show")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(QLabel("Show:"))
        header.addWidget(self.kind_filter)
        hint = QLabel(
            f"Deleted items stay here for {PURGE_AFTER_DAYS} days, then they are removed for good. "
            "Restoring brings back their notes, deals and tags."
        )
        hint.setProperty("role", "subtle")
        hint.setWordWrap(True)

        self.model = TrashModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        head.resizeSection(1, 110)
        head.resizeSection(3, 170)
        head.setHighlightSections(False)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.empty = QLabel(
            "The trash is empty.\n\nDeleted contacts, companies, deals, follow-ups and activities "
            f"wait here for {PURGE_AFTER_DAYS} days, in case you need them back."
        )
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)

        self.restore_button = QPushButton("Restore")
        self.restore_button.setDefault(True)
        self.restore_button.setToolTip("Put the selected items back where they were (Ctrl+Z undoes it)")
        self.delete_button = QPushButton("Delete forever…")
        self.empty_button = QPushButton("Empty trash…")
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "subtle")
        buttons.addWidget(self.count_label)
        buttons.addSpacing(12)
        buttons.addWidget(self.empty_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(hint)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self._stale = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(50)
        self._reload_timer.timeout.connect(self.reload)

        self.kind_filter.currentIndexChanged.connect(self._on_kind_filter_changed)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.empty_button.clicked.connect(self._on_empty_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self._on_table_activated)  # Enter or double-click
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        restore_action = QAction("Restore", self.table)
        restore_action.triggered.connect(self.restore_selected)
        delete_action = QAction("Delete forever…", self.table)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self._on_delete_clicked)
        self.table.addActions([restore_action, delete_action])
        ctx.bridge.changed.connect(self._on_bridge_changed)
        self.reload()

    def _on_table_activated(self, index: QModelIndex) -> None:
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        self.restore_selected()

    def focus_search(self) -> None:
        """Ctrl+F: the "Show" filter."""
        self.kind_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_main(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.selectRow(0)

    # --- data ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        kind = self.kind_filter.currentData()
        self.model.set_items(self.trash.items(kind))
        total = self.model.rowCount() if kind is None else self.trash.count()
        shown = self.model.rowCount()
        self.pages.setCurrentWidget(self.table if shown else self.empty)
        if kind and not shown:
            self.empty.setText(f"No {self.kind_filter.currentText().lower()} in the trash.")
        elif not shown:
            self.empty.setText(
                "The trash is empty.\n\nDeleted contacts, companies, deals, follow-ups and activities "
                f"wait here for {PURGE_AFTER_DAYS} days, in case you need them back."
            )
        self.count_label.setText(f"{total} item{'s' if total != 1 else ''} in the trash" if total else "")
        self.empty_button.setEnabled(total > 0)
        self.badge_changed.emit(str(total) if total else "")
        self._update_buttons()

    def selected_refs(self) -> list[tuple[str, int]]:
        rows = self.table.selectionModel().selectedRows()
        return [tuple(self.proxy.data(i, REF_ROLE)) for i in sorted(rows, key=lambda i: i.row())]  # type: ignore[misc]

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_bridge_changed(self, change: Change) -> None:
        if change.kind in KINDS and (change.created or change.deleted or change.reset):
            if self.isVisible():
                self._reload_timer.start()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _on_kind_filter_changed(self, _index: int) -> None:
        self.reload()

    # --- actions ------------------------------------------------------------------------

    def _report(self, message: str) -> None:
        QMessageBox.warning(self, "Trash", message)

    def _status(self, text: str) -> None:
        window = self.window()
        show = getattr(window, "show_message", None)
        if show is not None:
            show(text)

    def restore_selected(self) -> int:
        refs = self.selected_refs()
        if not refs:
            return 0
        try:
            count = undo.restore_from_trash(self.ctx.services, self.ctx.undo, refs, on_error=self._report)
        except CrmError as exc:
            self._report(str(exc))
            return 0
        self.reload()
        self._status(f"Restored {undo.describe(refs)}. Press Ctrl+Z to undo.")
        return count

    def delete_selected_forever(self) -> int:
        refs = self.selected_refs()
        count = self.trash.delete_forever(refs)
        self.reload()
        self._status(f"Deleted {undo.describe(refs)} forever.")
        return count

    def _on_delete_clicked(self) -> None:
        refs = self.selected_refs()
        if not refs:
            return
        answer = QMessageBox.question(
            self,
            "Delete forever",
            f"Delete {undo.describe(refs)} forever?\n\nThis cannot be undone. "
            "A backup made before today still has them.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_selected_forever()

    def _on_empty_clicked(self) -> None:
        total = self.trash.count()
        if not total:
            return
        answer = QMessageBox.question(
            self,
            "Empty trash",
            f"Delete all {total} items in the trash forever?\n\nThis cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            removed = self.trash.empty()
            self.reload()
            self._status(f"Emptied the trash ({removed} items deleted forever).")
