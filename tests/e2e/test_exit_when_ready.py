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


# Counts the calls made while the app starts, then starts it the way `python -m crm_desktop` does.
COUNTING_START = """
import argparse, collections, sys
from crm_desktop import app, paths
from crm_desktop.ui import i18n

calls = collections.Counter()

def counted(name, function):
    def wrapper(*args, **kwargs):
        calls[name] += 1
        return function(*args, **kwargs)
    return wrapper

paths.AppPaths.ensure = counted("ensure", paths.AppPaths.ensure)
i18n.install = counted("install", i18n.install)
code = app.run_gui(argparse.Namespace(data_dir=sys.argv[1]))
print("calls", calls["ensure"], calls["install"], flush=True)
sys.exit(code)
"""


@pytest.mark.slow
def test_a_start_makes_the_folders_and_installs_the_language_once(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_DESKTOP_EXIT_WHEN_READY="1")
    done = subprocess.run([sys.executable, "-c", COUNTING_START, str(tmp_path / "data")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "ready 0" in lines
    assert "calls 1 1" in lines


# Starts the app the way `python -m crm_desktop` does, then names the modules it loaded that
# only importing, exporting, mail, reports or the duplicate finder need.
START_THEN_LIST = """
import argparse, sys
from crm_desktop import app

code = app.run_gui(argparse.Namespace(data_dir=sys.argv[1]))
later = ["xlsxwriter", "keyring", "rapidfuzz", "crm_desktop.services.mail", "crm_desktop.services.mail_merge",
         "crm_desktop.services.importer", "crm_desktop.services.reports", "crm_desktop.services.duplicates"]
print("loaded", *[m for m in later if m in sys.modules], flush=True)
sys.exit(code)
"""


@pytest.mark.slow
def test_a_start_leaves_the_code_of_features_not_used_yet(tmp_path):
    from crm_desktop.cli import main as cli_main

    data = tmp_path / "data"
    assert cli_main(["--data-dir", str(data), "demo", "--contacts", "30"]) == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_DESKTOP_EXIT_WHEN_READY="1")
    done = subprocess.run([sys.executable, "-c", START_THEN_LIST, str(data)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "ready 30" in lines
    assert "loaded" in lines, lines
