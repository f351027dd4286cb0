import csv
import io
import json

import openpyxl
import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from crm_desktop import cli
from crm_desktop.exchange import atomic
from crm_desktop.exchange.sheet import SheetError
from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage.models import Contact, SyncRow
from exchange_helpers import add_contacts


def read_csv(path):
    return list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)


def row_of(rows, contact_id):
    return next(r for r in rows[1:] if r[0] == str(contact_id))


def col(rows, header):
    return rows[0].index(header)


def edit_contact(services, contact_id, **changes):
    data = services.contacts.get(contact_id).to_input()
    for key, value in changes.items():
        setattr(data, key, value)
    services.contacts.update(contact_id, data)


@pytest.fixture
def linked(services, tmp_path):
    ids = add_contacts(services)
    path = tmp_path / "contacts.csv"
    first = services.sync.sync(path)
    assert first.added_to_sheet == 3 and first.sheet_written
    return ids, path


def test_first_sync_creates_the_sheet_and_second_changes_nothing(services, linked):
    ids, path = linked
    rows = read_csv(path)
    assert [r[0] for r in rows[1:]] == [str(i) for i in ids]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    before = path.read_bytes()
    again = services.sync.sync(path)
    assert not again.sheet_written and not again.needs_attention
    assert "already in step" in again.summary()
    assert path.read_bytes() == before


def test_edits_on_each_side_reach_the_other(services, linked):
    (a, b, c), path = linked
    rows = read_csv(path)
    row_of(rows, a)[col(rows, "City")] = "Basel"
    row_of(rows, b)[col(rows, "Job title")] = "Countess"
    write_csv(path, rows)
    edit_contact(services, c, city="Ōsaka", notes="=not a formula")

    result = services.sync.sync(path)
    assert sorted(result.updated_in_crm) == [a, b] and result.updated_in_sheet == 1
    assert not result.conflicts
    assert services.contacts.get(a).city == "Basel"
    assert services.contacts.get(b).job_title == "Countess"
    rows = read_csv(path)
    assert row_of(rows, c)[col(rows, "City")] == "Ōsaka"
    assert row_of(rows, c)[col(rows, "Notes")] == "'=not a formula"
    assert not services.sync.sync(path).sheet_written


def test_same_field_changed_on_both_sides_is_a_conflict_left_untouched(services, linked):
    (a, b, _c), path = linked
    rows = read_csv(path)
    row_of(rows, a)[col(rows, "City")] = "Bern"
    row_of(rows, a)[col(rows, "Country")] = "CH"  # only the sheet changed this one
    row_of(rows, b)[col(rows, "City")] = "Paris"  # both sides change to the same value
    write_csv(path, rows)
    edit_contact(services, a, city="Genève")
    edit_contact(services, b, city="Paris")

    result = services.sync.sync(path)
    assert [(c.contact_id, c.field, c.crm_value, c.sheet_value) for c in result.conflicts] == [
        (a, "city", "Genève", "Bern")
    ]
    assert result.needs_attention
    assert services.contacts.get(a).city == "Genève"  # untouched in the CRM
    assert services.contacts.get(a).country == "CH"  # the rest of the row merged
    assert row_of(read_csv(path), a)[col(rows, "City")] == "Bern"  # untouched in the sheet
    # still a conflict on the next sync, until the user chooses
    assert len(services.sync.sync(path).conflicts) == 1

    chosen = services.sync.sync(path, resolutions={(a, "city"): "Bern"})
    assert not chosen.conflicts
    assert services.contacts.get(a).city == "Bern"
    assert not services.sync.sync(path).needs_attention


def test_conflict_resolved_with_the_crm_value_updates_the_sheet(services, linked):
    (a, _b, _c), path = linked
    rows = read_csv(path)
    row_of(rows, a)[col(rows, "Last name")] = "Mueller"
    write_csv(path, rows)
    edit_contact(services, a, last_name="Müller")
    assert len(services.sync.sync(path).conflicts) == 1
    services.sync.sync(path, resolutions={(a, "last_name"): "Müller"})
    assert row_of(read_csv(path), a)[col(rows, "Last name")] == "Müller"
    assert services.contacts.get(a).last_name == "Müller"


