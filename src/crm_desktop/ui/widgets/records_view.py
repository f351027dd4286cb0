"""The shared shape of the Contacts and Companies views.

Search box, count and "New" button on top; the lazy table (or an empty state) on the left;
the detail pane (or bulk actions for a multi-selection) on the right. Subclasses say which
service to ask and which detail pane and dialog to show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from crm_desktop.services.changes import Change
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.theme import icon
from crm_desktop.ui.widgets.bulk import BulkPanel
from crm_desktop.ui.widgets.empty import EmptyState
from crm_desktop.ui.widgets.record_model import Column, RecordTableModel
from crm_desktop.ui.widgets.record_texts import record_texts
from crm_desktop.ui.widgets.records_extras import RecordsExtras

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150


class RecordsView(RecordsExtras, QWidget):
    """Base of a record list view. Subclasses set the class attributes and the hooks below."""

    KIND = "record"
    PLURAL = "records"
    COLUMNS: Sequence[Column] = ()
    WATCH: frozenset[str] = frozenset()  # besides these: saved_view and custom_field
    WITH_TAGS = False
    # Shown with self.tr, which finds a subclass's own text in the subclass's context
    # (QT_TRANSLATE_NOOP("ContactsView", ...)) and these defaults here.
    SEARCH_HINT = QT_TRANSLATE_NOOP("RecordsView", "Search")
    DELETE_NOTE = QT_TRANSLATE_NOOP("RecordsView", "You can get them back with Edit ▸ Undo.")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._sort_key: str | None = None
        self._descending = False
        self._generation = 0
        self._loading = False
        self._loaded_query = ""
        self._pending_select: int | None = None
        self.texts = self.kind_texts()

        # --- top bar
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(self.SEARCH_HINT))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(460)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "subtle")
        self.new_button = QPushButton(icon("add"), self.texts["new"])
        self.new_button.clicked.connect(self.new_record)
        top = QHBoxLayout()
        top.setContentsMargins(12, 10, 12, 6)
        top.addWidget(self.search, 3)  # most of the free room (long hints, e.g. in German)
        top.addSpacing(8)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.new_button)

        # --- table
        self.model = self.create_model()
        self.table = _Table(self._fit_columns)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.activated.connect(self._on_table_activated)  # double-click or Enter
        vheader = self.table.verticalHeader()
        vheader.hide()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(self.COLUMNS):
            self.table.setColumnWidth(i, column.width)
        self._user_sized = False
        self._fitting = False
        header.sectionResized.connect(self._on_header_section_resized)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_header_sort_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selection_changed())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

        self.empty = EmptyState(self.texts["none_yet"], "")
        self.no_results = EmptyState("", self.tr("Check the spelling, or search for part of a name, an email or a phone number."))
        clear = self.no_results.add_button(QPushButton(self.tr("Clear search")))
        clear.clicked.connect(self.search.clear)
        self.list_stack = QStackedWidget()
        for widget in (self.table, self.empty, self.no_results):
            self.list_stack.addWidget(widget)

        # --- detail side
        self.detail = self.create_detail()
        self.bulk = BulkPanel(self.texts["selected"], self.WITH_TAGS)
        self.bulk.add_tag_clicked.connect(lambda: self.bulk_tag(add=True))
        self.bulk.remove_tag_clicked.connect(lambda: self.bulk_tag(add=False))
        self.bulk.delete_clicked.connect(self.delete_selected)
        self._init_extras()
        top.insertWidget(top.indexOf(self.new_button), self.save_view_button)
        self.nothing = EmptyState("", self.texts["select_one"])
        self.detail_stack = QStackedWidget()
        for widget in (self.nothing, self.detail, self.bulk):
            self.detail_stack.addWidget(widget)
        self.detail_stack.setMinimumWidth(320)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([660, 360])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return)
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(30)
        self._change_timer.timeout.connect(self.refresh)
        ctx.bridge.changed.connect(self._on_bridge_changed)

        self.restore_state(ctx.settings)
        self.reload(sync=True)

    # --- texts ------------------------------------------------------------------------

    def kind_texts(self) -> dict[str, str]:
        """Whole sentences about this view's records in the window's language (record_texts)."""
        return record_texts(self.KIND)

    def count_text(self, n: int, one: str = "one", many: str = "many") -> str:
        """'1 contact' / '1.234 contacts' (or another pair of kind_texts)."""
        return self.texts[one] if n == 1 else self.texts[many].format(n=QLocale().toString(n))

    # --- hooks for subclasses -----------------------------------------------------------

    def query_ids(self, sort: str, descending: bool, query: str) -> list[int]:
        raise NotImplementedError

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        raise NotImplementedError

    def create_model(self) -> RecordTableModel:
        return RecordTableModel(self.COLUMNS, self.fetch_rows, self)

    def total_count(self) -> int:
        raise NotImplementedError

    def create_detail(self) -> QWidget:
        """A widget with ``set_record(id | None)`` and ``refresh()``."""
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    def edit_record(self, record_id: int) -> None:
        raise NotImplementedError

    def delete_records(self, ids: list[int]) -> None:
        """Delete without asking (the view asked already) and push the undo command."""
        raise NotImplementedError

    def describe(self, ids: list[int]) -> str:
        """'“Anna Müller”' for one record, '3 contacts' for several."""
        if len(ids) == 1:
            row = self.fetch_rows(ids).get(ids[0])
            return self.tr("“{name}”").format(name=row.name) if row is not None else self.texts["this_one"]
        return self.count_text(len(ids))

    # --- loading ------------------------------------------------------------------------

    def query_text(self) -> str:
        return self.search.text().strip()

    def sort_params(self) -> tuple[str, bool]:
        if self._sort_key is None:
            return ("rank" if self.query_text() else "name"), False
        return self._sort_key, self._descending

    def reload(self, sync: bool = False) -> None:
        """Ask the service for the id list again; keeps the selection."""
        self._generation += 1
        generation = self._generation
        query = self.query_text()
        sort, descending = self.sort_params()
        # The plain name order is one index scan (about 0.1 s at 100,000 contacts): done here.
        # Searches and other orders can take longer, so they run on the thread pool.
        if sync or (not query and (sort, descending) == ("name", False) and self.saved_view is None):
            self._apply_ids(self.view_ids(sort, descending, query), query, generation)
            return
        self._loading = True
        self.ctx.tasks.run(
            lambda _job: self.view_ids(sort, descending, query),
            on_done=lambda ids: self._on_ids_loaded(ids, query, generation),
            on_error=lambda exc, tb: self._on_ids_failed(exc, tb, generation),
        )

    def _on_ids_loaded(self, ids: list[int], query: str, generation: int) -> None:
        if isValid(self):
            self._apply_ids(ids, query, generation)

    def _on_ids_failed(self, exc: BaseException, tb: str, generation: int) -> None:
        log.error("loading %s failed: %s", self.PLURAL, tb)
        if isValid(self) and generation == self._generation:
            self._loading = False
            self.count_label.setText(self.texts["load_failed"].format(error=i18n.user_message(exc)))

    def is_loading(self) -> bool:
        return self._loading or self._search_timer.isActive()

    def _apply_ids(self, ids: list[int], query: str, generation: int) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self._loading = False
        selected = self.selected_ids()
        current = self.current_id()
        scroll = self.table.verticalScrollBar().value()
        same = ids == self.model.ids
        if same:
            self.model.invalidate()
        else:
            self.model.set_ids(ids)
        self._loaded_query = query
        if self._pending_select is not None:
            selected, current = [self._pending_select], self._pending_select
            self._pending_select = None
            self._select(selected, current, scroll_to=True)
        elif not same:
            self._select(selected, current, scroll_to=False)
            self.table.verticalScrollBar().setValue(scroll)
        self._update_count()
        self._update_pages()
        self._on_selection_changed()

    def _update_count(self) -> None:
        n = len(self.model.ids)
        number = QLocale().toString(n)
        if self._loaded_query:
            text = self.tr("1 match") if n == 1 else self.tr("{n} matches").format(n=number) if n else self.tr("No matches")
        elif self.saved_view is not None:
            text = self.count_text(n, "one_in_view", "many_in_view")
        else:
            text = self.count_text(n)
        self.count_label.setText(text)

    def _update_pages(self) -> None:
        self.count_label.setVisible(bool(self.model.ids or self._loaded_query or self.saved_view))
        if self.model.ids:
            self.list_stack.setCurrentWidget(self.table)
            self.detail_stack.show()
        elif self.saved_view is not None and not self._loaded_query:
            self.no_results.set_text(
                self.texts["none_in_view"].format(name=self.saved_view.name),
                self.tr("They appear here as soon as they match its conditions. Edit the view to change them."),
            )
            self.list_stack.setCurrentWidget(self.no_results)
            self.detail_stack.hide()
        elif self._loaded_query:
            self.no_results.set_text(
                self.texts["none_match"].format(name=self._loaded_query),
                self.tr("Check the spelling, or search for part of a name, an email or a phone number."),
            )
            self.list_stack.setCurrentWidget(self.no_results)
            self.detail_stack.hide()
        else:
            self.list_stack.setCurrentWidget(self.empty)
            self.detail_stack.hide()

    def refresh(self) -> None:
        """The data changed: reload the ids (keeping the selection) and the detail pane."""
        self.reload()
        refresh = getattr(self.detail, "refresh", None)
        if refresh is not None and self.detail_stack.currentWidget() is self.detail:
            refresh()

    def _on_bridge_changed(self, change: Change) -> None:
        if change.kind == "saved_view":
            self.saved_views.refresh()
        elif change.kind == "custom_field":
            self._custom_fields_changed()
        if change.kind in self.WATCH or change.kind in ("saved_view", "custom_field"):
            self._change_timer.start()

    def _on_search_timer(self) -> None:
        query = self.query_text()
        if query and not self._loaded_query:
            self._set_sort_indicator(None)  # a new search starts with the best matches first
        elif not query and self._sort_key is None:
            self._set_sort_indicator("name")
        self.reload()

    def _on_search_return(self) -> None:
        self._search_timer.stop()
        self._on_search_timer()
        if self.model.ids:
            self.table.setFocus()
            if not self.selected_ids():
                self._select([self.model.ids[0]], self.model.ids[0], scroll_to=True)

    def _set_sort_indicator(self, key: str | None) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        if key is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self._sort_key = None
        else:
            keys = [c.key for c in self.COLUMNS]
            header.setSortIndicator(keys.index(key) if key in keys else -1, Qt.SortOrder.AscendingOrder)
            self._sort_key = None if key == "name" else key
        self._descending = False
        header.blockSignals(False)

    def _on_header_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(self.COLUMNS):
            self._sort_key = self.COLUMNS[column].key
            self._descending = order == Qt.SortOrder.DescendingOrder
        elif column >= len(self.COLUMNS):  # custom field columns are not sortable
            self._set_sort_indicator(self._sort_key or ("name" if not self.query_text() else None))
            return
        else:
            self._sort_key, self._descending = None, False
        self.reload()

    def sort_by(self, key: str, descending: bool = False) -> None:
        keys = [c.key for c in self.COLUMNS]
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(keys.index(key), order)

    # --- selection ----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [rid for rid in (self.model.record_id(r) for r in rows) if rid is not None]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def _select(self, ids: list[int], current: int | None, scroll_to: bool) -> None:
        selection_model = self.table.selectionModel()
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            selection_model.setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
            if scroll_to:
                self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_record(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self._select([record_id], record_id, scroll_to=True)
        return True

    def _on_selection_changed(self, *_args: object) -> None:
        ids = self.selected_ids()
        if len(ids) > 1:
            self.bulk.set_count(len(ids))
            self.detail_stack.setCurrentWidget(self.bulk)
            return
        record_id = ids[0] if ids else None
        if record_id is None:
            self.detail_stack.setCurrentWidget(self.nothing)
            self.detail.set_record(None)  # type: ignore[attr-defined]
            return
        if getattr(self.detail, "record_id", None) != record_id or self.detail_stack.currentWidget() is not self.detail:
            self.detail.set_record(record_id)  # type: ignore[attr-defined]
        self.detail_stack.setCurrentWidget(self.detail)

    def _on_table_activated(self, index: Any) -> None:
        record_id = self.model.record_id(index.row())
        if record_id is not None:
            self.edit_record(record_id)

    def _on_table_context_menu(self, pos: Any) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        if len(ids) == 1:
            menu.addAction(icon("edit"), self.tr("Edit…"), lambda: self.edit_record(ids[0]))
        edit_field = self.tr("Edit field…") if len(ids) == 1 else \
            self.texts["edit_field_many"].format(n=QLocale().toString(len(ids)))
        menu.addAction(edit_field, lambda: self.bulk_edit(ids))
        if self.WITH_TAGS:
            menu.addAction(icon("tag"), self.tr("Add tag…"), lambda: self.bulk_tag(add=True))
            menu.addAction(self.tr("Remove tag…"), lambda: self.bulk_tag(add=False))
        menu.addSeparator()
        menu.addAction(icon("delete"), self.tr("Delete…"), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- actions ------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setInformativeText(self.tr(self.DELETE_NOTE))
        yes = box.addButton(self.tr("Move to trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self.confirm(self.texts["delete_title"], self.tr("Move {what} to the trash?").format(what=self.describe(ids))):
            self.delete_records(ids)

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_record(self, kind: str, record_id: int) -> None:
        if kind != self.KIND:
            return
        if self.select_record(record_id):
            return
        if self.search.text():
            self._pending_select = record_id
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._search_timer.stop()
            self._set_sort_indicator("name")
            self.reload(sync=True)
            if self._pending_select is None:
                return
            self._pending_select = None
        self.show_error(self.texts["open_title"], self.texts["gone"])

    # --- column widths ------------------------------------------------------------------

    def _on_header_section_resized(self, logical: int, *_args: object) -> None:
        # the last section stretches with the table on its own: only other resizes are the user's
        if not self._fitting and logical != self.model.columnCount() - 1:
            self._user_sized = True

    def _fit_columns(self) -> None:
        """Until the user resizes a column, share the table's width out by the default widths.
        Also tells the model how many rows fit (its page size follows)."""
        row_height = max(1, self.table.verticalHeader().defaultSectionSize())
        self.model.set_visible_rows(self.table.viewport().height() // row_height + 1)
        if self._user_sized or not self.COLUMNS:
            return
        frame = 2 * self.table.frameWidth()
        available = self.table.width() - frame - self.table.verticalScrollBar().sizeHint().width()
        header = self.table.horizontalHeader()
        extra = self.model.columnCount() - len(self.COLUMNS)  # custom field columns, 120 px each
        fitted = self.COLUMNS if extra else self.COLUMNS[:-1]
        last = 120 * extra if extra else max(
            self.COLUMNS[-1].width, header.sectionSizeFromContents(len(self.COLUMNS) - 1).width())
        total = sum(c.width for c in fitted)
        if available - last <= 0:
            return
        scale = min((available - last) / total, 1.6)
        self._fitting = True
        try:
            # never narrower than the column's title (or its default width, when that is less)
            floors = [max(48, min(c.width, header.sectionSizeFromContents(i).width())) for i, c in enumerate(fitted)]
            widths = [max(floor, int(column.width * scale)) for floor, column in zip(floors, fitted, strict=True)]
            overflow = sum(widths) - (available - last)
            spare = [width - floor for width, floor in zip(widths, floors, strict=True)]
            room = sum(spare)
            if overflow > 0 and room > 0:  # titles wider than their share (long words in some
                # languages): take the room from every column that has some, in proportion
                cut = min(overflow, room)
                widths = [width - cut * extra // room for width, extra in zip(widths, spare, strict=True)]
                overflow = sum(widths) - (available - last)
            if overflow > 0:  # the minimum widths did not fit: take it from the widest column
                widest = widths.index(max(widths))
                widths[widest] = max(48, widths[widest] - overflow)
            for i, width in enumerate(widths):
                self.table.setColumnWidth(i, width)
        finally:
            self._fitting = False

    # --- state --------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.KIND}s/splitter", self.splitter.saveState())
        if self._user_sized:
            settings.setValue(f"{self.KIND}s/columns", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(f"{self.KIND}s/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        columns = settings.value(f"{self.KIND}s/columns")
        if isinstance(columns, QByteArray):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            self._fitting = True
            header.restoreState(columns)
            self._fitting = False
            self._user_sized = True
            column = header.sortIndicatorSection()
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            if 0 <= column < len(self.COLUMNS) and (column != 0 or descending):
                self._sort_key = self.COLUMNS[column].key
                self._descending = descending
            else:
                header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)


class _Table(QTableView):
    """A table that tells its view when its width changed (to fit the columns)."""

    def __init__(self, on_resize: Callable[[], None]):
        super().__init__()
        self._on_resize = on_resize

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._on_resize()
