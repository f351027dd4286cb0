"""Composition root: open the database, build the services and the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from crm_desktop import APP_ID, APP_NAME, DESKTOP_ID, ORG_NAME, __version__, paths

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from crm_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(qt_args: Sequence[str] = ()):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    _fallback_locale()
    return app


def _fallback_locale() -> None:
    """With no language set (the "C" locale of servers and bare containers), Qt formats
    dates and money without separators; use English conventions instead."""
    from PySide6.QtCore import QLocale

    if QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def prepare(app_paths: paths.AppPaths, settings: QSettings | None = None) -> QSettings:
    """Once per start, before the first message or window: make the data folders, open the
    settings file (unless ``settings`` are given) and install the language they choose."""
    from PySide6.QtCore import QSettings

    from crm_desktop.ui import i18n

    app_paths.ensure()
    if settings is None:
        settings = QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    i18n.install(settings.value(i18n.SETTING, i18n.SYSTEM))
    return settings


def build_main_window(app_paths: paths.AppPaths, settings: QSettings | None = None) -> MainWindow:
    """Prepare the folders, settings and language, open the database and build the window (not shown)."""
    return _main_window(app_paths, prepare(app_paths, settings))


def _main_window(app_paths: paths.AppPaths, settings: QSettings) -> MainWindow:
    """The window for a start that is prepared already: the language must be in place before
    the services, as a new database's pipeline is named in it."""
    from PySide6.QtGui import QUndoStack

    from crm_desktop.services import build_services
    from crm_desktop.storage.engine import open_database
    from crm_desktop.ui import i18n
    from crm_desktop.ui.bridge import ChangeBridge
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.tasks import TaskRunner

    services = build_services(open_database(app_paths.database), translate=i18n.translated)
    ctx = UiContext(
        services=services,
        bridge=ChangeBridge(services.hub),
        tasks=TaskRunner(),
        settings=settings,
        paths=app_paths,
        undo=QUndoStack(),
    )
    return MainWindow(ctx)


# Set to 1 to print "ready" and quit as soon as the window is painted with the contacts list
# filled (the benchmarks time a cold start with it).
EXIT_WHEN_READY = "CRM_DESKTOP_EXIT_WHEN_READY"


def _exit_when_ready(app, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    def check() -> None:
        contacts = window.view("contacts")
        model = contacts.model
        if contacts.is_loading() or (model.rowCount() and not model.fetches):
            QTimer.singleShot(5, check)  # not listed or not painted yet
            return
        print(f"ready {model.rowCount()}", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, check)


# The services the window uses before its first paint (see _import_core_first).
FIRST_PAINT_SERVICES = ("contacts", "saved_views", "custom_fields", "followups", "followup_lists", "reminders")


def _import_core_first() -> None:
    """Import the Qt-free core the first window needs (SQLAlchemy, the models, those services)
    before PySide6: once PySide6 is loaded it reads the source of every module imported after
    it, which made these imports about a sixth slower."""
    from crm_desktop import logs, services  # noqa: F401
    from crm_desktop.services import backups  # noqa: F401 - the start-up check uses it

    services.import_ahead(*FIRST_PAINT_SERVICES)


def run_gui(args: argparse.Namespace, qt_args: Sequence[str] = ()) -> int:
    _import_core_first()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop import logs
    from crm_desktop.ui import i18n, single_instance, startup, theme
    from crm_desktop.ui.backups import actions as safety

    app = create_application(qt_args)
    theme.apply(app)
    app_paths = paths.resolve(getattr(args, "data_dir", None))
    logs.setup(app_paths.log_dir)
    settings = prepare(app_paths)  # before the first message box (e.g. a damaged database)
    instance = single_instance.SingleInstance(app_paths.data_dir)
    if not instance.acquire():
        if not instance.notify_running():
            QMessageBox.information(None, APP_NAME, QCoreApplication.translate(
                "App", "{app} is already open with this data:\n{folder}").format(app=APP_NAME, folder=app_paths.data_dir))
        return 0
    if not startup.ensure_healthy_database(app_paths, after_crash=instance.previous_crashed):
        instance.release()
        return 1
    notice = startup.upgrade_notice(app_paths)
    try:
        window = _main_window(app_paths, settings)
    except Exception as exc:  # noqa: BLE001 - shown to the user, then we stop
        if notice is not None:
            notice.close()
        log.exception("could not open the database")
        QMessageBox.critical(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "App", "The database could not be opened:\n{path}\n\n{error}\n\nNothing was changed. Check that "
                "the folder is writable and that no other program is using the file, then start again.",
            ).format(path=app_paths.database, error=i18n.user_message(exc)),
        )
        instance.release()
        return 1
    instance.activate_requested.connect(lambda: single_instance.bring_to_front(window))
    window.show()
    if notice is not None:
        notice.close()
    safety.start_jobs(window)
    safety.warn_about_location(window)
    if os.environ.get(EXIT_WHEN_READY) == "1":
        _exit_when_ready(app, window)
    code = app.exec()
    window.ctx.tasks.wait()  # let a running backup finish
    instance.release()
    if getattr(window, "restart_requested", False):
        _restart()
    return code


def _restart() -> None:
    """Start the app again with the same arguments (after a change that needs a new start)."""
    from PySide6.QtCore import QProcess

    args = sys.argv[1:] if getattr(sys, "frozen", False) else ["-m", "crm_desktop", *sys.argv[1:]]
    if not QProcess.startDetached(sys.executable, args):
        log.warning("could not start again: %s %s", sys.executable, args)
