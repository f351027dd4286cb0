"""Saved views of deals: listed under Pipeline with counts, shown on the board, saved from the
board's filter, edited, left with "Show all", and offered to the export as "only those shown"."""

from __future__ import annotations

import pytest

from crm_desktop.services.deals import DealInput
from crm_desktop.services.saved_views import Condition, ViewSpec
from crm_desktop.ui.exporting import export_scopes
from crm_desktop.ui.main_window import CHILD_ROLE, KEY_ROLE
from crm_desktop.ui.widgets.view_filter import SavedViewDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def deals(services):
    sales = services.pipelines.list()[0]

    def add(title, value, stage=0, tags=()):
        return services.deals.create(DealInput(title=title, value=value, currency="EUR",
                                               stage_id=sales.stages[stage].id, tags=list(tags)))

    return {
        "Big shop": add("Big shop", "9000", tags=["vip"]),
        "Big bakery": add("Big bakery", "7000", stage=1),
        "Small fix": add("Small fix", "100"),
    }


@pytest.fixture
def main(qtbot, ui_ctx, deals):
    from crm_desktop.ui.main_window import MainWindow

    ui_ctx.settings.setValue("window/view", "pipeline")
    ui_ctx.settings.setValue("welcome/done", True)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.resize(1300, 760)
    window.show()  # the board reloads on changes while it is visible
    return window


def children(window):
    return [window.sidebar.item(r) for r in range(window.sidebar.count())
            if window.sidebar.item(r).data(CHILD_ROLE) is not None and window.sidebar.item(r).data(KEY_ROLE) == "pipeline"]


def shown(board):
    return sorted(i for column in board._board for i in column.deal_ids)


def test_saved_deal_view_in_sidebar_filters_the_board(qtbot, main, services, deals):
    services.saved_views.save("Big deals", ViewSpec("deal", conditions=[Condition("value", "greater", "5000")]))
    qtbot.waitUntil(lambda: len(children(main)) == 1 and "(2)" in children(main)[0].text())
    board = main.show_view("pipeline")
    assert shown(board) == sorted(deals.values()) and board.current_ids() == []

    main.sidebar.setCurrentItem(children(main)[0])
    assert shown(board) == sorted([deals["Big shop"], deals["Big bakery"]])
    assert board.saved_views.banner.isVisibleTo(board)
    assert "Big deals" in board.saved_views.banner.label.text()
    assert sorted(board.current_ids()) == sorted([deals["Big shop"], deals["Big bakery"]])
    kind, scopes = export_scopes(main)
    assert kind == "deals" and sorted(scopes["deals"][-1][1]) == sorted([deals["Big shop"], deals["Big bakery"]])

    # the view follows changes to the deals: a deal that grows joins it
    small = services.deals.get(deals["Small fix"])
    services.deals.update(deals["Small fix"], DealInput(title=small.title, value="6000", currency="EUR",
                                                        stage_id=small.stage_id), expected_version=small.version)
    qtbot.waitUntil(lambda: len(shown(board)) == 3)

    board.saved_views.banner.show_all.click()
    assert main.sidebar.currentItem() is main.sidebar_item("pipeline")
    assert not board.saved_views.banner.isVisibleTo(board) and len(shown(board)) == 3


def test_save_view_from_the_board_filter_then_edit_and_delete(qtbot, main, services, deals, monkeypatch):
    board = main.show_view("pipeline")
    board.filter_edit.setText("big")
    board.reload()
    assert shown(board) == sorted([deals["Big shop"], deals["Big bakery"]])

    def fill(dialog):
        assert dialog.entity == "deal" and dialog.text.text() == "big"
        dialog.name.setText("Big ones")
        dialog.tags_any.setText("vip")
        dialog.update_count()
        assert dialog.count.text() == "1 deal matches"
        assert dialog.save()
        return 1

    monkeypatch.setattr(SavedViewDialog, "exec", fill)
    board.saved_views.save_button.click()
    qtbot.waitUntil(lambda: len(children(main)) == 1 and "(1)" in children(main)[0].text())
    assert main.sidebar.currentItem() is children(main)[0]
    assert board.filter_edit.text() == ""  # the view holds the filter now
    assert shown(board) == [deals["Big shop"]]

    view_id = int(children(main)[0].data(CHILD_ROLE))

    def edit(dialog):
        assert dialog.name.text() == "Big ones"
        dialog.tags_any.setText("")
        assert dialog.save()
        return 1

    monkeypatch.setattr(SavedViewDialog, "exec", edit)
    main.saved_views_sidebar.edit("pipeline", view_id)
    qtbot.waitUntil(lambda: shown(board) == sorted([deals["Big shop"], deals["Big bakery"]]))  # via the change
    qtbot.waitUntil(lambda: "(2)" in children(main)[0].text())

    monkeypatch.setattr(main.saved_views_sidebar, "confirm_delete", lambda name: True)
    main.saved_views_sidebar.delete(view_id)
    qtbot.waitUntil(lambda: not children(main))
    assert board.saved_views.info is None and len(shown(board)) == 3
    assert services.deals.get(deals["Big shop"]) is not None  # only the view went away


def test_board_only_shows_the_given_deals(services, deals):
    pipeline = services.pipelines.list()[0]
    columns = services.deals.board(pipeline.id, only=[deals["Small fix"]])
    assert [i for c in columns for i in c.deal_ids] == [deals["Small fix"]]
    assert services.deals.board(pipeline.id, only=[]) and not any(c.deal_ids for c in services.deals.board(pipeline.id, only=[]))
    many = list(range(1, 50_000)) + [deals["Big shop"]]  # far beyond SQLite's parameter limit
    assert deals["Big shop"] in [i for c in services.deals.board(pipeline.id, only=many) for i in c.deal_ids]


def test_a_view_that_no_longer_works_shows_no_deals(qtbot, main, services, deals):
    from crm_desktop.storage.models import SavedView

    broken = ViewSpec("deal", conditions=[Condition("value", "greater", "lots")])  # save() would refuse it
    with services.db.session() as s:
        row = SavedView(entity="deal", name="Broken", spec=broken.to_json(), position=1)
        s.add(row)
        s.flush()
        view_id = row.id
    board = main.show_view("pipeline")
    board.show_child(view_id)
    assert board.saved_views.info is not None and shown(board) == []
    assert board.summary.text() == "0 of the 0 deals in “Broken” are open in this pipeline"
    board.show_child(None)
    assert len(shown(board)) == 3
