"""The Companies view: the same pattern as Contacts, with the company's people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton, QWidget

from crm_desktop.domain.errors import CrmError, NotFound
from crm_desktop.ui import i18n
from crm_desktop.ui.companies.commands import DeleteCompaniesCommand
from crm_desktop.ui.companies.detail import CompanyDetailPane
from crm_desktop.ui.companies.dialog import CompanyDialog
from crm_desktop.ui.companies.model import COLUMNS, CompaniesModel
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.theme import icon
from crm_desktop.ui.widgets.records_view import RecordsView


class CompaniesView(RecordsView):
    KIND = "company"
    PLURAL = "companies"
    COLUMNS = COLUMNS
    WATCH = frozenset({"contact", "company", "activity", "tag"})
    WITH_TAGS = True
    SEARCH_HINT = QT_TRANSLATE_NOOP("CompaniesView", "Search companies: name, website, phone, town, notes…")
    DELETE_NOTE = QT_TRANSLATE_NOOP(
        "CompaniesView", "Their people stay, without a company shown. You can get it back with Edit ▸ Undo.")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.new_button.setText(self.tr("New company"))
        self.nothing.set_text("", self.tr("Select a company to see the details."))
        self.empty.set_text(
            self.tr("No companies yet"),
            self.tr("Add the businesses you work with. Companies are also created when you type a "
                    "company name on a contact."),
        )
        self.empty_new = self.empty.add_button(QPushButton(icon("add"), self.tr("New company")))
        self.empty_new.clicked.connect(self.new_record)
        self.empty_contacts = self.empty.add_button(QPushButton(icon("contacts"), self.tr("Go to Contacts")))
        self.empty_contacts.clicked.connect(self._on_empty_contacts_clicked)
        self.detail.edit_requested.connect(self.edit_record)  # type: ignore[attr-defined]
        self.detail.delete_requested.connect(lambda _id: self.delete_selected())  # type: ignore[attr-defined]

    def query_ids(self, sort: str, descending: bool, query: str) -> list[int]:
        return self.ctx.services.companies.ordered_ids(sort, descending, query)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        return self.ctx.services.companies.rows(ids)

    def create_model(self) -> CompaniesModel:
        return CompaniesModel(self.ctx.services, self)

    def total_count(self) -> int:
        return self.ctx.services.companies.count()

    def create_detail(self) -> QWidget:
        return CompanyDetailPane(self.ctx)

    def new_record(self) -> None:
        dialog = CompanyDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_saved(dialog.saved_id)

    def edit_record(self, record_id: int) -> None:
        try:
            detail = self.ctx.services.companies.get(record_id)
        except NotFound as exc:
            self.show_error(self.tr("Edit company"), i18n.user_message(exc))
            return
        dialog = CompanyDialog(self.ctx, detail, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_saved(dialog.saved_id)

    def show_saved(self, record_id: int) -> None:
        self._change_timer.stop()
        self.reload(sync=True)
        if not self.select_record(record_id):
            self.open_record("company", record_id)

    def delete_records(self, ids: list[int]) -> None:
        what = self.describe(ids)
        try:
            self.ctx.services.companies.delete(ids)
        except CrmError as exc:
            self.show_error(self.tr("Delete companies"), i18n.user_message(exc))
            return
        self.ctx.undo.push(DeleteCompaniesCommand(self.ctx.services, ids, what))

    def _on_empty_contacts_clicked(self) -> None:
        shower = getattr(self.window(), "show_view", None)
        if shower is not None:
            shower("contacts")
