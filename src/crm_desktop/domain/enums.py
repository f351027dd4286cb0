"""Fixed vocabularies shared by every layer."""

from __future__ import annotations

from enum import StrEnum

from crm_desktop.domain.i18n import user_text


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
    ActivityKind.NOTE: user_text("Note"),
    ActivityKind.CALL: user_text("Call"),
    ActivityKind.MEETING: user_text("Meeting"),
    ActivityKind.EMAIL_SENT: user_text("Email sent"),
    ActivityKind.EMAIL_RECEIVED: user_text("Email received"),
    ActivityKind.STAGE_CHANGE: user_text("Stage change"),
    ActivityKind.SYSTEM: user_text("Update"),
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
