"""Undoable company edits (pushed after the service call succeeded; see contacts.commands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services import Services
from crm_desktop.services.companies import CompanyInput
from crm_desktop.ui.contacts.commands import CustomValuesUndo, _ServiceCommand


class CreateCompanyCommand(_ServiceCommand):
    def __init__(self, services: Services, company_id: int, name: str):
        super().__init__(services, QCoreApplication.translate("RecordCommands", "New company “{name}”").format(name=name))
        self.company_id = company_id

    def do(self) -> None:
        self.services.companies.restore([self.company_id])

    def revert(self) -> None:
        self.services.companies.delete([self.company_id])


class EditCompanyCommand(_ServiceCommand):
    def __init__(self, services: Services, company_id: int, before: CompanyInput, after: CompanyInput,
                 custom: CustomValuesUndo | None = None):
        super().__init__(services, QCoreApplication.translate("RecordCommands", "Edit “{name}”").format(name=before.name))
        self.company_id = company_id
        self.before = before
        self.after = after
        self.custom = custom

    def do(self) -> None:
        self.services.companies.update(self.company_id, self.after)
        if self.custom is not None:
            self.custom.redo()

    def revert(self) -> None:
        self.services.companies.update(self.company_id, self.before)
        if self.custom is not None:
            self.custom.undo()


class DeleteCompaniesCommand(_ServiceCommand):
    def __init__(self, services: Services, ids: list[int], what: str):
        super().__init__(services, QCoreApplication.translate("RecordCommands", "Delete {what}").format(what=what))
        self.ids = list(ids)

    def do(self) -> None:
        self.services.companies.delete(self.ids)

    def revert(self) -> None:
        self.services.companies.restore(self.ids)
