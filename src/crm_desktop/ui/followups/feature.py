"""Window-wide follow-up features: quick add, reminders, the badge, calendar export, tray.

``install(window)`` is registered in ``ui/navigation.FEATURES``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)

from crm_desktop.services.changes import Change
from crm_desktop.ui import i18n
from crm_desktop.ui.followups.reminders import ReminderDriver
from crm_desktop.ui.theme import icon

if TYPE_CHECKING:
    from crm_desktop.services.reminders import CatchUp, Reminder
    from crm_desktop.ui.main_window import MainWindow

QUICK_ADD_SHORTCUT = "Ctrl+Shift+F"
KEEP_IN_TRAY_KEY = "followups/keep_in_tray"
# The keep-in-touch pass scans every contact with a cadence: after the window is up, not before.
KEEP_IN_TOUCH_AFTER_START_MS = 3000


class Notice(QWidget):
    """The in-app notice in the status bar: what is due, click to open it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = QPushButton()
        self.button.setObjectName("reminderNotice")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setIcon(icon("followups"))
        self.button.setStyleSheet(
            "QPushButton#reminderNotice { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36a;"
            " border-radius: 4px; padding: 2px 10px; font-weight: 600; }"
            "QPushButton#reminderNotice:hover { background: #ffe8a1; }"
        )
        self.dismiss = QPushButton("×")
        self.dismiss.setFlat(True)
        self.dismiss.setFixedWidth(22)
        self.dismiss.setToolTip(self.tr("Dismiss"))
        self.dismiss.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.button)
        lay.addWidget(self.dismiss)
        self.hide()

    def show_text(self, text: str) -> None:
        self.button.setText(text)
        self.button.setToolTip(self.tr("Click to open"))
        self.show()


