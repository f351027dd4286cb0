"""Alembic environment: always run from code with a connection handed in."""

from alembic import context

from crm_desktop.storage.models import Base

config = context.config
target_metadata = Base.metadata

connection = config.attributes.get("connection")
if connection is None:
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite:///crm.sqlite3"
    engine = create_engine(url)
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
