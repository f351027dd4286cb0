"""File → Back up now… / Restore from backup…, Help → Check database / Open log folder,
and the start-up jobs: the daily backup, the trash purge, the cloud-folder warning."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm_desktop.services.backups import new_backup_path
from crm_desktop.storage import location
from crm_desktop.ui import i18n
from crm_desktop.ui.backups.restore_dialog import RestoreDialog

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
WARNED_KEY = "safety/location-warning-shown"


def install(window: MainWindow) -> None:
    backup = QAction(QCoreApplication.translate("BackupActions", "&Back up now…"), window)
    backup.triggered.connect(lambda: back_up_now(window))
    restore = QAction(QCoreApplication.translate("BackupActions", "&Restore from backup…"), window)
    restore.triggered.connect(lambda: RestoreDialog(window.ctx, window).exec())
    window.add_file_action(backup)
    window.add_file_action(restore)
    window.menu("file").insertSeparator(window.menu("file").actions()[-1])
    check = QAction(QCoreApplication.translate("BackupActions", "&Check database"), window)
    check.triggered.connect(lambda: check_database(window))
    logs = QAction(QCoreApplication.translate("BackupActions", "Open &log folder"), window)
    logs.triggered.connect(lambda: open_log_folder(window))
    help_menu = window.menu("help")
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertActions(first, [check, logs])  # type: ignore[arg-type]
    if first is not None:
        help_menu.insertSeparator(first)


def back_up_now(window: MainWindow, target: Path | None = None) -> None:
    """Ask where (the backups folder is suggested), then back up in the background."""
    backups = window.ctx.services.backups
    title = QCoreApplication.translate("BackupActions", "Back up now")
    if target is None:
        backups.folder.mkdir(parents=True, exist_ok=True)
        suggested = new_backup_path(backups.folder, "manual")
        name, _ = QFileDialog.getSaveFileName(
            window, title, str(suggested), QCoreApplication.translate("BackupActions", "CRM Desktop backups (*.sqlite3)")
        )
        if not name:
            return
        target = Path(name)
    if target.resolve() == window.ctx.services.db.path.resolve():
        QMessageBox.warning(window, title, QCoreApplication.translate(
            "BackupActions", "A backup cannot replace the database itself. Choose another name."))
        return
    window.show_message(QCoreApplication.translate("BackupActions", "Backing up…"), 0)

    def done(path: Path) -> None:
        window.show_message(QCoreApplication.translate("BackupActions", "Backup saved: {file}").format(file=path), 10_000)

    def failed(exc: BaseException, _trace: str) -> None:
        window.show_message("")
        QMessageBox.warning(window, title, i18n.user_message(exc))

    window.ctx.tasks.run(lambda _job: backups.create("manual", target=target), on_done=done, on_error=failed)


def check_database(window: MainWindow) -> None:
    window.show_message(QCoreApplication.translate("BackupActions", "Checking the database…"), 0)
    title = QCoreApplication.translate("BackupActions", "Check database")

    def done(problems: list[str]) -> None:
        window.show_message("")
        if not problems:
            QMessageBox.information(window, title, QCoreApplication.translate(
                "BackupActions", "The database is healthy: no damage and no broken links were found."))
            return
        shown = "\n".join(f"• {i18n.translated(p)}" for p in problems[:8])
        if len(problems) > 8:
            shown += "\n" + QCoreApplication.translate("BackupActions", "…and {n} more.").format(
                n=QLocale().toString(len(problems) - 8))
        if len(problems) == 1:
            found = QCoreApplication.translate("BackupActions", "The check found 1 problem:")
        else:
            found = QCoreApplication.translate("BackupActions", "The check found {n} problems:").format(
                n=QLocale().toString(len(problems)))
        QMessageBox.warning(window, title, QCoreApplication.translate(
            "BackupActions",
            "{found}\n\n{problems}\n\nUse File → Restore from backup… to go back to a backup made before the problem.",
        ).format(found=found, problems=shown))

    window.ctx.tasks.run(lambda _job: window.ctx.services.backups.check(), on_done=done)


def open_log_folder(window: MainWindow) -> bool:
    folder = window.ctx.paths.log_dir
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def start_jobs(window: MainWindow) -> None:
    """After the window is up, off the GUI thread: the daily backup (quick-checked, which
    checks the live data page by page too) and the trash purge."""
    services = window.ctx.services

    def work(_job) -> tuple[Path | None, list[str], int]:  # type: ignore[no-untyped-def]
        made = services.backups.daily_if_due()
        problems = services.backups.inspect(made, thorough=False).problems if made else []
        purged = services.trash.purge()
        return made, problems, purged

    def done(result: tuple[Path | None, list[str], int]) -> None:
        made, problems, purged = result
        if problems:
            log.error("the daily backup failed its check: %s", problems[0])
            QMessageBox.warning(
                window,
                QCoreApplication.translate("BackupActions", "Possible damage in your database"),
                QCoreApplication.translate(
                    "BackupActions",
                    "Today's backup of your data failed its check, so the database itself may be "
                    "damaged:\n\n{problem}\n\nUse Help → Check database for details, and File → "
                    "Restore from backup… to go back to an earlier backup.",
                ).format(problem=i18n.translated(problems[0])),
            )
        elif purged == 1:
            window.show_message(QCoreApplication.translate(
                "BackupActions", "1 item older than 30 days was removed from the trash."))
        elif purged:
            window.show_message(QCoreApplication.translate(
                "BackupActions", "{n} items older than 30 days were removed from the trash.").format(
                n=QLocale().toString(purged)))

    def failed(exc: BaseException, trace: str) -> None:
        log.error("start-up backup failed: %s", trace)
        window.show_message(QCoreApplication.translate("BackupActions", "The daily backup could not be made: {error}").format(
            error=i18n.user_message(exc)), 15_000)

    window.ctx.tasks.run(work, on_done=done, on_error=failed)


def warn_about_location(window: MainWindow) -> bool:
    """Once per data folder: warn when it is in a cloud-sync folder or on a network drive."""
    settings = window.ctx.settings
    if settings.value(WARNED_KEY, False, type=bool):
        return False
    folder = window.ctx.paths.data_dir
    if location.risk(folder) is None:
        return False
    settings.setValue(WARNED_KEY, True)
    service = location.cloud_service(folder)
    if service:
        title = QCoreApplication.translate("BackupActions", "Your data folder is in {service}").format(service=service)
        where = QCoreApplication.translate("BackupActions", "Your database is in {service}:").format(service=service)
    else:
        title = QCoreApplication.translate("BackupActions", "Your data folder is on a network drive")
        where = QCoreApplication.translate("BackupActions", "Your database is on a network drive:")
    QMessageBox.warning(
        window,
        title,
        QCoreApplication.translate(
            "BackupActions",
            "{where}\n{folder}\n\n"
            "Syncing or sharing a database file while the app has it open can damage it. "
            "Keep the data folder on this computer (start the app with --data-dir to choose another "
            "folder) and put copies of your backups in the cloud or network folder instead.",
        ).format(where=where, folder=folder),
    )
    return True
