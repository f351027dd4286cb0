from sqlalchemy import inspect, text

from crm_desktop.storage import migrate
from crm_desktop.storage.engine import open_database


def test_first_start_creates_schema_through_migrations(tmp_path):
    db = open_database(tmp_path / "crm.sqlite3")
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert {"contacts", "companies", "activities", "tags", "deals", "followups", "search_fts"} <= tables
        assert migrate.current_revisions(db.engine) == migrate.head_revisions()
    assert db.migrate() == []  # second start: nothing to do


def test_every_connection_has_the_pragmas(tmp_path):
    db = open_database(tmp_path / "crm.sqlite3")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_migrations_downgrade_and_upgrade_again(tmp_path):
    from alembic import command

    db = open_database(tmp_path / "crm.sqlite3")
    cfg = migrate._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert migrate.current_revisions(db.engine) == set()
    db.migrate()
    assert migrate.is_up_to_date(db.engine)


def test_newest_revision_from_file_names_is_alembics_head():
    # The start-up check reads the head from the file names; it must agree with Alembic.
    assert {migrate.newest_revision_by_name()} == migrate.head_revisions()
    for path in (migrate.MIGRATIONS / "versions").glob("[0-9]*.py"):
        assert f'revision = "{path.name[:4]}"' in path.read_text(encoding="utf-8"), path.name


def test_an_older_database_is_still_upgraded(tmp_path):
    db = open_database(tmp_path / "crm.sqlite3")
    cfg = migrate._config()
    from alembic import command

    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    assert migrate.current_revisions(db.engine) == {"0008"}
    assert db.migrate() == [migrate.newest_revision_by_name()]
    assert migrate.is_up_to_date(db.engine)
    db.close()
