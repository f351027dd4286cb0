"""Run Alembic from code: the first start creates the schema, later starts upgrade it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS = Path(__file__).with_name("migrations")

# Called with the engine before any migration is applied (e.g. to take a backup).
before_migration_hooks: list[Callable[[Engine], None]] = []


def _config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_config()).get_heads())


def newest_revision_by_name() -> str | None:
    """The newest revision id read from the file names alone (``0009_daily_use.py`` ->
    "0009"), without importing Alembic (a quarter of a second at every start).

    The chain is linear and numbered (see docs): the highest number is the head. None when
    the folder does not look like that (then the caller asks Alembic)."""
    numbers = []
    for path in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"):
        numbers.append(path.name[:4])
    return max(numbers) if numbers else None


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def upgrade_pending(db_path: Path) -> bool:
    """True when this database file exists and was written by an older version (opening it
    will run migrations: seconds for a large file). Read without SQLAlchemy or Alembic."""
    import sqlite3

    from crm_desktop.storage.backup import connect

    if not db_path.is_file():
        return False
    try:
        with connect(db_path, read_only=True) as conn:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return False  # not ours to judge here: opening the file reports it
    newest = newest_revision_by_name()
    stored = [r[0] for r in rows]
    # numbered revisions compare as text ("0009" < "0010"); a newer file is not upgraded
    return newest is not None and len(stored) == 1 and str(stored[0]) < newest


def is_up_to_date(engine: Engine) -> bool:
    return current_revisions(engine) == head_revisions()


def upgrade(engine: Engine) -> list[str]:
    before = current_revisions(engine)
    if len(before) == 1 and before == {newest_revision_by_name()}:
        return []  # the usual start: already at the newest version
    from alembic import command

    heads = head_revisions()
    if before == heads:
        return []
    if before:
        for hook in before_migration_hooks:
            hook(engine)
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return sorted(heads - before)
