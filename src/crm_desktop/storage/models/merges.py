"""The merge log (what a merge changed, so it can be undone later) and saved views."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.storage.base import Base, created_ts, intpk


class MergeLog(Base):
    __tablename__ = "merge_log"

    id: Mapped[intpk]
    kind: Mapped[str] = mapped_column(String(20))  # "contact" or "company"
    survivor_id: Mapped[int] = mapped_column(Integer)
    merged_id: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(300), default="")
    snapshot: Mapped[str] = mapped_column(Text)  # JSON: both records before, and what was moved
    created_at: Mapped[created_ts]
    undone_at: Mapped[datetime | None]


class SavedView(Base):
    """A named filter ("smart list") over contacts, companies or deals; spec is JSON."""

    __tablename__ = "saved_views"

    id: Mapped[intpk]
    entity: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    spec: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[created_ts]
