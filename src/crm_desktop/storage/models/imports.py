"""Import batches: what each import created and the previous values of what it updated,
so that an import can be undone exactly, also after a restart."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.storage.base import Base, created_ts, intpk, name_str


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[intpk]
    file_name: Mapped[str] = mapped_column(String(400), default="", server_default="")
    file_kind: Mapped[str] = mapped_column(String(20), default="", server_default="")
    layout: Mapped[name_str]
    mode: Mapped[str] = mapped_column(String(20), default="update", server_default="update")
    rows_read: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    skipped: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    problems: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    backup_path: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    started_at: Mapped[created_ts]
    finished_at: Mapped[datetime | None]
    undone_at: Mapped[datetime | None]


class ImportItem(Base):
    """One record touched by a batch: kind 'contact' | 'company' | 'tag', action 'created' |
    'updated'; ``before`` holds the previous state (JSON) of an updated contact. The contacts a
    batch created are one row, action 'created_range': ``record_id`` is the first id and
    ``before`` the last (batches imported before that have one 'created' row per contact)."""

    __tablename__ = "import_items"

    id: Mapped[intpk]
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (Index("ix_import_items_batch", "batch_id", "kind", "action"),)



