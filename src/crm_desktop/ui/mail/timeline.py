"""A contact's emails (sent and received) as a list, and the contact-pane "Email" section."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.services.activities import ActivityRow
from crm_desktop.services.changes import Change
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.theme import icon

EMAIL_KINDS = (ActivityKind.EMAIL_SENT.value, ActivityKind.EMAIL_RECEIVED.value)


def _excerpt(body: str, limit: int = 160) -> str:
    lines = [line for line in body.splitlines() if line.strip() and not line.startswith(("To:", "From:"))]
    text = " ".join(" ".join(lines).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class EmailTimeline(QListWidget):
    """Newest first: direction, subject, local time, and the start of the message."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)

    def set_contact(self, contact_id: int | None, limit: int = 50) -> None:
        self.contact_id = contact_id
        self.clear()
        if contact_id is None:
            return
        rows = [a for a in self.ctx.services.activities.timeline(contact_id=contact_id, limit=500) if a.kind in EMAIL_KINDS]
        for a in rows[:limit]:
            self.addItem(self._item(a))
        if not rows:
            empty = QListWidgetItem("No emails yet.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)

    def _item(self, a: ActivityRow) -> QListWidgetItem:
        sent = a.kind == ActivityKind.EMAIL_SENT.value
        when = a.occurred_at.astimezone().strftime("%d %b %Y, %H:%M")
        direction = "Sent" if sent else "Received"
        item = QListWidgetItem(icon("email"), f"{direction} · {when}\n{a.subject}\n{_excerpt(a.body)}")
        item.setToolTip(a.body[:2000])
        item.setData(Qt.ItemDataRole.UserRole, a.id)
        item.setForeground(self.palette().text())
        return item


class EmailSection(QWidget):
    """For ui.sections.CONTACT_SECTIONS: "Write email…" and the contact's recent emails."""

    title = "Email"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.write = QPushButton(icon("email"), "Write email…")
        self.write.clicked.connect(self._on_write_clicked)
        self.timeline = EmailTimeline(ctx)
        self.timeline.setMinimumHeight(120)
        self.hint = QLabel()
        self.hint.setProperty("role", "subtle")
        top = QHBoxLayout()
        top.addWidget(self.write)
        top.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.timeline)
        ctx.bridge.changed.connect(self._on_bridge_changed)

    def set_record(self, record_id: int | None) -> None:
        self.contact_id = record_id
        self.write.setEnabled(record_id is not None)
        self.timeline.set_contact(record_id, limit=5)

    def _on_bridge_changed(self, change: Change) -> None:
        if change.kind == "contact" and self.contact_id in change.ids:
            self.timeline.set_contact(self.contact_id, limit=5)

    def _on_write_clicked(self) -> None:
        if self.contact_id is not None:
            from crm_desktop.ui.mail.feature import compose_to

            compose_to(self.ctx, self.contact_id, self.window())
