"""What makes a large import fast keeps its results exact: index rows written from the values
at hand, one undo record for the new ids, the collector leaving old objects alone."""

import sqlite3

import import_samples as samples
import pytest

from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage import search


def index_rows(db_path):
    """Every index row, each text column as its sorted words (the order of values joined
    from several rows, such as two emails, is not part of what is indexed)."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT rowid, name, email, phone, other, notes, kind, ref, contact, company, deal"
                            " FROM search_fts ORDER BY rowid").fetchall()
    finally:
        conn.close()
    return [(r[0], *(sorted(str(v).split()) for v in r[1:6]), *r[6:]) for r in rows]


@pytest.mark.parametrize("chunk", [2000, 2])  # 2: updates and new companies in later chunks
def test_new_contacts_are_indexed_as_a_rebuild_would(services, tmp_path, app_paths, monkeypatch, chunk):
    from crm_desktop.services import import_feed

    monkeypatch.setattr(import_feed, "CHUNK", chunk)
    services.contacts.create(ContactInput(first_name="Zoë", last_name="Dubois", emails=["zoe@atelier.example"],
                                          company="Atelier Lumière", tags=["Clients"]))
    path = samples.write_csv(tmp_path / "c.csv", [
        ["First Name", "Last Name", "Email", "Phone", "Company", "Job Title", "City", "Country", "Tags", "Notes"],
        ["Ann", "Lee", "ann@x.example; ann2@x.example", "+33 6 12 34 56 78 ::: +1 650 253 0000",
         "ATELIER lumiere", "Buyer", "Lyon", "France", "vip; clients; New tag", "Met at the fair"],
        ["Bob", "", "bob@x.example", "", "Brand New Co", "", "", "", "", ""],
        ["", "Solo", "", "0612345678", "", "", "Paris", "", "", "line one\nline two"],
        ["Ann", "Lee", "ann@x.example", "", "", "", "", "", "later", "More notes"],  # repeats row 2
        ["Zoe", "Dubois", "zoe@atelier.example", "", "", "", "Marseille", "", "", ""],  # an existing contact
    ])
    table = services.importer.open(path)
    summary = services.importer.run(table, services.importer.recognise(table), backup=False)
    assert (summary.created, summary.updated, summary.merged) == (3, 1, 1)
    imported = index_rows(app_paths.database)
    with services.db.engine.begin() as conn:
        search.reindex_all(conn)
    assert imported == index_rows(app_paths.database)
    with services.db.engine.connect() as conn:
        assert len(search.contact_ids(conn, "lumi")) == 2  # Zoë, and Ann at the same company
        assert len(search.contact_ids(conn, "new tag")) == 1


def _import_three(services, tmp_path):
    path = samples.write_csv(tmp_path / "three.csv", [["Name", "Email"], ["Ann Lee", "ann@x.example"],
                                                      ["Bob Roe", "bob@x.example"], ["Cy Poe", "cy@x.example"]])
    table = services.importer.open(path)
    return services.importer.run(table, services.importer.recognise(table), backup=False)


def test_new_contacts_are_recorded_as_one_id_range(services, tmp_path, app_paths):
    services.contacts.create(ContactInput(first_name="Old", last_name="One"))
    summary = _import_three(services, tmp_path)
    conn = sqlite3.connect(app_paths.database)
    try:
        items = conn.execute("SELECT kind, record_id, action, \"before\" FROM import_items WHERE batch_id = ?",
                             (summary.batch_id,)).fetchall()
    finally:
        conn.close()
    assert items == [("contact", 2, "created_range", "4")]
    assert "Removed the 3 contacts" in services.importer.undo(summary.batch_id)
    assert services.contacts.count() == 1


def test_batches_recorded_one_row_per_contact_are_still_undone(services, tmp_path, app_paths):
    """Imports made before the id ranges have one 'created' row per new contact."""
    summary = _import_three(services, tmp_path)
    conn = sqlite3.connect(app_paths.database)
    try:
        conn.execute("DELETE FROM import_items WHERE batch_id = ?", (summary.batch_id,))
        conn.executemany("INSERT INTO import_items (batch_id, kind, record_id, action) VALUES (?, 'contact', ?, 'created')",
                         [(summary.batch_id, i) for i in (1, 2, 3)])
        conn.commit()
    finally:
        conn.close()
    assert "Removed the 3 contacts" in services.importer.undo(summary.batch_id)
    assert services.contacts.count() == 0


def test_old_objects_are_set_aside_only_during_the_import(services, tmp_path):
    import gc

    seen = []
    path = samples.write_csv(tmp_path / "p.csv", [["Name"], ["Ann Lee"], ["Bob Roe"]])
    table = services.importer.open(path)
    services.importer.run(table, services.importer.recognise(table), backup=False,
                          progress=lambda done, total, text: seen.append(gc.get_freeze_count()))
    assert seen and all(count > 0 for count in seen)
    assert gc.get_freeze_count() == 0


def test_objects_frozen_by_someone_else_stay_frozen():
    import gc

    from crm_desktop.services.import_run import old_objects_left_alone

    gc.freeze()
    try:
        with old_objects_left_alone():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
