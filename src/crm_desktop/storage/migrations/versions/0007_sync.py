"""Spreadsheet sync links and per-row sync state

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=1000), nullable=False),
        sa.Column("kind", sa.String(length=20), server_default="contacts", nullable=False),
        sa.Column("auto_sync", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("file_hash", sa.String(length=64), server_default="", nullable=False),
        sa.Column("last_synced_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_links")),
        sa.UniqueConstraint("path", name=op.f("uq_sync_links_path")),
    )
    op.create_table(
        "sync_rows",
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.Column("field_hashes", sa.Text(), server_default="{}", nullable=False),
        sa.ForeignKeyConstraint(
            ["link_id"], ["sync_links.id"], name=op.f("fk_sync_rows_link_id_sync_links"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("link_id", "contact_id", name=op.f("pk_sync_rows")),
    )


def downgrade() -> None:
    op.drop_table("sync_rows")
    op.drop_table("sync_links")
