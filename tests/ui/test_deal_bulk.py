"""Changes to many deals at once from the pipeline's table view or a saved view of deals:
move to a stage, set a field, add tags, delete; each one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.deals import DealInput
from crm_desktop.services.saved_views import Condition, ViewSpec
from crm_desktop.ui.pipeline.board import PipelineView
from crm_desktop.ui.pipeline.column_model import CARD_ROLE

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def stages(services):
    return services.pipelines.list()[0].stages


@pytest.fixture
def deals(services, stages):
    def add(title, value, stage=0):
        return services.deals.create(DealInput(title=title, value=value, currency="EUR", stage_id=stages[stage].id))

    return {"A": add("Alpha", "100"), "B": add("Bravo", "200"), "C": add("Charlie", "300", stage=1)}


@pytest.fixture
def board(qtbot, ctx, deals):
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.table_button.click()
    return view


def select(board, ids):
    model = board.table.selectionModel()
    model.clearSelection()
    proxy = board.table.model()
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(CARD_ROLE).id in ids:
            model.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def stage_of(services, deal_id):
    return services.deals.get(deal_id).stage_id


def test_move_several_deals_to_a_stage_and_undo(board, ctx, services, deals, stages):
    select(board, [deals["A"], deals["B"]])
    assert sorted(board.selected_ids()) == sorted([deals["A"], deals["B"]])
    assert board.bulk.move(board.selected_ids(), stages[2].id)
    assert {stage_of(services, deals[k]) for k in "AB"} == {stages[2].id}
    assert ctx.undo.count() == 1 and "2 deals" in ctx.undo.undoText()
    history = services.deals.history(deals["A"])
    assert history[0].stage_name == stages[2].name  # newest first

    ctx.undo.undo()
    assert {stage_of(services, deals[k]) for k in "AB"} == {stages[0].id}
    assert len(services.deals.history(deals["A"])) == len(history) - 1
    ctx.undo.redo()
    assert {stage_of(services, deals[k]) for k in "AB"} == {stages[2].id}


def test_a_closed_deal_stops_the_whole_move(services, deals, stages):
    services.deals.mark_won(deals["B"])
    with pytest.raises(ValidationError):
        services.deals.move_many([deals["A"], deals["B"]], stages[3].id)
    assert stage_of(services, deals["A"]) == stages[0].id  # all or nothing


def test_edit_field_add_tags_and_delete_for_a_selection(board, ctx, services, deals, monkeypatch):
    ids = [deals["A"], deals["C"]]

    def fill(dialog):
        dialog.choose("currency", "CHF")
        return dialog.run()

    monkeypatch.setattr(board, "exec_dialog", fill)
    assert board.bulk.edit_field(ids)
    assert {services.deals.get(i).currency for i in ids} == {"CHF"}
    assert services.deals.get(deals["B"]).currency == "EUR"

    monkeypatch.setattr(board, "ask_text", lambda title, label: ("vip, spring", True))
    assert board.bulk.tags(ids, add=True)
    assert all({"vip", "spring"} <= set(services.deals.get(i).tags) for i in ids)
    ctx.undo.undo()
    assert not any("vip" in services.deals.get(i).tags for i in ids)
    ctx.undo.undo()
    assert {services.deals.get(i).currency for i in ids} == {"EUR"}

    monkeypatch.setattr(board, "confirm", lambda title, text: True)
    select(board, ids)
    board._on_delete_key()
    remaining = [i for c in services.deals.board(services.pipelines.list()[0].id) for i in c.deal_ids]
    assert remaining == [deals["B"]]
    ctx.undo.undo()
    remaining = [i for c in services.deals.board(services.pipelines.list()[0].id) for i in c.deal_ids]
    assert sorted(remaining) == sorted(deals.values())


def test_edit_field_for_all_deals_of_a_saved_view(board, services, deals, monkeypatch):
    view_id = services.saved_views.save("Small", ViewSpec("deal", conditions=[Condition("value", "less", "250")]))
    board.show_child(view_id)
    assert board.saved_views.banner.edit_all.isVisibleTo(board)
    seen = []

    def fill(dialog):
        seen.append(sorted(dialog.ids))
        dialog.choose("currency", "GBP")
        return dialog.run()

    monkeypatch.setattr(board, "exec_dialog", fill)
    board.saved_views.banner.edit_all.click()
    assert seen == [sorted([deals["A"], deals["B"]])]
    assert services.deals.get(deals["C"]).currency == "EUR"


def test_moved_deals_go_to_the_bottom_in_the_order_given(services, deals, stages):
    services.deals.move_many([deals["B"], deals["A"]], stages[1].id)
    columns = services.deals.board(services.pipelines.list()[0].id)
    column = next(c for c in columns if c.stage_id == stages[1].id)
    assert column.deal_ids == [deals["C"], deals["B"], deals["A"]]
