"""A small dialog to log a note, call or meeting on a contact, company or deal (Ctrl+Shift+L)."""

from __future__ import annotations

import html
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
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.keys import key_text
from crm_desktop.ui.widgets.timeline import AddActivityCommand

# The kinds to choose from, with their keys; named by ActivityKind.label.
KINDS = ((ActivityKind.NOTE, "Alt+N"), (ActivityKind.CALL, "Alt+C"), (ActivityKind.MEETING, "Alt+M"))


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
        self.setWindowTitle(self.tr("Log for {name}").format(name=about))
        self.resize(460, 260)
        heading = QLabel(self.tr("What happened with <b>{name}</b>?").format(name=html.escape(about)))
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        for index, (value, keys) in enumerate(KINDS):
            label = i18n.translated(value.label)
            button = QRadioButton(label)
            button.setToolTip(f"{label} ({key_text(keys)})")
            # A shortcut that picks the kind and leaves the keyboard in the text box.
            QShortcut(QKeySequence(keys), self, button.click)
            button.setProperty("kind", value.value)
            self.kind_group.addButton(button, index)
            kinds.addWidget(button)
            if value == kind:
                button.setChecked(True)
        kinds.addStretch(1)
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("e.g. Called about the offer; she wants a reply by Friday"))
        self.body.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(self.tr("{save} saves · {note} note · {call} call · {meeting} meeting").format(
            save=key_text("Ctrl+Enter"), note=key_text("Alt+N"), call=key_text("Alt+C"), meeting=key_text("Alt+M")))
        hint.setWordWrap(True)
        hint.setProperty("role", "subtle")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        # Esc cancels; Alt+C belongs to "Call".
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
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
            self.error.setText(self.tr("Write something first."))
            self.error.show()
            self.body.setFocus()
            return
        kind = self.kind()
        fields: dict[str, object] = {"kind": kind, "body": text, "occurred_at": datetime.now(UTC), **self.target}
        try:
            self.added_id = self.ctx.services.activities.add(**fields)  # type: ignore[arg-type]
        except CrmError as exc:
            self.error.setText(i18n.user_message(exc))
            self.error.show()
            return
        label = {ActivityKind.CALL: self.tr("Log call"), ActivityKind.MEETING: self.tr("Log meeting")}.get(
            kind, self.tr("Add note"))
        self.ctx.undo.push(AddActivityCommand(self.ctx, self.added_id, fields, label))
        self.accept()
