from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, update

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.saved_views import Condition, ViewSpec
from crm_desktop.storage.models import Contact, Deal, FollowUp, Pipeline, Stage


@pytest.fixture
def people(services):
    mk = services.contacts.create
    ids = {
        "ada": mk(ContactInput(first_name="Ada", last_name="Lovelace", city="London", tags=["VIP"],
                               emails=["ada@example.com"], company="Engines")),
        "bob": mk(ContactInput(first_name="Bob", last_name="Builder", city="Lyon", tags=["supplier"])),
        "cem": mk(ContactInput(first_name="Cem", last_name="Yılmaz", city="İzmir", tags=["VIP", "supplier"])),
    }
    now = datetime.now(UTC)
    with services.db.session() as s:
        conn = s.connection()
        conn.execute(update(Contact).where(Contact.id == ids["ada"]).values(last_activity_at=now - timedelta(days=3)))
        conn.execute(update(Contact).where(Contact.id == ids["bob"]).values(last_activity_at=now - timedelta(days=90)))
        pid = conn.execute(insert(Pipeline).values(name="Sales", created_at=now)).inserted_primary_key[0]
        sid = conn.execute(insert(Stage).values(pipeline_id=pid, name="New")).inserted_primary_key[0]
        conn.execute(insert(Deal).values(title="Engine", pipeline_id=pid, stage_id=sid, contact_id=ids["ada"],
                                         status="open", created_at=now, updated_at=now, version=1))
        conn.execute(insert(FollowUp).values(title="Call", due_date=now.date(), due_at=now, remind_at=now, contact_id=ids["bob"],
                                             created_at=now, updated_at=now, version=1))
    services.custom_fields.define("contact", "Segment", "choice", ["Retail", "Wholesale"])
    services.custom_fields.set_values("contact", ids["cem"], {"segment": "Wholesale"})
    return ids


def test_filters(services, people):
    v = services.saved_views
    p = people
    assert v.ids(ViewSpec(tags_any=["vip"])) == [p["ada"], p["cem"]]
    assert v.ids(ViewSpec(tags_any=["vip"], tags_none=["supplier"])) == [p["ada"]]
    assert v.ids(ViewSpec(conditions=[Condition("city", "is", "lyon")])) == [p["bob"]]
    assert v.ids(ViewSpec(conditions=[Condition("company", "contains", "engi")])) == [p["ada"]]
    assert v.ids(ViewSpec(conditions=[Condition("email", "empty")])) == [p["bob"], p["cem"]]
    assert v.ids(ViewSpec(custom=[Condition("segment", "is", "wholesale")])) == [p["cem"]]
    assert v.ids(ViewSpec(inactive_days=30)) == [p["bob"], p["cem"]]
    assert v.ids(ViewSpec(has_open_deal=True)) == [p["ada"]]
    assert v.ids(ViewSpec(has_open_deal=False)) == [p["bob"], p["cem"]]
    assert v.ids(ViewSpec(no_followup=True)) == [p["ada"], p["cem"]]
    assert v.ids(ViewSpec(text="lovelace")) == [p["ada"]]
    assert v.count(ViewSpec(tags_any=["VIP"], no_followup=True)) == 2


def test_save_round_trip_and_refuse_bad_specs(services, people):
    spec = ViewSpec(tags_any=["VIP"], conditions=[Condition("city", "contains", "iz")], inactive_days=10)
    view_id = services.saved_views.save("VIPs to call", spec)
    [info] = services.saved_views.all()
    assert (info.id, info.name, info.spec) == (view_id, "VIPs to call", spec)
    assert services.saved_views.ids(info.spec) == [people["cem"]]
    with pytest.raises(ValidationError):
        services.saved_views.save("", spec)
    with pytest.raises(ValidationError):
        services.saved_views.save("Bad", ViewSpec(conditions=[Condition("password", "is", "x")]))
    services.saved_views.delete(view_id)
    assert services.saved_views.all() == []


def test_a_view_as_a_subquery_holds_the_same_records(services, people):
    from sqlalchemy import select

    from crm_desktop.services.saved_views import in_view

    specs = [
        ViewSpec(tags_any=["vip"], tags_none=["supplier"]),
        ViewSpec(conditions=[Condition("company", "contains", "engi")]),
        ViewSpec(conditions=[Condition("email", "empty")]),
        ViewSpec(custom=[Condition("segment", "is", "wholesale")]),
        ViewSpec(inactive_days=30),
        ViewSpec(has_open_deal=True),
        ViewSpec(has_open_deal=False, no_followup=True),
        ViewSpec(text="lovelace"),
        ViewSpec(text="nobody by this name"),
    ]
    with services.db.reader() as s:
        conn = s.connection()
        for spec in specs:
            stmt = select(Contact.id).where(in_view(spec, conn, Contact.id)).order_by(Contact.sort_name, Contact.id)
            assert list(s.scalars(stmt)) == services.saved_views.ids(spec), spec
    # inside a query over deals too: "has an open deal" looks at all the contact's deals, not
    # only the outer query's deal (Ada has an open deal and a won one)
    with services.db.session() as s:
        engine = s.scalars(select(Deal).where(Deal.title == "Engine")).one()
        s.add(Deal(title="Old engine", pipeline_id=engine.pipeline_id, stage_id=engine.stage_id,
                   contact_id=people["ada"], status="won"))
    with services.db.reader() as s:
        stmt = select(Deal.title).where(in_view(ViewSpec(has_open_deal=True), s.connection(), Deal.contact_id))
        assert sorted(s.scalars(stmt)) == ["Engine", "Old engine"]
