"""The import wizard's column combo offers each contact custom field ("Custom: Segment")."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.importer.wizard import ImportWizard
from crm_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_wizard_maps_a_column_to_a_custom_field(qtbot, services, app_paths, tmp_path):
    services.custom_fields.define("contact", "Segment", "choice", ["Retail", "Wholesale"])
    services.custom_fields.define("contact", "Shoe size", "number")
    path = tmp_path / "in.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["First name", "Last name", "Segment", "Size"])
        w.writerow(["Ada", "Lovelace", "wholesale", "38"])
    tasks = TaskRunner()
    ctx = UiContext(services=services, bridge=ChangeBridge(services.hub), tasks=tasks,
                    settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                    paths=app_paths, undo=QUndoStack())
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    wizard.next()
    page = wizard.mapping_page
    combos = [page.columns.cellWidget(r, 2) for r in range(page.columns.rowCount())]
    assert combos[2].currentData() == "custom:segment"  # recognised by its name
    assert combos[2].currentText() == "Custom: Segment"
    size = combos[3]
    assert size.findText("Custom: Shoe size") >= 0
    size.setCurrentIndex(size.findText("Custom: Shoe size"))  # chosen by hand
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check.result is not None, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20_000)
    ada = services.contacts.ordered_ids()[0]
    assert services.custom_fields.values("contact", ada) == {"segment": "Wholesale", "shoe_size": "38"}
    tasks.wait()
