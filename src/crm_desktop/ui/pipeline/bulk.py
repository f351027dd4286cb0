"""Changes to many deals at once, from the table view's selection or a saved view of deals:
move to a stage, set a field, add or remove tags, delete. Each is one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu, QMessageBox

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.tags import parse_tags
from crm_desktop.ui import i18n
from crm_desktop.ui.counts import count_text
from crm_desktop.ui.pipeline.commands import DeleteDealsCommand, MoveDealsCommand
from crm_desktop.ui.theme import icon
from crm_desktop.ui.widgets.bulk_edit import BulkEditDialog, run_bulk

if TYPE_CHECKING:
    from crm_desktop.ui.pipeline.board import PipelineView


class DealsBulk(QObject):
    def __init__(self, board: PipelineView):
        super().__init__(board)
        self.board = board
        self.ctx = board.ctx

    @staticmethod
    def what(n: int) -> str:
        return count_text("deal", n)

    def menu(self, ids: list[int], pos: QPoint) -> None:
        """The context menu for several deals selected in the table."""
        menu = QMenu(self.board)
        move_menu = menu.addMenu(self.tr("Move {what} to stage").format(what=self.what(len(ids))))
        for column in self.board._board:
            move_menu.addAction(column.name, lambda s=column.stage_id: self.move(ids, s))
        menu.addAction(self.tr("Edit field…"), lambda: self.edit_field(ids))
        menu.addAction(icon("tag"), self.tr("Add tags…"), lambda: self.tags(ids, add=True))
        menu.addAction(self.tr("Remove tags…"), lambda: self.tags(ids, add=False))
        menu.addSeparator()
        menu.addAction(icon("trash"), self.tr("Delete {what}…").format(what=self.what(len(ids))), lambda: self.delete(ids))
        menu.exec(pos)

    def move(self, ids: list[int], stage_id: int) -> bool:
        name = next((c.name for c in self.board._board if c.stage_id == stage_id), "")
        text = self.tr("Move {what} to “{stage}”").format(what=self.what(len(ids)), stage=name)
        return self._run(MoveDealsCommand(self.ctx.services.deals, ids, stage_id, text))

    def edit_field(self, ids: list[int]) -> bool:
        dialog = BulkEditDialog(self.ctx, "deal", ids, self.what(len(ids)), self.board)
        return bool(self.board.exec_dialog(dialog))

    def tags(self, ids: list[int], add: bool) -> bool:
        title = self.tr("Add tags") if add else self.tr("Remove tags")
        text, ok = self.board.ask_text(title, self.tr("Tags for {what}, separated by commas:").format(
            what=self.what(len(ids))))
        names = parse_tags(text) if ok else []
        if not names:
            return False
        bulk = self.ctx.services.bulk
        label = (self.tr("Add tags {names} to {what}") if add else self.tr("Remove tags {names} from {what}")).format(
            names=", ".join(names), what=self.what(len(ids)))
        try:
            run_bulk(self.ctx, label, lambda: (bulk.add_tags if add else bulk.remove_tags)("deal", ids, names))
        except CrmError as exc:
            QMessageBox.warning(self.board, self.tr("Not changed"), i18n.user_message(exc))
            return False
        return True

    def delete(self, ids: list[int]) -> bool:
        what = self.what(len(ids))
        if not self.board.confirm(self.tr("Delete deals"), self.tr(
                "Move {what} to the trash?\n(Edit › Undo brings them back.)").format(what=what)):
            return False
        return self._run(DeleteDealsCommand(self.ctx.services.deals, ids, self.tr("Delete {what}").format(what=what)))

    def _run(self, command: MoveDealsCommand | DeleteDealsCommand) -> bool:
        if not self.board._execute(command):
            return False
        self.ctx.undo.push(command)
        return True
