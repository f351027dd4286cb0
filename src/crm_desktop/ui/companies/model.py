"""The companies table model: ordered ids from the service, rows built on demand."""

from __future__ import annotations

from typing import Any

from crm_desktop.services import Services
from crm_desktop.ui.widgets.record_model import RecordTableModel, record_column

COLUMNS = (
    record_column("name", 200),
    record_column("website", 170),
    record_column("phone", 130),
    record_column("city", 110),
    record_column("people", 60),
    record_column("tags", 110),
    record_column("last_activity", 110),
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
