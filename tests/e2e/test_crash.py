"""Crash test: a writer is killed with SIGKILL at random moments, again and again.

Each time: the database opens, integrity_check and foreign_key_check are clean, every
import batch is either fully there or not at all, and every create/edit the child reported
as returned (fsynced to its report file before the kill) is present.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_desktop.storage import backup as store
from crm_desktop.storage.engine import open_database

CHILD = Path(__file__).with_name("crash_child.py")
RUNS = 20


def _reported(report: Path) -> list[str]:
    raw = report.read_text(encoding="utf-8")
    lines = raw.split("\n")
    return lines[:-1]  # the last piece has no newline: it may be half written


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_that_returned(tmp_path):
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs SIGKILL")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    rng = random.Random(8)
    env = dict(os.environ)
    batches_seen = creates_seen = edits_seen = 0
    for run in range(RUNS):
        report = tmp_path / f"report-{run}.txt"
        report.touch()
        child = subprocess.Popen([sys.executable, str(CHILD), str(data_dir), str(report), str(run)], env=env)
        try:
            deadline = time.monotonic() + 60
            while "ready" not in report.read_text(encoding="utf-8"):
                assert child.poll() is None, f"the child stopped by itself (exit {child.returncode})"
                assert time.monotonic() < deadline, "the child did not start"
                time.sleep(0.02)
            time.sleep(rng.uniform(0.05, 1.2))
            child.send_signal(signal.SIGKILL)
            child.wait(30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == -signal.SIGKILL, "the child must die by the kill, not by an error"

        db_path = data_dir / "crm.sqlite3"
        assert store.full_check(db_path) == [], f"run {run}: the database is damaged"
        db = open_database(db_path)
        try:
            with db.reader() as s:
                conn = s.connection()
                sizes = dict(
                    conn.execute(
                        text("SELECT source, count(*) FROM contacts WHERE source LIKE 'batch-%' GROUP BY source")
                    ).all()
                )
                assert set(sizes.values()) <= {400}, f"run {run}: a partial import: {sizes}"
                notes = dict(conn.execute(text("SELECT id, notes FROM contacts")).all())
            last_edit: dict[int, str] = {}
            for line in _reported(report):
                kind, _, rest = line.partition(" ")
                if kind == "batch":
                    assert sizes.get(rest) == 400, f"run {run}: import {rest} returned but is missing"
                    batches_seen += 1
                elif kind == "create":
                    assert int(rest) in notes, f"run {run}: contact {rest} returned but is missing"
                    creates_seen += 1
                elif kind == "edit":
                    ident, marker = rest.split()
                    last_edit[int(ident)] = marker
                    edits_seen += 1
            for ident, marker in last_edit.items():
                # the reported edit, or a later one that committed just before the kill
                assert notes[ident] >= marker, f"run {run}: edit {marker} of {ident} was lost"
        finally:
            db.close()
    assert batches_seen and creates_seen and edits_seen  # every kind of work was exercised
