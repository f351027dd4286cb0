"""Choosing the window's language: the menu, the stored choice, translators and formats."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.errors import NotFound, ValidationError
from crm_desktop.domain.i18n import user_text
from crm_desktop.ui import i18n, language


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    i18n.install("en")


def _language_actions(window):  # type: ignore[no-untyped-def]
    for action in window.menu("view").actions():
        if action.menu() is not None and "Language" in action.text().replace("&", ""):
            return action.menu().actions()
    raise AssertionError("no Language menu")


def test_menu_offers_system_english_and_german(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    actions = _language_actions(window)
    assert [a.data() for a in actions] == ["system", "en", "de"]
    assert [a.isChecked() for a in actions] == [True, False, False]


def test_choice_is_stored_and_restart_is_offered(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    shown = []

    def answer(box):  # type: ignore[no-untyped-def]
        shown.append(box.text())
        restart = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        monkeypatch.setattr(box, "clickedButton", lambda: restart)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    language.choose(window, "de")
    assert window.ctx.settings.value(i18n.SETTING) == "de"
    assert "Deutsch" in shown[0]
    assert window.restart_requested


def test_german_formats_dates_and_numbers_the_german_way(qapp) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install("de") == "de"
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().toString(1234.5, "f", 2) == "1.234,50"
    assert i18n.install("en") == "en"
    assert QLocale().toString(1234.5, "f", 2) == "1,234.50"


def test_unknown_language_falls_back_to_english() -> None:
    assert i18n.chosen_language("xx") == "en"


def test_service_messages_keep_their_values() -> None:
    message = user_text("Enter a name for the {what}.", what=user_text("pipeline"))
    assert message == "Enter a name for the pipeline."
    assert i18n.translated(message) == "Enter a name for the pipeline."
    error = ValidationError({"name": message, "email": user_text("Check the email address.")})
    assert i18n.user_message(error) == "Enter a name for the pipeline.\nCheck the email address."
    assert i18n.user_message(NotFound("contact", 3))
