"""Custom fields of deals in the deal dialog: an editor per type, problems shown by the field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit

from crm_desktop.services.deals import DealInput
from crm_desktop.ui.pipeline.deal_dialog import DealDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_deal_dialog_edits_and_checks_custom_fields(qtbot, ui_ctx):
    services = ui_ctx.services
    fields = services.custom_fields
    fields.define("deal", "Budget", "money")
    fields.define("deal", "Signed on", "date")
    fields.define("deal", "Needs hosting", "bool")
    fields.define("deal", "Source", "choice", ["Referral", "Website"])
    stage = services.pipelines.list()[0].stages[0]
    deal_id = services.deals.create(DealInput(title="Shop", value="100", currency="EUR", stage_id=stage.id))

    dialog = DealDialog(ui_ctx, deal_id)
    qtbot.addWidget(dialog)
    editors = dialog.custom.editors
    assert isinstance(editors["budget"], QLineEdit) and isinstance(editors["source"], QComboBox)
    editors["budget"].setText("lots")
    editors["signed_on"].setText("2026-03-31")
    editors["needs_hosting"].setCurrentIndex(editors["needs_hosting"].findData("yes"))
    editors["source"].setCurrentIndex(editors["source"].findData("Website"))
    dialog.save()
    assert dialog.result() == 0  # not saved: the budget is not a number
    assert not dialog.custom.errors["budget"].isHidden()
    assert "not a number" in dialog.custom.errors["budget"].text()
    assert dialog.custom.errors["signed_on"].isHidden()
    assert fields.values("deal", deal_id) == {}

    editors["budget"].setText("1200,5")
    dialog.save()
    assert fields.values("deal", deal_id) == {
        "budget": "1200.50", "signed_on": "2026-03-31", "needs_hosting": "yes", "source": "Website",
    }
    again = DealDialog(ui_ctx, deal_id)
    qtbot.addWidget(again)
    assert again.custom.editors["budget"].text() == "1200.50"
    assert again.custom.editors["source"].currentText() == "Website"


def test_no_group_without_custom_fields(qtbot, ui_ctx):
    dialog = DealDialog(ui_ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.custom.isHidden()


def test_new_deal_starts_in_the_default_currency(qtbot, ui_ctx):
    ui_ctx.services.settings.set("default_currency", "CHF")
    dialog = DealDialog(ui_ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.currency_combo.currentText() == "CHF"
