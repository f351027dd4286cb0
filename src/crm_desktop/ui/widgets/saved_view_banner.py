"""The saved view a list shows, shared by the Contacts and Companies lists and the pipeline
board: the "Save view…" button, the banner above the list while a view is shown, and showing,
editing, saving or leaving a view (also when it is chosen in the sidebar)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.services.saved_views import SavedViewInfo, ViewSpec
from crm_desktop.ui.widgets.view_filter import SavedViewDialog


class SavedViewBanner(QWidget):
    """"Saved view: <name>   [Edit field for all…] [Edit view…] [Show all]" above the list."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("savedViewBanner")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.edit = QPushButton(self.tr("Edit view…"))
        self.edit_all = QPushButton(self.tr("Edit field for all…"))
        self.show_all = QPushButton(self.tr("Show all"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 6)
        layout.addWidget(self.label, 1)
        for button in (self.edit_all, self.edit, self.show_all):
            layout.addWidget(button)
        self.hide()


class SavedViewControls(QObject):
    """Which saved view of ``entity`` records the host list shows (``info``; None: all of them).

    ``host`` is the list: a QWidget with ``ctx`` and ``exec_dialog(dialog) -> bool`` (the tests'
    seam for dialogs). ``current_filter()`` gives the (text, tag) the list is narrowed by now,
    which "Save view…" adds to the view it saves. "Show all" and a saved view chosen after
    saving go through the sidebar's item of the window's current view where there is one.

    Signals: ``shown()`` after another view (or none) is shown: the host reloads its list;
    ``updated()`` after ``refresh()`` (the view shown may have a new name or be gone);
    ``filter_saved()`` after "Save view…" saved the host's filter into a view, before the view
    is shown (the host may clear its filter, which the view holds now).
    """

    shown = Signal()
    updated = Signal()
    filter_saved = Signal()

    def __init__(self, host: QWidget, entity: str, current_filter: Callable[[], tuple[str, str]]):
        super().__init__(host)
        self.host = host
        self.ctx = host.ctx  # type: ignore[attr-defined]
        self.entity = entity
        self.current_filter = current_filter
        self.info: SavedViewInfo | None = None
        self.save_button = QPushButton(self.tr("Save view…"))
        self.save_button.clicked.connect(self.save)
        self.banner = SavedViewBanner()
        self.banner.edit.clicked.connect(lambda: self.edit(self.info.id if self.info else None))
        self.banner.show_all.clicked.connect(self._on_banner_show_all)

    def find(self, view_id: int | None) -> SavedViewInfo | None:
        """The saved view of this list's records with this id, if it (still) exists."""
        if view_id is None:
            return None
        return next((v for v in self.ctx.services.saved_views.all()
                     if v.id == view_id and v.entity == self.entity), None)

    def show(self, view_id: int | None) -> None:
        """Show a saved view (None: the whole list)."""
        info = self.find(view_id)
        if info is None and self.info is None:
            return
        self.info = info
        self._update_banner()
        self.shown.emit()

    def refresh(self) -> None:
        """A saved view changed somewhere: keep the name in step, or leave a deleted view."""
        if self.info is not None:
            self.info = self.find(self.info.id)
            self._update_banner()
            self.updated.emit()

    def _update_banner(self) -> None:
        self.banner.setVisible(self.info is not None)
        if self.info is not None:
            self.banner.label.setText(self.tr("Saved view: <b>{name}</b>").format(name=html.escape(self.info.name)))

    def spec_from_filter(self) -> ViewSpec:
        """A copy of the view shown, or a new view, narrowed by the list's filter text and tag."""
        spec = ViewSpec.from_json(self.info.spec.to_json()) if self.info else ViewSpec(self.entity)
        text, tag = self.current_filter()
        text = text.strip()
        if text:
            spec.text = " ".join(p for p in (spec.text, text) if p)
        if tag and tag not in spec.tags_any:
            spec.tags_any = [*spec.tags_any, tag]
        return spec

    def save(self) -> None:
        """Save the list's filter (on top of the view shown) as a new view, and show it."""
        dialog = SavedViewDialog(self.ctx, self.spec_from_filter(), parent=self.host)
        if self._run(dialog) and dialog.saved_id is not None:
            self.filter_saved.emit()
            self.open_in_sidebar(dialog.saved_id)

    def edit(self, view_id: int | None) -> None:
        info = self.find(view_id)
        if info is None:
            return
        # saving publishes the change: the host refreshes the banner and reloads its list then
        self._run(SavedViewDialog(self.ctx, info.spec, info.name, info.id, parent=self.host))

    def open_in_sidebar(self, view_id: int) -> None:
        """Select the view in the sidebar (which shows it), or show it directly."""
        window = self.host.window()
        select = getattr(window, "select_child", None)
        if select is None or not select(window.current_view_key(), view_id):
            self.show(view_id)

    def _on_banner_show_all(self) -> None:
        window = self.host.window()
        select = getattr(window, "select_child", None)
        if select is not None:  # choosing the view itself in the sidebar shows everything
            select(window.current_view_key())
        self.show(None)

    def _run(self, dialog: SavedViewDialog) -> bool:
        return bool(self.host.exec_dialog(dialog))  # type: ignore[attr-defined]