class FollowUpFeature(QObject):
    """Owns the reminder driver, the tray icon, the notice and the quick-add action."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.services = window.ctx.services
        self._open_target: int | None = None  # follow-up id, or None for the whole view
        self._quitting = False

        self.quick_add = QAction(icon("followups"), self.tr("New &follow-up…"), window)
        self.quick_add.setShortcut(QKeySequence(QUICK_ADD_SHORTCUT))
        self.quick_add.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_add.triggered.connect(self.open_quick_add)
        window.add_file_action(self.quick_add)
        self.export = QAction(self.tr("Export follow-ups to &calendar (.ics)…"), window)
        self.export.triggered.connect(self._on_export_triggered)
        window.menu("tools").addAction(self.export)
        self.keep_in_tray = QAction(self.tr("Keep running in the tray when the window is closed"), window)
        self.keep_in_tray.setCheckable(True)
        self.keep_in_tray.setChecked(str(self.ctx.settings.value(KEEP_IN_TRAY_KEY, "false")).lower() == "true")
        self.keep_in_tray.setEnabled(QSystemTrayIcon.isSystemTrayAvailable())
        self.keep_in_tray.toggled.connect(self._on_keep_in_tray_toggled)
        window.menu("tools").addAction(self.keep_in_tray)

        self.notice = Notice()
        self.notice.button.clicked.connect(self.open_target)
        window.statusBar().addWidget(self.notice)

        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.setToolTip(self.tr("CRM: follow-ups"))
            menu = QMenu(window)
            menu.addAction(self.tr("Open CRM"), self._show_window)
            menu.addAction(self.quick_add)
            menu.addSeparator()
            menu.addAction(self.tr("Quit"), self.quit)
            self.tray.setContextMenu(menu)
            self.tray.messageClicked.connect(self.open_target)
            self.tray.activated.connect(self._on_tray_activated)
            self.tray.show()

        self.driver = ReminderDriver(self.services, self)
        self.driver.reminded.connect(self._on_reminded)
        self.driver.caught_up.connect(self._on_caught_up)
        self.driver.clock_jumped.connect(self._on_clock_jumped)
        self.driver.timer.timeout.connect(self.update_badge)
        self._badge_timer = QTimer(self, singleShot=True, interval=150)
        self._badge_timer.timeout.connect(self.update_badge)
        self.ctx.bridge.changed.connect(self._on_bridge_changed)
        window.installEventFilter(self)
        self._hook_quit_action()
        # Start after the window is up, so the start-up announcement is seen.
        QTimer.singleShot(0, self.start)

    def start(self) -> None:
        self.update_badge()
        self.driver.start(keep_in_touch_after_ms=KEEP_IN_TOUCH_AFTER_START_MS)

    # --- notifications -----------------------------------------------------------------

    def notify(self, title: str, text: str, target: int | None) -> None:
        """Desktop notification (when a tray exists) and the in-app notice; both open ``target``."""
        self._open_target = target
        self.notice.show_text(f"{title}: {text}" if text else title)
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text or title, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _on_reminded(self, reminders: list[Reminder]) -> None:
        if len(reminders) == 1:
            r = reminders[0]
            self.notify(self.tr("Follow-up due"), r.title + (f" · {i18n.translated(r.contact_name)}" if r.contact_name else ""), r.id)
        else:
            self.notify(self.tr("{count} follow-ups are due").format(count=QLocale().toString(len(reminders))),
                        ", ".join(r.title for r in reminders[:3]) + ("…" if len(reminders) > 3 else ""), None)
        self.update_badge()

    def _on_caught_up(self, catch_up: CatchUp) -> None:
        if catch_up.count == 1:
            message = self.tr("1 follow-up became due while CRM was closed: {title}").format(
                title=catch_up.reminders[0].title)
        else:
            message = self.tr("{count} follow-ups became due while CRM was closed").format(
                count=QLocale().toString(catch_up.count))
        self.notify(message, "", catch_up.reminders[0].id if catch_up.count == 1 else None)

    def open_target(self) -> None:
        self._show_window()
        self.notice.hide()
        if self._open_target is None:
            self.window.show_view("followups")
        else:
            self.window.open_record("followup", self._open_target)

    # --- badge, quick add, export ----------------------------------------------------------

    def update_badge(self) -> None:
        count = self.services.followup_lists.badge_count()
        self.window.set_badge("followups", QLocale().toString(count) if count else "")

    def _on_bridge_changed(self, change: Change) -> None:
        if change.kind == "followup":
            self._badge_timer.start()

    def _on_clock_jumped(self) -> None:
        # The view regroups itself when the local day changes; the badge is refreshed here.
        self.update_badge()

    def open_quick_add(self) -> int | None:
        from crm_desktop.ui.followups.dialogs import FollowUpDialog
        from crm_desktop.ui.followups.undo import push_added
        from crm_desktop.ui.keyboard import current_target

        self._show_window()
        found = current_target(self.window)  # the contact or deal in front of the user, if any
        target = found[0] if found else {}
        dialog = FollowUpDialog(self.services, compact=True, parent=self.window,
                                contact_id=target.get("contact_id"), deal_id=target.get("deal_id"))
        if dialog.exec() and dialog.saved_id is not None:
            push_added(self.ctx.undo, self.services.followups, dialog.saved_id, dialog.title.text().strip())
            self.window.show_message(self.tr("Added follow-up “{title}”.").format(title=dialog.title.text().strip()))
            return dialog.saved_id
        return None

    def _on_export_triggered(self) -> None:
        view = self.window.show_view("followups")
        view.export_calendar()  # type: ignore[attr-defined]

    # --- tray ------------------------------------------------------------------------------

    def _on_keep_in_tray_toggled(self, on: bool) -> None:
        self.ctx.settings.setValue(KEEP_IN_TRAY_KEY, "true" if on else "false")

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._show_window()

    def _show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _hook_quit_action(self) -> None:
        for action in self.window.menu("file").actions():
            if action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit):
                action.triggered.disconnect()
                action.triggered.connect(self.quit)

    def quit(self) -> None:
        self._quitting = True
        self.window.close()
        QApplication.quit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (obj is self.window and event.type() == QEvent.Type.Close and not self._quitting
                and self.keep_in_tray.isChecked() and self.tray is not None):
            assert isinstance(event, QCloseEvent)
            self.window.save_state()
            event.ignore()
            self.window.hide()
            self.tray.showMessage(self.tr("CRM keeps running"),
                                  self.tr("Reminders still come. Right-click the tray icon to quit."),
                                  QSystemTrayIcon.MessageIcon.Information, 5000)
            return True
        return super().eventFilter(obj, event)


def install(window: MainWindow) -> None:
    window.followup_feature = FollowUpFeature(window)  # type: ignore[attr-defined]
