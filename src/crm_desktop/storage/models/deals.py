"""Pipelines, stages, deals and their stage history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.storage.base import Base, created_ts, intpk, text_str, updated_ts
from crm_desktop.storage.models.core import Tag

deal_tags = Table(
    "deal_tags",
    Base.metadata,
    Column("deal_id", ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Pipeline(Base):
    __tablename__ = "pipelines"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    archived_at: Mapped[datetime | None]
    created_at: Mapped[created_ts]

    stages: Mapped[list[Stage]] = relationship(
        order_by="Stage.position", cascade="all, delete-orphan", back_populates="pipeline"
    )


class Stage(Base):
    __tablename__ = "stages"

    id: Mapped[intpk]
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    probability: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    rotting_days: Mapped[int | None] = mapped_column(Integer)

    pipeline: Mapped[Pipeline] = relationship(back_populates="stages")
    __table_args__ = (Index("ix_stages_pipeline", "pipeline_id", "position"),)


class Deal(Base):
    __tablename__ = "deals"

    id: Mapped[intpk]
    title: Mapped[str] = mapped_column(String(300))
    value_minor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    currency: Mapped[str] = mapped_column(String(3), default="EUR", server_default="EUR")
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id"))
    status: Mapped[str] = mapped_column(String(10), default="open", server_default="open")
    lost_reason: Mapped[text_str]
    expected_close: Mapped[date | None] = mapped_column(Date)
    probability_override: Mapped[int | None] = mapped_column(Integer)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"), index=True)
    notes: Mapped[text_str]
    position: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    closed_at: Mapped[datetime | None]  # when it was won or lost
    stage_changed_at: Mapped[datetime | None]
    last_activity_at: Mapped[datetime | None]
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    deleted_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    tags: Mapped[list[Tag]] = relationship(secondary=deal_tags, order_by=Tag.name)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index(
            "ix_deals_board",
            "pipeline_id",
            "status",
            "stage_id",
            "position",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index("ix_deals_closed", "status", "closed_at"),
    )


class StageHistory(Base):
    __tablename__ = "stage_history"

    id: Mapped[intpk]
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id"))
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="SET NULL"))
    stage_name: Mapped[str] = mapped_column(String(200), default="", server_default="")  # kept if the stage is deleted
    entered_at: Mapped[datetime]
    left_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_stage_history_deal", "deal_id", "entered_at"),)
