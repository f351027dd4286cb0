"""CRM_DESKTOP_EXIT_WHEN_READY=1: the app starts, fills the contacts list, says so and quits
(the start-up benchmark times this)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_the_app_reports_ready_with_the_contacts_listed_and_quits(tmp_path):
    from crm_desktop.cli import main as cli_main

    data = tmp_path / "data"
    assert cli_main(["--data-dir", str(data), "demo", "--contacts", "30"]) == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_DESKTOP_EXIT_WHEN_READY="1")
    done = subprocess.run([sys.executable, "-m", "crm_desktop", "--data-dir", str(data)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "ready 30" in done.stdout.splitlines()
