"""Indexes for the reports: activities by kind and time, contacts by creation time

Revision ID: 0005
Revises: 0004

Both are partial indexes over live rows (deleted_at IS NULL), so the reports count
activities per week and kind, and new contacts per month, from the index alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ALIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("activities") as batch_op:
        batch_op.create_index("ix_activities_kind_time", ["kind", "occurred_at"], unique=False,
                              sqlite_where=_ALIVE, postgresql_where=_ALIVE)
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.create_index("ix_contacts_created_alive", ["created_at"], unique=False,
                              sqlite_where=_ALIVE, postgresql_where=_ALIVE)


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_index("ix_contacts_created_alive")
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_index("ix_activities_kind_time")
