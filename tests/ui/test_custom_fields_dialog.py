from PySide6.QtWidgets import QDialog

from crm_desktop.ui.custom_fields import CustomFieldsDialog, FieldEditor


def test_add_choice_field_through_dialog(qtbot, ui_ctx, monkeypatch):
    dialog = CustomFieldsDialog(None, ui_ctx)
    qtbot.addWidget(dialog)
    page = dialog.pages["contact"]
    assert "No custom fields" in page.list.item(0).text()

    answers = iter([("", "choice", []), ("Segment", "choice", ["Retail", "Wholesale"])])
    errors = []

    def fake_exec(editor):
        try:
            label, kind, choices = next(answers)
        except StopIteration:
            return QDialog.DialogCode.Rejected
        errors.append(editor.error.text())
        editor.label.setText(label)
        editor.type.setCurrentIndex(editor.type.findData(kind))
        editor.choices.setPlainText("\n".join(choices))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FieldEditor, "exec", fake_exec)
    page._on_add_clicked()
    assert errors[1].startswith("Give the field a name")  # first try was refused with a message
    assert page.list.item(0).text().startswith("Segment")
    assert [f.choices for f in ui_ctx.services.custom_fields.fields("contact")] == [["Retail", "Wholesale"]]
