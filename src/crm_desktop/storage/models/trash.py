"""Small partial indexes over deleted rows, so the Trash lists fast beside 100,000 live ones."""

from __future__ import annotations

from sqlalchemy import Index, text

from crm_desktop.storage.models.core import Activity, Company, Contact
from crm_desktop.storage.models.deals import Deal
from crm_desktop.storage.models.followups import FollowUp

_TRASHED = text("deleted_at IS NOT NULL")

TRASH_INDEXES = [
    Index(f"ix_{model.__tablename__}_trashed", model.deleted_at, sqlite_where=_TRASHED, postgresql_where=_TRASHED)
    for model in (Contact, Company, Deal, FollowUp, Activity)
]
