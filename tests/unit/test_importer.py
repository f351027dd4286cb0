"""Duplicates, modes, dry run, one transaction, cancel and undo."""

import sqlite3

import import_samples as samples
import pytest

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.importer import DuplicateMode, ImportCancelled


def snapshot(db_path):
    """Every row of the user tables, to compare states exactly."""
    conn = sqlite3.connect(db_path)
    try:
        out = {}
        for table in ("contacts", "contact_emails", "contact_phones", "contact_tags", "companies", "tags"):
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in ("id", "version")]
            order = ", ".join(cols)
            out[table] = conn.execute(f"SELECT {order} FROM {table} ORDER BY {order}").fetchall()
        out["search"] = conn.execute("SELECT rowid, name, email, phone, other FROM search_fts ORDER BY rowid").fetchall()
        return out
    finally:
        conn.close()


def existing(services):
    a = services.contacts.create(ContactInput(first_name="Zoë", last_name="Dubois", emails=["zoe@atelier.example"],
                                              job_title="", city="Marseille", tags=["Old"]))
    b = services.contacts.create(ContactInput(first_name="Wang", last_name="Xiaoming", phones=["+971 50 123 4567"]))
    c = services.contacts.create(ContactInput(first_name="Kwame", last_name="Mensah", company="Gold Coast Traders",
                                              notes="Existing note"))
    return a, b, c


def prepared(services, path):
    table = services.importer.open(path)
    return table, services.importer.recognise(table)


def test_update_mode_fills_empty_fields_and_adds_values(services, tmp_path):
    a, b, _ = existing(services)
    table, mapping = prepared(services, samples.google_old(tmp_path / "g.csv"))
    summary = services.importer.run(table, mapping, DuplicateMode.UPDATE, backup=False)
    assert (summary.created, summary.updated, summary.merged) == (1, 2, 1)
    zoe = services.contacts.get(a)
    assert zoe.city == "Marseille"  # non-empty value kept
    assert zoe.job_title == "Gérante"  # empty value filled
    assert zoe.emails == ["zoe@atelier.example", "zoe.d@mail.example"]
    assert sorted(zoe.tags) == ["Clients", "Old", "VIP"]
    # matched by phone: the Arabic-named row carries the phone of contact b
    assert services.contacts.get(b).emails == ["m.ali@souk.example"]
    assert services.contacts.count() == 4


def test_matching_by_name_at_same_company(services, tmp_path):
    _, _, c = existing(services)
    table, mapping = prepared(services, samples.hubspot(tmp_path / "h.csv"))
    summary = services.importer.run(table, mapping, backup=False)
    assert summary.updated == 1 and summary.created == 0
    assert services.contacts.get(c).emails == ["kwame@gold.example"]
    assert services.contacts.get(c).notes == "Existing note"


def test_overwrite_skip_and_create_modes(services, tmp_path):
    a, _, _ = existing(services)
    table, mapping = prepared(services, samples.google_old(tmp_path / "g.csv"))
    skip = services.importer.dry_run(table, mapping, DuplicateMode.SKIP)
    assert (skip.created, skip.updated, skip.skipped) == (1, 0, 3)
    create = services.importer.dry_run(table, mapping, DuplicateMode.CREATE)
    assert create.created == 4
    services.importer.run(table, mapping, DuplicateMode.OVERWRITE, backup=False)
    assert services.contacts.get(a).city == "Paris"


def test_skip_mode_still_merges_repeats_of_the_files_own_rows_across_chunks(services, tmp_path, monkeypatch):
    from crm_desktop.services import import_feed

    monkeypatch.setattr(import_feed, "CHUNK", 2)
    a, _, _ = existing(services)
    rows = [["First Name", "Last Name", "E-mail Address", "Job Title"],
            ["Ann", "Lee", "ann@example.com", ""], ["Zoë", "Dubois", "zoe@atelier.example", "Owner"],
            ["Bo", "Ek", "bo@example.com", ""], ["Ann", "Lee", "ANN@example.com", "Buyer"]]
    table, mapping = prepared(services, samples.write_csv(tmp_path / "s.csv", rows))
    summary = services.importer.run(table, mapping, DuplicateMode.SKIP, backup=False)
    assert (summary.created, summary.skipped, summary.merged) == (2, 1, 1)
    assert services.contacts.get(a).job_title == ""  # the stored contact is left alone
    ann = services.contacts.ordered_ids(query="ann@example.com", sort="rank")
    assert len(ann) == 1 and services.contacts.get(ann[0]).job_title == "Buyer"  # the repeat filled the file's own


def test_dry_run_changes_nothing_and_predicts_the_real_run(services, tmp_path, app_paths):
    existing(services)
    table, mapping = prepared(services, samples.google_old(tmp_path / "g.csv"))
    before = snapshot(app_paths.database)
    dry = services.importer.dry_run(table, mapping)
    assert snapshot(app_paths.database) == before
    real = services.importer.run(table, mapping, backup=False)
    assert (dry.created, dry.updated, dry.merged, dry.problem_count) == (real.created, real.updated, real.merged, real.problem_count)


def test_reimporting_the_same_file_creates_nothing(services, tmp_path):
    table, mapping = prepared(services, samples.google_old(tmp_path / "g.csv"))
    services.importer.run(table, mapping, backup=False)
    again = services.importer.run(table, mapping, backup=False)
    assert (again.created, again.updated) == (0, 0) and again.unchanged == 4
    assert services.contacts.count() == 3