def test_additions_both_ways_and_ids_written_back(services, linked):
    (_a, _b, _c), path = linked
    rows = read_csv(path)
    new = [""] * len(rows[0])
    new[col(rows, "First name")], new[col(rows, "Email")] = "Grace", "grace@example.com"
    new[col(rows, "Phone")] = "'+1 202 555 0199"
    new[col(rows, "Tags")] = "navy; vip"
    rows.append(new)
    write_csv(path, rows)
    added_in_crm = services.contacts.create(ContactInput(first_name="Linus", emails=["linus@example.com"]))

    result = services.sync.sync(path)
    assert len(result.created_in_crm) == 1 and result.added_to_sheet == 1
    grace = services.contacts.get(result.created_in_crm[0])
    assert grace.first_name == "Grace" and grace.phones == ["+1 202 555 0199"] and grace.tags == ["navy", "vip"]
    rows = read_csv(path)
    assert row_of(rows, grace.id)[col(rows, "First name")] == "Grace"
    assert row_of(rows, added_in_crm)[col(rows, "Email")] == "linus@example.com"
    again = services.sync.sync(path)
    assert not again.sheet_written and not again.created_in_crm


def test_rows_deleted_from_the_sheet_are_only_trashed_after_confirmation(services, linked):
    (a, b, _c), path = linked
    rows = read_csv(path)
    write_csv(path, [r for r in rows if r[0] != str(b)])

    result = services.sync.sync(path)
    assert [d.contact_id for d in result.pending_deletions] == [b]
    assert services.contacts.get(b)  # still there
    assert str(b) not in [r[0] for r in read_csv(path)]  # and not put back in the sheet

    confirmed = services.sync.sync(path, delete_ids=[b])
    assert confirmed.deleted_in_crm == [b]
    with services.db.reader() as s:
        assert s.scalar(select(Contact.deleted_at).where(Contact.id == b)) is not None  # in the trash
    assert not services.sync.sync(path).needs_attention
    services.contacts.restore([b])  # restored from the trash: a new contact for the sheet
    assert services.sync.sync(path).added_to_sheet == 1


def test_contact_trashed_in_the_crm_leaves_the_sheet(services, linked):
    (a, _b, _c), path = linked
    services.contacts.delete([a])
    result = services.sync.sync(path)
    assert result.removed_from_sheet == 1
    assert str(a) not in [r[0] for r in read_csv(path)]


def _state(services, path):
    with services.db.reader() as s:
        names = s.execute(select(Contact.id, Contact.city, Contact.deleted_at).order_by(Contact.id)).all()
        state = s.execute(select(SyncRow.contact_id, SyncRow.field_hashes).order_by(SyncRow.contact_id)).all()
        count = s.scalar(select(func.count()).select_from(Contact))
    return names, state, count, path.read_bytes()


def _edit_both_sides(services, path, ids):
    rows = read_csv(path)
    row_of(rows, ids[0])[col(rows, "City")] = "Basel"
    new = [""] * len(rows[0])
    new[col(rows, "First name")] = "Grace"
    rows.append(new)
    write_csv(path, rows)
    edit_contact(services, ids[1], city="Bath")


def test_sheet_that_cannot_be_replaced_leaves_both_sides_unchanged(services, linked, monkeypatch):
    ids, path = linked
    _edit_both_sides(services, path, ids)
    before = _state(services, path)

    def locked(src, dst):
        raise PermissionError(13, "The file is open in Excel")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(atomic.FileWriteError, match="open in another program"):
        services.sync.sync(path)
    assert _state(services, path) == before
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == ["contacts.csv"]
    monkeypatch.undo()
    result = services.sync.sync(path)  # works once the file is free again
    assert result.updated_in_crm == [ids[0]] and len(result.created_in_crm) == 1


def test_failure_while_writing_the_sheet_leaves_both_sides_unchanged(services, linked, monkeypatch):
    from crm_desktop.services import sync as sync_module

    ids, path = linked
    _edit_both_sides(services, path, ids)
    before = _state(services, path)

    def disk_full(sheet, rows, temp):
        temp.write_text("half a fi")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sync_module, "write_sheet", disk_full)
    with pytest.raises(atomic.FileWriteError, match="disk is full"):
        services.sync.sync(path)
    assert _state(services, path) == before
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == ["contacts.csv"]


def test_failed_commit_puts_the_old_sheet_back(services, linked):
    ids, path = linked
    _edit_both_sides(services, path, ids)
    before = _state(services, path)

    def fail(session):
        raise RuntimeError("database is locked")

    event.listen(Session, "before_commit", fail)
    try:
        with pytest.raises(RuntimeError):
            services.sync.sync(path)
    finally:
        event.remove(Session, "before_commit", fail)
    assert _state(services, path) == before


def test_sheet_changed_during_sync_is_not_overwritten(services, linked, monkeypatch):
    from crm_desktop.services import sync as sync_module

    ids, path = linked
    _edit_both_sides(services, path, ids)
    real = sync_module.write_sheet

    def meanwhile(sheet, rows, temp):
        real(sheet, rows, temp)
        path.write_bytes(path.read_bytes() + b"x,y\r\n")  # the user saved in Excel just now

    monkeypatch.setattr(sync_module, "write_sheet", meanwhile)
    with pytest.raises(SheetError, match="changed while syncing"):
        services.sync.sync(path)
    assert path.read_bytes().endswith(b"x,y\r\n")
    assert services.contacts.get(ids[0]).city != "Basel"


