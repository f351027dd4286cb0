"""The pipeline view: a board of stage columns (or a sortable table) for one pipeline."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.changes import Change
from crm_desktop.services.deal_board import BoardColumn, DealCard
from crm_desktop.services.deals import DealInput
from crm_desktop.services.pipelines import PipelineInfo
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.pipeline import texts
from crm_desktop.ui.pipeline.bulk import DealsBulk
from crm_desktop.ui.pipeline.column import StageColumn, split_quick_add
from crm_desktop.ui.pipeline.column_model import CARD_ROLE, ID_ROLE
from crm_desktop.ui.pipeline.commands import (
    CloseDealCommand,
    DeleteDealsCommand,
    MoveDealCommand,
    MoveDealsCommand,
)
from crm_desktop.ui.pipeline.drop_zone import DropZone
from crm_desktop.ui.pipeline.saved_views import BoardSavedViews
from crm_desktop.ui.pipeline.table_model import COLUMNS as TABLE_COLUMNS
from crm_desktop.ui.pipeline.table_model import SORT_ROLE, DealsTableModel
from crm_desktop.ui.theme import icon

STYLE = """
QFrame#stageColumn { background: palette(alternate-base); border-radius: 10px; }
QLabel#stageName { font-weight: 600; font-size: 10.5pt; }
QLabel#stageCount { color: palette(placeholder-text); font-weight: 600; }
QLabel#stageTotal { font-weight: 600; }
QWidget#boardCanvas { background: palette(base); }
"""


class PipelineView(QWidget):
    """Signals: ``badge_changed(str)`` with the number of rotting deals for the sidebar."""

    badge_changed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.deals = ctx.services.deals
        self.pipelines = ctx.services.pipelines
        self.columns: list[StageColumn] = []
        self._pipeline: PipelineInfo | None = None
        self._board: list[BoardColumn] = []
        self._filtered = False  # the board shows fewer deals than the pipeline has (filter, tag or view)
        self._stale = False
        self._follow: int | None = None  # deal whose card takes the focus after the next reload
        self.setStyleSheet(STYLE)

        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setMinimumWidth(160)
        self.pipeline_combo.setToolTip(self.tr("Pipeline"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter deals by title, company or contact"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.tag_combo = QComboBox()
        self.tag_combo.setMinimumWidth(120)
        self.tag_combo.setToolTip(self.tr("Show only deals with this tag"))
        self.board_button = QToolButton()
        self.board_button.setText(self.tr("Board"))
        self.table_button = QToolButton()
        self.table_button.setText(self.tr("Table"))
        self.mode_group = QButtonGroup(self)
        for index, button in enumerate((self.board_button, self.table_button)):
            button.setCheckable(True)
            self.mode_group.addButton(button, index)
        self.board_button.setChecked(True)
        self.new_button = QPushButton(icon("add"), self.tr("New deal"))
        self.forecast_button = QPushButton(self.tr("Forecast"))
        self.forecast_button.setToolTip(self.tr("Weighted value of open deals by expected close month"))
        self.settings_button = QToolButton()
        self.settings_button.setIcon(icon("settings"))
        self.settings_button.setToolTip(self.tr("Pipeline settings: stages, probabilities, rotting limits"))
        self.summary = QLabel()
        self.summary.setProperty("role", "subtle")
        self.saved_views = BoardSavedViews(self)
        self.bulk = DealsBulk(self)
        self.saved_views.banner.edit_all.clicked.connect(lambda: self.bulk.edit_field(self.current_ids()))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.activated.connect(self._on_delete_key)

        bar = QHBoxLayout()
        bar.setContentsMargins(12, 10, 12, 6)
        bar.addWidget(self.pipeline_combo)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.tag_combo)
        bar.addSpacing(8)
        bar.addWidget(self.board_button)
        bar.addWidget(self.table_button)
        bar.addSpacing(8)
        bar.addWidget(self.saved_views.save_button)
        bar.addWidget(self.forecast_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.settings_button)

        self.canvas = QWidget()
        self.canvas.setObjectName("boardCanvas")
        self.columns_layout = QHBoxLayout(self.canvas)
        self.columns_layout.setContentsMargins(12, 6, 12, 6)
        self.columns_layout.setSpacing(10)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.canvas)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.table_model = DealsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several for bulk changes
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setToolTip(self.tr("Right-click to show or hide custom field columns"))

        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.table)

        self.won_zone = DropZone(self.tr("Drop here: Won"), "#2e9d57")
        self.lost_zone = DropZone(self.tr("Drop here: Lost"), "#d9483b")
        zones = QHBoxLayout()
        zones.setContentsMargins(12, 4, 12, 10)
        zones.setSpacing(10)
        zones.addWidget(self.summary, 1)
        zones.addWidget(self.won_zone, 1)
        zones.addWidget(self.lost_zone, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.saved_views.banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(zones)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self.reload)

        self.pipeline_combo.currentIndexChanged.connect(self._on_pipeline_changed)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.tag_combo.currentIndexChanged.connect(lambda _i: self._reload_timer.start())
        self.mode_group.idClicked.connect(self._on_mode_clicked)
        self.new_button.clicked.connect(lambda: self.new_deal())
        self.forecast_button.clicked.connect(self.show_forecast)
        self.settings_button.clicked.connect(self.show_settings)
        self.won_zone.dropped.connect(lambda deal_id: self.close_deal(deal_id, won=True))
        self.lost_zone.dropped.connect(lambda deal_id: self.close_deal(deal_id, won=False))
        self.table.activated.connect(lambda index: self.open_deal(index.data(ID_ROLE)))  # Enter or double-click
        self.table.customContextMenuRequested.connect(self._on_table_menu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._on_table_header_menu)
        ctx.bridge.changed.connect(self._on_changed)

        self._fill_pipelines()
        self._fill_tags()
        self.reload()

    # --- public -------------------------------------------------------------------------

    @property
    def pipeline_id(self) -> int | None:
        data = self.pipeline_combo.currentData()
        return int(data) if data is not None else None

    def focus_search(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def focus_main(self) -> None:
        """Put the keyboard on the board (its current card) or on the table."""
        if self.stack.currentIndex() == 1:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.table.currentIndex().isValid() and self.proxy.rowCount():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
            return
        column = self._focus_column()
        if column is None:
            column = next((c for c in self.columns if c.model.rowCount()), self.columns[0] if self.columns else None)
        if column is not None:
            column.list.focus_card()

    def current_deal_id(self) -> int | None:
        """The deal under the keyboard: the focused board card or the table's current row."""
        if self.stack.currentIndex() == 1:
            card: DealCard | None = self.table.currentIndex().data(CARD_ROLE)
            return card.id if card is not None else None
        column = self._focus_column()
        if column is None:
            return None
        deal_id = column.list.currentIndex().data(ID_ROLE)
        return int(deal_id) if deal_id is not None else None

    def move_current_deal(self, step: int) -> bool:
        """Move the current card one stage right (+1) or left (-1), undoable like a drag."""
        deal_id = self.current_deal_id()
        card = self._find_card(deal_id) if deal_id is not None else None
        if card is None or card.status != "open":
            return False
        stages = [c.stage_id for c in self._board]
        if card.stage_id not in stages:
            return False
        target = stages.index(card.stage_id) + step
        if not 0 <= target < len(stages):
            return False
        self._follow = card.id
        if not self.move_deal(card.id, stages[target]):
            self._follow = None
            return False
        self.reload()
        return True

    # --- saved views (chosen in the sidebar) and export scopes --------------------------

    def show_child(self, view_id: int | None) -> None:
        """The sidebar chose a saved view of deals (None: the whole board)."""
        self.saved_views.show(view_id)

    def edit_saved_view(self, view_id: int) -> None:
        self.saved_views.edit(view_id)

    def current_ids(self) -> list[int]:
        """The deals on the board when it is narrowed by a filter or a saved view (the export's
        "only those shown"); [] when the board shows every open deal of the pipeline."""
        if not self._filtered:
            return []
        return [deal_id for column in self._board for deal_id in column.deal_ids]

    def selected_ids(self) -> list[int]:
        """The deals selected in the table (several), or the deal under the keyboard."""
        if self.stack.currentIndex() == 1:
            rows = self.table.selectionModel().selectedRows()
            cards = [r.data(CARD_ROLE) for r in sorted(rows, key=lambda r: r.row())]
            ids = [c.id for c in cards if c is not None]
            if ids:
                return ids
        deal_id = self.current_deal_id()
        return [deal_id] if deal_id is not None else []

    # --- test seams: dialogs the bulk changes open ---------------------------------------

    def exec_dialog(self, dialog) -> bool:  # type: ignore[no-untyped-def]
        return bool(dialog.exec())

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str) -> tuple[str, bool]:
        return QInputDialog.getText(self, title, label)

    def _on_delete_key(self) -> None:
        ids = self.selected_ids()
        if len(ids) > 1:
            self.bulk.delete(ids)
        elif ids:
            self._delete(ids[0])

    def open_record(self, kind: str, record_id: int) -> None:
        if kind == "deal":
            self.open_deal(record_id)

    def column(self, stage_id: int) -> StageColumn:
        for column in self.columns:
            if column.stage_id == stage_id:
                return column
        raise KeyError(stage_id)

    def reload(self) -> None:
        """Fetch the board from the service and refresh the columns (and the table)."""
        pipeline_id = self.pipeline_id
        if pipeline_id is None:
            return
        self._pipeline = next((p for p in self.pipelines.list(include_archived=True) if p.id == pipeline_id), None)
        tag = self.tag_combo.currentData() or ""
        self._board = self.saved_views.columns(pipeline_id, self.filter_edit.text(), tag)
        view_shown = self.saved_views.info is not None
        if [c.stage_id for c in self.columns] != [b.stage_id for b in self._board]:
            self._rebuild_columns()
        for widget, column in zip(self.columns, self._board, strict=True):
            widget.update_column(column)
        if self.stack.currentIndex() == 1:
            self._fill_table()
        if self._follow is not None:
            self._focus_deal(self._follow)
            self._follow = None
        rotting = sum(column.rotting for column in self._board)
        count = sum(column.count for column in self._board)
        filtered = self._filtered = bool(self.filter_edit.text().strip() or tag or view_shown)
        if view_shown:
            self.summary.setText(self.saved_views.summary(count, rotting))
        elif count == 0 and not filtered:
            self.summary.setText(self.tr("No open deals yet: click + at the top of a stage, or press Ctrl+Shift+D."))
        else:
            self.summary.setText(self._summary(count, rotting, filtered))
        self.badge_changed.emit(QLocale().toString(rotting) if rotting else "")

    def _summary(self, count: int, rotting: int, filtered: bool) -> str:
        number = QLocale().toString(count)
        if filtered:
            text = self.tr("1 open deal matches the filter") if count == 1 \
                else self.tr("{count} open deals match the filter").format(count=number)
        else:
            text = self.tr("1 open deal") if count == 1 else self.tr("{count} open deals").format(count=number)
        if rotting:
            text += " · " + texts.rotting_count(rotting)
        return text

    # --- building -----------------------------------------------------------------------

    def _fill_pipelines(self) -> None:
        current = self.pipeline_id or int(self.ctx.settings.value("pipeline/current", 0) or 0)
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pipeline in self.pipelines.list():
            self.pipeline_combo.addItem(icon("pipeline"), pipeline.name, pipeline.id)
        index = self.pipeline_combo.findData(current)
        self.pipeline_combo.setCurrentIndex(max(index, 0))
        self.pipeline_combo.blockSignals(False)

    def _fill_tags(self) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), "")
        for name in self.ctx.services.tags.all_names():
            self.tag_combo.addItem(icon("tag"), name, name)
        self.tag_combo.setCurrentIndex(max(self.tag_combo.findData(current), 0))
        self.tag_combo.blockSignals(False)

    def _rebuild_columns(self) -> None:
        for widget in self.columns:
            self.columns_layout.removeWidget(widget)
            widget.deleteLater()
        self.columns = []
        while self.columns_layout.count():
            self.columns_layout.takeAt(0)
        for column in self._board:
            widget = StageColumn(column, self.deals.cards, self.canvas)
            widget.model.move_requested.connect(self._on_move_requested)
            widget.quick_add.connect(self._on_quick_add)
            widget.list.card_activated.connect(self.open_deal)
            widget.list.card_menu.connect(self._on_card_menu)
            widget.list.step_column.connect(lambda step, w=widget: self._on_step_column(w, step))
            self.columns.append(widget)
            self.columns_layout.addWidget(widget, 1)  # columns widen (up to their maximum) before the stretch
        self.columns_layout.addStretch(0)

    # --- actions ------------------------------------------------------------------------

    def move_deal(self, deal_id: int, stage_id: int, before_id: int | None = None) -> bool:
        """Move a deal as an undoable command. Returns False (after telling why) if refused."""
        card = self._find_card(deal_id)
        title = card.title if card else self.tr("deal")
        same_stage = card is not None and card.stage_id == stage_id
        stage_name = next((c.name for c in self._board if c.stage_id == stage_id), None)
        if same_stage:
            text = self.tr("Reorder “{title}”").format(title=title)
        elif stage_name is None:
            text = self.tr("Move “{title}” to another stage").format(title=title)
        else:
            text = self.tr("Move “{title}” to {stage}").format(title=title, stage=stage_name)
        command = MoveDealCommand(self.deals, deal_id, stage_id, before_id, text)
        if not self._execute(command):
            return False
        self.ctx.undo.push(command)
        return True

    def close_deal(self, deal_id: int, won: bool) -> bool:
        card = self._find_card(deal_id)
        title = card.title if card else self.tr("this deal")
        reason = ""
        if not won:
            reason, ok = QInputDialog.getText(self, self.tr("Deal lost"), self.tr(
                "Why was “{title}” lost?\n(e.g. too expensive, chose a competitor)").format(title=title))
            if not ok:
                return False
            if not reason.strip():
                QMessageBox.information(self, self.tr("Deal lost"), self.tr(
                    "Say why the deal was lost, so that you can learn from it. The deal stays open."))
                return False
        text = (self.tr("Mark “{title}” as won") if won else self.tr("Mark “{title}” as lost")).format(title=title)
        command = CloseDealCommand(self.deals, deal_id, won, reason, text)
        if not self._execute(command):
            return False
        self.ctx.undo.push(command)
        return True

    def new_deal(self, stage_id: int | None = None, contact_id: int | None = None, company_id: int | None = None) -> None:
        from crm_desktop.ui.pipeline.deal_dialog import DealDialog

        dialog = DealDialog(self.ctx, None, self, pipeline_id=self.pipeline_id, stage_id=stage_id,
                            contact_id=contact_id, company_id=company_id)
        dialog.open()

    def open_deal(self, deal_id: int) -> None:
        from crm_desktop.ui.pipeline.deal_dialog import DealDialog

        dialog = DealDialog(self.ctx, deal_id, self)
        dialog.open()

    def show_forecast(self) -> None:
        from crm_desktop.ui.pipeline.forecast_dialog import ForecastDialog

        ForecastDialog(self.ctx, self.pipeline_id, self).open()

    def show_settings(self) -> None:
        from crm_desktop.ui.pipeline.settings_dialog import PipelineSettingsDialog

        dialog = PipelineSettingsDialog(self.ctx, self.pipeline_id, self)
        dialog.open()

    # --- handlers -----------------------------------------------------------------------

    def _on_move_requested(self, deal_id: int, stage_id: int, before_id: int) -> None:
        # Called from inside the drop: finish the drag first, then move.
        QTimer.singleShot(0, lambda: self.move_deal(deal_id, stage_id, before_id or None))

    def _on_step_column(self, column: StageColumn, step: int) -> None:
        """Left/Right on a card: the nearest column that has cards, at about the same height."""
        index = self.columns.index(column)
        row = max(column.list.currentIndex().row(), 0)
        index += step
        while 0 <= index < len(self.columns):
            target = self.columns[index]
            if target.model.rowCount():
                column.list.clearSelection()
                target.list.focus_card(row)
                self.scroll.ensureWidgetVisible(target, 0, 0)
                return
            index += step

    def _on_quick_add(self, stage_id: int, text: str) -> None:
        title, value = split_quick_add(text)
        currency = self._default_currency()
        try:
            self.deals.create(DealInput(title=title, value=value, currency=currency, stage_id=stage_id))
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Deal not added"), i18n.user_message(exc))

    def _on_card_menu(self, deal_id: int, pos: QPoint) -> None:
        card = self._find_card(deal_id)
        if card is None:
            return
        menu = QMenu(self)
        menu.addAction(icon("edit"), self.tr("Open…"), lambda: self.open_deal(deal_id))
        move_menu = menu.addMenu(self.tr("Move to stage"))
        for column in self._board:
            action = move_menu.addAction(column.name, lambda s=column.stage_id: self.move_deal(deal_id, s))
            action.setEnabled(column.stage_id != card.stage_id)
        menu.addSeparator()
        menu.addAction(self.tr("Mark as won"), lambda: self.close_deal(deal_id, won=True))
        menu.addAction(self.tr("Mark as lost…"), lambda: self.close_deal(deal_id, won=False))
        menu.addSeparator()
        menu.addAction(icon("trash"), self.tr("Delete"), lambda: self._delete(deal_id))
        menu.exec(pos)

    def _on_table_menu(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if len(ids) > 1:
            self.bulk.menu(ids, self.table.viewport().mapToGlobal(pos))
            return
        index = self.table.indexAt(pos)
        card: DealCard | None = index.data(CARD_ROLE) if index.isValid() else None
        if card is not None:
            self._on_card_menu(card.id, self.table.viewport().mapToGlobal(pos))

    def _on_pipeline_changed(self, _index: int) -> None:
        if self.pipeline_id is not None:
            self.ctx.settings.setValue("pipeline/current", self.pipeline_id)
        self.reload()

    def _on_mode_clicked(self, mode: int) -> None:
        self.stack.setCurrentIndex(mode)
        self.won_zone.setVisible(mode == 0)
        self.lost_zone.setVisible(mode == 0)
        if mode == 1:
            self._fill_table()

    def _on_changed(self, change: Change) -> None:
        view_shown = self.saved_views.info is not None
        if change.kind == "saved_view":
            self.saved_views.refresh()
        if change.kind == "pipeline":
            self._fill_pipelines()
        if change.kind == "tag":
            self._fill_tags()
        if change.kind in ("deal", "pipeline", "contact", "company", "followup", "custom_field") or (
                change.kind == "saved_view" and view_shown):  # other views do not change the board
            if self.isVisible():
                self._reload_timer.start()
            else:
                self._stale = True  # reload when the board is shown again

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._reload_timer.start()

    # --- helpers ------------------------------------------------------------------------

    def _execute(self, command: MoveDealCommand | MoveDealsCommand | CloseDealCommand | DeleteDealsCommand) -> bool:
        try:
            command.execute()
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), i18n.user_message(exc))
            self._reload_timer.start()
            return False
        return True

    def _delete(self, deal_id: int) -> None:
        card = self._find_card(deal_id)
        title = card.title if card else self.tr("this deal")
        if self.confirm(self.tr("Delete deal"), self.tr(
                "Move “{title}” to the trash?\n(Edit › Undo brings it back.)").format(title=title)):
            command = DeleteDealsCommand(self.deals, [deal_id], self.tr("Delete “{title}”").format(title=title))
            if self._execute(command):
                self.ctx.undo.push(command)

    def _fill_table(self) -> None:
        ids = [deal_id for column in self._board for deal_id in column.deal_ids]
        fields = self.ctx.services.custom_fields.fields("deal")
        values = {f.key: self.ctx.services.custom_fields.values_for("deal", ids, f.key) for f in fields}
        self.table_model.set_cards(self.deals.cards(ids), [c.stage_id for c in self._board], fields, values)
        shown = self._shown_custom_columns()
        for offset, field in enumerate(fields):
            self.table.setColumnHidden(len(TABLE_COLUMNS) + offset, field.key not in shown)

    def _shown_custom_columns(self) -> set[str]:
        value = self.ctx.settings.value("pipeline/table_custom_columns", "")
        return {k for k in str(value or "").split(",") if k}

    def _on_table_header_menu(self, pos: QPoint) -> None:
        """Right-click on the table header: show or hide the custom field columns."""
        fields = self.table_model.custom
        menu = QMenu(self)
        if not fields:
            menu.addAction(self.tr("No custom fields for deals (Tools › Custom fields…)")).setEnabled(False)
        shown = self._shown_custom_columns()
        for field in fields:
            action = menu.addAction(field.label)
            action.setCheckable(True)
            action.setChecked(field.key in shown)
            action.toggled.connect(lambda on, k=field.key: self._set_custom_column(k, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _set_custom_column(self, key: str, shown: bool) -> None:
        keys = self._shown_custom_columns()
        keys = keys | {key} if shown else keys - {key}
        self.ctx.settings.setValue("pipeline/table_custom_columns", ",".join(sorted(keys)))
        self._fill_table()

    def _focus_column(self) -> StageColumn | None:
        focus = self.focusWidget()
        return next((c for c in self.columns if c.list is focus), None)

    def _focus_deal(self, deal_id: int) -> None:
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row >= 0:
                for other in self.columns:
                    if other is not column:
                        other.list.clearSelection()
                column.list.focus_card(row)
                self.scroll.ensureWidgetVisible(column, 0, 0)
                return

    def _find_card(self, deal_id: int) -> DealCard | None:
        cards = self.deals.cards([deal_id])
        return cards[0] if cards else None

    def _default_currency(self) -> str:
        counts: dict[str, int] = {}
        for column in self._board:
            for currency in column.totals:
                counts[currency] = counts.get(currency, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else "EUR"
