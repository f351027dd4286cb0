"""Undoable contact edits. Each command is pushed after its service call succeeded, so its
first redo() does nothing; later redo()/undo() call the services again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.errors import CrmError
from crm_desktop.services import Services
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.tags import parse_tags
from crm_desktop.ui import i18n


class _ServiceCommand(QUndoCommand):
    def __init__(self, services: Services, text: str):
        super().__init__(text)
        self.services = services
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.do, undoing=False)

    def undo(self) -> None:
        self._run(self.revert, undoing=True)

    def _run(self, fn, undoing: bool) -> None:  # type: ignore[no-untyped-def]
        try:
            fn()
        except CrmError as exc:
            title = (QCoreApplication.translate("RecordCommands", "Could not undo") if undoing
                     else QCoreApplication.translate("RecordCommands", "Could not redo"))
            text = QCoreApplication.translate("RecordCommands", "“{change}”: {error}")
            QMessageBox.warning(None, title, text.format(change=self.text(), error=i18n.user_message(exc)))

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class CustomValuesUndo:
    """The custom field values of one record before and after an edit, put back on undo and
    set again on redo (a key missing on one side is cleared)."""

    def __init__(self, services: Services, entity: str, record_id: int):
        self.services = services
        self.entity = entity
        self.record_id = record_id
        self.before = services.custom_fields.values(entity, record_id)
        self.after = dict(self.before)

    def capture_after(self) -> None:
        self.after = self.services.custom_fields.values(self.entity, self.record_id)

    def _apply(self, values: dict[str, str]) -> None:
        keys = set(self.before) | set(self.after)
        if self.before != self.after:
            self.services.custom_fields.set_values(self.entity, self.record_id, {k: values.get(k, "") for k in keys})

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class CreateContactCommand(_ServiceCommand):
    def __init__(self, services: Services, contact_id: int, name: str):
        super().__init__(services, QCoreApplication.translate("RecordCommands", "New contact “{name}”").format(name=name))
        self.contact_id = contact_id

    def do(self) -> None:
        self.services.contacts.restore([self.contact_id])

    def revert(self) -> None:
        self.services.contacts.delete([self.contact_id])


class EditContactCommand(_ServiceCommand):
    def __init__(self, services: Services, contact_id: int, before: ContactInput, after: ContactInput, name: str,
                 custom: CustomValuesUndo | None = None):
        super().__init__(services, QCoreApplication.translate("RecordCommands", "Edit “{name}”").format(name=name))
        self.contact_id = contact_id
        self.before = before
        self.after = after
        self.custom = custom

    def do(self) -> None:
        self.services.contacts.update(self.contact_id, self.after)
        if self.custom is not None:
            self.custom.redo()

    def revert(self) -> None:
        self.services.contacts.update(self.contact_id, self.before)
        if self.custom is not None:
            self.custom.undo()


class DeleteContactsCommand(_ServiceCommand):
    def __init__(self, services: Services, ids: list[int], what: str):
        super().__init__(services, QCoreApplication.translate("RecordCommands", "Delete {what}").format(what=what))
        self.ids = list(ids)

    def do(self) -> None:
        self.services.contacts.delete(self.ids)

    def revert(self) -> None:
        self.services.contacts.restore(self.ids)


def tag_sets(services: Services, ids: list[int]) -> dict[int, set[str]]:
    """Each contact's tags, case-folded, from the table rows."""
    from crm_desktop.domain.text import fold

    out: dict[int, set[str]] = {}
    for start in range(0, len(ids), 2000):
        for rid, row in services.contacts.rows(ids[start : start + 2000]).items():
            out[rid] = {fold(t) for t in parse_tags(row.tags)}
    return out


class TagContactsCommand(_ServiceCommand):
    """Add or remove tags on many contacts; undo touches only the contacts that changed."""

    def __init__(self, services: Services, changed: dict[str, list[int]], add: bool, what: str):
        names = ", ".join(changed)
        text = (QCoreApplication.translate("RecordCommands", "Add tag {names} to {what}") if add
                else QCoreApplication.translate("RecordCommands", "Remove tag {names} from {what}"))
        super().__init__(services, text.format(names=names, what=what))
        self.changed = changed  # tag name -> ids whose tags actually changed
        self.add = add

    @classmethod
    def run(cls, services: Services, ids: list[int], names: list[str], add: bool, what: str) -> TagContactsCommand:
        from crm_desktop.domain.text import fold

        before = tag_sets(services, ids)
        changed: dict[str, list[int]] = {}
        for name in parse_tags(names):
            has = [i for i in ids if fold(name) in before.get(i, set())]
            changed[name] = [i for i in ids if i not in has] if add else has
        command = cls(services, changed, add, what)
        command.apply(add)
        return command

    def apply(self, add: bool) -> None:
        for name, ids in self.changed.items():
            if not ids:
                continue
            if add:
                self.services.contacts.add_tags(ids, [name])
            else:
                self.services.contacts.remove_tags(ids, [name])

    def do(self) -> None:
        self.apply(self.add)

    def revert(self) -> None:
        self.apply(not self.add)
