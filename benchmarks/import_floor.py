"""The import's statements alone: every SQL statement an import ran, with its values, replayed on
a fresh copy of the same database without any of the import's Python (reading, checking,
matching, building rows). What that takes is the most an import could gain from faster Python:
its floor, for as long as it writes what it writes now."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Statement = tuple[str, Any, bool]  # text, values, executemany


@contextmanager
def recorded() -> Iterator[list[Statement]]:
    """The statements run on any engine inside the block, in order."""
    from sqlalchemy import Engine, event

    statements: list[Statement] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool) -> None:
        statements.append((statement, parameters, many))

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(Engine, "before_cursor_execute", before)


def replay(db: Path, statements: list[Statement]) -> float:
    """Seconds to run ``statements`` in one transaction, commit included, on a connection set up
    as the app sets up its own (``storage.engine``)."""
    from crm_desktop.storage.engine import _on_connect

    conn = sqlite3.connect(db, isolation_level=None)
    try:
        _on_connect(conn, None)
        started = time.perf_counter()
        conn.execute("BEGIN")
        for statement, parameters, many in statements:
            if statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
                continue
            if many:
                conn.executemany(statement, parameters)
            else:
                conn.execute(statement, parameters or ()).fetchall()  # a look-up reads every row
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()
