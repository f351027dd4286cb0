"""Real mouse drags on the board. Needs a platform with drag and drop: run under Xvfb with
QT_QPA_PLATFORM=xcb (tests/ui/test_pipeline_board.py::test_real_mouse_drags_under_xvfb does)."""

from __future__ import annotations

import os

import pytest
import test_pipeline_board as board_tests
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from crm_desktop.ui.pipeline.board import PipelineView

ctx, sales, view = board_tests.ctx, board_tests.sales, board_tests.view  # fixtures
_stage_of, _titles = board_tests._stage_of, board_tests._titles

pytestmark = pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") != "xcb", reason="needs xcb (Xvfb)")


def _card_center(view: PipelineView, stage_index: int, row: int) -> QPoint:
    lst = view.columns[stage_index].list
    return lst.visualRect(lst.model().index(row, 0)).center()


def _drag(qtbot, source_widget, start: QPoint, target_widget, end: QPoint) -> None:
    """A real mouse drag: press, move past the drag distance (QDrag starts its own loop),
    then move over the target and release from a timer while the drag loop runs."""
    def finish() -> None:
        target_pos = target_widget.mapTo(target_widget.window(), end)
        window = target_widget.window().windowHandle()
        for step in range(1, 6):
            QTest.mouseMove(window, target_pos + QPoint(0, step - 5))
            QApplication.processEvents()
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target_pos)

    QTimer.singleShot(100, finish)
    QTest.mousePress(source_widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    distance = QApplication.startDragDistance() + 5
    for step in range(1, 4):
        QTest.mouseMove(source_widget, start + QPoint(step * distance, step * distance // 2))


def test_real_mouse_drag_moves_card_to_other_column(qtbot, view, services, sales):
    deal_id = view.columns[0].model.card(0).id
    source = view.columns[0].list.viewport()
    target = view.columns[3].list.viewport()
    _drag(qtbot, source, _card_center(view, 0, 0), target, QPoint(target.width() // 2, 40))
    qtbot.waitUntil(lambda: _titles(view, 3) == ["Alpha"], timeout=5000)
    assert _stage_of(services, deal_id) == sales.stages[3].id


def test_real_mouse_drag_reorders_within_column(qtbot, view):
    lst = view.columns[0].list
    bottom = lst.visualRect(lst.model().index(2, 0)).bottom() - 5  # lower half of Charlie
    _drag(qtbot, lst.viewport(), _card_center(view, 0, 0), lst.viewport(), QPoint(lst.viewport().width() // 2, bottom))
    qtbot.waitUntil(lambda: _titles(view, 0) == ["Bravo", "Charlie", "Alpha"], timeout=5000)


def test_real_mouse_drag_onto_won_zone(qtbot, view, services):
    deal_id = view.columns[1].model.card(0).id
    zone = view.won_zone
    _drag(qtbot, view.columns[1].list.viewport(), _card_center(view, 1, 0), zone, zone.rect().center())
    qtbot.waitUntil(lambda: services.deals.get(deal_id).status == "won", timeout=5000)


