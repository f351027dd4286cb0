"""Shared fixtures: a real SQLite file per test, offscreen Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402

from crm_desktop.paths import AppPaths  # noqa: E402
from crm_desktop.services import Services, build_services  # noqa: E402
from crm_desktop.storage.engine import open_database  # noqa: E402

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow


@pytest.fixture
def app_paths(tmp_path) -> AppPaths:
    return AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs").ensure()


@pytest.fixture
def services(app_paths) -> Services:
    svc = build_services(open_database(app_paths.database))
    yield svc
    svc.db.close()


@pytest.fixture
def ui_ctx(qtbot, services, app_paths):
    """A UiContext over the test database, for testing views and dialogs without the window."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from crm_desktop.ui.bridge import ChangeBridge
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.tasks import TaskRunner

    ctx = UiContext(
        services=services,
        bridge=ChangeBridge(services.hub),
        tasks=TaskRunner(),
        settings=QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat),
        paths=app_paths,
        undo=QUndoStack(),
    )
    yield ctx
    ctx.tasks.wait()
    ctx.bridge.detach()


@pytest.fixture
def real_window(qtbot, tmp_path) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """Builds the main window the way a start does: ``real_window(paths, language="de", view="trash")``.

    ``paths`` default to a new data folder per window; ``language`` and ``view`` are written to
    the settings.ini in the data folder first. Every window's tasks are waited for and its
    database closed at the end of the test."""
    from PySide6.QtCore import QSettings

    from crm_desktop.app import build_main_window
    from crm_desktop.ui import i18n

    windows: list[MainWindow] = []

    def make(paths: AppPaths | None = None, *, language: str = "", view: str = "") -> MainWindow:
        if paths is None:
            folder = tmp_path / f"window-{len(windows) + 1}"
            paths = AppPaths(data_dir=folder, log_dir=folder / "logs")
        settings = QSettings(str(paths.ensure().data_dir / "settings.ini"), QSettings.Format.IniFormat)
        if language:
            settings.setValue(i18n.SETTING, language)
        if view:
            settings.setValue("window/view", view)
        window = build_main_window(paths, settings)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ctx.tasks.wait()
        window.ctx.bridge.detach()
        window.ctx.services.db.close()


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """A test that switched the window's language leaves English behind (tests that never
    load the window code pay nothing)."""
    yield
    i18n = sys.modules.get("crm_desktop.ui.i18n")
    if i18n is not None and i18n._current is not None and i18n._current[0] != "en":
        i18n.install("en")


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window's texts, dates and numbers in German for this test."""
    from crm_desktop.ui import i18n

    assert i18n.install("de") == "de"
    yield
