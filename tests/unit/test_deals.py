"""Deals and pipelines services on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.changes import Change
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.deals import DealInput
from crm_desktop.storage.models import Deal


@pytest.fixture
def sales(services):
    return services.pipelines.list()[0]


def _deal(services, sales, title="Website", value="1000", currency="EUR", stage=0, **kw) -> int:
    return services.deals.create(
        DealInput(title=title, value=value, currency=currency, stage_id=sales.stages[stage].id, **kw)
    )


def test_default_pipeline_is_created_once(services, app_paths):
    from crm_desktop.services import build_services
    from crm_desktop.storage.engine import open_database

    pipelines = services.pipelines.list()
    assert [p.name for p in pipelines] == ["Sales"]
    assert [s.name for s in pipelines[0].stages] == ["New lead", "Contacted", "Proposal sent", "Negotiation"]
    assert [s.probability for s in pipelines[0].stages] == [10, 25, 50, 75]
    again = build_services(open_database(app_paths.database))
    assert len(again.pipelines.list()) == 1
    again.db.close()


def test_create_validates_with_plain_messages(services, sales):
    with pytest.raises(ValidationError) as err:
        services.deals.create(DealInput(title="  ", value="abc", currency="E1", stage_id=sales.stages[0].id))
    assert set(err.value.fields) == {"title", "currency", "value"}
    deal_id = _deal(services, sales, value="1.234,50")
    detail = services.deals.get(deal_id)
    assert detail.value_minor == 123450 and detail.currency == "EUR" and detail.stage_name == "New lead"
    assert [h.stage_name for h in services.deals.history(deal_id)] == ["New lead"]


def test_stage_move_records_history_and_timeline(services, sales):
    seen: list[Change] = []
    services.hub.subscribe(seen.append)
    deal_id = _deal(services, sales)
    move = services.deals.move(deal_id, sales.stages[2].id)
    detail = services.deals.get(deal_id)
    assert detail.stage_id == sales.stages[2].id
    assert detail.stage_changed_at is not None
    history = services.deals.history(deal_id)
    assert [h.stage_name for h in history] == ["Proposal sent", "New lead"]
    assert history[0].left_at is None and history[1].left_at is not None
    timeline = services.activities.timeline(deal_id=deal_id)
    assert timeline[0].kind == "stage_change"
    assert "New lead" in timeline[0].body and "Proposal sent" in timeline[0].body
    assert any(c.kind == "deal" and deal_id in c.ids for c in seen)

    services.deals.undo_move(move)
    assert services.deals.get(deal_id).stage_id == sales.stages[0].id
    assert [h.stage_name for h in services.deals.history(deal_id)] == ["New lead"]
    assert services.deals.history(deal_id)[0].left_at is None
    assert services.activities.timeline(deal_id=deal_id) == []


def test_reorder_within_column_uses_float_positions(services, sales):
    a, b, c = (_deal(services, sales, title=t) for t in "ABC")
    services.deals.move(c, sales.stages[0].id, before_id=a)
    services.deals.move(b, sales.stages[0].id, before_id=c)
    column = services.deals.board(sales.id)[0]
    assert [card.title for card in services.deals.column_cards(column)] == ["B", "C", "A"]
    assert services.activities.timeline(deal_id=c) == []  # same stage: no timeline entry


def test_reorder_renumbers_when_positions_collide(services, sales):
    ids = [_deal(services, sales, title=t) for t in "ABCD"]
    with services.db.session() as s:
        s.execute(update(Deal).values(position=5.0))
    services.deals.move(ids[3], sales.stages[0].id, before_id=ids[1])
    titles = [c.title for c in services.deals.column_cards(services.deals.board(sales.id)[0])]
    assert titles == ["A", "D", "B", "C"]


def test_won_lost_reopen(services, sales):
    deal_id = _deal(services, sales)
    with pytest.raises(ValidationError) as err:
        services.deals.mark_lost(deal_id, "  ")
    assert "why" in str(err.value)
    services.deals.mark_lost(deal_id, "Too expensive")
    detail = services.deals.get(deal_id)
    assert detail.status == "lost" and detail.lost_reason == "Too expensive" and detail.closed_at
    assert services.deals.column_cards(services.deals.board(sales.id)[0]) == []
    with pytest.raises(ValidationError):
        services.deals.move(deal_id, sales.stages[1].id)
    services.deals.reopen(deal_id)
    assert services.deals.get(deal_id).status == "open"
    services.deals.mark_won(deal_id)
    detail = services.deals.get(deal_id)
    assert detail.status == "won" and detail.closed_at is not None and detail.lost_reason == ""


def test_weighted_totals_per_currency(services, sales):
    _deal(services, sales, value="1000", currency="EUR", stage=2)  # 50 %
    _deal(services, sales, value="300", currency="EUR", stage=2, probability_override=90)
    _deal(services, sales, value="200", currency="USD", stage=2)
    column = services.deals.board(sales.id)[2]
    assert column.count == 3
    assert column.totals == {"EUR": 130000, "USD": 20000}
    assert column.weighted == {"EUR": 50000 + 27000, "USD": 10000}


def test_rotting_is_measured_from_last_activity(services, sales):
    now = datetime.now(UTC)
    old = _deal(services, sales, title="Old")  # stage 0 rots after 7 days
    talked = _deal(services, sales, title="Talked")
    with services.db.session() as s:
        s.execute(update(Deal).values(stage_changed_at=now - timedelta(days=12),
                                      created_at=now - timedelta(days=40)))
    services.activities.add("call", body="Called", deal_id=talked, occurred_at=now - timedelta(days=2))
    cards = {c.title: c for c in services.deals.column_cards(services.deals.board(sales.id)[0])}
    assert cards["Old"].rotting and cards["Old"].idle_days == 12
    assert not cards["Talked"].rotting and cards["Talked"].idle_days == 2
    # A stage change also counts as activity.
    services.deals.move(old, sales.stages[1].id)
    assert not services.deals.column_cards(services.deals.board(sales.id)[1])[0].rotting
    assert services.deals.board(sales.id)[1].rotting == 0


def test_board_filters_by_text_and_tag(services, sales):
    contact = services.contacts.create(ContactInput(first_name="Jürgen", last_name="Müller", company="Bäckerei Süß"))
    _deal(services, sales, title="Bread oven", contact_id=contact, tags=["vip"])
    _deal(services, sales, title="Website")
    cards = lambda **kw: [c.title for col in services.deals.board(sales.id, **kw) for c in services.deals.column_cards(col)]  # noqa: E731
    assert cards(text="muller") == ["Bread oven"]
    assert cards(text="backerei oven") == ["Bread oven"]
    assert cards(tag="VIP") == ["Bread oven"]
    assert sorted(cards()) == ["Bread oven", "Website"]
    card = services.deals.column_cards(services.deals.board(sales.id)[0])[0]
    assert card.company_name == "Bäckerei Süß"  # taken from the contact
    assert [d.title for d in services.deals.deals_for(contact_id=contact)] == ["Bread oven"]
    assert [d.title for d in services.deals.deals_for(company_id=card.company_id)] == ["Bread oven"]


def test_forecast_by_expected_close_month(services, sales):
    today = date(2026, 11, 20)
    _deal(services, sales, value="1000", stage=2, expected_close=date(2026, 11, 30))
    _deal(services, sales, value="100", currency="USD", stage=3, expected_close=date(2027, 1, 5))
    _deal(services, sales, value="999", stage=3, expected_close=date(2027, 6, 1))  # after 6 months
    lost = _deal(services, sales, value="500", stage=3, expected_close=date(2026, 12, 1))
    services.deals.mark_lost(lost, "No budget")
    months = services.deals.forecast(sales.id, today=today)
    assert [m.month for m in months] == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1),
                                         date(2027, 2, 1), date(2027, 3, 1), date(2027, 4, 1)]
    assert months[0].weighted == {"EUR": 50000}
    assert months[1].weighted == {} and months[1].count == 0
    assert months[2].weighted == {"USD": 7500}


def test_stage_crud_and_delete_with_deals(services, sales):
    review = services.pipelines.add_stage(sales.id, "Review", probability=60, rotting_days=5)
    services.pipelines.update_stage(review, name="Legal review", probability=65, rotting_days=0)
    stage = services.pipelines.stage(review)
    assert (stage.name, stage.probability, stage.rotting_days, stage.position) == ("Legal review", 65, None, 4)
    ids = [s.id for s in services.pipelines.get(sales.id).stages]
    services.pipelines.reorder_stages(sales.id, [ids[-1], *ids[:-1]])
    assert services.pipelines.get(sales.id).stages[0].name == "Legal review"

    deal_id = services.deals.create(DealInput(title="Contract", value="10", stage_id=review))
    with pytest.raises(ValidationError) as err:
        services.pipelines.delete_stage(review)
    assert "holds 1 deal." in str(err.value) and "move" in str(err.value)
    assert services.pipelines.delete_stage(review, move_deals_to=sales.stages[1].id) == 1
    assert services.deals.get(deal_id).stage_id == sales.stages[1].id
    history = services.deals.history(deal_id)
    assert [h.stage_name for h in history] == ["Contacted", "Legal review"]  # old name kept
    assert [s.position for s in services.pipelines.get(sales.id).stages] == [0, 1, 2, 3]
    with pytest.raises(ValidationError):
        services.pipelines.update_stage(sales.stages[0].id, probability=120)


def test_pipelines_add_rename_archive(services, sales):
    other = services.pipelines.create("Partners", [("Intro", 20, 10), ("Signed", 90, None)])
    services.pipelines.rename(other, "Partnerships")
    assert [p.name for p in services.pipelines.list()] == ["Sales", "Partnerships"]
    services.pipelines.archive(sales.id)
    assert [p.name for p in services.pipelines.list()] == ["Partnerships"]
    with pytest.raises(ValidationError):
        services.pipelines.archive(other)
    assert len(services.pipelines.list(include_archived=True)) == 2
    deal_id = services.deals.create(DealInput(title="Reseller", pipeline_id=other))
    assert services.deals.get(deal_id).stage_name == "Intro"
    with pytest.raises(ValidationError):
        services.deals.move(deal_id, sales.stages[0].id)


def test_update_moves_stage_and_detects_conflicts(services, sales):
    from crm_desktop.domain.errors import ConflictError

    deal_id = _deal(services, sales)
    detail = services.deals.get(deal_id)
    data = detail.to_input()
    data.stage_id = sales.stages[3].id
    data.title = "Website relaunch"
    move = services.deals.update(deal_id, data, expected_version=detail.version)
    assert move is not None and move.to_stage_id == sales.stages[3].id
    assert services.deals.get(deal_id).title == "Website relaunch"
    assert services.deals.get(deal_id).value_minor == 100000
    with pytest.raises(ConflictError):
        services.deals.update(deal_id, data, expected_version=detail.version)
    services.deals.delete([deal_id])
    with services.db.reader() as s:
        assert s.scalar(select(Deal.deleted_at).where(Deal.id == deal_id)) is not None
    assert services.deals.column_cards(services.deals.board(sales.id)[3]) == []


def test_cards_show_the_next_open_follow_up(services, sales):
    from crm_desktop.storage.models import FollowUp

    deal_id = _deal(services, sales)
    now = datetime.now(UTC)
    with services.db.session() as s:
        s.add_all([
            FollowUp(title="Call back", due_date=date(2027, 1, 10), due_at=now, deal_id=deal_id),
            FollowUp(title="Done already", due_date=date(2026, 12, 1), due_at=now, deal_id=deal_id, done_at=now),
            FollowUp(title="Later", due_date=date(2027, 3, 1), due_at=now, deal_id=deal_id),
        ])
    assert services.deals.column_cards(services.deals.board(sales.id)[0])[0].next_followup == date(2027, 1, 10)


def test_rotting_count_in_sql_agrees_with_cards_at_the_limit(services, sales):
    now = datetime.now(UTC)
    ids = [_deal(services, sales, title=t) for t in ("7d23h", "8d", "new")]
    with services.db.session() as s:
        for deal_id, idle in zip(ids, (timedelta(days=7, hours=23), timedelta(days=8, minutes=5),
                                       timedelta(hours=1)), strict=True):
            s.execute(update(Deal).where(Deal.id == deal_id).values(stage_changed_at=now - idle,
                                                                    created_at=now - timedelta(days=90)))
    column = services.deals.board(sales.id, now=now)[0]  # New lead rots after 7 days
    cards = {c.title: c.rotting for c in services.deals.column_cards(column, now=now)}
    assert cards == {"7d23h": False, "8d": True, "new": False}
    assert column.rotting == 1


def test_demo_adds_deals_across_stages(services, sales):
    from sqlalchemy import func

    from crm_desktop.services.demo import generate
    from crm_desktop.storage.models import StageHistory

    made = generate(services.db, contacts=300, seed=3)
    assert made.counts["deals"] == 90
    columns = services.deals.board(sales.id)
    assert sum(c.count for c in columns) == made.counts["open deals"] == 40
    assert all(c.count for c in columns)  # every stage has deals
    assert sum(c.rotting for c in columns) > 0
    with services.db.reader() as s:
        statuses = dict(s.execute(select(Deal.status, func.count()).group_by(Deal.status)).all())
        assert statuses["won"] > 0 and statuses["lost"] > 0
        assert not s.scalar(select(func.count()).select_from(Deal).where(Deal.status == "lost", Deal.lost_reason == ""))
        assert s.scalar(select(func.count()).select_from(StageHistory)) >= 90
    assert [p.name for p in services.pipelines.list()] == ["Sales"]


def test_board_with_a_saved_view_equals_the_board_of_its_ids(services, sales):
    """The board filtered by a view (its query as a subquery) is the board of the view's ids."""
    from crm_desktop.services.followups import FollowUpInput
    from crm_desktop.services.saved_views import Condition, ViewSpec

    now = datetime.now(UTC)
    contact = services.contacts.create(ContactInput(first_name="Jürgen", last_name="Müller", company="Bäckerei Süß"))
    big = _deal(services, sales, title="Big oven", value="9000", contact_id=contact, tags=["vip"])
    bakery = _deal(services, sales, title="Big bakery", value="7000", currency="USD", stage=1, probability_override=80)
    small = _deal(services, sales, title="Small fix", value="100", tags=["vip", "later"])
    old = _deal(services, sales, title="Old website", value="6000", stage=0)
    won, lost, gone = (_deal(services, sales, title=t, value="8000") for t in ("Big won", "Big lost", "Big gone"))
    services.deals.mark_won(won)
    services.deals.mark_lost(lost, "price")
    services.deals.delete([gone])
    other = services.pipelines.create("Partners")
    other_stage = services.pipelines.list()[-1].stages[0].id
    assert services.pipelines.list()[-1].id == other
    services.deals.create(DealInput(title="Big partner", value="9500", currency="EUR", stage_id=other_stage))
    with services.db.session() as s:  # Old website rots in the first stage (after 7 days)
        s.execute(update(Deal).where(Deal.id == old).values(stage_changed_at=now - timedelta(days=20),
                                                            created_at=now - timedelta(days=40)))
    services.custom_fields.define("deal", "Region", "text")
    services.custom_fields.set_values("deal", bakery, {"region": "North"})
    services.custom_fields.set_values("deal", small, {"region": "North"})
    services.followups.create(FollowUpInput(title="Call back", due_date=date.today(), deal_id=big))

    views = [
        ViewSpec("deal", conditions=[Condition("value", "greater", "5000")]),
        ViewSpec("deal", text="big"),
        ViewSpec("deal", tags_any=["VIP"], tags_none=["later"]),
        ViewSpec("deal", custom=[Condition("region", "is", "north")]),
        ViewSpec("deal", no_followup=True, conditions=[Condition("currency", "is", "eur")]),
        ViewSpec("deal", inactive_days=10),
        ViewSpec("deal", conditions=[Condition("status", "is", "won")]),  # only deals the board never shows
        ViewSpec("deal", text="no such deal"),  # matches nothing at all
    ]
    for spec in views:
        ids = services.saved_views.ids(spec)
        for text, tag in (("", ""), ("big", ""), ("", "vip"), ("muller", "vip")):
            with_view = services.deals.board(sales.id, text=text, tag=tag, now=now, view=spec)
            with_ids = services.deals.board(sales.id, text=text, tag=tag, now=now, only=ids)
            assert with_view == with_ids, (spec, text, tag)
    shown = lambda spec: sorted(i for c in services.deals.board(sales.id, now=now, view=spec) for i in c.deal_ids)  # noqa: E731
    assert shown(views[0]) == sorted([big, bakery, old])  # not the won, lost, deleted or other pipeline's
    assert services.deals.board(sales.id, now=now, view=views[5])[0].rotting == 1
    assert shown(views[6]) == [] and shown(views[7]) == []
    assert [c.stage_id for c in services.deals.board(sales.id, view=views[7])] == [st.id for st in sales.stages]
    with pytest.raises(ValidationError):  # a view that does not evaluate is refused, not shown as everything
        services.deals.board(sales.id, view=ViewSpec("deal", conditions=[Condition("value", "greater", "lots")]))
