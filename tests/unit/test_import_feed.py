"""Big files are read and prepared in a second process: same rows, same import, errors and
Cancel handled, the process never left behind."""

from __future__ import annotations

import sqlite3

import import_samples
import pytest
from test_importer import existing, snapshot

from crm_desktop.domain.errors import CrmError
from crm_desktop.exchange.limits import FileRefused
from crm_desktop.exchange.mapping import recognise
from crm_desktop.exchange.readers import open_table
from crm_desktop.services import import_feed
from crm_desktop.services.importer import ImportCancelled

pytestmark = pytest.mark.slow  # each test starts a process (about a second)


@pytest.fixture
def second_process(monkeypatch):
    """Every file goes through a second process, after a head start of one row here; the
    processes started are collected."""
    started = []
    real_start = import_feed.SecondProcess.start

    def start(*args):
        result = real_start(*args)
        assert result is not None, "the second process could not start"
        started.append(result.process)
        return result

    monkeypatch.setattr(import_feed, "SECOND_PROCESS_FROM", 0)
    monkeypatch.setattr(import_feed, "HEAD_START", 1)
    monkeypatch.setattr(import_feed.SecondProcess, "start", start)
    return started


def _rows(table, mapping, region="FR"):
    return [pair for chunk in import_feed.chunks(table, mapping, region) for pair in chunk]


@pytest.mark.parametrize("sample", ["google_old", "excel_unicode_text", "workbook_with_title_rows", "apple_vcard"])
def test_the_second_process_gives_the_rows_prepared_here(tmp_path, second_process, sample):
    table = open_table(getattr(import_samples, sample)(tmp_path / f"{sample}.file"))
    mapping = recognise(table.headers)
    mapping.unmapped_to_notes = True
    expected = [pair for chunk in import_feed.prepared_here(table.open_rows, mapping, "FR") for pair in chunk]
    assert len(expected) > 1  # more than the head start (for a file read as a stream)
    assert _rows(table, mapping) == expected
    assert len(second_process) == 1 and not second_process[0].is_alive()


@pytest.mark.parametrize(("sample", "here"), [("google_old", [1]), ("workbook_with_title_rows", [])])
def test_only_a_file_read_as_a_stream_gets_a_head_start_here(tmp_path, second_process, monkeypatch, sample, here):
    """A spreadsheet is read whole before its first row: reading it here too would do that twice."""
    stops = []
    real = import_feed.prepared_here

    def prepared_here(*args, stop=None, **kwargs):
        stops.append(stop)
        return real(*args, stop=stop, **kwargs)

    monkeypatch.setattr(import_feed, "prepared_here", prepared_here)
    table = open_table(getattr(import_samples, sample)(tmp_path / f"{sample}.file"))
    mapping = recognise(table.headers)
    assert _rows(table, mapping) == [pair for chunk in real(table.open_rows, mapping, "FR") for pair in chunk]
    assert stops == here and len(second_process) == 1


def _people(path, count=40):
    rows = [["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company", "Categories"]]
    for i in range(count):
        # every seventh row repeats an earlier one; two rows match contacts already stored
        n = i - 5 if i % 7 == 6 else i
        rows.append([f"Ann{n}", f"Müller{n}", f"ann{n}@example.com", f"+33 6 12 34 {n:02d} 00", "Atelier", "vip;new"])
    rows.append(["Zoé", "Dubois", "ZOE@atelier.example", "", "", "Imported"])
    rows.append(["Kwame", "Mensah", "", "", "Gold Coast Traders", ""])
    import_samples.write_csv(path, rows)
    return path


def _stored(db_path):
    """Every row of the contact tables, without the times they were written (and tags by name:
    their ids follow the order chunks meet them in)."""
    conn = sqlite3.connect(db_path)
    try:
        out = {"tags": conn.execute("SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
                                    " ORDER BY 1, 2").fetchall()}
        for table in ("contacts", "contact_emails", "contact_phones", "companies"):
            cols = ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({table})") if not r[1].endswith("_at"))
            out[table] = conn.execute(f"SELECT {cols} FROM {table} ORDER BY {cols}").fetchall()
        out["search"] = conn.execute("SELECT rowid, * FROM search_fts ORDER BY rowid").fetchall()
        return out
    finally:
        conn.close()


