"""Partial indexes over deleted rows for the Trash view

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("contacts", "companies", "deals", "followups", "activities")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.create_index(
                f"ix_{table}_trashed", ["deleted_at"], unique=False, sqlite_where=sa.text("deleted_at IS NOT NULL")
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(f"ix_{table}_trashed")
