"""The companies table model: ordered ids from the service, rows built on demand."""

from __future__ import annotations

from typing import Any

from crm_desktop.services import Services
from crm_desktop.ui.widgets.record_model import Column, RecordTableModel

COLUMNS = (
    Column("name", "Name", 200),
    Column("website", "Website", 170),
    Column("phone", "Phone", 130),
    Column("city", "City", 110),
    Column("people", "People", 60),
    Column("tags", "Tags", 110),
    Column("last_activity", "Last activity", 110),
)


class CompaniesModel(RecordTableModel):
    """Rows are ``CompanyRow``s fetched in pages through ``services.companies.rows``."""

    def __init__(self, services: Services, parent: Any = None):
        super().__init__(COLUMNS, services.companies.rows, parent)
        self.services = services

    def display(self, row: Any, key: str) -> str:
        if key == "website":
            return str(row.website).removeprefix("https://").removeprefix("http://").removeprefix("www.")
        return super().display(row, key)
