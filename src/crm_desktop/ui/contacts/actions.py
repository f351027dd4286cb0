"""Window-wide actions of the contacts and companies views (File ▸ New contact, Find)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from crm_desktop.ui.theme import icon

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    new_contact = QAction(icon("add"), QCoreApplication.translate("RecordActions", "New &contact…"), window)
    new_contact.setShortcut(QKeySequence.StandardKey.New)
    new_contact.triggered.connect(lambda: window.show_view("contacts").new_record())  # type: ignore[attr-defined]
    window.add_file_action(new_contact)
    new_company = QAction(QCoreApplication.translate("RecordActions", "New co&mpany…"), window)
    new_company.setShortcut(QKeySequence("Ctrl+Shift+N"))
    new_company.triggered.connect(lambda: window.show_view("companies").new_record())  # type: ignore[attr-defined]
    window.add_file_action(new_company)
    window.menu("file").insertSeparator(window.menu("file").actions()[-1])
    find = QAction(icon("search"), QCoreApplication.translate("RecordActions", "&Find…"), window)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(lambda: _focus_search(window))
    window.menu("edit").addSeparator()
    window.menu("edit").addAction(find)


def _focus_search(window: MainWindow) -> None:
    view = window.view(window.current_view_key())
    focus = getattr(view, "focus_search", None)
    if focus is not None:
        focus()
