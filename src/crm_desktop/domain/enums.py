"""Fixed vocabularies shared by every layer."""

from __future__ import annotations

from enum import StrEnum


class ActivityKind(StrEnum):
    NOTE = "note"
    CALL = "call"
    MEETING = "meeting"
    EMAIL_SENT = "email_sent"
    EMAIL_RECEIVED = "email_received"
    STAGE_CHANGE = "stage_change"
    SYSTEM = "system"

    @property
    def label(self) -> str:
        return _ACTIVITY_LABELS[self]


_ACTIVITY_LABELS = {
    ActivityKind.NOTE: "Note",
    ActivityKind.CALL: "Call",
    ActivityKind.MEETING: "Meeting",
    ActivityKind.EMAIL_SENT: "Email sent",
    ActivityKind.EMAIL_RECEIVED: "Email received",
    ActivityKind.STAGE_CHANGE: "Stage change",
    ActivityKind.SYSTEM: "Update",
}


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class EntityKind(StrEnum):
    CONTACT = "contact"
    COMPANY = "company"
    DEAL = "deal"
    ACTIVITY = "activity"
    FOLLOWUP = "followup"


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"
