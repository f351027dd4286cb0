"""Whole sentences about the records of the Contacts and Companies views.

A sentence is written out for each kind ("New contact", "New company") rather than built
from a noun, since other languages change more than the noun ("Neuer Kontakt", "Neue Firma").
In the texts, {n} is a number, {name} a name or search, {error} a problem.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui import counts


def record_texts(kind: str) -> dict[str, str]:
    """The sentences for "contact" or "company", in the window's language."""
    translate = QCoreApplication.translate
    one, many = counts.words(kind)  # "1 company", "{n} companies"
    if kind == "company":
        return {
            "new": translate("RecordTexts", "New company"),
            "none_yet": translate("RecordTexts", "No companies yet"),
            "select_one": translate("RecordTexts", "Select a company to see the details."),
            "load_failed": translate("RecordTexts", "Could not load the companies: {error}"),
            "one": one,
            "many": many,
            "one_in_view": translate("RecordTexts", "1 company in this view"),
            "many_in_view": translate("RecordTexts", "{n} companies in this view"),
            "none_in_view": translate("RecordTexts", "No companies in “{name}” right now"),
            "none_match": translate("RecordTexts", "No companies match “{name}”"),
            "this_one": translate("RecordTexts", "this company"),
            "edit_field_many": translate("RecordTexts", "Edit field of {n} companies…"),
            "delete_title": translate("RecordTexts", "Delete companies"),
            "open_title": translate("RecordTexts", "Open company"),
            "gone": translate("RecordTexts", "This company no longer exists (it may have been deleted)."),
            "save_view_tip": translate("RecordTexts", "Save the current search as a list of companies in the sidebar"),
            "tag_add_one": translate("RecordTexts", "Tag to add to 1 company:"),
            "tag_add_many": translate("RecordTexts", "Tag to add to {n} companies:"),
            "tag_remove_one": translate("RecordTexts", "Tag to remove from 1 company:"),
            "tag_remove_many": translate("RecordTexts", "Tag to remove from {n} companies:"),
            "selected": translate("RecordTexts", "{n} companies selected"),
        }
    return {
        "new": translate("RecordTexts", "New contact"),
        "none_yet": translate("RecordTexts", "No contacts yet"),
        "select_one": translate("RecordTexts", "Select a contact to see the details."),
        "load_failed": translate("RecordTexts", "Could not load the contacts: {error}"),
        "one": one,
        "many": many,
        "one_in_view": translate("RecordTexts", "1 contact in this view"),
        "many_in_view": translate("RecordTexts", "{n} contacts in this view"),
        "none_in_view": translate("RecordTexts", "No contacts in “{name}” right now"),
        "none_match": translate("RecordTexts", "No contacts match “{name}”"),
        "this_one": translate("RecordTexts", "this contact"),
        "edit_field_many": translate("RecordTexts", "Edit field of {n} contacts…"),
        "delete_title": translate("RecordTexts", "Delete contacts"),
        "open_title": translate("RecordTexts", "Open contact"),
        "gone": translate("RecordTexts", "This contact no longer exists (it may have been deleted)."),
        "save_view_tip": translate("RecordTexts", "Save the current search as a list of contacts in the sidebar"),
        "tag_add_one": translate("RecordTexts", "Tag to add to 1 contact:"),
        "tag_add_many": translate("RecordTexts", "Tag to add to {n} contacts:"),
        "tag_remove_one": translate("RecordTexts", "Tag to remove from 1 contact:"),
        "tag_remove_many": translate("RecordTexts", "Tag to remove from {n} contacts:"),
        "selected": translate("RecordTexts", "{n} contacts selected"),
    }
