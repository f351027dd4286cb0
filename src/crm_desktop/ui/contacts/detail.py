"""The contact detail pane: fields, tags, timeline with quick entry, feature sections."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QWidget

from crm_desktop.domain.errors import NotFound
from crm_desktop.services.contacts import ContactDetail
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.sections import CONTACT_SECTIONS
from crm_desktop.ui.widgets.detail import DetailPane, heading, link, tag_chips
from crm_desktop.ui.widgets.timeline import ActivityPanel


def address_lines(d: object) -> str:
    town = " ".join(p for p in (getattr(d, "postal_code", ""), getattr(d, "city", "")) if p)
    parts = [getattr(d, "street", ""), town, getattr(d, "region", ""), getattr(d, "country", "")]
    return "<br>".join(html.escape(p) for p in parts if p)


class ContactDetailPane(DetailPane):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.contact: ContactDetail | None = None
        self.add_field("company", self.tr("Company"))
        self.add_field("job_title", self.tr("Job title"))
        self.add_field("emails", self.tr("Email"))
        self.add_field("phones", self.tr("Phone"))
        self.add_field("address", self.tr("Address"))
        self.add_field("birthday", self.tr("Birthday"))
        self.add_field("website", self.tr("Website"))
        self.add_field("tags", self.tr("Tags"))
        self.add_field("notes", self.tr("Notes"))
        self.body.addWidget(heading(self.tr("Activity")))
        self.timeline = ActivityPanel(ctx, "contact")
        self.body.addWidget(self.timeline)
        self.add_sections(CONTACT_SECTIONS)
        self.body.addStretch(1)
        self.link_activated.connect(self._on_link_activated)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        self.contact = None
        if self.record_id is not None:
            try:
                self.contact = self.ctx.services.contacts.get(self.record_id)
            except NotFound as exc:
                self.show_missing(i18n.user_message(exc))
                return
        self.missing.hide()
        self._fill(self.contact)
        self.show_custom("contact", self.record_id if self.contact else None)
        self.timeline.set_record(self.record_id if self.contact else None)
        self.set_sections_record(self.record_id if self.contact else None)

    def _fill(self, c: ContactDetail | None) -> None:
        self.title.setText(c.name if c else "")
        self.edit_button.setEnabled(c is not None)
        self.delete_button.setEnabled(c is not None)
        if c is None:
            self.subtitle.setText("")
            for key in ("company", "job_title", "emails", "phones", "address", "birthday", "website", "tags", "notes"):
                self.set_field(key, "")
            return
        since = QLocale().toString(QDate(c.created_at.astimezone().date()), QLocale.FormatType.LongFormat)
        self.subtitle.setText(self.tr("Added {date}").format(date=html.escape(since)))
        self.set_field("company", link(f"company:{c.company_id}", c.company) if c.company_id else html.escape(c.company))
        self.set_field("job_title", html.escape(c.job_title))
        emails = "<br>".join(link(f"mailto:{e}", e) for e in c.emails)
        if emails and c.do_not_email:
            emails += "<br><i>" + html.escape(self.tr("Does not want emails")) + "</i>"
        self.set_field("emails", emails)
        self.set_field("phones", "<br>".join(link(f"tel:{p}", p) for p in c.phones))
        self.set_field("address", address_lines(c))
        birthday = ""
        if c.birthday:
            birthday = QLocale().toString(QDate(c.birthday), QLocale.FormatType.LongFormat)
        self.set_field("birthday", html.escape(birthday))
        self.set_field("website", link(c.website, c.website) if c.website else "")
        self.set_field("tags", tag_chips(c.tags))
        self.set_field("notes", html.escape(c.notes).replace("\n", "<br>"))

    def _on_link_activated(self, href: str) -> None:
        if href.startswith("company:"):
            window = self.window()
            opener = getattr(window, "open_record", None)
            if opener is not None:
                opener("company", int(href.split(":", 1)[1]))
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl(href))
