"""The services container builds most services, and imports their modules, on first use."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from crm_desktop.services import ON_FIRST_USE, Services


def test_every_service_is_made_once_with_the_parts_it_needs(services):
    for name in ON_FIRST_USE:
        made = getattr(services, name)
        assert getattr(services, name) is made, name
    assert services.mail_merge.mail is services.mail
    assert services.followup_lists.service is services.followups
    assert services.reminders.followups is services.followups
    assert services.contacts.settings is services.settings
    assert services.mail.activities is services.activities


def test_an_unknown_name_is_an_attribute_error(services):
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        services.nonsense  # noqa: B018
    assert not hasattr(services, "nonsense")


def test_two_threads_asking_at_once_get_the_same_service(services: Services, monkeypatch):
    import time

    from crm_desktop.services import sync

    real = sync.SyncService

    def slow(*args):  # a build long enough for the threads to meet inside it
        time.sleep(0.05)
        return real(*args)

    monkeypatch.setattr(sync, "SyncService", slow)
    got: list[object] = []
    start = threading.Barrier(4)

    def ask() -> None:
        start.wait()
        got.append(services.sync)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 4 and all(g is got[0] for g in got)


def test_a_service_can_be_replaced_for_a_test(services):
    services.reports = "stand-in"  # type: ignore[assignment]
    assert services.reports == "stand-in"


BUILD_THEN_USE = """
import sys
from pathlib import Path
from crm_desktop.services import build_services
from crm_desktop.storage.engine import open_database

services = build_services(open_database(Path(sys.argv[1])))
heavy = ["crm_desktop.services.mail", "crm_desktop.services.sync", "crm_desktop.services.reports",
         "crm_desktop.services.importer", "keyring", "xlsxwriter", "rapidfuzz"]
print("before", *[m for m in heavy if m in sys.modules])
services.mail.account()
services.exports
print("after", *[m for m in ("crm_desktop.services.mail", "keyring", "crm_desktop.services.exporting") if m in sys.modules])
"""


def test_building_the_services_leaves_the_heavy_modules_until_used(tmp_path):
    done = subprocess.run([sys.executable, "-c", BUILD_THEN_USE, str(tmp_path / "crm.sqlite3")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "before", "after crm_desktop.services.mail keyring crm_desktop.services.exporting"]
