"""The contacts table model: ordered ids from the service, rows built on demand."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from crm_desktop.services import Services
from crm_desktop.ui.widgets.record_model import (
    RECORD_ID_ROLE,
    ROW_ROLE,
    SORT_KEY_ROLE,
    Column,
    RecordTableModel,
)

# Column titles are translated where they are shown (headerData), with this context.
COLUMN_CONTEXT = "RecordColumns"
COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("RecordColumns", "Name"), 190),
    Column("company", QT_TRANSLATE_NOOP("RecordColumns", "Company"), 170),
    Column("email", QT_TRANSLATE_NOOP("RecordColumns", "Email"), 210),
    Column("phone", QT_TRANSLATE_NOOP("RecordColumns", "Phone"), 140),
    Column("tags", QT_TRANSLATE_NOOP("RecordColumns", "Tags"), 120),
    Column("last_activity", QT_TRANSLATE_NOOP("RecordColumns", "Last activity"), 110),
)

__all__ = ["COLUMNS", "RECORD_ID_ROLE", "ROW_ROLE", "SORT_KEY_ROLE", "ContactsModel", "translated_header"]


def translated_header(model: RecordTableModel, section: int, orientation: Qt.Orientation, role: int) -> Any:
    """The header of a record model with the built-in column titles in the window's language
    (custom field columns keep the name the user gave them)."""
    value = RecordTableModel.headerData(model, section, orientation, role)
    if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str) and section < len(model.base_columns):
        return QCoreApplication.translate(COLUMN_CONTEXT, value)
    return value


class ContactsModel(RecordTableModel):
    """Rows are ``ContactRow``s fetched in pages through ``services.contacts.rows``."""

    def __init__(self, services: Services, parent: Any = None):
        super().__init__(COLUMNS, services.contacts.rows, parent)
        self.services = services

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        return translated_header(self, section, orientation, role)

    def load(self, sort: str = "name", descending: bool = False, query: str = "", tag: str | None = None) -> None:
        self.set_ids(self.services.contacts.ordered_ids(sort, descending, query, tag=tag))

    @staticmethod
    def fetch(services: Services, ids: Sequence[int]) -> dict[int, Any]:
        return services.contacts.rows(ids)
