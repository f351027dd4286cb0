"""Spreadsheet sync links and the state of their last sync (one hash set per row)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.storage.base import Base, created_ts, intpk


class SyncLink(Base):
    """A spreadsheet file kept in step with the contacts."""

    __tablename__ = "sync_links"

    id: Mapped[intpk]
    path: Mapped[str] = mapped_column(String(1000), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="contacts", server_default="contacts")
    auto_sync: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    file_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    last_synced_at: Mapped[datetime | None]
    created_at: Mapped[created_ts]


class SyncRow(Base):
    """What one row looked like after the last sync: a hash of the row and one per field
    (JSON object field -> hash), so a change on each side can be told apart per field."""

    __tablename__ = "sync_rows"

    link_id: Mapped[int] = mapped_column(ForeignKey("sync_links.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    row_hash: Mapped[str] = mapped_column(String(64))
    field_hashes: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
