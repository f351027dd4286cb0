"""Follow-ups: tasks with a due date, optional time and recurrence."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Time, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.storage.base import Base, created_ts, intpk, name_str, text_str, updated_ts


class FollowUp(Base):
    __tablename__ = "followups"

    id: Mapped[intpk]
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[text_str]
    due_date: Mapped[date] = mapped_column(Date)  # the user's local date
    due_time: Mapped[time | None] = mapped_column(Time)  # local time; None means all day
    due_at: Mapped[datetime]  # the UTC instant the reminder fires
    all_day: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    priority: Mapped[str] = mapped_column(String(10), default="normal", server_default="normal")
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    done_at: Mapped[datetime | None]
    snoozed_until: Mapped[datetime | None]
    recurrence: Mapped[name_str]  # RFC 5545 RRULE, '' for none
    reminded_at: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(String(20), default="manual", server_default="manual")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    deleted_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_followups_open_due", "done_at", "due_at"),
    )
