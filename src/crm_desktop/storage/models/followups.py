"""Follow-ups: tasks with a due date, optional time and recurrence."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Time, event, text
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
    # When it is due now: snoozed_until if snoozed, else due_at. Kept in step by the
    # listener below (ORM writes) and by the services' bulk updates; indexed for the view.
    remind_at: Mapped[datetime]
    recurrence: Mapped[name_str]  # RFC 5545 RRULE, '' for none
    reminded_at: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(String(20), default="manual", server_default="manual")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    deleted_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The "Done (recent)" group.
        Index(
            "ix_followups_done",
            "done_at",
            sqlite_where=text("done_at IS NOT NULL"),
            postgresql_where=text("done_at IS NOT NULL"),
        ),
        # The view's groups and pages: open follow-ups by when they are due (or snoozed to).
        Index(
            "ix_followups_open_remind",
            "remind_at",
            "id",
            sqlite_where=text("done_at IS NULL AND deleted_at IS NULL"),
            postgresql_where=text("done_at IS NULL AND deleted_at IS NULL"),
        ),
        # Reminders not shown yet, by when they fire.
        Index(
            "ix_followups_pending_reminder",
            "remind_at",
            sqlite_where=text("reminded_at IS NULL AND done_at IS NULL AND deleted_at IS NULL"),
            postgresql_where=text("reminded_at IS NULL AND done_at IS NULL AND deleted_at IS NULL"),
        ),
    )


@event.listens_for(FollowUp, "before_insert")
@event.listens_for(FollowUp, "before_update")
def _keep_remind_at(_mapper: object, _conn: object, target: FollowUp) -> None:
    target.remind_at = target.snoozed_until or target.due_at