def test_bad_rows_are_reported_and_the_rest_is_synced(services, linked):
    (a, b, _c), path = linked
    rows = read_csv(path)
    row_of(rows, a)[col(rows, "Email")] = "not an email"
    row_of(rows, b)[col(rows, "City")] = "Oxford"
    new = [""] * len(rows[0])
    new[col(rows, "Last name")], new[col(rows, "Birthday")] = "Hopper", "next tuesday"
    rows.append(new)
    write_csv(path, rows)
    result = services.sync.sync(path)
    assert result.updated_in_crm == [b] and not result.created_in_crm
    assert len(result.errors) == 2 and result.needs_attention
    assert "valid email" in result.errors[0] and "YYYY-MM-DD" in result.errors[1]
    rows = read_csv(path)
    assert row_of(rows, a)[col(rows, "Email")] == "not an email"
    assert rows[-1][col(rows, "Last name")] == "Hopper" and rows[-1][0] == ""


def test_xlsx_sheet_with_an_extra_column_and_typed_cells(services, tmp_path):
    ids = add_contacts(services)
    path = tmp_path / "list.xlsx"
    services.sync.sync(path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    header = [c.value for c in ws[1]]
    ws.cell(1, len(header) + 1, "My remarks")
    ws.cell(2, len(header) + 1, 42)
    ws.cell(2, header.index("City") + 1, "Lugano")
    formula_like = ws.cell(3, header.index("Job title") + 1, "=1+1 is text")
    formula_like.data_type = "s"  # what Excel stores when the user types '=1+1 is text
    new_row = ws.max_row + 1
    ws.cell(new_row, header.index("First name") + 1, "Hedy")
    ws.cell(new_row, header.index("Postal code") + 1, 1010)  # a number cell
    wb.save(path)

    result = services.sync.sync(path)
    assert result.updated_in_crm == ids[:2] and len(result.created_in_crm) == 1
    assert services.contacts.get(ids[0]).city == "Lugano"
    assert services.contacts.get(ids[1]).job_title == "=1+1 is text"
    hedy = services.contacts.get(result.created_in_crm[0])
    assert hedy.postal_code == "1010"
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    assert header[-1] == "My remarks" and ws.cell(2, len(header)).value == 42
    assert ws.cell(ws.max_row, 1).value == hedy.id and ws.cell(ws.max_row, 1).data_type == "n"
    assert ws.cell(2, header.index("Birthday") + 1).is_date
    assert ws.cell(3, header.index("Job title") + 1).data_type == "s"
    assert not services.sync.sync(path).needs_attention


def test_sheet_without_name_columns_is_refused(services, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("Product,Price\r\nTea,3\r\n")
    with pytest.raises(SheetError, match="no “First name”"):
        services.sync.sync(path)


def test_state_is_stored_per_link_as_field_hashes(services, linked, tmp_path):
    ids, path = linked
    services.sync.sync(tmp_path / "second.csv")
    links = services.sync.links()
    assert [link.rows for link in links] == [3, 3]
    with services.db.reader() as s:
        hashes = json.loads(s.scalar(select(SyncRow.field_hashes).where(SyncRow.contact_id == ids[0])))
    assert "city" in hashes and len(hashes["city"]) == 16
    services.sync.unlink(links[1].id)
    assert len(services.sync.links()) == 1


def test_cli_sync_reports_conflicts_and_deletes_only_with_yes(services, linked, app_paths, capsys):
    (a, b, _c), path = linked
    rows = read_csv(path)
    row_of(rows, a)[col(rows, "City")] = "Bern"
    write_csv(path, [r for r in rows if r[0] != str(b)])
    edit_contact(services, a, city="Genève")
    args = ["sync", str(path), "--data-dir", str(app_paths.data_dir)]
    assert cli.main(args) == 1
    out = capsys.readouterr().out
    assert "conflict, row 2" in out and "City: CRM “Genève” / sheet “Bern”" in out
    assert "--yes-delete" in out
    assert services.contacts.get(b)
    assert cli.main([*args, "--yes-delete"]) == 1  # the conflict is still there
    with pytest.raises(Exception, match="no longer exists"):
        services.contacts.get(b)


def test_migration_matches_the_models(services):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from crm_desktop.storage.models import Base

    with services.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if "sync_" in repr(d)] == []
