"""A contact's emails (sent and received) as a list, and the contact-pane "Email" section."""

from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
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
    lines = []
    for line in body.splitlines():
        if line.startswith(">") or (line.startswith("On ") and line.rstrip().endswith("wrote:")):
            break  # the quoted earlier message
        if line.strip() and not line.startswith(("To:", "From:")):
            lines.append(line)
    text = " ".join(" ".join(lines).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class EmailTimeline(QScrollArea):
    """Newest first: direction, local time, subject, and the start of the message."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.setWidgetResizable(True)
        self.inner = QWidget()
        self.inner.setObjectName("emailTimeline")
        self.inner.setAutoFillBackground(True)
        self.inner.setBackgroundRole(self.inner.backgroundRole().Base)
        self.rows = QVBoxLayout(self.inner)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(0)
        self.rows.addStretch(1)
        self.setWidget(self.inner)
        self.labels: list[QLabel] = []

    def set_contact(self, contact_id: int | None, limit: int = 50) -> None:
        self.contact_id = contact_id
        for label in self.labels:
            self.rows.removeWidget(label)
            label.deleteLater()
        self.labels = []
        if contact_id is None:
            return
        rows = [a for a in self.ctx.services.activities.timeline(contact_id=contact_id, limit=500) if a.kind in EMAIL_KINDS]
        for a in rows[:limit]:
            self._add(self._text(a), a.body[:2000])
        if not rows:
            none = html.escape(self.tr("No emails yet."))
            self._add(f"<span style='color:#8a8f9c'>{none}</span>", "")

    def _add(self, text: str, tooltip: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(10, 8, 10, 8)
        label.setToolTip(tooltip)
        if len(self.labels) % 2:
            label.setAutoFillBackground(True)
            label.setBackgroundRole(label.backgroundRole().AlternateBase)
        self.rows.insertWidget(len(self.labels), label)
        self.labels.append(label)

    def _text(self, a: ActivityRow) -> str:
        sent = a.kind == ActivityKind.EMAIL_SENT.value
        moment = QDateTime.fromSecsSinceEpoch(int(a.occurred_at.timestamp()))
        when = QLocale().toString(moment, self.tr("d MMM yyyy, HH:mm"))
        direction, color = (self.tr("↗ Sent"), "#2e7d32") if sent else (self.tr("↙ Received"), "#1565c0")
        return (
            f"<span style='color:{color}'>{html.escape(direction)}</span>"
            f"<span style='color:#8a8f9c'> · {html.escape(when)}</span><br>"
            f"<b>{html.escape(a.subject)}</b><br>{html.escape(_excerpt(a.body))}"
        )


class EmailSection(QWidget):
    """For ui.sections.CONTACT_SECTIONS: "Write email…" and the contact's recent emails."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Email")  # the section's heading in the contact pane
        self.contact_id: int | None = None
        self.write = QPushButton(icon("email"), self.tr("Write email…"))
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
