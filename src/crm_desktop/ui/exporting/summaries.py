"""What an export or a sync did, in the window's language (built from the result's numbers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from crm_desktop.exchange.exporter import ExportResult
from crm_desktop.services.sync import SyncResult
from crm_desktop.ui import i18n
from crm_desktop.ui.exporting.common import table_count_text


def export_summary(result: ExportResult) -> str:
    """'Exported 2 contacts, 1 company to /home/anna/crm-export.xlsx.'"""
    where = str(result.paths[0] if len(result.paths) == 1 else result.paths[0].parent) if result.paths else ""
    parts = [table_count_text(n, kind) for kind, n in result.rows.items()]
    if not parts:
        return QCoreApplication.translate("ExportSummary", "Exported nothing to {where}.").format(where=where)
    return QCoreApplication.translate("ExportSummary", "Exported {what} to {where}.").format(
        what=", ".join(parts), where=where)


def sync_summary(result: SyncResult) -> str:
    """The lines of ``SyncResult.summary()``, translated."""
    number = QLocale().toString
    parts = []
    for count, text in (
        (len(result.created_in_crm), QCoreApplication.translate("SyncSummary", "{n} added to the CRM")),
        (len(result.updated_in_crm), QCoreApplication.translate("SyncSummary", "{n} updated in the CRM")),
        (len(result.deleted_in_crm), QCoreApplication.translate("SyncSummary", "{n} moved to the trash")),
        (result.added_to_sheet, QCoreApplication.translate("SyncSummary", "{n} added to the sheet")),
        (result.updated_in_sheet, QCoreApplication.translate("SyncSummary", "{n} updated in the sheet")),
        (result.removed_from_sheet, QCoreApplication.translate("SyncSummary", "{n} removed from the sheet")),
    ):
        if count:
            parts.append(text.format(n=number(count)))
    if parts:
        lines = [QCoreApplication.translate("SyncSummary", "Synced: {changes}.").format(changes=", ".join(parts))]
    else:
        lines = [QCoreApplication.translate("SyncSummary", "Everything was already in step.")]
    n = len(result.conflicts)
    if n == 1:
        lines.append(QCoreApplication.translate("SyncSummary", "1 field was changed on both sides and was left as it is."))
    elif n:
        lines.append(QCoreApplication.translate(
            "SyncSummary", "{n} fields were changed on both sides and were left as they are.").format(n=number(n)))
    n = len(result.pending_deletions)
    if n == 1:
        lines.append(QCoreApplication.translate(
            "SyncSummary", "1 contact was deleted from the sheet; it stays in the CRM until you confirm."))
    elif n:
        lines.append(QCoreApplication.translate(
            "SyncSummary", "{n} contacts were deleted from the sheet; they stay in the CRM until you confirm."
        ).format(n=number(n)))
    return "\n".join(lines + [i18n.translated(t) for t in (*result.errors, *result.notes)])
