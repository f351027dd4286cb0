"""The contacts table model: ordered ids from the service, rows built on demand."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crm_desktop.services import Services
from crm_desktop.ui.widgets.record_model import (
    RECORD_ID_ROLE,
    ROW_ROLE,
    SORT_KEY_ROLE,
    RecordTableModel,
    record_column,
)

COLUMNS = (
    record_column("name", 190),
    record_column("company", 170),
    record_column("email", 210),
    record_column("phone", 140),
    record_column("tags", 120),
    record_column("last_activity", 110),
)

__all__ = ["COLUMNS", "RECORD_ID_ROLE", "ROW_ROLE", "SORT_KEY_ROLE", "ContactsModel"]


class ContactsModel(RecordTableModel):
    """Rows are ``ContactRow``s fetched in pages through ``services.contacts.rows``."""

    def __init__(self, services: Services, parent: Any = None):
        super().__init__(COLUMNS, services.contacts.rows, parent)
        self.services = services

    def load(self, sort: str = "name", descending: bool = False, query: str = "", tag: str | None = None) -> None:
        self.set_ids(self.services.contacts.ordered_ids(sort, descending, query, tag=tag))

    @staticmethod
    def fetch(services: Services, ids: Sequence[int]) -> dict[int, Any]:
        return services.contacts.rows(ids)
