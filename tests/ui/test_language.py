"""Choosing the window's language: the menu, the stored choice, translators and formats."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.errors import NotFound, ValidationError
from crm_desktop.domain.i18n import user_text
from crm_desktop.ui import i18n, language


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


def test_the_shared_date_formats_in_english_and_german(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, time

    from crm_desktop.ui import dates

    day = date(2026, 11, 20)
    expected = {
        "en": ["20 Nov 2026", "20 Nov", "Fri 20 Nov", "Fri 20 Nov 2026", "Nov 2026", "November 2026", "09:05"],
        "de": ["20. Nov. 2026", "20. Nov.", "Fr., 20. Nov.", "Fr., 20. Nov. 2026", "Nov. 2026", "November 2026",
               "09:05"],
    }
    for code, texts in expected.items():
        i18n.install(code)
        assert [dates.date_text(day), dates.day_month_text(day), dates.weekday_text(day),
                dates.weekday_date_text(day), dates.month_text(day), dates.full_month_text(day),
                dates.clock_text(time(9, 5))] == texts
    assert dates.date_text(None) == dates.date_time_text(None) == ""


def test_unknown_language_falls_back_to_english() -> None:
    assert i18n.chosen_language("xx") == "en"


def test_service_messages_keep_their_values() -> None:
    message = user_text("Enter a name for the {what}.", what=user_text("pipeline"))
    assert message == "Enter a name for the pipeline."
    assert i18n.translated(message) == "Enter a name for the pipeline."
    error = ValidationError({"name": message, "email": user_text("Check the email address.")})
    assert i18n.user_message(error) == "Enter a name for the pipeline.\nCheck the email address."
    assert i18n.user_message(NotFound("contact", 3)) == "This contact no longer exists (it may have been deleted)."


def _texts(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from crm_desktop.ui.main_window import KEY_ROLE

    sidebar = window.sidebar
    return {
        "menus": [a.text() for a in window.menuBar().actions()],
        "sidebar": {sidebar.item(r).data(KEY_ROLE): sidebar.item(r).text() for r in range(sidebar.count())},
        "view_menu": [a.text() for a in window.menu("view").actions()][:2],
        "undo": window.menu("edit").actions()[0].text(),
        "welcome": [label.text() for label in window.welcome.findChildren(QLabel)],
        "empty_button": window.welcome.empty_button.text().strip(),
    }


def test_the_real_window_is_german_then_english_again(real_window) -> None:  # type: ignore[no-untyped-def]
    texts = _texts(real_window(language="de"))
    assert texts["menus"] == ["&Datei", "&Bearbeiten", "&Ansicht", "E&xtras", "&Hilfe"]
    assert texts["sidebar"] == {"contacts": "Kontakte", "companies": "Firmen", "pipeline": "Pipeline",
                                "followups": "Wiedervorlagen", "reports": "Berichte", "trash": "Papierkorb"}
    assert texts["view_menu"] == ["Kontakte", "Firmen"]
    assert texts["undo"] == "&Rückgängig"
    assert "Willkommen bei CRM Desktop" in texts["welcome"]
    assert texts["empty_button"] == "Mit einer leeren Datenbank beginnen"
    assert QLocale().language() == QLocale.Language.German

    texts = _texts(real_window(language="en"))
    assert texts["menus"] == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    assert texts["sidebar"] == {"contacts": "Contacts", "companies": "Companies", "pipeline": "Pipeline",
                                "followups": "Follow-ups", "reports": "Reports", "trash": "Trash"}
    assert texts["view_menu"] == ["Contacts", "Companies"]
    assert texts["undo"] == "&Undo"
    assert "Welcome to CRM Desktop" in texts["welcome"]
    assert texts["empty_button"] == "Start with an empty database"


def test_self_test_finds_the_german_translation(qapp) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop import selftest

    assert "'&File' -> '&Datei'" in selftest._check_translations()
