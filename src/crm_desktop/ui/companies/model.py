"""The companies table model: ordered ids from the service, rows built on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from crm_desktop.services import Services
from crm_desktop.ui.contacts.model import translated_header
from crm_desktop.ui.widgets.record_model import Column, RecordTableModel

COLUMNS = (  # titles translated in headerData (context "RecordColumns", see contacts.model)
    Column("name", QT_TRANSLATE_NOOP("RecordColumns", "Name"), 200),
    Column("website", QT_TRANSLATE_NOOP("RecordColumns", "Website"), 170),
    Column("phone", QT_TRANSLATE_NOOP("RecordColumns", "Phone"), 130),
    Column("city", QT_TRANSLATE_NOOP("RecordColumns", "City"), 110),
    Column("people", QT_TRANSLATE_NOOP("RecordColumns", "People"), 60),
    Column("tags", QT_TRANSLATE_NOOP("RecordColumns", "Tags"), 110),
    Column("last_activity", QT_TRANSLATE_NOOP("RecordColumns", "Last activity"), 110),
)


class CompaniesModel(RecordTableModel):
    """Rows are ``CompanyRow``s fetched in pages through ``services.companies.rows``."""

    def __init__(self, services: Services, parent: Any = None):
        super().__init__(COLUMNS, services.companies.rows, parent)
        self.services = services

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        return translated_header(self, section, orientation, role)

    def display(self, row: Any, key: str) -> str:
        if key == "website":
            return str(row.website).removeprefix("https://").removeprefix("http://").removeprefix("www.")
        return super().display(row, key)
