"""Export, the accountant's report and spreadsheet sync: File menu actions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence

from crm_desktop.ui.exporting.common import table_count_text

if TYPE_CHECKING:
    from crm_desktop.ui.exporting.auto_sync import AutoSync
    from crm_desktop.ui.main_window import MainWindow

# Which table each sidebar view shows, to offer "only what is shown" in the export.
VIEW_KINDS = {"contacts": "contacts", "companies": "companies", "pipeline": "deals", "deals": "deals",
              "followups": "followups", "activities": "activities"}


def _ids(view: object, attr: str) -> list[int]:
    getter = getattr(view, attr, None)
    if not callable(getter):
        return []
    try:
        return [int(i) for i in (getter() or [])]
    except Exception:  # noqa: BLE001 - a view without this ability simply offers nothing
        return []


def export_scopes(window: MainWindow) -> tuple[str, dict[str, list[tuple[str, Sequence[int]]]]]:
    """The kind of the current view and the id lists it offers (filter and selection)."""
    try:
        key = window.current_view_key()
        view = window.view(key)
    except Exception:  # noqa: BLE001
        return "contacts", {}
    kind = VIEW_KINDS.get(key, "contacts")
    scopes: list[tuple[str, Sequence[int]]] = []
    shown, selected = _ids(view, "current_ids"), _ids(view, "selected_ids")
    if selected:
        text = QCoreApplication.translate("ExportScopes", "Only the selected {count}")
        scopes.append((text.format(count=table_count_text(len(selected), kind)), selected))
    if shown:
        text = QCoreApplication.translate("ExportScopes", "Only the {count} currently shown")
        scopes.append((text.format(count=table_count_text(len(shown), kind)), shown))
    return kind, ({kind: scopes} if scopes else {})


def install(window: MainWindow) -> None:
    def watcher() -> AutoSync:
        """The watcher of linked sheets, made once: when the window's set-up is done (queued:
        it reads the links and loads the sync code), or earlier when first needed. A start
        still makes it before the first paint: the queue runs before the window is exposed."""
        auto: AutoSync | None = getattr(window, "auto_sync", None)
        if auto is None:
            from crm_desktop.ui.exporting.auto_sync import AutoSync

            auto = AutoSync(window.ctx, window)
            auto.message.connect(lambda text: window.show_message(text, 10_000))
            window.auto_sync = auto  # type: ignore[attr-defined]
        return auto

    QTimer.singleShot(0, window, watcher)

    def export() -> None:
        from crm_desktop.ui.exporting.export_dialog import ExportDialog

        kind, scopes = export_scopes(window)
        ExportDialog(window.ctx, kind, scopes, window).exec()

    def won_deals() -> None:
        from crm_desktop.ui.exporting.won_deals_dialog import WonDealsDialog

        WonDealsDialog(window.ctx, window).exec()

    def sync() -> None:
        from crm_desktop.ui.exporting.sync_dialog import SyncDialog

        SyncDialog(window.ctx, window, watcher=watcher()).exec()

    for text, slot, shortcut in (
        (QCoreApplication.translate("ExportActions", "&Export…"), export, "Ctrl+Shift+E"),
        (QCoreApplication.translate("ExportActions", "&Won deals for the accountant…"), won_deals, ""),
        (QCoreApplication.translate("ExportActions", "S&ync with spreadsheet…"), sync, ""),
    ):
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        window.add_file_action(action)
    window.menu("file").insertSeparator(window.menu("file").actions()[-1])
