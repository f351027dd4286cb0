"""The company detail pane: fields, tags, its people, the timeline, feature sections."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from crm_desktop.domain.errors import NotFound
from crm_desktop.services.activities import ActivityRow
from crm_desktop.services.companies import CompanyDetail
from crm_desktop.ui import i18n
from crm_desktop.ui.contacts.detail import address_lines
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.sections import COMPANY_SECTIONS
from crm_desktop.ui.theme import icon
from crm_desktop.ui.widgets.detail import DetailPane, heading, link, tag_chips
from crm_desktop.ui.widgets.timeline import ActivityPanel

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CompanyDetailPane(DetailPane):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.company: CompanyDetail | None = None
        self._people_names: dict[int, str] = {}
        for key, title in (
            ("website", self.tr("Website")),
            ("email", self.tr("Email")),
            ("phone", self.tr("Phone")),
            ("address", self.tr("Address")),
            ("tags", self.tr("Tags")),
            ("notes", self.tr("Notes")),
        ):
            self.add_field(key, title)
        self.people_heading = heading(self.tr("People"))
        self.body.addWidget(self.people_heading)
        self.people = QListWidget()
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setToolTip(self.tr("Double-click to open the contact"))
        self.people.itemActivated.connect(self._on_people_item_activated)
        self.body.addWidget(self.people)
        self.body.addWidget(heading(self.tr("Activity")))
        self.timeline = ActivityPanel(ctx, "company", describe=self._who)
        self.body.addWidget(self.timeline)
        self.add_sections(COMPANY_SECTIONS)
        self.body.addStretch(1)
        self.link_activated.connect(lambda href: QDesktopServices.openUrl(QUrl(href)))

    def _who(self, row: ActivityRow) -> str:
        return self._people_names.get(row.contact_id, "") if row.contact_id else ""

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        self.company = None
        if self.record_id is not None:
            try:
                self.company = self.ctx.services.companies.get(self.record_id)
            except NotFound as exc:
                self.show_missing(i18n.user_message(exc))
                return
        self.missing.hide()
        self._fill(self.company)
        self.show_custom("company", self.record_id if self.company else None)
        self.timeline.set_record(self.record_id if self.company else None)
        self.set_sections_record(self.record_id if self.company else None)

    def _fill(self, c: CompanyDetail | None) -> None:
        self.title.setText(c.name if c else "")
        self.edit_button.setEnabled(c is not None)
        self.delete_button.setEnabled(c is not None)
        self.people.clear()
        self._people_names = {}
        if c is None:
            self.subtitle.setText("")
            for key in ("website", "email", "phone", "address", "tags", "notes"):
                self.set_field(key, "")
            return
        count = len(c.people)
        number = QLocale().toString(count)
        if count == 1:
            self.subtitle.setText(self.tr("1 person"))
        else:
            self.subtitle.setText(self.tr("{n} people").format(n=number) if count else self.tr("No people yet"))
        website = c.website or (f"https://{c.domain}" if c.domain else "")
        self.set_field("website", link(website, website.removeprefix("https://").removeprefix("http://")) if website else "")
        self.set_field("email", link(f"mailto:{c.email}", c.email) if c.email else "")
        self.set_field("phone", link(f"tel:{c.phone}", c.phone) if c.phone else "")
        self.set_field("address", address_lines(c))
        self.set_field("tags", tag_chips(c.tags))
        self.set_field("notes", html.escape(c.notes).replace("\n", "<br>"))
        for person in c.people:
            text = person.name + (f"  ·  {person.job_title}" if person.job_title else "")
            item = QListWidgetItem(icon("contacts"), text)
            item.setData(PERSON_ID_ROLE, person.id)
            self.people.addItem(item)
            self._people_names[person.id] = person.name
        self.people.setVisible(bool(c.people))
        self.people_heading.setText(self.tr("People ({n})").format(n=number) if count else self.tr("People: none yet"))
        rows = min(max(count, 1), 8)
        self.people.setFixedHeight(rows * (self.people.fontMetrics().height() + 10) + 6)

    def _on_people_item_activated(self, item: QListWidgetItem) -> None:
        opener = getattr(self.window(), "open_record", None)
        if opener is not None:
            opener("contact", int(item.data(PERSON_ID_ROLE)))
