"""The Contacts view: search, the lazy table, the detail pane, dialogs and bulk actions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton, QWidget

from crm_desktop.domain.errors import CrmError, NotFound
from crm_desktop.services.changes import Change
from crm_desktop.ui import i18n
from crm_desktop.ui.contacts.commands import DeleteContactsCommand
from crm_desktop.ui.contacts.detail import ContactDetailPane
from crm_desktop.ui.contacts.dialog import ContactDialog
from crm_desktop.ui.contacts.model import COLUMNS, ContactsModel
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.theme import icon
from crm_desktop.ui.widgets.records_view import RecordsView

DEMO_CONTACTS = 300


class ContactsView(RecordsView):
    KIND = "contact"
    PLURAL = "contacts"
    COLUMNS = COLUMNS
    WATCH = frozenset({"contact", "company", "activity", "tag"})
    WITH_TAGS = True
    SEARCH_HINT = QT_TRANSLATE_NOOP("ContactsView", "Search contacts: name, email, phone, company, notes…")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.new_button.setText(self.tr("New contact"))
        self.nothing.set_text("", self.tr("Select a contact to see the details."))
        self.empty.set_text(
            self.tr("No contacts yet"),
            self.tr("Add the people you work with, or load some made-up demo data to try things out."),
        )
        self.empty_new = self.empty.add_button(QPushButton(icon("add"), self.tr("New contact")))
        self.empty_new.clicked.connect(self.new_record)
        self.empty_demo = self.empty.add_button(QPushButton(self.tr("Load demo data")))
        self.empty_demo.clicked.connect(self.load_demo_data)
        self.detail.edit_requested.connect(self.edit_record)  # type: ignore[attr-defined]
        self.detail.delete_requested.connect(lambda _id: self.delete_selected())  # type: ignore[attr-defined]
        self._demo_job: Any = None

    # --- RecordsView hooks --------------------------------------------------------------

    def query_ids(self, sort: str, descending: bool, query: str) -> list[int]:
        return self.ctx.services.contacts.ordered_ids(sort, descending, query)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        return self.ctx.services.contacts.rows(ids)

    def create_model(self) -> ContactsModel:
        return ContactsModel(self.ctx.services, self)

    def total_count(self) -> int:
        return self.ctx.services.contacts.count()

    def create_detail(self) -> QWidget:
        return ContactDetailPane(self.ctx)

    def new_record(self) -> None:
        dialog = ContactDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_saved(dialog.saved_id)
        elif dialog.open_instead is not None:
            self.show_saved(dialog.open_instead)

    def edit_record(self, record_id: int) -> None:
        try:
            detail = self.ctx.services.contacts.get(record_id)
        except NotFound as exc:
            self.show_error(self.tr("Edit contact"), i18n.user_message(exc))
            return
        dialog = ContactDialog(self.ctx, detail, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_saved(dialog.saved_id)

    def show_saved(self, record_id: int) -> None:
        """After a save: list it (clearing a search that hides it) and select it."""
        self._change_timer.stop()
        self.reload(sync=True)
        if not self.select_record(record_id):
            self.open_record("contact", record_id)

    def delete_records(self, ids: list[int]) -> None:
        what = self.describe(ids)
        try:
            self.ctx.services.contacts.delete(ids)
        except CrmError as exc:
            self.show_error(self.tr("Delete contacts"), i18n.user_message(exc))
            return
        self.ctx.undo.push(DeleteContactsCommand(self.ctx.services, ids, what))

    # --- demo data ----------------------------------------------------------------------

    def load_demo_data(self) -> None:
        from crm_desktop.services.demo import generate

        services = self.ctx.services
        self.empty_demo.setEnabled(False)
        self.empty_new.setEnabled(False)
        self.empty.progress.setRange(0, 0)
        self.empty.progress.show()

        def work(job: Any) -> object:
            result = generate(services.db, contacts=DEMO_CONTACTS,
                              progress=lambda done, total, text: job.progress(done, total, text))
            services.hub.publish(*(Change.of(kind, reset=True) for kind in ("contact", "company", "activity", "tag")))
            return result

        self._demo_job = self.ctx.tasks.run(
            work, on_done=self._on_demo_done, on_error=self._on_demo_failed, on_progress=self._on_demo_progress
        )

    def _on_demo_progress(self, done: int, total: int, text: str) -> None:
        self.empty.progress.setRange(0, max(total, 0))
        self.empty.progress.setValue(done)
        self.empty.progress.setFormat(i18n.translated(text) or "%p%")

    def _finish_demo(self) -> None:
        self._demo_job = None
        self.empty.progress.hide()
        self.empty_demo.setEnabled(True)
        self.empty_new.setEnabled(True)

    def _on_demo_done(self, _result: object) -> None:
        self._finish_demo()
        self.refresh()

    def _on_demo_failed(self, exc: BaseException, _tb: str) -> None:
        self._finish_demo()
        self.show_error(self.tr("Demo data"), self.tr("The demo data could not be added: {error}").format(
            error=i18n.user_message(exc)))
