"""The views in the sidebar and the features that add menu actions.

To add a view, append a ViewSpec to VIEWS. A view is a QWidget built as ``factory(ctx)``;
it may define ``open_record(kind, record_id) -> None`` for the kinds in ``opens``, a
``focus_search()`` method, and a ``badge_changed(str)`` signal for a count in the sidebar.

To add menu actions or other window-wide behaviour, write a module with ``install(window)``
and add it to FEATURES.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import UiContext

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str  # English; wrap it in QT_TRANSLATE_NOOP("Navigation", ...) where the spec is made
    icon: str  # file name under resources/icons, without extension
    factory: Callable[[UiContext], QWidget]
    opens: tuple[str, ...] = ()

    @property
    def shown_title(self) -> str:
        """The title in the window's language (sidebar, View menu)."""
        return QCoreApplication.translate("Navigation", self.title)


def _contacts(ctx: UiContext) -> QWidget:
    from crm_desktop.ui.contacts.view import ContactsView

    return ContactsView(ctx)


def _companies(ctx: UiContext) -> QWidget:
    from crm_desktop.ui.companies.view import CompaniesView

    return CompaniesView(ctx)


def _reports(ctx: UiContext) -> QWidget:
    from crm_desktop.ui.reports.view import ReportsView

    return ReportsView(ctx)


def _pipeline(ctx: UiContext) -> QWidget:
    from crm_desktop.ui.pipeline.board import PipelineView

    return PipelineView(ctx)


def _followups(ctx: UiContext) -> QWidget:
    from crm_desktop.ui.followups.view import FollowUpsView

    return FollowUpsView(ctx)


def _trash(ctx: UiContext) -> QWidget:
    from crm_desktop.ui.trash.view import TrashView

    return TrashView(ctx)


VIEWS: list[ViewSpec] = [
    ViewSpec("contacts", QT_TRANSLATE_NOOP("Navigation", "Contacts"), "contacts", _contacts, opens=("contact",)),
    ViewSpec("companies", QT_TRANSLATE_NOOP("Navigation", "Companies"), "companies", _companies, opens=("company",)),
    ViewSpec("pipeline", QT_TRANSLATE_NOOP("Navigation", "Pipeline"), "pipeline", _pipeline, opens=("deal",)),
    ViewSpec("followups", QT_TRANSLATE_NOOP("Navigation", "Follow-ups"), "followups", _followups, opens=("followup",)),
    ViewSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "reports", _reports, opens=()),
    ViewSpec("trash", QT_TRANSLATE_NOOP("Navigation", "Trash"), "trash", _trash),
]


def _install(module: str) -> Callable[[MainWindow], None]:
    def install(window: MainWindow) -> None:
        import importlib

        importlib.import_module(module).install(window)

    return install


# Each module has install(window). One line per feature keeps additions easy to merge.
FEATURES: list[Callable[[MainWindow], None]] = [
    _install("crm_desktop.ui.contacts.actions"),
    _install("crm_desktop.ui.backups.actions"),
    _install("crm_desktop.ui.palette"),
    _install("crm_desktop.ui.shortcuts"),
    _install("crm_desktop.ui.duplicates"),
    _install("crm_desktop.ui.custom_fields"),
    _install("crm_desktop.ui.pipeline.section"),
    _install("crm_desktop.ui.importer"),
    _install("crm_desktop.ui.exporting"),
    _install("crm_desktop.ui.followups.feature"),
    _install("crm_desktop.ui.mail.feature"),
    _install("crm_desktop.ui.welcome"),
    _install("crm_desktop.ui.saved_views_nav"),
    _install("crm_desktop.ui.keyboard"),
    _install("crm_desktop.ui.language"),
]
