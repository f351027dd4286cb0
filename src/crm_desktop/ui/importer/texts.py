"""The import wizard's words in the window's language: the contact fields a column can go
to, the duplicate choices, what the file is, and the summary of a (dry) run."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QListWidget

from crm_desktop.domain.errors import CrmError
from crm_desktop.exchange.mapping import FIELDS, CustomTarget, Mapping
from crm_desktop.exchange.table import Table
from crm_desktop.services.importer import MODE_LABELS, DuplicateMode, ImportSummary
from crm_desktop.ui import i18n

# Where a column of the file can go (exchange.mapping.FIELDS), by field key.
TARGETS = {
    "": QT_TRANSLATE_NOOP("ImportFields", "Don't import"),
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("ImportFields", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("ImportFields", "Full name (split into first and last)"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "company": QT_TRANSLATE_NOOP("ImportFields", "Company"),
    "job_title": QT_TRANSLATE_NOOP("ImportFields", "Job title"),
    "street": QT_TRANSLATE_NOOP("ImportFields", "Street"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "City"),
    "postal_code": QT_TRANSLATE_NOOP("ImportFields", "Postal code"),
    "region": QT_TRANSLATE_NOOP("ImportFields", "State / region"),
    "country": QT_TRANSLATE_NOOP("ImportFields", "Country"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Whole address in one cell"),
    "website": QT_TRANSLATE_NOOP("ImportFields", "Website"),
    "birthday": QT_TRANSLATE_NOOP("ImportFields", "Birthday"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportFields", "Tags / groups"),
    "do_not_email": QT_TRANSLATE_NOOP("ImportFields", "Do not email (yes/no)"),
}
# What to do with rows that are someone you already have (services.importer.MODE_LABELS).
MODES = {
    DuplicateMode.UPDATE: QT_TRANSLATE_NOOP("ImportModes", "Update them: fill in what is missing, keep what is already there"),
    DuplicateMode.OVERWRITE: QT_TRANSLATE_NOOP("ImportModes", "Update them: the file's values replace what is there"),
    DuplicateMode.SKIP: QT_TRANSLATE_NOOP("ImportModes", "Leave them as they are (skip these rows)"),
    DuplicateMode.CREATE: QT_TRANSLATE_NOOP("ImportModes", "Create new contacts anyway"),
}
# Files recognised by their column titles (exchange.presets.LAYOUTS), by layout key.
LAYOUTS = {
    "own": QT_TRANSLATE_NOOP("ImportLayouts", "a contact export from this app"),
    "vcard": QT_TRANSLATE_NOOP("ImportLayouts", "an address book (vCard)"),
    "google_old": QT_TRANSLATE_NOOP("ImportLayouts", "a Google Contacts export (Google CSV)"),
    "google_new": QT_TRANSLATE_NOOP("ImportLayouts", "a Google Contacts export"),
    "outlook": QT_TRANSLATE_NOOP("ImportLayouts", "an Outlook export"),
    "outlook_com": QT_TRANSLATE_NOOP("ImportLayouts", "an Outlook.com export"),
    "outlook_de": QT_TRANSLATE_NOOP("ImportLayouts", "an Outlook export (German)"),
    "outlook_fr": QT_TRANSLATE_NOOP("ImportLayouts", "an Outlook export (French)"),
    "outlook_es": QT_TRANSLATE_NOOP("ImportLayouts", "an Outlook export (Spanish)"),
    "hubspot": QT_TRANSLATE_NOOP("ImportLayouts", "a HubSpot export"),
    "pipedrive": QT_TRANSLATE_NOOP("ImportLayouts", "a Pipedrive export"),
}
SEPARATORS = {
    ",": QT_TRANSLATE_NOOP("ImportTexts", "commas"),
    ";": QT_TRANSLATE_NOOP("ImportTexts", "semicolons"),
    "\t": QT_TRANSLATE_NOOP("ImportTexts", "tabs"),
    "|": QT_TRANSLATE_NOOP("ImportTexts", "vertical bars"),
}
# Lines of the summary: (one, several) for a dry run, then (one, several) after the import.
SUMMARY = {
    "read": (QT_TRANSLATE_NOOP("ImportSummary", "<b>1</b> row read."),
             QT_TRANSLATE_NOOP("ImportSummary", "<b>{n}</b> rows read.")),
    "created": (QT_TRANSLATE_NOOP("ImportSummary", "Will add <b>1</b> new contact."),
                QT_TRANSLATE_NOOP("ImportSummary", "Will add <b>{n}</b> new contacts."),
                QT_TRANSLATE_NOOP("ImportSummary", "Added <b>1</b> new contact."),
                QT_TRANSLATE_NOOP("ImportSummary", "Added <b>{n}</b> new contacts.")),
    "updated": (QT_TRANSLATE_NOOP("ImportSummary", "Will update <b>1</b> contact you already have."),
                QT_TRANSLATE_NOOP("ImportSummary", "Will update <b>{n}</b> contacts you already have."),
                QT_TRANSLATE_NOOP("ImportSummary", "Updated <b>1</b> contact you already have."),
                QT_TRANSLATE_NOOP("ImportSummary", "Updated <b>{n}</b> contacts you already have.")),
    "merged": (QT_TRANSLATE_NOOP("ImportSummary",
                                 "1 row repeats someone listed earlier in the file and will be combined."),
               QT_TRANSLATE_NOOP("ImportSummary",
                                 "{n} rows repeat someone listed earlier in the file and will be combined."),
               QT_TRANSLATE_NOOP("ImportSummary",
                                 "1 row repeated someone listed earlier in the file and was combined."),
               QT_TRANSLATE_NOOP("ImportSummary",
                                 "{n} rows repeated someone listed earlier in the file and were combined.")),
    "unchanged": (QT_TRANSLATE_NOOP("ImportSummary", "1 contact already up to date."),
                  QT_TRANSLATE_NOOP("ImportSummary", "{n} contacts already up to date.")),
    "skipped": (QT_TRANSLATE_NOOP("ImportSummary", "1 contact you already have will be left as it is."),
                QT_TRANSLATE_NOOP("ImportSummary", "{n} contacts you already have will be left as they are."),
                QT_TRANSLATE_NOOP("ImportSummary", "1 contact you already have was left as it is."),
                QT_TRANSLATE_NOOP("ImportSummary", "{n} contacts you already have were left as they are.")),
    "problems": (QT_TRANSLATE_NOOP("ImportSummary", "<b>1</b> row cannot be imported (see the list below)."),
                 QT_TRANSLATE_NOOP("ImportSummary", "<b>{n}</b> rows cannot be imported (see the list below)."),
                 QT_TRANSLATE_NOOP("ImportSummary", "<b>1</b> row could not be imported (see the list below)."),
                 QT_TRANSLATE_NOOP("ImportSummary", "<b>{n}</b> rows could not be imported (see the list below).")),
}


def target_text(key: str, custom: dict[str, CustomTarget]) -> str:
    """What the user sees for a mapping target: "Email", "Custom: Segment"."""
    if key in custom:
        return QCoreApplication.translate("ImportFields", "Custom: {name}").format(name=custom[key].label)
    if key in TARGETS:
        return QCoreApplication.translate("ImportFields", TARGETS[key])
    return i18n.translated(FIELDS.get(key, key))


def layout_text(mapping: Mapping) -> str:
    """What kind of export the file looks like ("a Google Contacts export"), or ''."""
    if mapping.layout in LAYOUTS:
        return QCoreApplication.translate("ImportLayouts", LAYOUTS[mapping.layout])
    return i18n.translated(mapping.layout_name)


def mode_text(mode: DuplicateMode) -> str:
    return QCoreApplication.translate("ImportModes", MODES[mode]) if mode in MODES else i18n.translated(MODE_LABELS[mode])


def supported_files() -> str:
    return QCoreApplication.translate(
        "ImportTexts", "CSV or text (.csv, .tsv, .txt), Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or vCard (.vcf)")


def file_filter() -> str:
    return QCoreApplication.translate(
        "ImportTexts", "Contact files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)")


def describe_file(table: Table) -> str:
    """'<b>people.csv</b> is a text (CSV) file in UTF-8, values separated by commas.' (rich text)"""
    name = f"<b>{html.escape(table.path.name)}</b>"
    if table.kind == "csv":
        sep = SEPARATORS.get(table.delimiter)
        text = QCoreApplication.translate(
            "ImportTexts", "{file} is a text (CSV) file in {encoding}, values separated by {separator}.").format(
            file=name, encoding=html.escape(table.encoding or "UTF-8"),
            separator=QCoreApplication.translate("ImportTexts", sep) if sep else html.escape(repr(table.delimiter)))
        return text
    if table.kind == "vcard":
        return QCoreApplication.translate("ImportTexts", "{file} is an address book file (vCard).").format(file=name)
    if table.kind == "xlsx":
        text = QCoreApplication.translate("ImportTexts", "{file} is an Excel workbook.")
    elif table.kind == "xls":
        text = QCoreApplication.translate("ImportTexts", "{file} is an old-style Excel workbook.")
    elif table.kind == "ods":
        text = QCoreApplication.translate("ImportTexts", "{file} is an OpenDocument spreadsheet.")
    else:
        text = QCoreApplication.translate("ImportTexts", "{file} is a spreadsheet.")
    parts = [text.format(file=name)]
    if table.sheet:
        parts.append(QCoreApplication.translate("ImportTexts", "The contacts are read from the sheet “{sheet}”.").format(
            sheet=html.escape(table.sheet)))
    if table.header_row > 1:
        parts.append(QCoreApplication.translate("ImportTexts", "The column titles are on row {row}.").format(
            row=table.header_row))
    return " ".join(parts)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, CrmError):
        return i18n.user_message(exc)
    return QCoreApplication.translate(
        "ImportTexts", "Something went wrong while reading the file ({error}). Nothing was changed.").format(
        error=f"{exc.__class__.__name__}: {exc}")


def error_html(text: str) -> str:
    """An error as red rich text with a cross."""
    return f"<span style='color:#b3261e'>✖ {html.escape(text, quote=False)}</span>"


def rows_progress(done: int, total: int) -> str:
    """'120 of 3,000 rows' (or '120 rows' while the total is not known)."""
    number = QLocale().toString
    if total > 0:
        return QCoreApplication.translate("ImportTexts", "{done} of {total} rows").format(
            done=number(done), total=number(total))
    return QCoreApplication.translate("ImportTexts", "{done} rows").format(done=number(done))


def _line(key: str, n: int, will: bool) -> str:
    texts = SUMMARY[key]
    if len(texts) == 4 and not will:
        texts = texts[2:]
    template = texts[0] if n == 1 else texts[1]
    return QCoreApplication.translate("ImportSummary", template).format(n=QLocale().toString(n))


def summary_html(s: ImportSummary) -> str:
    will = s.dry_run
    parts = [_line("read", s.rows_read, will), _line("created", s.created, will), _line("updated", s.updated, will)]
    for key, count in (("merged", s.merged), ("unchanged", s.unchanged), ("skipped", s.skipped)):
        if count:
            parts.append(_line(key, count, will))
    if s.problem_count:
        parts.append(f"<span style='color:#b3261e'>{_line('problems', s.problem_count, will)}</span>")
    if will and s.imported == 0:
        parts.append("<br>" + QCoreApplication.translate(
            "ImportSummary",
            "<b>There is nothing to import.</b> Go Back to change the columns, or choose another file."))
    return "<br>".join(parts)


def fill_problems(widget: QListWidget, result: ImportSummary) -> None:
    widget.clear()
    if result.dry_run:
        line = QCoreApplication.translate("ImportSummary", "Will not be imported — row {row}: {reason}")
    else:
        line = QCoreApplication.translate("ImportSummary", "Not imported — row {row}: {reason}")
    for p in result.problems:
        widget.addItem(line.format(row=p.row, reason=i18n.translated(p.reason)))
    more = result.problem_count - len(result.problems)
    if more == 1:
        widget.addItem(QCoreApplication.translate("ImportSummary", "… and 1 more row that cannot be imported"))
    elif more > 1:
        widget.addItem(QCoreApplication.translate("ImportSummary", "… and {n} more rows that cannot be imported").format(
            n=QLocale().toString(more)))
    noted = QCoreApplication.translate("ImportSummary", "Imported, with a note — row {row}: {reason}")
    for w in result.warnings[:200]:
        widget.addItem(noted.format(row=w.row, reason=i18n.translated(w.reason)))
