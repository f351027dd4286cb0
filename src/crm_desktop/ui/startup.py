"""Start-up safety for the window: the quick check, and the offer to restore a damaged file."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget

from crm_desktop import APP_NAME
from crm_desktop.domain.errors import CrmError
from crm_desktop.paths import AppPaths
from crm_desktop.services.backups import list_backups, recover_from
from crm_desktop.storage import backup as store
from crm_desktop.storage import migrate
from crm_desktop.ui import i18n

log = logging.getLogger(__name__)


def newest_good_backup(app_paths: AppPaths):  # type: ignore[no-untyped-def]
    for entry in list_backups(app_paths.backups):
        if store.inspect_file(entry.path, thorough=False).ok:
            return entry
    return None


# Below this size PRAGMA quick_check takes well under a second: run it on every start.
ALWAYS_QUICK_CHECK_BYTES = 64 * 1024 * 1024


def ensure_healthy_database(  # type: ignore[no-untyped-def]
    app_paths: AppPaths, parent: QWidget | None = None, dialog_factory=None, after_crash: bool = False
) -> bool:
    """Check the database before it is opened. False: the user chose to quit.

    ``PRAGMA quick_check`` runs when the last session crashed or the file is small enough
    for it to be fast; otherwise a cheap open check runs here and the daily background
    backup is quick-checked (see ui/backups/actions.start_jobs). A damaged or unreadable
    file opens a dialog offering the newest good backup; choosing it moves the damaged file
    aside (kept) and puts the backup in its place.
    """
    from crm_desktop.ui.backups.damaged_dialog import DamagedDatabaseDialog

    db_path = app_paths.database
    if not db_path.exists():
        return True
    if after_crash or db_path.stat().st_size < ALWAYS_QUICK_CHECK_BYTES:
        problems = store.quick_check(db_path)
    else:
        problems = store.open_check(db_path)
    if not problems:
        return True
    log.error("quick check failed: %s", problems[0])
    factory = dialog_factory or DamagedDatabaseDialog
    while True:
        dialog = factory(db_path, problems, newest_good_backup(app_paths), app_paths.backups, parent)
        if not dialog.exec() or dialog.chosen is None:
            return False
        try:
            aside = recover_from(db_path, dialog.chosen)
        except CrmError as exc:
            QMessageBox.warning(parent, APP_NAME, QCoreApplication.translate(
                "Startup", "{problem}\n\nChoose another backup.").format(problem=i18n.user_message(exc)))
            continue
        except OSError as exc:
            QMessageBox.warning(
                parent, APP_NAME,
                QCoreApplication.translate(
                    "Startup", "The damaged file could not be moved aside ({error}). "
                    "Check that the data folder is writable, then try again.").format(error=exc.strerror or exc),
            )
            continue
        QMessageBox.information(
            parent,
            APP_NAME,
            QCoreApplication.translate("Startup", "The backup was restored. The damaged file was kept as:\n{path}")
            .format(path=aside),
        )
        return True


def upgrade_notice(app_paths: AppPaths) -> QWidget | None:
    """When opening the database will update it for this version (a backup first, then the
    changes: seconds for a large file, during which the window cannot paint), a small window
    that says so; the caller closes it once the database is open. None when nothing is pending."""
    if not migrate.upgrade_pending(app_paths.database):
        return None
    notice = QFrame(None, Qt.WindowType.SplashScreen | Qt.WindowType.WindowStaysOnTopHint)
    notice.setFrameShape(QFrame.Shape.Box)
    notice.setObjectName("upgradeNotice")
    notice.setWindowTitle(APP_NAME)
    title = QLabel(QCoreApplication.translate("Startup", "<b>Updating your data for this version…</b>"))
    detail = QLabel(QCoreApplication.translate(
        "Startup", "A backup is saved first. With many contacts this can take a minute; please wait."))
    detail.setWordWrap(True)
    layout = QVBoxLayout(notice)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.addWidget(title)
    layout.addWidget(detail)
    notice.setFixedWidth(420)
    notice.adjustSize()
    screen = QApplication.primaryScreen()
    if screen is not None:  # in the middle of the screen, where the window will open
        notice.move(screen.availableGeometry().center() - notice.rect().center())
    notice.show()
    for _ in range(3):  # painted before the work blocks the event loop
        QApplication.processEvents()
    log.info("updating the database for this version")
    return notice
