"""The contacts table model: ordered ids from the service, rows built on demand."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crm_desktop.services import Services
from crm_desktop.ui.widgets.record_model import (
    RECORD_ID_ROLE,
    ROW_ROLE,
    SORT_KEY_ROLE,
    Column,
    RecordTableModel,
)

COLUMNS = (
    Column("name", "Name", 190),
    Column("company", "Company", 170),
    Column("email", "Email", 210),
    Column("phone", "Phone", 140),
    Column("tags", "Tags", 120),
    Column("last_activity", "Last activity", 110),
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
