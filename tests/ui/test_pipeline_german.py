"""The pipeline and follow-up screens in German: translated texts, German dates and money,
and due dates typed in German words."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from crm_desktop.services.deals import DealInput
from crm_desktop.services.followup_lists import Group
from crm_desktop.services.followups import FollowUpInput
from crm_desktop.ui.followups.dialogs import FollowUpDialog
from crm_desktop.ui.followups.due_words import to_english
from crm_desktop.ui.followups.view import FollowUpsView
from crm_desktop.ui.pipeline.board import PipelineView
from crm_desktop.ui.pipeline.card_delegate import _dated
from followup_helpers import contact, local, use_clock

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
GERMAN = QLocale.Language.German
TODAY = date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize(("typed", "words"), [
    ("heute", "today"),
    ("Morgen 9 Uhr", "tomorrow 9:00"),
    ("morgen um 14:30", "tomorrow at 14:30"),
    ("übermorgen", "in 2 days"),
    ("in 3 Tagen", "in 3 days"),
    ("in zwei Wochen", "in 2 weeks"),
    ("nächsten Montag", "next monday"),
    ("Fr. 14.30 Uhr", "friday 14.30"),
    ("am Freitag", "on friday"),
    ("am 24.12.2026 10:00", "24.12.2026 10:00"),
    ("24.12.", "24.12.2026"),
    ("3.2.", "3.2.2027"),
    ("nächste Woche", "next week"),
])
def test_german_due_words_become_the_parsers_words(typed: str, words: str) -> None:
    assert to_english(typed, GERMAN, TODAY) == words


def test_other_languages_pass_through_unchanged() -> None:
    assert to_english("morgen", QLocale.Language.English, TODAY) == "morgen"


def test_follow_up_dialog_speaks_german(german, services, qtbot) -> None:  # type: ignore[no-untyped-def]
    use_clock(services, local(2026, 11, 18, 10))
    dialog = FollowUpDialog(services, compact=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Wiedervorlage schnell anlegen"
    assert dialog.due.edit.text() == "heute"
    assert dialog.due.feedback.text() == "→ Heute, Mi., 18. Nov., ganztägig"
    dialog.due.set_text("morgen 9 Uhr")
    assert dialog.due.value() is not None and dialog.due.value().at == time(9, 0)
    assert dialog.due.feedback.text() == "→ Morgen, Do., 19. Nov. um 09:00"
    dialog.due.set_text("Fr 14:30")
    assert dialog.due.feedback.text() == "→ Fr., 20. Nov. 2026 (in 2 Tagen) um 14:30"
    dialog.due._on_calendar_clicked(QDate(2026, 12, 3))
    assert dialog.due.edit.text() == "03.12.2026 14:30"  # German dates are read back too
    assert dialog.due.value().day == date(2026, 12, 3)


def test_follow_ups_view_groups_and_dates_in_german(german, ctx, services, qtbot) -> None:  # type: ignore[no-untyped-def]
    use_clock(services, local(2026, 11, 18, 10))
    cid = contact(services)
    services.followups.create(FollowUpInput(title="Chase invoice", due_date=date(2026, 11, 10), contact_id=cid))
    services.followups.create(FollowUpInput(title="Call Ada", due_date=TODAY, due_time=time(15, 0),
                                            priority="high", contact_id=cid))
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    model = view.model
    overdue = model.index(int(Group.OVERDUE), 0)
    assert overdue.data() == "Überfällig  ·  1"
    assert model.index(0, 2, overdue).data() == "10. Nov. · 8 Tage zu spät"
    today = model.index(int(Group.TODAY), 0)
    assert model.index(0, 3, today).data() == "Hoch"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Fällig"
    assert view.summary.text().startswith("1 überfällig · 1 heute")


def test_board_counts_money_and_cards_in_german(german, ctx, services, qtbot) -> None:  # type: ignore[no-untyped-def]
    sales = services.pipelines.list()[0]
    services.deals.create(DealInput(title="Website", value="12345.5", currency="EUR", stage_id=sales.stages[0].id,
                                    expected_close=date(2027, 2, 28)))
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    assert view.summary.text() == "1 offener Deal"
    assert view.columns[0].total_label.text() == "12.346\u00a0€"  # a no-break space before the sign
    assert view.columns[0].weighted_label.text().startswith("Gewichtet ")
    assert _dated("Abschluss {date}", date(2027, 2, 28))[0] == "Abschluss 28. Feb. 2027"
    assert view.new_button.text() == "Neuer Deal"
