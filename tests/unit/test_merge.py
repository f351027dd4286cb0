"""Find duplicates, merge them, and undo the merge later (also from a freshly opened database)."""

from datetime import date

import pytest
from sqlalchemy import insert, text

from crm_desktop.services import build_services
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.merge import MergeError
from crm_desktop.storage.engine import open_database
from crm_desktop.storage.models import CustomField, CustomValue, Deal, FollowUp, Pipeline, Stage


def contact(services, first, last, **kw):
    return services.contacts.create(ContactInput(first_name=first, last_name=last, **kw))


def state(services, *ids):
    """Everything a merge may touch, as plain data."""
    with services.db.engine.connect() as conn:
        def q(sql, **p):
            return sorted(tuple(r) for r in conn.execute(text(sql), p))
        return {
            "contacts": q("SELECT id, first_name, last_name, job_title, company_id, birthday, city, notes, deleted_at"
                          " FROM contacts ORDER BY id"),
            "emails": q("SELECT id, contact_id, email, position FROM contact_emails"),
            "phones": q("SELECT id, contact_id, phone, position FROM contact_phones"),
            "tags": q("SELECT contact_id, tag_id FROM contact_tags"),
            "activities": q("SELECT id, contact_id, company_id FROM activities"),
            "deals": q("SELECT id, contact_id FROM deals"),
            "followups": q("SELECT id, contact_id FROM followups"),
            "custom": q("SELECT field_id, entity_id, value FROM custom_values"),
            "search": [services.contacts.ordered_ids(query=w, sort="rank") for w in ("lovelace", "byron", "0207")],
        }


@pytest.fixture
def pair(services):
    a = contact(services, "Ada", "Lovelace", emails=["ada@example.com"], phones=["+44 20 7946 0018"],
                company="Analytical Engines", tags=["vip"], city="")
    b = contact(services, "Ada", "Lovelace", emails=["ADA@example.com", "countess@example.com"],
                phones=["+44 7700 900123"], job_title="Countess", city="London", tags=["newsletter"],
                birthday=date(1815, 12, 10) if False else None)
    services.activities.add("call", "Talked about Byron's letters", contact_id=b)
    with services.db.session() as s:
        conn = s.connection()
        pid = conn.execute(insert(Pipeline).values(name="Sales")).inserted_primary_key[0]
        sid = conn.execute(insert(Stage).values(pipeline_id=pid, name="New")).inserted_primary_key[0]
        from datetime import UTC, datetime
        now = datetime.now(UTC)
        conn.execute(insert(Deal).values(title="Engine", pipeline_id=pid, stage_id=sid, contact_id=b,
                                         created_at=now, updated_at=now, version=1))
        conn.execute(insert(FollowUp).values(title="Call back", due_date=now.date(), due_at=now, remind_at=now, contact_id=b,
                                             created_at=now, updated_at=now, version=1))
        fid = conn.execute(insert(CustomField).values(entity="contact", key="size", label="Size", type="text")
                           ).inserted_primary_key[0]
        conn.execute(insert(CustomValue).values(field_id=fid, entity_id=b, value="XL"))
    return a, b


def test_finds_same_email_and_phone_and_similar_names(services, pair):
    a, b = pair
    c = contact(services, "Bob", "Builder", company="Analytical Engines")
    d = contact(services, "Bobb", "Builder", company="Analytical Engines")
    contact(services, "Carla", "Other", company="Analytical Engines")
    found = {p.key: p for p in services.duplicates.contacts()}
    assert (a, b) in found and any("same email" in r for r in found[(a, b)].reasons)
    assert (c, d) in found and found[(c, d)].reasons == ["very similar name at the same company"]
    assert len(found) == 2


def test_merge_keeps_everything_and_undo_restores_exactly(services, pair, app_paths):
    a, b = pair
    before = state(services)
    log_id = services.merges.merge("contact", a, b, take_other={"job_title"})
    merged = services.contacts.get(a)
    assert merged.job_title == "Countess" and merged.city == "London"  # chosen / filled from the other
    assert merged.emails == ["ada@example.com", "countess@example.com"]
    assert merged.phones == ["+44 20 7946 0018", "+44 7700 900123"]
    assert merged.tags == ["newsletter", "vip"]
    assert [x.body for x in services.activities.timeline(contact_id=a)] == ["Talked about Byron's letters"]
    assert services.contacts.ordered_ids() == [a]
    assert services.contacts.ordered_ids(query="byron", sort="rank") == [a]
    after = state(services)
    assert after["deals"] == [(1, a)] and after["followups"] == [(1, a)]
    assert (1, a, "XL") in after["custom"]

    services.db.close()  # undo later, after a restart
    again = build_services(open_database(app_paths.database))
    assert [e.id for e in again.merges.history()] == [log_id]
    again.merges.undo(log_id)
    assert state(again) == before
    with pytest.raises(MergeError):
        again.merges.undo(log_id)
    again.db.close()


def test_company_merge_moves_people(services):
    x = contact(services, "Ann", "A", company="Café Lumière")
    y = contact(services, "Ben", "B", company="Cafe Lumiere SARL")
    cx, cy = services.contacts.get(x).company_id, services.contacts.get(y).company_id
    log_id = services.merges.merge("company", cx, cy)
    assert services.contacts.get(y).company_id == cx
    assert services.companies.count() == 1
    services.merges.undo(log_id)
    assert services.contacts.get(y).company_id == cy
    assert services.companies.count() == 2


def test_cannot_merge_with_itself_or_trashed(services, pair):
    a, b = pair
    with pytest.raises(MergeError):
        services.merges.merge("contact", a, a)
    services.contacts.delete([b])
    with pytest.raises(MergeError):
        services.merges.merge("contact", a, b)


def test_existing_matches_warns_before_creating(services):
    from crm_desktop.services.duplicates import existing_matches

    a = contact(services, "Ada", "Lovelace", emails=["ada@example.com"], phones=["+33 6 12 34 56 78"])
    found = existing_matches(services.db, ["ADA@example.com"], [], "FR")
    assert found == [(a, "Ada Lovelace", "same email ada@example.com")]
    assert existing_matches(services.db, [], ["06 12 34 56 78"], "FR")[0][0] == a
    assert existing_matches(services.db, ["ada@example.com"], [], "FR", exclude_id=a) == []
