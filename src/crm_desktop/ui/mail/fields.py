"""The "Insert field" menu shared by the composer, the template editor and the merge dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.mail.templates import FIELDS
from crm_desktop.ui import i18n

# What each merge field holds, by its name (the names themselves stay as they are).
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("MailFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("MailFields", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("MailFields", "Full name"),
    "email": QT_TRANSLATE_NOOP("MailFields", "Email address"),
    "company": QT_TRANSLATE_NOOP("MailFields", "Company name"),
    "job_title": QT_TRANSLATE_NOOP("MailFields", "Job title"),
    "city": QT_TRANSLATE_NOOP("MailFields", "City"),
    "country": QT_TRANSLATE_NOOP("MailFields", "Country"),
    "deal.title": QT_TRANSLATE_NOOP("MailFields", "Deal title"),
    "deal.value": QT_TRANSLATE_NOOP("MailFields", "Deal value with currency"),
    "deal.stage": QT_TRANSLATE_NOOP("MailFields", "Deal stage"),
    "my.name": QT_TRANSLATE_NOOP("MailFields", "Your name (from Email settings)"),
    "my.email": QT_TRANSLATE_NOOP("MailFields", "Your email address"),
}


def field_label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return QCoreApplication.translate("MailFields", label) if label else i18n.translated(FIELDS.get(name, name))


def field_menu(parent: QWidget, insert: Callable[[str], None]) -> QMenu:
    menu = QMenu(parent)
    for name in FIELDS:
        action = menu.addAction(f"{field_label(name)}  {{{{{name}}}}}")
        action.triggered.connect(lambda _c=False, n=name: insert(n))
    return menu
