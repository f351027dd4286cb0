"""Saved views of deals on the pipeline board: "Save view…", the banner above the board while a
view is shown, and showing, editing or leaving a view chosen in the sidebar."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QPushButton

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.saved_views import SavedViewInfo, ViewSpec
from crm_desktop.ui.widgets.records_extras import SavedViewBanner
from crm_desktop.ui.widgets.view_filter import SavedViewDialog

if TYPE_CHECKING:
    from crm_desktop.ui.pipeline.board import PipelineView


class BoardSavedViews(QObject):
    """Which saved view of deals the board shows, if any, and the ids it allows."""

    def __init__(self, board: PipelineView):
        super().__init__(board)
        self.board = board
        self.ctx = board.ctx
        self.info: SavedViewInfo | None = None
        self._ids: list[int] | None = None
        self.save_button = QPushButton(self.tr("Save view…"))
        self.save_button.setToolTip(self.tr("Save the current filter as a list of deals in the sidebar"))
        self.save_button.clicked.connect(self.save)
        self.banner = SavedViewBanner()
        self.banner.edit.clicked.connect(lambda: self.edit(self.info.id if self.info else None))
        self.banner.show_all.clicked.connect(self._on_show_all)

    def only(self) -> list[int] | None:
        """The deals the view allows (None: no view shown), fresh for each board reload."""
        if self.info is None:
            return None
        try:
            self._ids = self.ctx.services.saved_views.ids(self.info.spec)
        except CrmError:
            self._ids = []  # a view that no longer works shows nothing rather than everything
        return self._ids

    def summary(self, count: int, rotting: int) -> str:
        """Under the board while a view is shown: the view holds won, lost and other pipelines'
        deals too, so say how many of them are the open ones shown here."""
        total = len(self._ids or [])
        name = self.info.name if self.info else ""
        locale = QLocale()
        if count == 1:
            text = self.tr("1 of the {total} deals in “{name}” is open in this pipeline")
        else:
            text = self.tr("{count} of the {total} deals in “{name}” are open in this pipeline")
        text = text.format(count=locale.toString(count), total=locale.toString(total), name=name)
        if rotting:
            text += " · " + self.tr("{n} rotting").format(n=locale.toString(rotting))
        return text

    def _find(self, view_id: int | None) -> SavedViewInfo | None:
        if view_id is None:
            return None
        return next((v for v in self.ctx.services.saved_views.all() if v.id == view_id and v.entity == "deal"), None)

    def show(self, view_id: int | None) -> None:
        info = self._find(view_id)
        if info is None and self.info is None:
            return
        self.info = info
        self._update_banner()
        self.board.reload()

    def refresh(self) -> None:
        """A saved view changed somewhere: keep the name in step, or leave a deleted view."""
        if self.info is not None:
            self.info = self._find(self.info.id)
            self._update_banner()

    def _update_banner(self) -> None:
        self.banner.setVisible(self.info is not None)
        if self.info is not None:
            self.banner.label.setText(self.tr("Saved view: <b>{name}</b>").format(name=html.escape(self.info.name)))

    def spec_from_filter(self) -> ViewSpec:
        """A copy of the view shown, or a new view of deals, narrowed by the board's filter and tag."""
        spec = ViewSpec.from_json(self.info.spec.to_json()) if self.info else ViewSpec("deal")
        text = self.board.filter_edit.text().strip()
        if text:
            spec.text = " ".join(p for p in (spec.text, text) if p)
        tag = self.board.tag_combo.currentData() or ""
        if tag and tag not in spec.tags_any:
            spec.tags_any = [*spec.tags_any, tag]
        return spec

    def save(self) -> None:
        dialog = SavedViewDialog(self.ctx, self.spec_from_filter(), parent=self.board)
        if dialog.exec() and dialog.saved_id is not None:
            self.board.filter_edit.clear()
            self.board.tag_combo.setCurrentIndex(0)
            self.open_in_sidebar(dialog.saved_id)

    def edit(self, view_id: int | None) -> None:
        info = self._find(view_id)
        if info is None:
            return
        dialog = SavedViewDialog(self.ctx, info.spec, info.name, info.id, parent=self.board)
        dialog.exec()  # a saved change reaches the board as a "saved_view" change

    def open_in_sidebar(self, view_id: int) -> None:
        """Select the view in the sidebar (which shows it), or show it directly."""
        select = getattr(self.board.window(), "select_child", None)
        if select is None or not select("pipeline", view_id):
            self.show(view_id)

    def _on_show_all(self) -> None:
        select = getattr(self.board.window(), "select_child", None)
        if select is not None:
            select("pipeline")
        self.show(None)