def test_an_import_through_the_second_process_equals_one_prepared_here(tmp_path, services, second_process,
                                                                       monkeypatch):
    from crm_desktop.services import build_services
    from crm_desktop.storage.engine import open_database

    path = _people(tmp_path / "people.csv")
    existing(services)
    here = build_services(open_database(tmp_path / "here.sqlite3"))
    existing(here)
    try:
        table = services.importer.open(path)
        through = services.importer.run(table, services.importer.recognise(table), backup=False)
        assert len(second_process) == 1
        monkeypatch.setattr(import_feed, "SECOND_PROCESS_FROM", 10**12)
        table = here.importer.open(path)
        local = here.importer.run(table, here.importer.recognise(table), backup=False)
        assert len(second_process) == 1  # this one was prepared here
        counts = (through.rows_read, through.created, through.updated, through.unchanged, through.merged)
        assert counts == (local.rows_read, local.created, local.updated, local.unchanged, local.merged)
        assert counts == (42, 35, 1, 1, 5)  # Zoé gets a tag; Kwame has nothing new
        assert _stored(services.db.path) == _stored(tmp_path / "here.sqlite3")
    finally:
        here.db.close()


def test_cancel_stops_the_second_process_and_changes_nothing(tmp_path, services, second_process):
    path = _people(tmp_path / "people.csv", count=6000)
    before = snapshot(services.db.path)
    table = services.importer.open(path)
    mapping = services.importer.recognise(table)
    seen = []
    with pytest.raises(ImportCancelled):
        services.importer.run(table, mapping, progress=lambda done, *_: seen.append(done),
                              cancelled=lambda: len(seen) >= 2, backup=False)
    assert seen[:2] == [1, 2001]
    assert not second_process[0].is_alive()
    assert snapshot(services.db.path) == before


def test_a_reader_that_stops_midway_is_a_plain_error_and_nothing_changes(tmp_path, services, second_process):
    path = _people(tmp_path / "people.csv", count=6000)
    before = snapshot(services.db.path)
    table = services.importer.open(path)
    mapping = services.importer.recognise(table)

    def stop_it(done, *_):
        second_process[0].kill()

    with pytest.raises(CrmError, match="stopped unexpectedly"):
        services.importer.run(table, mapping, progress=stop_it, backup=False)
    assert snapshot(services.db.path) == before


def test_an_error_in_the_second_process_reaches_the_import_as_it_was(tmp_path, services, second_process):
    path = tmp_path / "people.csv"
    rows = [["First Name", "Last Name", "Notes"]] + [[f"Ann{i}", "Müller", ""] for i in range(3000)]
    rows[2500][2] = "x" * (2 * 1024 * 1024)  # one cell over the limit, read by the second process
    import_samples.write_csv(path, rows)
    table = services.importer.open(path)
    mapping = services.importer.recognise(table)
    with pytest.raises(FileRefused) as refused:
        services.importer.run(table, mapping, backup=False)
    assert refused.value.args[0].template  # still the translatable text the window shows
    assert "line 2501" in str(refused.value)
    conn = sqlite3.connect(services.db.path)
    try:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (0,)
    finally:
        conn.close()


_ABANDONING_IMPORT = """
import sys
from pathlib import Path
from crm_desktop.exchange.mapping import recognise
from crm_desktop.exchange.readers import open_table
from crm_desktop.services import import_feed

if __name__ == "__main__":
    table = open_table(Path(sys.argv[1]))
    second = import_feed.SecondProcess.start(table.open_rows, recognise(table.headers), "", 0)
    print(second.process.pid, flush=True)
    sys.stdin.read()  # reads nothing from the queue until it is killed
"""


def test_the_second_process_ends_when_the_import_is_killed(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    path = _people(tmp_path / "people.csv", count=30_000)  # more than the queue holds
    script = tmp_path / "abandon.py"
    script.write_text(_ABANDONING_IMPORT, encoding="utf-8")
    importing = subprocess.Popen([sys.executable, str(script), str(path)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
    try:
        reader = int(importing.stdout.readline())
        time.sleep(1.0)
        os.kill(reader, 0)  # it is there, waiting for room in the queue
        importing.send_signal(signal.SIGKILL)
        importing.wait(10)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                os.kill(reader, 0)
            except ProcessLookupError:
                return
            try:
                with open(f"/proc/{reader}/stat") as stat:  # an ended child of a killed parent is reaped by init
                    if stat.read().split()[2] == "Z":
                        return
            except FileNotFoundError:  # reaped between the two looks
                return
            time.sleep(0.2)
        os.kill(reader, signal.SIGKILL)
        raise AssertionError("the reader process kept running after the import was killed")
    finally:
        if importing.poll() is None:
            importing.kill()