def test_undo_restores_the_exact_previous_state_after_a_restart(services, tmp_path, app_paths):
    from crm_desktop.services import build_services
    from crm_desktop.storage.engine import open_database

    existing(services)
    table, mapping = prepared(services, samples.google_old(tmp_path / "g.csv"))
    before = snapshot(app_paths.database)
    summary = services.importer.run(table, mapping, backup=False)
    assert snapshot(app_paths.database) != before
    services.db.close()
    reopened = build_services(open_database(app_paths.database))  # "after a restart"
    try:
        message = reopened.importer.undo(summary.batch_id)
        assert "Removed the 1 contact" in message and "put back 2 contacts" in message
        assert snapshot(app_paths.database) == before
        assert reopened.contacts.ordered_ids(sort="rank", query="Gérante") == []
        with pytest.raises(CrmError, match="already undone"):
            reopened.importer.undo(summary.batch_id)
        assert reopened.importer.batches()[0].undone_at is not None
    finally:
        reopened.db.close()


def test_cancel_rolls_everything_back(services, tmp_path, app_paths):
    existing(services)
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@x.example"] for i in range(5000)]
    path = samples.write_csv(tmp_path / "big.csv", rows)
    table, mapping = prepared(services, path)
    before = snapshot(app_paths.database)
    calls = []

    def progress(done, total, text):
        calls.append(done)

    with pytest.raises(ImportCancelled):
        services.importer.run(table, mapping, progress=progress, cancelled=lambda: bool(calls), backup=False)
    assert calls and snapshot(app_paths.database) == before
    assert services.importer.batches() == []


def test_an_error_midway_rolls_back(services, tmp_path, app_paths, monkeypatch):
    from crm_desktop.services import import_run as mod

    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@x.example"] for i in range(3000)]
    table, mapping = prepared(services, samples.write_csv(tmp_path / "big.csv", rows))
    before = snapshot(app_paths.database)
    original = mod.ImportRun._write
    calls = []

    def failing(self, *args):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return original(self, *args)

    monkeypatch.setattr(mod.ImportRun, "_write", failing)
    with pytest.raises(OSError):
        services.importer.run(table, mapping, backup=False)
    assert snapshot(app_paths.database) == before


def test_problem_rows_are_listed_with_reasons(services, tmp_path):
    path = samples.write_csv(tmp_path / "p.csv", [
        ["Name", "Email", "Phone", "Birthday"],
        ["Good Person", "good@x.example", "+44 20 7946 0018", "1980-01-01"],
        ["", "nobody@x.example", "", ""],
        ["Bad Email", "not-an-email", "call me", "yesterday-ish"],
        ["", "", "", ""],
    ])
    table, mapping = prepared(services, path)
    summary = services.importer.run(table, mapping, backup=False)
    assert summary.created == 2 and summary.empty == 1
    assert [(p.row, "no name" in p.reason) for p in summary.problems] == [(3, True)]
    assert {w.row for w in summary.warnings} == {4}
    bad = services.contacts.get(services.contacts.ordered_ids(query="Bad Email")[0])
    assert "not-an-email" in bad.notes and "call me" in bad.notes and "yesterday-ish" in bad.notes
    text = "\n".join(summary.lines())
    assert "row 3: there is no name" in text


def test_a_backup_is_taken_before_the_import(services, tmp_path, app_paths):
    existing(services)
    table, mapping = prepared(services, samples.hubspot(tmp_path / "h.csv"))
    summary = services.importer.run(table, mapping)
    conn = sqlite3.connect(summary.backup_path)
    try:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM contact_emails WHERE email_key = 'kwame@gold.example'").fetchone()[0] == 0
    finally:
        conn.close()
    assert summary.backup_path.startswith(str(app_paths.data_dir / "backups" / "crm-"))
    assert "import" in summary.backup_path.rsplit("/", 1)[-1]


def test_companies_are_created_once(services, tmp_path):
    services.companies  # noqa: B018
    rows = [["Name", "Company"], ["A One", "Café Lumière"], ["B Two", "CAFE LUMIERE"], ["C Three", "Other Co"]]
    table, mapping = prepared(services, samples.write_csv(tmp_path / "c.csv", rows))
    services.importer.run(table, mapping, backup=False)
    assert services.companies.count() == 2


def test_a_company_name_that_folds_longer_than_200_characters_keeps_its_people(services, tmp_path):
    long_name = "Straße " + "x" * 193  # 200 characters; "ss" makes its matching key longer
    rows = [["Name", "Company"], ["A One", long_name], ["B Two", long_name.upper()]]
    table, mapping = prepared(services, samples.write_csv(tmp_path / "c.csv", rows))
    services.importer.run(table, mapping, backup=False)
    assert services.companies.count() == 1
    conn = sqlite3.connect(services.db.path)
    try:
        assert conn.execute("SELECT count(*) FROM contacts WHERE company_id IS NOT NULL").fetchone() == (2,)
    finally:
        conn.close()


def _automerge(db_path):
    conn = sqlite3.connect(db_path)
    try:
        row = conn.execute("SELECT v FROM search_fts_config WHERE k = 'automerge'").fetchone()
        return 4 if row is None else row[0]  # 4: FTS5's default
    finally:
        conn.close()


def test_index_merging_is_paused_only_during_the_import(services, tmp_path, app_paths):
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@x.example"] for i in range(3000)]
    table, mapping = prepared(services, samples.write_csv(tmp_path / "big.csv", rows))
    with pytest.raises(ImportCancelled):
        services.importer.run(table, mapping, progress=lambda *a: None, cancelled=lambda: True, backup=False)
    assert _automerge(app_paths.database) == 4
    services.importer.run(table, mapping, backup=False)
    assert _automerge(app_paths.database) == 4
    services.contacts.create(ContactInput(first_name="Ottilie", last_name="Quark"))
    assert len(services.contacts.ordered_ids(sort="rank", query="Ottilie")) == 1
    assert len(services.contacts.ordered_ids(sort="rank", query="p2999@x.example")) == 1
