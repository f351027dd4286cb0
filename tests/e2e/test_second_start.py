"""Two real app processes on one data folder: the second hands over to the first and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from crm_desktop import instance


@pytest.mark.slow
def test_second_start_exits_and_wakes_the_first(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[window]\nview=trash\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_DESKTOP_DATA_DIR=str(data))
    command = [sys.executable, "-m", "crm_desktop"]
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    log_file = data / "logs" / "crm-desktop.log"
    try:
        deadline = time.monotonic() + 90
        while instance.running_pid(data) != first.pid or not (data / "backups").exists():
            assert first.poll() is None, first.stderr.read().decode()
            assert time.monotonic() < deadline, "the first window did not start"
            time.sleep(0.1)
        second = subprocess.run(command, env=env, capture_output=True, timeout=90)
        assert second.returncode == 0
        deadline = time.monotonic() + 30
        while "bringing it to the front" not in (log_file.read_text() if log_file.exists() else ""):
            assert time.monotonic() < deadline, "the first window was not asked to come forward"
            time.sleep(0.1)
        assert first.poll() is None  # still running, still the only one
    finally:
        first.terminate()
        first.wait(30)
