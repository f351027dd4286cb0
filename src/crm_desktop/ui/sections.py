"""Extra sections shown in the detail panes of contacts and companies, added by features.

A section factory takes the UiContext and returns a QWidget that has
``set_record(record_id: int | None) -> None`` (called when the selection changes) and a
``title`` attribute (shown as the section heading). Features append their factory here,
e.g. the pipeline adds the contact's deals, follow-ups add its open follow-ups.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import UiContext

SectionFactory = Callable[[UiContext], QWidget]


def _followups_section(ctx: UiContext) -> QWidget:
    from crm_desktop.ui.followups.section import contact_section

    return contact_section(ctx)


CONTACT_SECTIONS: list[SectionFactory] = [_followups_section]
COMPANY_SECTIONS: list[SectionFactory] = []


def _email_section(ctx: UiContext) -> QWidget:
    from crm_desktop.ui.mail.timeline import EmailSection

    return EmailSection(ctx)


def _deals_section(kind: str) -> SectionFactory:
    def factory(ctx: UiContext) -> QWidget:
        from crm_desktop.ui.pipeline.section import DealsSection

        return DealsSection(ctx, kind)

    return factory


CONTACT_SECTIONS.append(_deals_section("contact"))
COMPANY_SECTIONS.append(_deals_section("company"))
CONTACT_SECTIONS.append(_email_section)
