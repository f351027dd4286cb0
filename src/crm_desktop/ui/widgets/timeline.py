"""A record's timeline (notes, calls, meetings, emails) with a quick entry box on top."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.activities import ActivityRow
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.theme import icon

KIND_ICONS = {
    "note": "note",
    "call": "call",
    "meeting": "meeting",
    "email_sent": "email",
    "email_received": "email",
    "stage_change": "pipeline",
}
SHOWN_STEP = 25


def local_datetime(value: datetime) -> str:
    """A UTC timestamp in the user's local time and locale format."""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class AddActivityCommand(QUndoCommand):
    """Undo deletes the added entry; redo adds it again (with the same time)."""

    def __init__(self, ctx: UiContext, activity_id: int, fields: dict[str, object], text: str):
        super().__init__(text)
        self.ctx = ctx
        self.activity_id = activity_id
        self.fields = fields
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.activity_id = self.ctx.services.activities.add(**self.fields)  # type: ignore[arg-type]
        except CrmError as exc:
            QMessageBox.warning(None, QCoreApplication.translate("ActivityPanel", "Could not redo"),
                                i18n.user_message(exc))

    def undo(self) -> None:
        try:
            self.ctx.services.activities.delete([self.activity_id])
        except CrmError as exc:
            QMessageBox.warning(None, QCoreApplication.translate("ActivityPanel", "Could not undo"),
                                i18n.user_message(exc))


class TimelineEntry(QFrame):
    def __init__(self, row: ActivityRow, extra: str = ""):
        super().__init__()
        self.setObjectName("timelineEntry")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(10)
        badge = QLabel()
        badge.setPixmap(icon(KIND_ICONS.get(row.kind, "note")).pixmap(QSize(18, 18)))
        badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        badge.setFixedWidth(20)
        layout.addWidget(badge)
        head = f"<b>{html.escape(i18n.translated(row.kind_label))}</b>"
        if extra:
            head += f" · {html.escape(extra)}"
        head += f" <span style='color: palette(placeholder-text)'>· {local_datetime(row.occurred_at)}</span>"
        parts = [head]
        if row.subject:
            parts.append(html.escape(row.subject))
        if row.body:
            parts.append(
                f"<span style='color: palette(placeholder-text)'>{html.escape(row.body).replace(chr(10), '<br>')}</span>"
            )
        self.text = QLabel("<br>".join(parts))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)


class ActivityPanel(QWidget):
    """Timeline of one contact or company, newest first, with "Add note" and "Log call".

    Signals: ``added(int)`` with the new activity's id.
    """

    added = Signal(int)

    def __init__(self, ctx: UiContext, owner: str, parent: QWidget | None = None,
                 describe: Callable[[ActivityRow], str] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.owner = owner  # "contact" or "company"
        self.record_id: int | None = None
        self._describe = describe
        self._rows: list[ActivityRow] = []
        self._shown = SHOWN_STEP

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.entry = QPlainTextEdit()
        self.entry.setPlaceholderText(self.tr("Write a note, or what was said on a call…"))
        self.entry.setFixedHeight(64)
        self.entry.setTabChangesFocus(True)
        layout.addWidget(self.entry)
        buttons = QHBoxLayout()
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.hide()
        buttons.addWidget(self.error, 1)
        self.note_button = QPushButton(icon("note"), self.tr("Add note"))
        self.call_button = QPushButton(icon("call"), self.tr("Log call"))
        for button, kind in ((self.note_button, ActivityKind.NOTE), (self.call_button, ActivityKind.CALL)):
            button.clicked.connect(lambda _c=False, k=kind: self.add_entry(k))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.entries = QVBoxLayout()
        self.entries.setSpacing(0)
        layout.addLayout(self.entries)
        self.empty = QLabel(self.tr("Nothing here yet. Notes, calls, meetings and emails will show up here."))
        self.empty.setProperty("role", "subtle")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.more = QPushButton(self.tr("Show older entries"))
        self.more.setFlat(True)
        self.more.clicked.connect(self._on_more_clicked)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)

    def set_record(self, record_id: int | None) -> None:
        if record_id != self.record_id:
            self.entry.clear()
            self.error.hide()
            self._shown = SHOWN_STEP
        self.record_id = record_id
        self.reload()

    def reload(self) -> None:
        if self.record_id is None:
            self._rows = []
        else:
            key = "contact_id" if self.owner == "contact" else "company_id"
            self._rows = self.ctx.services.activities.timeline(**{key: self.record_id})
        self._render()

    def _render(self) -> None:
        while self.entries.count():
            item = self.entries.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for row in self._rows[: self._shown]:
            extra = self._describe(row) if self._describe else ""
            self.entries.addWidget(TimelineEntry(row, extra))
        self.empty.setVisible(not self._rows)
        self.more.setVisible(len(self._rows) > self._shown)

    def _on_more_clicked(self) -> None:
        self._shown += SHOWN_STEP * 4
        self._render()

    def entry_count(self) -> int:
        return self.entries.count()

    def add_entry(self, kind: ActivityKind) -> int | None:
        text = self.entry.toPlainText().strip()
        if self.record_id is None:
            return None
        if not text:
            self.error.setText(self.tr("Write something first."))
            self.error.show()
            self.entry.setFocus()
            return None
        fields: dict[str, object] = {
            "kind": kind, "body": text, f"{self.owner}_id": self.record_id, "occurred_at": datetime.now(UTC),
        }
        try:
            new_id = self.ctx.services.activities.add(**fields)  # type: ignore[arg-type]
        except CrmError as exc:
            self.error.setText(i18n.user_message(exc))
            self.error.show()
            return None
        label = self.tr("Add note") if kind == ActivityKind.NOTE else self.tr("Log call")
        self.ctx.undo.push(AddActivityCommand(self.ctx, new_id, fields, label))
        self.entry.clear()
        self.error.hide()
        self.reload()
        self.added.emit(new_id)
        return new_id
