"""Undoable pipeline edits: each command calls the deal service; Ctrl+Z calls it back.

Run ``execute()`` first (it raises the service's plain-words error if the edit is refused),
then push the command on ``ctx.undo``: the first ``redo()`` that push() triggers is skipped.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from crm_desktop.services.deals import DealInput, DealService, StageMove


class _ServiceCommand(QUndoCommand):
    def __init__(self, text: str):
        super().__init__(text)
        self._executed = False

    def execute(self) -> None:
        self._do()
        self._executed = True

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # the push right after execute(): already done
            return
        self._do()

    def _do(self) -> None:
        raise NotImplementedError


class MoveDealCommand(_ServiceCommand):
    """Move a deal to a stage (or to another place in its column)."""

    def __init__(self, deals: DealService, deal_id: int, stage_id: int, before_id: int | None, text: str):
        super().__init__(text)
        self.deals = deals
        self.deal_id, self.stage_id, self.before_id = deal_id, stage_id, before_id
        self.move: StageMove | None = None

    def _do(self) -> None:
        self.move = self.deals.move(self.deal_id, self.stage_id, self.before_id)

    def undo(self) -> None:
        if self.move is not None:
            self.deals.undo_move(self.move)


class CloseDealCommand(_ServiceCommand):
    """Mark a deal won or lost; undo reopens it."""

    def __init__(self, deals: DealService, deal_id: int, won: bool, reason: str, text: str):
        super().__init__(text)
        self.deals, self.deal_id, self.won, self.reason = deals, deal_id, won, reason

    def _do(self) -> None:
        if self.won:
            self.deals.mark_won(self.deal_id)
        else:
            self.deals.mark_lost(self.deal_id, self.reason)

    def undo(self) -> None:
        self.deals.reopen(self.deal_id)


class ReopenDealCommand(_ServiceCommand):
    """Reopen a won or lost deal; undo closes it again the same way."""

    def __init__(self, deals: DealService, deal_id: int, was_won: bool, reason: str, text: str):
        super().__init__(text)
        self.deals, self.deal_id, self.was_won, self.reason = deals, deal_id, was_won, reason

    def _do(self) -> None:
        self.deals.reopen(self.deal_id)

    def undo(self) -> None:
        if self.was_won:
            self.deals.mark_won(self.deal_id)
        else:
            self.deals.mark_lost(self.deal_id, self.reason)


class DeleteDealsCommand(_ServiceCommand):
    """Move deals to the trash; undo brings them back."""

    def __init__(self, deals: DealService, deal_ids: list[int], text: str):
        super().__init__(text)
        self.deals, self.deal_ids = deals, list(deal_ids)

    def _do(self) -> None:
        self.deals.delete(self.deal_ids)

    def undo(self) -> None:
        self.deals.restore(self.deal_ids)


class SaveDealCommand(_ServiceCommand):
    """Save the deal form; undo puts the old values (and the old stage) back."""

    def __init__(self, deals: DealService, deal_id: int, old: DealInput, new: DealInput,
                 expected_version: int | None, text: str):
        super().__init__(text)
        self.deals, self.deal_id, self.old, self.new = deals, deal_id, old, new
        self.expected_version = expected_version
        self.move: StageMove | None = None

    def _do(self) -> None:
        self.move = self.deals.update(self.deal_id, self.new, expected_version=self.expected_version)
        self.expected_version = None  # a redo after an undo saves over our own undo

    def undo(self) -> None:
        if self.move is not None:
            self.deals.undo_move(self.move)
        self.deals.update(self.deal_id, self.old)


class MoveDealsCommand(_ServiceCommand):
    """Move several deals to one stage; undo puts each back where it was."""

    def __init__(self, deals: DealService, deal_ids: list[int], stage_id: int, text: str):
        super().__init__(text)
        self.deals, self.deal_ids, self.stage_id = deals, list(deal_ids), stage_id
        self.moves: list[StageMove] = []

    def _do(self) -> None:
        self.moves = self.deals.move_many(self.deal_ids, self.stage_id)

    def undo(self) -> None:
        self.deals.undo_moves(self.moves)
