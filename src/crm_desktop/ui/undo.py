"""Undo commands that call services. One command per user action; its text is the menu text.

Typical use, after the service call succeeded::

    ids = ...
    ctx.services.contacts.delete(ids)
    push_done(ctx.undo, f"Delete {len(ids)} contacts",
              undo=lambda: ctx.services.trash.restore(("contact", i) for i in ids),
              redo=lambda: ctx.services.trash.move_to_trash(("contact", i) for i in ids))

``push_done`` never runs the action a second time on push; ``run_and_push`` runs it first
and only records it if it worked (the error propagates to the caller, nothing is pushed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from crm_desktop.domain.errors import CrmError
from crm_desktop.services import Services
from crm_desktop.ui import i18n
from crm_desktop.ui.counts import count_text

log = logging.getLogger(__name__)

ErrorHandler = Callable[[str], None]
Ref = tuple[str, int]


class StepAction(QAction):
    """Edit › Undo or Edit › Redo, named after the step it undoes or redoes
    ("Undo Delete 3 contacts") and enabled only when there is one."""

    def __init__(self, stack: QUndoStack, redo: bool, parent: QObject | None = None):
        super().__init__(parent)
        self._redo = redo
        self.set_step(stack.redoText() if redo else stack.undoText())
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self.set_step)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        self.triggered.connect(stack.redo if redo else stack.undo)

    def set_step(self, step: str) -> None:
        if self._redo:
            self.setText(self.tr("&Redo {action}").format(action=step) if step else self.tr("&Redo"))
        else:
            self.setText(self.tr("&Undo {action}").format(action=step) if step else self.tr("&Undo"))


class ServiceCommand(QUndoCommand):
    """Calls ``redo`` / ``undo`` functions. A failure (say the record was changed elsewhere)
    is reported through ``on_error`` and the command is dropped from the stack."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        *,
        already_done: bool = False,
        on_error: ErrorHandler | None = None,
    ):
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._skip_first_redo = already_done
        self.on_error = on_error
        self.error: str | None = None

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._call(self._redo)

    def undo(self) -> None:
        self._call(self._undo)

    def _call(self, fn: Callable[[], object]) -> None:
        try:
            fn()
            self.error = None
        except CrmError as exc:
            self._fail(i18n.user_message(exc))
        except Exception as exc:  # noqa: BLE001 - an undo must never take the app down
            log.exception("undo/redo of %r failed", self.text())
            self._fail(QCoreApplication.translate("UndoSteps", "“{action}” could not be done again or undone ({error}).").format(
                action=self.text(), error=type(exc).__name__))

    def _fail(self, message: str) -> None:
        self.error = message
        self.setObsolete(True)
        if self.on_error is not None:
            self.on_error(message)


def push_done(
    stack: QUndoStack,
    text: str,
    *,
    undo: Callable[[], object],
    redo: Callable[[], object],
    on_error: ErrorHandler | None = None,
) -> ServiceCommand:
    """Record an action that has already been carried out."""
    command = ServiceCommand(text, redo, undo, already_done=True, on_error=on_error)
    stack.push(command)
    return command


def run_and_push(
    stack: QUndoStack,
    text: str,
    *,
    do: Callable[[], object],
    undo: Callable[[], object],
    on_error: ErrorHandler | None = None,
) -> ServiceCommand:
    """Carry out ``do`` now (errors propagate, nothing is recorded), then record it."""
    do()
    return push_done(stack, text, undo=undo, redo=do, on_error=on_error)


def describe(refs: Iterable[Ref]) -> str:
    """'3 contacts', '2 items' - the object of a menu text."""
    refs = list(refs)
    kinds = {k for k, _ in refs}
    return count_text(next(iter(kinds)) if len(kinds) == 1 else "", len(refs))


def _expect_some(fn: Callable[[], int], redo: bool) -> Callable[[], int]:
    def call() -> int:
        count = fn()
        if count == 0:
            raise CrmError(QCoreApplication.translate("UndoSteps", "Redo is no longer possible: the items were deleted forever or changed elsewhere.")
                           if redo else
                           QCoreApplication.translate("UndoSteps", "Undo is no longer possible: the items were deleted forever or changed elsewhere."))
        return count

    return call


def move_to_trash(services: Services, stack: QUndoStack, refs: Iterable[Ref], on_error: ErrorHandler | None = None) -> int:
    """Delete (to the trash) as one undoable step: 'Undo Delete 3 contacts'."""
    refs = list(refs)
    trash = services.trash
    moved = trash.move_to_trash(refs)
    push_done(
        stack, QCoreApplication.translate("UndoSteps", "Delete {what}").format(what=describe(refs)),
        undo=_expect_some(lambda: trash.restore(refs), redo=False),
        redo=_expect_some(lambda: trash.move_to_trash(refs), redo=True),
        on_error=on_error,
    )
    return moved


def restore_from_trash(services: Services, stack: QUndoStack, refs: Iterable[Ref], on_error: ErrorHandler | None = None) -> int:
    """Restore from the trash as one undoable step: 'Undo Restore 2 items'."""
    refs = list(refs)
    trash = services.trash
    restored = trash.restore(refs)
    push_done(
        stack, QCoreApplication.translate("UndoSteps", "Restore {what}").format(what=describe(refs)),
        undo=_expect_some(lambda: trash.move_to_trash(refs), redo=False),
        redo=_expect_some(lambda: trash.restore(refs), redo=True),
        on_error=on_error,
    )
    return restored
