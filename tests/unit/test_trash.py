"""The trash service: list, restore with links, delete forever, purge."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select, text

from crm_desktop.services.changes import Change
from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage.models import Activity, Contact, Deal, FollowUp, Pipeline, Stage


def _deal(services, title: str, contact_id: int | None, company_id: int | None = None) -> int:
    with services.db.session() as s:
        pipeline = Pipeline(name="Sales")
        stage = Stage(name="New", pipeline=pipeline)
        s.add_all([pipeline, stage])
        s.flush()
        deal = Deal(title=title, pipeline_id=pipeline.id, stage_id=stage.id, contact_id=contact_id, company_id=company_id)
        s.add(deal)
        s.flush()
        return deal.id


def _followup(services, title: str, contact_id: int | None, deal_id: int | None = None) -> int:
    with services.db.session() as s:
        f = FollowUp(
            title=title, due_date=date(2026, 12, 1), due_at=datetime(2026, 12, 1, tzinfo=UTC),
            contact_id=contact_id, deal_id=deal_id,
        )
        s.add(f)
        s.flush()
        return f.id


def test_trash_lists_every_kind_and_restores_with_links(services):
    hub_changes: list[Change] = []
    services.hub.subscribe(hub_changes.append)
    anna = services.contacts.create(
        ContactInput(first_name="Anna", last_name="Müller", company="Bakery", tags=["vip"], emails=["anna@example.org"])
    )
    note = services.activities.add("note", body="Called about bread", contact_id=anna)
    deal = _deal(services, "Bread supply", anna)
    task = _followup(services, "Send offer", anna)
    company = services.contacts.get(anna).company_id

    services.contacts.delete([anna])
    services.companies.delete([company])
    services.trash.move_to_trash([("deal", deal), ("followup", task), ("activity", note)])
    items = services.trash.items()
    assert {(i.kind, i.name) for i in items} == {
        ("contact", "Anna Müller"), ("company", "Bakery"), ("deal", "Bread supply"),
        ("followup", "Send offer"), ("activity", "Called about bread"),
    }
    assert services.trash.count() == 5
    assert {(i.kind, i.detail, i.due) for i in items if i.kind in ("followup", "company")} == {
        ("followup", "", date(2026, 12, 1)), ("company", "", None)}  # the due date as data, not as text
    assert [i.due for i in services.trash.items("followup")] == [date(2026, 12, 1)]
    assert all(i.deleted_at.tzinfo for i in items)
    assert [i.kind for i in services.trash.items("deal")] == ["deal"]
    assert not services.contacts.ordered_ids(sort="rank", query="mull")

    restored = services.trash.restore(i.ref for i in items)
    assert restored == 5
    assert services.trash.items() == []
    detail = services.contacts.get(anna)
    assert detail.tags == ["vip"] and detail.company == "Bakery"
    assert services.contacts.ordered_ids(sort="rank", query="mull") == [anna]
    assert [a.id for a in services.activities.timeline(contact_id=anna)] == [note]
    with services.db.reader() as s:
        assert s.scalar(select(Deal.contact_id).where(Deal.id == deal)) == anna
    assert any(c.kind == "contact" and anna in c.created for c in hub_changes)


def test_delete_forever_keeps_what_belongs_to_someone_else(services):
    anna = services.contacts.create(ContactInput(first_name="Anna"))
    deal = _deal(services, "Big order", anna)
    own_note = services.activities.add("note", body="only Anna", contact_id=anna)
    shared = services.activities.add("note", body="about the deal", contact_id=anna, deal_id=deal)
    services.contacts.delete([anna])
    assert services.trash.delete_forever([("contact", anna)]) == 1
    with services.db.reader() as s:
        assert s.get(Contact, anna) is None
        assert s.get(Activity, own_note) is None
        kept = s.get(Activity, shared)
        assert kept is not None and kept.contact_id is None and kept.deal_id == deal
        assert s.scalar(select(Deal.contact_id).where(Deal.id == deal)) is None


def test_delete_forever_only_touches_trashed_records(services):
    anna = services.contacts.create(ContactInput(first_name="Anna"))
    assert services.trash.delete_forever([("contact", anna)]) == 0
    assert services.contacts.get(anna).first_name == "Anna"


def test_empty_trash_and_purge_old_items(services):
    ids = [services.contacts.create(ContactInput(first_name=f"P{i}")) for i in range(4)]
    services.contacts.delete(ids)
    with services.db.session() as s:
        s.execute(
            text("UPDATE contacts SET deleted_at = :old WHERE id IN (:a, :b)"),
            {"old": datetime.now(UTC) - timedelta(days=31), "a": ids[0], "b": ids[1]},
        )
    assert services.trash.purge() == 2
    assert {i.id for i in services.trash.items()} == set(ids[2:])
    assert services.trash.empty() == 2
    with services.db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
