"""Texts the window writes in one place and shows in several: record counts, the pipeline's
rotting and win-probability words, key names and the record lists' column titles, in English
and German."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crm_desktop.ui import counts, undo
from crm_desktop.ui.companies.model import COLUMNS as COMPANY_COLUMNS
from crm_desktop.ui.contacts.model import COLUMNS as CONTACT_COLUMNS
from crm_desktop.ui.exporting.common import table_count_text as export_count
from crm_desktop.ui.keys import key_text
from crm_desktop.ui.pipeline import texts
from crm_desktop.ui.widgets.record_model import RecordTableModel
from crm_desktop.ui.widgets.record_texts import record_texts


def _headers(columns) -> list[str]:  # type: ignore[no-untyped-def]
    model = RecordTableModel(columns, lambda ids: {})
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_counts_in_english(qapp) -> None:
    assert counts.count_text("contact", 1) == "1 contact"
    assert counts.count_text("company", 12) == "12 companies"  # (thousands: the German test)
    assert counts.count_text("unknown", 2) == "2 items"
    assert export_count(3, "followups") == "3 follow-ups"
    assert undo.describe([("deal", 1), ("deal", 2)]) == "2 deals"
    assert record_texts("contact")["many"].format(n=5) == "5 contacts"


def test_counts_in_german(german) -> None:
    assert counts.count_text("contact", 1) == "1 Kontakt"
    assert counts.count_text("contact", 1234) == "1.234 Kontakte"
    assert export_count(2, "activities") == "2 Aktivitäten"
    assert undo.describe([("followup", 1)]) == "1 Wiedervorlage"
    assert undo.describe([("contact", 1), ("company", 2)]) == "2 Einträge"
    assert record_texts("company")["one"] == "1 Firma"


def test_pipeline_texts_in_english(qapp) -> None:
    assert texts.rotting_for(1) == "rotting 1 day"
    assert texts.rotting_for(12) == "rotting 12 days"
    assert texts.rotting_count(15) == "15 rotting"
    assert texts.rotting_in_stage(3) == "3 rotting"
    assert texts.win_probability(25) == "Win probability 25 %"
    assert texts.percent(25) == "25 %"


def test_pipeline_texts_in_german(german) -> None:
    assert texts.rotting_for(1) == "1 Tag inaktiv"
    assert texts.rotting_for(12) == "12 Tage inaktiv"
    assert texts.rotting_count(3) == "3 inaktiv"
    assert texts.rotting_in_stage(3) == "davon 3 inaktiv"  # under "3 offene Deals in dieser Phase"
    assert texts.win_probability(25) == "Gewinnchance 25 %"


def test_key_names(qapp) -> None:
    assert key_text("Ctrl+Shift+L") == "Ctrl+Shift+L"
    assert key_text(Qt.Key.Key_Space) == "Space"


def test_key_names_in_german(german) -> None:
    assert key_text("Ctrl+Shift+L") == "Strg+Umschalt+L"
    assert key_text(Qt.Key.Key_Space) == "Leertaste"


def test_column_titles(qapp) -> None:
    assert _headers(CONTACT_COLUMNS) == ["Name", "Company", "Email", "Phone", "Tags", "Last activity"]
    assert _headers(COMPANY_COLUMNS) == ["Name", "Website", "Phone", "City", "People", "Tags", "Last activity"]


def test_column_titles_in_german(german) -> None:
    assert _headers(CONTACT_COLUMNS) == ["Name", "Firma", "E-Mail", "Telefon", "Schlagwörter", "Letzte Aktivität"]
    assert _headers(COMPANY_COLUMNS) == ["Name", "Website", "Telefon", "Ort", "Personen", "Schlagwörter",
                                         "Letzte Aktivität"]
