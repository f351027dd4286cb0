"""Pipeline settings: pipelines (add, rename, archive) and their stages (add, rename,
reorder, delete, win probability, rotting limit). Every edit is saved right away."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.pipelines import PipelineInfo
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.theme import icon

NAME, PROBABILITY, ROTTING = range(3)


class PipelineSettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, pipeline_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.pipelines = ctx.services.pipelines
        self.setWindowTitle(self.tr("Pipeline settings"))
        self.resize(820, 440)
        self._loading = False

        self.pipeline_list = QListWidget()
        self.pipeline_list.setMaximumWidth(230)
        self.add_pipeline_button = QPushButton(icon("add"), self.tr("Add pipeline…"))
        self.rename_pipeline_button = QPushButton(self.tr("Rename…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Pipelines</b>")))
        left.addWidget(self.pipeline_list, 1)
        left.addWidget(self.add_pipeline_button)
        row = QHBoxLayout()
        row.addWidget(self.rename_pipeline_button)
        row.addWidget(self.archive_button)
        left.addLayout(row)

        self.stage_table = QTableWidget(0, 3)
        self.stage_table.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Win probability %"), self.tr("Rotting after (days)")])
        self.stage_table.verticalHeader().setSectionsClickable(False)
        self.stage_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stage_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.stage_table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROBABILITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROTTING, QHeaderView.ResizeMode.ResizeToContents)
        self.add_stage_button = QPushButton(icon("add"), self.tr("Add stage"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.delete_stage_button = QPushButton(icon("delete"), self.tr("Delete stage…"))
        hint = QLabel(self.tr("Double-click a cell to edit it. A deal is “rotting” when it has had no activity or "
                              "stage change for longer than its stage allows (0 or empty: never)."))
        hint.setWordWrap(True)
        hint.setProperty("role", "subtle")
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        stage_buttons = QHBoxLayout()
        for button in (self.add_stage_button, self.up_button, self.down_button):
            stage_buttons.addWidget(button)
        stage_buttons.addStretch(1)
        stage_buttons.addWidget(self.delete_stage_button)
        self.stages_title = QLabel()
        right = QVBoxLayout()
        right.addWidget(self.stages_title)
        right.addWidget(self.stage_table, 1)
        right.addLayout(stage_buttons)
        right.addWidget(hint)
        right.addWidget(self.error_label)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

        self.pipeline_list.currentRowChanged.connect(lambda _r: self._load_stages())
        self.add_pipeline_button.clicked.connect(self._on_add_pipeline)
        self.rename_pipeline_button.clicked.connect(self._on_rename_pipeline)
        self.archive_button.clicked.connect(self._on_archive)
        self.stage_table.itemChanged.connect(self._on_stage_edited)
        self.add_stage_button.clicked.connect(self._on_add_stage)
        self.up_button.clicked.connect(lambda: self._move_stage(-1))
        self.down_button.clicked.connect(lambda: self._move_stage(1))
        self.delete_stage_button.clicked.connect(self._on_delete_stage)
        self._load_pipelines(pipeline_id)

    # --- loading ------------------------------------------------------------------------

    @property
    def pipeline(self) -> PipelineInfo | None:
        item = self.pipeline_list.currentItem()
        if item is None:
            return None
        return self.pipelines.get(item.data(Qt.ItemDataRole.UserRole))

    def _load_pipelines(self, select_id: int | None = None) -> None:
        self.pipeline_list.blockSignals(True)
        self.pipeline_list.clear()
        for pipeline in self.pipelines.list(include_archived=True):
            label = self.tr("{name} (archived)").format(name=pipeline.name) if pipeline.archived else pipeline.name
            item = QListWidgetItem(icon("pipeline"), label)
            item.setData(Qt.ItemDataRole.UserRole, pipeline.id)
            self.pipeline_list.addItem(item)
            if pipeline.id == select_id:
                self.pipeline_list.setCurrentItem(item)
        if self.pipeline_list.currentRow() < 0:
            self.pipeline_list.setCurrentRow(0)
        self.pipeline_list.blockSignals(False)
        self._load_stages()

    def _load_stages(self, select_row: int | None = None) -> None:
        pipeline = self.pipeline
        self._loading = True
        self.stage_table.setRowCount(0)
        if pipeline is not None:
            self.stages_title.setText(self.tr("<b>Stages of “{name}”</b>").format(name=html.escape(pipeline.name, quote=False)))
            self.archive_button.setText(self.tr("Unarchive") if pipeline.archived else self.tr("Archive"))
            self.stage_table.setRowCount(len(pipeline.stages))
            for row, stage in enumerate(pipeline.stages):
                name = QTableWidgetItem(stage.name)
                name.setData(Qt.ItemDataRole.UserRole, stage.id)
                probability = QTableWidgetItem()
                probability.setData(Qt.ItemDataRole.EditRole, stage.probability)
                rotting = QTableWidgetItem()
                rotting.setData(Qt.ItemDataRole.EditRole, stage.rotting_days or 0)
                for col, item in ((NAME, name), (PROBABILITY, probability), (ROTTING, rotting)):
                    self.stage_table.setItem(row, col, item)
        self._loading = False
        if select_row is not None and 0 <= select_row < self.stage_table.rowCount():
            self.stage_table.selectRow(select_row)

    def _stage_id(self, row: int) -> int | None:
        item = self.stage_table.item(row, NAME)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # --- edits --------------------------------------------------------------------------

    def _run(self, fn, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn(*args, **kwargs)
        except CrmError as exc:
            self.error_label.setText(i18n.user_message(exc))
            return False
        self.error_label.clear()
        return True

    def _on_stage_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        stage_id = self._stage_id(item.row())
        if stage_id is None:
            return
        value = item.data(Qt.ItemDataRole.EditRole)
        if item.column() == NAME:
            ok = self._run(self.pipelines.update_stage, stage_id, name=str(value))
        elif item.column() == PROBABILITY:
            ok = self._run(self.pipelines.update_stage, stage_id, probability=int(value or 0))
        else:
            ok = self._run(self.pipelines.update_stage, stage_id, rotting_days=int(value or 0))
        if not ok:
            self._load_stages(item.row())

    def _on_add_stage(self) -> None:
        pipeline = self.pipeline
        if pipeline is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add stage"), self.tr("Name of the new stage:"))
        if ok and self._run(self.pipelines.add_stage, pipeline.id, name, 50, 14):
            self._load_stages(len(pipeline.stages))

    def _move_stage(self, delta: int) -> None:
        pipeline = self.pipeline
        row = self.stage_table.currentRow()
        if pipeline is None or row < 0 or not 0 <= row + delta < len(pipeline.stages):
            return
        ids = [s.id for s in pipeline.stages]
        ids[row], ids[row + delta] = ids[row + delta], ids[row]
        if self._run(self.pipelines.reorder_stages, pipeline.id, ids):
            self._load_stages(row + delta)

    def _on_delete_stage(self) -> None:
        pipeline = self.pipeline
        row = self.stage_table.currentRow()
        if pipeline is None or row < 0:
            self.error_label.setText(self.tr("Select the stage to delete first."))
            return
        stage = pipeline.stages[row]
        count = self.pipelines.deal_count(stage.id)
        move_to = None
        if count:
            others = [s for s in pipeline.stages if s.id != stage.id]
            if not others:
                self.error_label.setText(self.tr("A pipeline needs at least one stage."))
                return
            names = [s.name for s in others]
            if count == 1:
                question = self.tr("“{stage}” holds 1 deal.\nMove the deal to which stage before deleting the stage?")
            else:
                question = self.tr("“{stage}” holds {count} deals.\nMove them to which stage before deleting it?")
            choice, ok = QInputDialog.getItem(
                self, self.tr("Delete stage"), question.format(stage=stage.name, count=QLocale().toString(count)),
                names, 0, False,
            )
            if not ok:
                return
            move_to = others[names.index(choice)].id
        else:
            answer = QMessageBox.question(self, self.tr("Delete stage"),
                                          self.tr("Delete the empty stage “{stage}”?").format(stage=stage.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._run(self.pipelines.delete_stage, stage.id, move_to):
            self._load_stages(max(0, row - 1))

    def _on_add_pipeline(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add pipeline"),
                                        self.tr("Name of the new pipeline (it starts with the usual four stages):"))
        if ok:
            try:
                new_id = self.pipelines.create(name)
            except CrmError as exc:
                self.error_label.setText(i18n.user_message(exc))
                return
            self._load_pipelines(new_id)

    def _on_rename_pipeline(self) -> None:
        pipeline = self.pipeline
        if pipeline is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename pipeline"), self.tr("New name:"), text=pipeline.name)
        if ok and self._run(self.pipelines.rename, pipeline.id, name):
            self._load_pipelines(pipeline.id)

    def _on_archive(self) -> None:
        pipeline = self.pipeline
        if pipeline is None:
            return
        if self._run(self.pipelines.archive, pipeline.id, not pipeline.archived):
            self._load_pipelines(pipeline.id)


