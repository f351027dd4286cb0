"""Follow-ups and keep-in-touch cadence

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("all_day", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("priority", sa.String(length=10), server_default="normal", nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("remind_at", sa.DateTime(), nullable=False),
        sa.Column("recurrence", sa.String(length=200), server_default="", nullable=False),
        sa.Column("reminded_at", sa.DateTime(), nullable=True),
        sa.Column("source", sa.String(length=20), server_default="manual", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_followups_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_followups_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followups")),
    )
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followups_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_followups_deal_id"), ["deal_id"], unique=False)
    # Partial indexes (SQLite and PostgreSQL both support them).
    op.create_index(
        "ix_followups_done", "followups", ["done_at"],
        sqlite_where=sa.text("done_at IS NOT NULL"), postgresql_where=sa.text("done_at IS NOT NULL"),
    )
    op.create_index(
        "ix_followups_open_remind", "followups", ["remind_at", "id"],
        sqlite_where=sa.text("done_at IS NULL AND deleted_at IS NULL"),
        postgresql_where=sa.text("done_at IS NULL AND deleted_at IS NULL"),
    )
    op.create_index(
        "ix_followups_pending_reminder", "followups", ["remind_at"],
        sqlite_where=sa.text("reminded_at IS NULL AND done_at IS NULL AND deleted_at IS NULL"),
        postgresql_where=sa.text("reminded_at IS NULL AND done_at IS NULL AND deleted_at IS NULL"),
    )

    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("keep_in_touch_days", sa.Integer(), nullable=True))
    op.create_index(
        "ix_contacts_keep_in_touch", "contacts", ["keep_in_touch_days"],
        sqlite_where=sa.text("keep_in_touch_days IS NOT NULL"),
        postgresql_where=sa.text("keep_in_touch_days IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_keep_in_touch", table_name="contacts")
    op.drop_index("ix_followups_pending_reminder", table_name="followups")
    op.drop_index("ix_followups_open_remind", table_name="followups")
    op.drop_index("ix_followups_done", table_name="followups")
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_column("keep_in_touch_days")
    op.drop_table("followups")
