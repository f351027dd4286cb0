"""Reminders while the app runs: a periodic check that survives sleep and clock changes.

``ReminderDriver`` asks the ReminderService every ``TICK_MS`` (and at the exact time of the
next reminder) which reminders are due. The service marks each one as it hands it out, so
nothing fires twice. A wall-clock jump (the computer slept, or the clock was changed) is
noticed by comparing the wall clock with the monotonic clock, and triggers an immediate
re-check and regrouping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from crm_desktop.services import Services

if TYPE_CHECKING:
    from crm_desktop.services.reminders import CatchUp, Reminder

TICK_MS = 30_000
KEEP_IN_TOUCH_EVERY_S = 30 * 60
JUMP_TOLERANCE_S = 60


class ReminderDriver(QObject):
    """Signals: ``reminded(list[Reminder])`` for reminders that just came due,
    ``caught_up(CatchUp)`` once at start-up when something fell due while closed,
    ``clock_jumped()`` after sleep or a clock change (views regroup)."""

    reminded = Signal(list)
    caught_up = Signal(object)
    clock_jumped = Signal()

    def __init__(self, services: Services, parent: QObject | None = None,
                 wall: Callable[[], float] = time.time, monotonic: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.services = services
        self._wall = wall
        self._monotonic = monotonic
        self._last_wall = wall()
        self._last_mono = monotonic()
        self._last_keep_in_touch = -1e18
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.precise = QTimer(self, singleShot=True)
        self.precise.setTimerType(Qt.TimerType.PreciseTimer)
        self.precise.timeout.connect(self.tick)

    def start(self, keep_in_touch_after_ms: int = 0) -> CatchUp:
        """Announce what fell due while closed (once), create keep-in-touch follow-ups,
        then check periodically. With ``keep_in_touch_after_ms`` the keep-in-touch pass
        (a scan of every contact with a cadence) waits that long, so it does not hold up
        the first paint of the window."""
        if keep_in_touch_after_ms > 0:
            self._last_keep_in_touch = self._monotonic()  # the periodic tick waits too
            QTimer.singleShot(keep_in_touch_after_ms, self, self._run_keep_in_touch)
        else:
            self._run_keep_in_touch()
        catch_up = self.services.reminders.catch_up()
        if catch_up.count:
            self.caught_up.emit(catch_up)
        self.timer.start()
        self._arm_precise()
        return catch_up

    def stop(self) -> None:
        self.timer.stop()
        self.precise.stop()

    def tick(self) -> list[Reminder]:
        wall, mono = self._wall(), self._monotonic()
        drift = (wall - self._last_wall) - (mono - self._last_mono)
        self._last_wall, self._last_mono = wall, mono
        if abs(drift) > JUMP_TOLERANCE_S:
            self.clock_jumped.emit()
        if mono - self._last_keep_in_touch >= KEEP_IN_TOUCH_EVERY_S or abs(drift) > JUMP_TOLERANCE_S:
            self._run_keep_in_touch()
        fired = self.services.reminders.check()
        if fired:
            self.reminded.emit(fired)
        self._arm_precise()
        return fired

    def _run_keep_in_touch(self) -> None:
        self._last_keep_in_touch = self._monotonic()
        self.services.reminders.keep_in_touch()

    def _arm_precise(self) -> None:
        """Fire exactly when the next reminder is due, when that is before the next tick."""
        at = self.services.reminders.next_reminder_at()
        if at is None:
            self.precise.stop()
            return
        ms = int((at - self.services.followups.now()).total_seconds() * 1000) + 50
        if 0 < ms < TICK_MS:
            self.precise.start(ms)
