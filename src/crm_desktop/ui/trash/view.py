"""The Trash view: what was deleted, with Restore, Delete forever and Empty trash.

Signals: ``badge_changed(str)`` - how many items are in the trash, for the sidebar.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
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
from crm_desktop.ui import i18n, undo
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.trash.model import REF_ROLE, SORT_ROLE, TrashModel

FILTERS = [
    (QT_TRANSLATE_NOOP("TrashView", "Everything"), None),
    (QT_TRANSLATE_NOOP("TrashView", "Contacts"), "contact"),
    (QT_TRANSLATE_NOOP("TrashView", "Companies"), "company"),
    (QT_TRANSLATE_NOOP("TrashView", "Deals"), "deal"),
    (QT_TRANSLATE_NOOP("TrashView", "Follow-ups"), "followup"),
    (QT_TRANSLATE_NOOP("TrashView", "Activities"), "activity"),
]
# Shown when the filter finds nothing, by kind.
NONE_OF_KIND = {
    "contact": QT_TRANSLATE_NOOP("TrashView", "No contacts in the trash."),
    "company": QT_TRANSLATE_NOOP("TrashView", "No companies in the trash."),
    "deal": QT_TRANSLATE_NOOP("TrashView", "No deals in the trash."),
    "followup": QT_TRANSLATE_NOOP("TrashView", "No follow-ups in the trash."),
    "activity": QT_TRANSLATE_NOOP("TrashView", "No activities in the trash."),
}


class TrashView(QWidget):
    badge_changed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.trash = ctx.services.trash

        title = QLabel(self.tr("Trash"))
        title.setProperty("role", "heading")
        self.kind_filter = QComboBox()
        for label, kind in FILTERS:
            self.kind_filter.addItem(self.tr(label), kind)
        self.kind_filter.setAccessibleName(self.tr("Show"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Show:")))
        header.addWidget(self.kind_filter)
        hint = QLabel(self.tr("Deleted items stay here for {days} days, then they are removed for good. Restoring brings back their notes, deals and tags.").format(days=PURGE_AFTER_DAYS))
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

        self.empty = QLabel(self._empty_text())
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)

        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.setToolTip(self.tr("Put the selected items back where they were (Ctrl+Z undoes it)"))
        self.delete_button = QPushButton(self.tr("Delete forever…"))
        self.empty_button = QPushButton(self.tr("Empty trash…"))
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
        restore_action = QAction(self.tr("Restore"), self.table)
        restore_action.triggered.connect(self.restore_selected)
        delete_action = QAction(self.tr("Delete forever…"), self.table)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self._on_delete_clicked)
        self.table.addActions([restore_action, delete_action])
        ctx.bridge.changed.connect(self._on_bridge_changed)
        self.reload()

    def _empty_text(self) -> str:
        return self.tr("The trash is empty.\n\nDeleted contacts, companies, deals, follow-ups and activities wait here for {days} days, in case you need them back.").format(days=PURGE_AFTER_DAYS)

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
            self.empty.setText(self.tr(NONE_OF_KIND[kind]))
        elif not shown:
            self.empty.setText(self._empty_text())
        if total == 1:
            self.count_label.setText(self.tr("1 item in the trash"))
        else:
            self.count_label.setText(self.tr("{count} items in the trash").format(count=QLocale().toString(total)) if total else "")
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
        QMessageBox.warning(self, self.tr("Trash"), message)

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
            self._report(i18n.user_message(exc))
            return 0
        self.reload()
        self._status(self.tr("Restored {what}. Press Ctrl+Z to undo.").format(what=undo.describe(refs)))
        return count

    def delete_selected_forever(self) -> int:
        refs = self.selected_refs()
        count = self.trash.delete_forever(refs)
        self.reload()
        self._status(self.tr("Deleted {what} forever.").format(what=undo.describe(refs)))
        return count

    def _on_delete_clicked(self) -> None:
        refs = self.selected_refs()
        if not refs:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete forever"),
            self.tr("Delete {what} forever?\n\nThis cannot be undone. A backup made before today still has them.").format(
                what=undo.describe(refs)),
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
            self.tr("Empty trash"),
            (self.tr("Delete the item in the trash forever?\n\nThis cannot be undone.") if total == 1 else
             self.tr("Delete all {count} items in the trash forever?\n\nThis cannot be undone.").format(
                 count=QLocale().toString(total))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            removed = self.trash.empty()
            self.reload()
            self._status(self.tr("Emptied the trash (1 item deleted forever).") if removed == 1 else
                         self.tr("Emptied the trash ({count} items deleted forever).").format(count=QLocale().toString(removed)))
