"""Shared fixtures: a real SQLite file per test, offscreen Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest  # noqa: E402

from crm_desktop.paths import AppPaths  # noqa: E402
from crm_desktop.services import Services, build_services  # noqa: E402
from crm_desktop.storage.engine import open_database  # noqa: E402


@pytest.fixture
def app_paths(tmp_path) -> AppPaths:
    return AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs").ensure()


@pytest.fixture
def services(app_paths) -> Services:
    svc = build_services(open_database(app_paths.database))
    yield svc
    svc.db.close()
