"""Saved views of deals on the pipeline board: the shared saved-view controls
(ui/widgets/saved_view_banner.py) with the board's filter, and the summary under the board
while a view is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.deal_board import BoardColumn
from crm_desktop.ui.pipeline import texts
from crm_desktop.ui.widgets.saved_view_banner import SavedViewControls

if TYPE_CHECKING:
    from crm_desktop.ui.pipeline.board import PipelineView


class BoardSavedViews(SavedViewControls):
    """Which saved view of deals the board shows, if any, and the board it allows."""

    def __init__(self, board: PipelineView):
        super().__init__(board, "deal", lambda: (board.filter_edit.text(), board.tag_combo.currentData() or ""))
        self.board = board
        self._total = 0  # deals in the view shown, anywhere (as of the last columns() call)
        self.save_button.setToolTip(self.tr("Save the current filter as a list of deals in the sidebar"))
        self.shown.connect(board.reload)
        self.filter_saved.connect(self._on_filter_saved)

    def columns(self, pipeline_id: int, text: str, tag: str) -> list[BoardColumn]:
        """The board of the pipeline, narrowed to the deals of the view shown (if any); counts
        the view's deals for the summary."""
        deals = self.ctx.services.deals
        if self.info is None:
            return deals.board(pipeline_id, text=text, tag=tag)
        try:
            self._total = self.ctx.services.saved_views.count(self.info.spec)
            return deals.board(pipeline_id, text=text, tag=tag, view=self.info.spec)
        except CrmError:  # a view that no longer works shows nothing rather than everything
            self._total = 0
            return deals.board(pipeline_id, only=[])

    def summary(self, count: int, rotting: int) -> str:
        """Under the board while a view is shown: the view holds won, lost and other pipelines'
        deals too, so say how many of them are the open ones shown here."""
        total = self._total
        name = self.info.name if self.info else ""
        locale = QLocale()
        if count == 1:
            text = self.tr("1 of the {total} deals in “{name}” is open in this pipeline")
        else:
            text = self.tr("{count} of the {total} deals in “{name}” are open in this pipeline")
        text = text.format(count=locale.toString(count), total=locale.toString(total), name=name)
        if rotting:
            text += " · " + texts.rotting_count(rotting)
        return text

    def _on_filter_saved(self) -> None:
        self.board.filter_edit.clear()  # the new view holds the filter now
        self.board.tag_combo.setCurrentIndex(0)
