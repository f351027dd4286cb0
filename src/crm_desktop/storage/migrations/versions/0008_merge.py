"""Merge log, so merges of duplicates can be undone after a restart

Revision ID: 0008_merge
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_merge"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_log")),
    )


def downgrade() -> None:
    op.drop_table("merge_log")
