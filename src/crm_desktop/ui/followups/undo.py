"""Undoable follow-up edits: one QUndoCommand per user action, calling the service.

The view performs the action first (so a failure is shown and nothing is pushed), then
pushes the command; its first ``redo`` (run by ``QUndoStack.push``) does nothing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoCommand

from crm_desktop.services.followups import Completed, FollowUpService


class CompleteCommand(QUndoCommand):
    def __init__(self, service: FollowUpService, title: str, result: Completed,
                 outcome: str = "", outcome_kind: str = "note", from_today: bool = False):
        super().__init__(QCoreApplication.translate("FollowUpUndo", "Complete “{title}”").format(title=title))
        self.service = service
        self.result = result
        self.args = (outcome, outcome_kind, from_today)
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        outcome, kind, from_today = self.args
        self.result = self.service.complete(self.result.id, outcome, kind, from_today)

    def undo(self) -> None:
        self.service.reopen(self.result.id, drop_next=self.result.next_id)
        if self.result.activity_id:
            self.service.activities.delete([self.result.activity_id])


class DeleteCommand(QUndoCommand):
    def __init__(self, service: FollowUpService, ids: list[int], title: str):
        if len(ids) == 1:
            text = QCoreApplication.translate("FollowUpUndo", "Delete “{title}”").format(title=title)
        else:
            text = QCoreApplication.translate("FollowUpUndo", "Delete {count} follow-ups").format(
                count=QLocale().toString(len(ids)))
        super().__init__(text)
        self.service = service
        self.ids = ids
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.service.delete(self.ids)

    def undo(self) -> None:
        self.service.restore(self.ids)


class SnoozeCommand(QUndoCommand):
    def __init__(self, service: FollowUpService, ids: list[int], until: datetime,
                 before: dict[int, tuple[datetime | None, datetime | None]]):
        if len(ids) == 1:
            text = QCoreApplication.translate("FollowUpUndo", "Snooze follow-up")
        else:
            text = QCoreApplication.translate("FollowUpUndo", "Snooze {count} follow-ups").format(
                count=QLocale().toString(len(ids)))
        super().__init__(text)
        self.service = service
        self.ids = ids
        self.until = until
        self.before = before
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.service.snooze(self.ids, self.until)

    def undo(self) -> None:
        self.service.unsnooze(self.before)


class AddCommand(QUndoCommand):
    """A new follow-up; undo moves it to the trash, redo brings it back."""

    def __init__(self, service: FollowUpService, followup_id: int, title: str):
        super().__init__(QCoreApplication.translate("FollowUpUndo", "Add follow-up “{title}”").format(title=title))
        self.service = service
        self.followup_id = followup_id  # not "id": that would hide QUndoCommand.id()
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.service.restore([self.followup_id])

    def undo(self) -> None:
        self.service.delete([self.followup_id])


def push_added(stack, service: FollowUpService, followup_id: int | None, title: str) -> None:  # type: ignore[no-untyped-def]
    """Make a follow-up just added undoable (nothing when the dialog added none)."""
    if followup_id is not None:
        stack.push(AddCommand(service, followup_id, title))
