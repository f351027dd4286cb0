"""The "Insert field" menu shared by the composer, the template editor and the merge dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.mail.templates import FIELDS


def field_menu(parent: QWidget, insert: Callable[[str], None]) -> QMenu:
    menu = QMenu(parent)
    for name, label in FIELDS.items():
        action = menu.addAction(f"{label}  {{{{{name}}}}}")
        action.triggered.connect(lambda _c=False, n=name: insert(n))
    return menu
