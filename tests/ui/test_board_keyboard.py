"""The pipeline board by keyboard: arrows between cards and stages, moving a card a stage on
or back (undoable), Enter on the table, and the optional custom field columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from crm_desktop.services.deals import DealInput
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.pipeline.board import PipelineView
from crm_desktop.ui.pipeline.table_model import COLUMNS
from crm_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support")


@pytest.fixture
def board(qtbot, services, app_paths, tmp_path):
    bridge = ChangeBridge(services.hub)
    ctx = UiContext(services=services, bridge=bridge, tasks=TaskRunner(), paths=app_paths,
                    settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), undo=QUndoStack())
    stages = services.pipelines.list()[0].stages
    ids = {}
    for title, stage in (("Alpha", 0), ("Bravo", 0), ("Delta", 2)):  # stage 1 stays empty
        ids[title] = services.deals.create(DealInput(title=title, value="100", currency="EUR",
                                                     stage_id=stages[stage].id))
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    yield view, ids, [s.id for s in stages]
    bridge.detach()


def test_arrows_move_between_cards_and_stages(qtbot, board):
    view, ids, stages = board
    view.focus_main()
    first = view.columns[0].list
    assert QApplication.focusWidget() is first and view.current_deal_id() == ids["Alpha"]
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert view.current_deal_id() == ids["Bravo"]
    qtbot.keyClick(first, Qt.Key.Key_Right)  # skips the empty stage
    assert QApplication.focusWidget() is view.columns[2].list
    assert view.current_deal_id() == ids["Delta"]
    assert not first.selectionModel().hasSelection()  # one highlighted card on the board
    qtbot.keyClick(view.columns[2].list, Qt.Key.Key_Left)
    assert view.current_deal_id() == ids["Alpha"]  # the row is kept where it exists


def test_move_current_deal_and_undo(qtbot, board, services):
    view, ids, stages = board
    view.focus_main()
    assert view.move_current_deal(+1)
    assert services.deals.get(ids["Alpha"]).stage_id == stages[1]
    assert QApplication.focusWidget() is view.columns[1].list  # the card keeps the keyboard
    assert view.current_deal_id() == ids["Alpha"]
    assert view.move_current_deal(-1)
    assert services.deals.get(ids["Alpha"]).stage_id == stages[0]
    assert not view.move_current_deal(-1)  # already in the first stage
    view.ctx.undo.undo()
    assert services.deals.get(ids["Alpha"]).stage_id == stages[1]


def test_table_custom_columns_are_optional(qtbot, board, services):
    view, ids, _stages = board
    services.custom_fields.define("deal", "Budget", "money")
    services.custom_fields.set_values("deal", ids["Delta"], {"budget": "99"})
    view.table_button.click()
    model = view.table_model
    assert model.columnCount() == len(COLUMNS) + 1
    assert model.headerData(len(COLUMNS), Qt.Orientation.Horizontal) == "Budget"
    assert view.table.isColumnHidden(len(COLUMNS))
    view._set_custom_column("budget", True)
    assert not view.table.isColumnHidden(len(COLUMNS))
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Delta")
    assert model.index(row, len(COLUMNS)).data() == "99.00"
