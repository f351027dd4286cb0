"""The "Insert field" menu shared by the composer, the template editor and the merge dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.mail.templates import FIELDS
from crm_desktop.ui import i18n


def field_label(name: str) -> str:
    """What a merge field holds (the template's label of it) in the window's language; the
    names themselves stay as they are."""
    return i18n.translated(FIELDS.get(name, name))


def field_menu(parent: QWidget, insert: Callable[[str], None]) -> QMenu:
    menu = QMenu(parent)
    for name in FIELDS:
        action = menu.addAction(f"{field_label(name)}  {{{{{name}}}}}")
        action.triggered.connect(lambda _c=False, n=name: insert(n))
    return menu
