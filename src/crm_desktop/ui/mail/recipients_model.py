"""The recipients of a mail merge as a table: name, email, status (with the reason)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from crm_desktop.services import mail_merge
from crm_desktop.services.mail_merge import STATE_LABELS, PlanRow, RecipientRow
from crm_desktop.ui import i18n

Index = QModelIndex | QPersistentModelIndex

STATE_COLORS = {"skipped": "#8a8f9c", "failed": "#c62828", "uncertain": "#a15c00", "sent": "#2e7d32"}


def state_text(state: str) -> str:
    """A recipient's state in words (the mail merge's label), in the window's language."""
    return i18n.translated(STATE_LABELS.get(state, state))


def counts_text(counts: dict[str, int]) -> str:
    """'3 sent, 2 waiting' (the states with recipients), or 'no recipients'."""
    return i18n.translated(mail_merge.counts_text(counts))


@dataclass(frozen=True)
class Row:
    recipient_id: int | None
    contact_id: int | None
    name: str
    email: str
    state: str
    detail: str


def from_plan(rows: list[PlanRow]) -> list[Row]:
    return [Row(None, p.contact_id, p.name, p.email, "skipped" if p.skip_reason else "pending", p.skip_reason) for p in rows]


def from_job(rows: list[RecipientRow]) -> list[Row]:
    return [Row(r.id, r.contact_id, r.name, r.email, r.state, r.detail) for r in rows]


class RecipientsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("RecipientsModel", "Name"),
        QT_TRANSLATE_NOOP("RecipientsModel", "Email"),
        QT_TRANSLATE_NOOP("RecipientsModel", "Status"),
    )
    ContactIdRole = Qt.ItemDataRole.UserRole + 1
    StateRole = Qt.ItemDataRole.UserRole + 2
    RecipientIdRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.name
            if col == 1:
                return row.email or "—"
            if row.state == "pending" and row.recipient_id is None:
                return self.tr("Will be sent")
            label = state_text(row.state)
            if row.state == "skipped" and row.detail:
                return self.tr("{state}: {reason}").format(state=label, reason=i18n.translated(row.detail))
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return i18n.translated(row.detail) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.state in STATE_COLORS and col == 2:
            return QBrush(QColor(STATE_COLORS[row.state]))
        if role == self.ContactIdRole:
            return row.contact_id
        if role == self.StateRole:
            return row.state
        if role == self.RecipientIdRole:
            return row.recipient_id
        return None

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in self.rows:
            out[row.state] = out.get(row.state, 0) + 1
        return out
