"""File → Import…, dropping a file on the window, and File → Earlier imports…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow

IMPORTABLE = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods", ".vcf")


def open_wizard(window: MainWindow, path: str | None = None):  # type: ignore[no-untyped-def]
    from crm_desktop.ui.importer.wizard import ImportWizard

    wizard = ImportWizard(window.ctx, window)
    window._import_wizard = wizard  # type: ignore[attr-defined]  # kept alive while open
    if path:
        wizard.open_file(path)
    wizard.show()
    return wizard


def open_history(window: MainWindow):  # type: ignore[no-untyped-def]
    from crm_desktop.ui.importer.history import ImportHistoryDialog

    dialog = ImportHistoryDialog(window.ctx, window)
    dialog.show()
    return dialog


class _DropFilter(QObject):
    """Accepts a contact file dropped anywhere on the main window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _dropped_file(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif event.type() == QEvent.Type.Drop:
            path = _dropped_file(event)  # type: ignore[arg-type]
            if path:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                open_wizard(self.window, path)
                return True
        return False


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(IMPORTABLE):
            return url.toLocalFile()
    return None


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("ImportActions", "&Import contacts…"), window)
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setStatusTip(QCoreApplication.translate(
        "ImportActions", "Add contacts from a spreadsheet, CSV or vCard file, without duplicates"))
    action.triggered.connect(lambda: open_wizard(window))
    window.add_file_action(action)
    history = QAction(QCoreApplication.translate("ImportActions", "Earlier imports…"), window)
    history.setStatusTip(QCoreApplication.translate("ImportActions", "See earlier imports and undo one"))
    history.triggered.connect(lambda: open_history(window))
    window.add_file_action(history)
    window.setAcceptDrops(True)
    window._import_drop_filter = _DropFilter(window)  # type: ignore[attr-defined]
    window.installEventFilter(window._import_drop_filter)  # type: ignore[attr-defined]
