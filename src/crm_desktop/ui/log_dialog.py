"""A small dialog to log a note, call or meeting on a contact, company or deal (Ctrl+Shift+L)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.widgets.timeline import AddActivityCommand

KINDS = ((ActivityKind.NOTE, "Note", "Alt+N"), (ActivityKind.CALL, "Call", "Alt+C"),
         (ActivityKind.MEETING, "Meeting", "Alt+M"))


class LogDialog(QDialog):
    """Type what happened, pick Note / Call / Meeting (Alt+N, Alt+C, Alt+M), Ctrl+Enter saves.

    ``target`` holds the record the entry belongs to, e.g. ``{"contact_id": 3}``.
    The entry is added as one undoable command (Edit › Undo removes it).
    """

    def __init__(self, ctx: UiContext, target: dict[str, int], about: str, parent: QWidget | None = None,
                 kind: ActivityKind = ActivityKind.NOTE):
        super().__init__(parent)
        self.ctx = ctx
        self.target = dict(target)
        self.added_id: int | None = None
        self.setWindowTitle(f"Log for {about}")
        self.resize(460, 260)
        heading = QLabel(f"What happened with <b>{about}</b>?")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        for index, (value, label, keys) in enumerate(KINDS):
            button = QRadioButton(label)
            button.setToolTip(f"{label} ({keys})")
            # A shortcut that picks the kind and leaves the keyboard in the text box.
            QShortcut(QKeySequence(keys), self, button.click)
            button.setProperty("kind", value.value)
            self.kind_group.addButton(button, index)
            kinds.addWidget(button)
            if value == kind:
                button.setChecked(True)
        kinds.addStretch(1)
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText("e.g. Called about the offer; she wants a reply by Friday")
        self.body.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel("Ctrl+Enter saves · Alt+N note · Alt+C call · Alt+M meeting")
        hint.setProperty("role", "subtle")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        # Esc cancels; Alt+C belongs to "Call".
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(kinds)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.setTabOrder(self.body, self.kind_group.checkedButton())
        self.body.setFocus()

    def kind(self) -> ActivityKind:
        checked = self.kind_group.checkedButton()
        return ActivityKind(checked.property("kind")) if checked else ActivityKind.NOTE

    def save(self) -> None:
        text = self.body.toPlainText().strip()
        if not text:
            self.error.setText("Write something first.")
            self.error.show()
            self.body.setFocus()
            return
        kind = self.kind()
        fields: dict[str, object] = {"kind": kind, "body": text, "occurred_at": datetime.now(UTC), **self.target}
        try:
            self.added_id = self.ctx.services.activities.add(**fields)  # type: ignore[arg-type]
        except CrmError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        label = {ActivityKind.CALL: "Log call", ActivityKind.MEETING: "Log meeting"}.get(kind, "Add note")
        self.ctx.undo.push(AddActivityCommand(self.ctx, self.added_id, fields, label))
        self.accept()
