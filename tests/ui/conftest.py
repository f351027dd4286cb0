"""Fixtures for GUI tests."""

import pytest
from PySide6.QtWidgets import QLabel

from crm_desktop.ui import navigation


class RecordingView(QLabel):
    def __init__(self):
        super().__init__("view")
        self.opened = []

    def open_record(self, kind, record_id):
        self.opened.append((kind, record_id))


@pytest.fixture
def make_window(qtbot, app_paths, monkeypatch):
    """Builds main windows with stand-in views that record open_record calls."""
    windows = []
    views = {}

    def factory(key):
        def make(_ctx):
            views[key] = RecordingView()
            return views[key]

        return make

    monkeypatch.setattr(
        navigation,
        "VIEWS",
        [
            navigation.ViewSpec("contacts", "Contacts", "contacts", factory("contacts"), opens=("contact",)),
            navigation.ViewSpec("companies", "Companies", "companies", factory("companies"), opens=("company",)),
        ],
    )
    from crm_desktop.app import build_main_window

    def make():
        views.clear()
        win = build_main_window(app_paths)
        qtbot.addWidget(win)
        win.views = views
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.ctx.tasks.wait()
        win.ctx.services.db.close()


@pytest.fixture
def window(make_window):
    return make_window()


