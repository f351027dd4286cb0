"""The views in the sidebar and the features that add menu actions.

To add a view, append a ViewSpec to VIEWS. A view is a QWidget built as ``factory(ctx)``;
it may define ``open_record(kind, record_id) -> None`` for the kinds in ``opens``, a
``focus_search()`` method, and a ``badge_changed(str)`` signal for a count in the sidebar.

To add menu actions or other window-wide behaviour, append ``install(window)`` to FEATURES.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import UiContext

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    icon: str  # file name under resources/icons, without extension
    factory: Callable[[UiContext], QWidget]
    opens: tuple[str, ...] = ()


def _contacts(ctx: UiContext) -> QWidget:
    from crm_desktop.ui.contacts.view import ContactsView

    return ContactsView(ctx)


def _companies(ctx: UiContext) -> QWidget:
    from crm_desktop.ui.companies.view import CompaniesView

    return CompaniesView(ctx)


VIEWS: list[ViewSpec] = [
    ViewSpec("contacts", "Contacts", "contacts", _contacts, opens=("contact",)),
    ViewSpec("companies", "Companies", "companies", _companies, opens=("company",)),
]

FEATURES: list[Callable[[MainWindow], None]] = []


def _exporting(window: MainWindow) -> None:
    from crm_desktop.ui.exporting import install

    install(window)


FEATURES.append(_exporting)
