"""Opening the SQLite file: pragmas on every connection, sessions, migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.domain.text import fold

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # 8 MB of page cache per connection (there are several: the GUI thread and the workers).
    # At 32 MB they held 25 MB more after visiting every view of a 100,000-contact database,
    # for no measurable speed: a miss is served from the operating system's file cache.
    cur.execute("PRAGMA cache_size=-8000")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()
    # crm_fold(text): lower-case without accents, for case- and accent-insensitive filters.
    dbapi_conn.create_function("crm_fold", 1, fold, deterministic=True)


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        URL.create("sqlite", database=str(path)),  # not parsed: a folder may be named "#1?"
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        pool_size=4,
        max_overflow=8,
    )
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """One SQLite file: the engine, a session factory, and schema upgrades."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(self.path)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits when the block ends normally, rolls back on error."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only session (nothing is committed)."""
        with self.sessions() as session:
            yield session

    def migrate(self) -> list[str]:
        """Bring the schema to the newest version. Returns the revisions applied."""
        from crm_desktop.storage.migrate import upgrade

        return upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, migrate: bool = True) -> Database:
    db = Database(path)
    if migrate:
        db.migrate()
    return db
