"""On an empty database every view says what to do next."""

from crm_desktop.ui.followups.view import FollowUpsView
from crm_desktop.ui.pipeline.board import PipelineView


def test_empty_pipeline_and_followups_say_what_to_do(qtbot, ui_ctx):
    board = PipelineView(ui_ctx)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: "Ctrl+Shift+D" in board.summary.text(), timeout=5000)
    followups = FollowUpsView(ui_ctx)
    qtbot.addWidget(followups)
    qtbot.waitUntil(lambda: "Ctrl+Shift+F" in followups.summary.text(), timeout=5000)
