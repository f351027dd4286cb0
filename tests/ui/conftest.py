"""Fixtures for GUI tests: a UiContext on the real test database, and a main window with stand-in views."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from crm_desktop.services.contacts import ContactInput
from crm_desktop.ui import navigation


@pytest.fixture
def ctx(ui_ctx):
    """The UiContext of tests/conftest.py under the short name the view tests use."""
    return ui_ctx


@pytest.fixture
def people(services):
    """A few contacts: returns {first name: id}."""
    data = [
        ("Anna", "Müller", "anna@mueller.example", "+49 30 1234567", "Müller Bau", ["vip"]),
        ("José", "García", "jose@garcia.example", "+34 612 345 678", "Garcia SL", []),
        ("Chloé", "Martin", "chloe@martin.example", "+33 6 12 34 56 78", "Müller Bau", ["supplier"]),
        ("Bob", "Smith", "bob@smith.example", "", "", []),
    ]
    out = {}
    for first, last, email, phone, company, tags in data:
        out[first] = services.contacts.create(
            ContactInput(first_name=first, last_name=last, emails=[email], phones=[phone] if phone else [],
                         company=company, tags=tags)
        )
    return out


class RecordingView(QLabel):
    def __init__(self):
        super().__init__("view")
        self.opened = []

    def open_record(self, kind, record_id):
        self.opened.append((kind, record_id))


@pytest.fixture
def make_window(app_paths, monkeypatch, real_window):
    """Builds main windows with stand-in views that record open_record calls."""
    views = {}

    def factory(key):
        def make(_ctx):
            views[key] = RecordingView()
            return views[key]

        return make

    monkeypatch.setattr(
        navigation,
        "VIEWS",
        [
            navigation.ViewSpec("contacts", "Contacts", "contacts", factory("contacts"), opens=("contact",)),
            navigation.ViewSpec("companies", "Companies", "companies", factory("companies"), opens=("company",)),
        ],
    )

    def make():
        views.clear()
        win = real_window(app_paths)
        win.views = views
        return win

    return make


@pytest.fixture
def window(make_window):
    return make_window()


