"""Saved views in the sidebar: listed under Contacts, Companies and Pipeline (deals) with their
counts, kept up to date on changes, with Edit / Rename / Delete in a context menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox
from shiboken6 import isValid

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.changes import Change
from crm_desktop.services.saved_views import SavedViewInfo
from crm_desktop.ui.main_window import CHILD_ROLE, KEY_ROLE

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow

VIEW_KEYS = {"contact": "contacts", "company": "companies", "deal": "pipeline"}  # entity -> sidebar view key
WATCH = frozenset({"saved_view", "contact", "company", "activity", "tag", "deal", "followup", "custom_field"})
INDENT = "     "


class SavedViewsSidebar(QObject):
    """Keeps the sidebar's saved view items in step with the database."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.views: list[SavedViewInfo] = []
        self.counts: dict[int, int] = {}
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self.ctx.bridge.changed.connect(self._on_bridge_changed)
        window.sidebar.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the counts visible
        window.sidebar.setContextMenuPolicy(window.sidebar.contextMenuPolicy().CustomContextMenu)
        window.sidebar.customContextMenuRequested.connect(self._on_sidebar_context_menu)
        self.refresh()

    def _on_bridge_changed(self, change: Change) -> None:
        if change.kind == "saved_view":
            self._timer.stop()
            self.refresh()  # a new or renamed view shows at once (its count follows)
        elif change.kind in WATCH:
            self._timer.start()

    def refresh(self, sync: bool = False) -> None:
        """List the views now (names) and count their records on the task pool."""
        service = self.ctx.services.saved_views
        self.views = [v for v in service.all() if v.entity in VIEW_KEYS]
        self._show()
        self._generation += 1
        generation, views = self._generation, list(self.views)

        def count(_job: object) -> dict[int, int]:
            out = {}
            for view in views:
                try:
                    out[view.id] = service.count(view.spec)
                except CrmError:
                    out[view.id] = -1
            return out

        if sync or not views:
            self._on_counted(generation, count(None))
        else:
            self.ctx.tasks.run(count, on_done=lambda counts: self._on_counted(generation, counts))

    def _on_counted(self, generation: int, counts: dict[int, int]) -> None:
        if not isValid(self) or not isValid(self.window.sidebar):
            return  # the window closed while counting
        if generation == self._generation:
            self.counts = counts
            self._show()

    def _show(self) -> None:
        for entity, key in VIEW_KEYS.items():
            try:
                self.window.sidebar_item(key)
            except KeyError:
                continue  # that view is not in this window
            children = []
            for view in self.views:
                if view.entity != entity:
                    continue
                n = self.counts.get(view.id)
                text = f"{INDENT}{view.name}" + (f"  ({QLocale().toString(n)})" if n is not None and n >= 0 else "")
                tip = self.tr("Saved view: {name}. Right-click to edit, rename or delete it.").format(name=view.name)
                children.append((view.id, text, tip))
            self.window.set_children(key, children)

    # --- context menu -------------------------------------------------------------------

    def _on_sidebar_context_menu(self, pos: QPoint) -> None:
        item = self.window.sidebar.itemAt(pos)
        if item is None or item.data(CHILD_ROLE) is None:
            return
        view_id, key = int(item.data(CHILD_ROLE)), str(item.data(KEY_ROLE))
        menu = QMenu(self.window)
        menu.addAction(self.tr("Edit view…"), lambda: self.edit(key, view_id))
        menu.addAction(self.tr("Rename…"), lambda: self.rename(view_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete view"), lambda: self.delete(view_id))
        menu.exec(self.window.sidebar.viewport().mapToGlobal(pos))

    def _info(self, view_id: int) -> SavedViewInfo | None:
        return next((v for v in self.ctx.services.saved_views.all() if v.id == view_id), None)

    def edit(self, key: str, view_id: int) -> None:
        self.window.select_child(key, view_id)
        self.window.view(key).edit_saved_view(view_id)  # type: ignore[attr-defined]

    def rename(self, view_id: int) -> None:
        info = self._info(view_id)
        if info is None:
            return
        name, ok = QInputDialog.getText(self.window, self.tr("Rename saved view"), self.tr("New name:"), text=info.name)
        if ok and name.strip():
            self.ctx.services.saved_views.save(name, info.spec, view_id)

    def delete(self, view_id: int) -> None:
        info = self._info(view_id)
        if info is None:
            return
        if self.confirm_delete(info.name):
            self.ctx.services.saved_views.delete(view_id)

    def confirm_delete(self, name: str) -> bool:
        """Ask before deleting (tests replace this). The records themselves stay."""
        answer = QMessageBox.question(
            self.window, self.tr("Delete saved view"),
            self.tr("Delete the saved view “{name}”?\n\nOnly the view goes away: the records in it stay.").format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes


def install(window: MainWindow) -> None:
    window.saved_views_sidebar = SavedViewsSidebar(window)  # type: ignore[attr-defined]
