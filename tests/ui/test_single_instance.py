"""One window per data folder: the lock, the hand-off to the first window, stale locks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from crm_desktop import instance
from crm_desktop.ui.single_instance import SingleInstance, send_activate


def test_second_start_hands_off_to_the_first(tmp_path, qtbot, qapp):
    first = SingleInstance(tmp_path / "data")
    assert first.acquire()
    try:
        assert instance.running_pid(tmp_path / "data") is None  # our own process does not count
        second = SingleInstance(tmp_path / "data")
        assert not second.acquire()
        with qtbot.waitSignal(first.activate_requested, timeout=5000):
            assert second.notify_running()
    finally:
        first.release()
    third = SingleInstance(tmp_path / "data")
    assert third.acquire()  # free again once the first window closed
    third.release()


def test_other_data_folders_are_independent(tmp_path, qapp):
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert a.acquire() and b.acquire()
    assert a.name != b.name
    a.release()
    b.release()


def test_nobody_listening_is_reported(tmp_path, qapp):
    assert not send_activate("crm-desktop-test-nobody-listens", timeout_ms=300)


def test_a_lock_left_by_a_crash_does_not_block(tmp_path, qapp):
    data = tmp_path / "data"
    child = textwrap.dedent(
        f"""
        import sys, time
        from PySide6.QtCore import QCoreApplication
        from crm_desktop.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        guard = SingleInstance({str(data)!r})
        assert guard.acquire()
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "locked"
        assert instance.running_pid(data) == proc.pid
        assert not SingleInstance(data).acquire()  # alive: really taken
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert instance.lock_path(data).exists()  # the crash left the lock behind
    assert instance.running_pid(data) is None
    guard = SingleInstance(data)
    assert guard.acquire()
    assert guard.previous_crashed  # start-up then runs the full quick check
    guard.release()
    clean = SingleInstance(data)
    assert clean.acquire() and not clean.previous_crashed
    clean.release()
