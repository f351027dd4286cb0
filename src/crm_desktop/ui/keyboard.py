"""Window-wide keyboard helpers: Edit › Log note (Ctrl+Shift+L) for the record in front of
the user, and the keyboard focus following Ctrl+1..6 into the shown view's main list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QWidget

from crm_desktop.domain.errors import CrmError
from crm_desktop.ui.keys import key_text
from crm_desktop.ui.log_dialog import LogDialog
from crm_desktop.ui.theme import icon

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow

LOG_NOTE_SHORTCUT = "Ctrl+Shift+L"


def current_target(window: MainWindow) -> tuple[dict[str, int], str] | None:
    """The record the user is looking at in the current view, as (activity target, name)."""
    key = window.current_view_key()
    view = window.view(key)
    services = window.ctx.services
    try:
        if key in ("contacts", "companies"):
            record_id = view.current_id()  # type: ignore[attr-defined]
            if record_id is None:
                return None
            if key == "contacts":
                return {"contact_id": record_id}, services.contacts.get(record_id).name
            return {"company_id": record_id}, services.companies.get(record_id).name
        if key == "pipeline":
            deal_id = view.current_deal_id()  # type: ignore[attr-defined]
            if deal_id is None:
                return None
            detail = services.deals.get(deal_id)
            target = {"deal_id": deal_id}
            if detail.contact_id:
                target["contact_id"] = detail.contact_id
            return target, detail.title
        if key == "followups":
            rows = view.selected_rows()  # type: ignore[attr-defined]
            if len(rows) != 1 or not (rows[0].contact_id or rows[0].deal_id):
                return None
            row = rows[0]
            target = {k: v for k, v in (("contact_id", row.contact_id), ("deal_id", row.deal_id)) if v}
            return target, row.contact_name or row.deal_title
    except CrmError:
        return None
    return None


def log_note(window: MainWindow) -> LogDialog | None:
    """Open the log dialog for the current record; tell the user what to select otherwise."""
    found = current_target(window)
    if found is None:
        window.show_message(QCoreApplication.translate(
            "Keyboard", "Select a contact, company, deal or follow-up first, then press {keys} to log a note or a call."
        ).format(keys=key_text(LOG_NOTE_SHORTCUT)))
        return None
    target, about = found
    dialog = LogDialog(window.ctx, target, about, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def focus_view(window: MainWindow) -> None:
    """Move the keyboard into the current view: its ``focus_main()``, else its first list."""
    view = window.view(window.current_view_key())
    focus = getattr(view, "focus_main", None)
    if focus is not None:
        focus()
        return
    lists = [w for w in view.findChildren(QAbstractItemView) if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    if lists:
        target: QWidget = lists[0]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def install(window: MainWindow) -> None:
    action = QAction(icon("note"), QCoreApplication.translate("Keyboard", "&Log note or call…"), window)
    action.setShortcut(QKeySequence(LOG_NOTE_SHORTCUT))
    action.triggered.connect(lambda: log_note(window))
    window.menu("edit").addSeparator()
    window.menu("edit").addAction(action)
    for view_action in window.menu("view").actions():
        keys = view_action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        if keys.startswith("Ctrl+") and keys[5:].isdigit():
            # After the view is shown (its own handler runs first), move the focus there.
            view_action.triggered.connect(lambda _c=False: QTimer.singleShot(0, lambda: focus_view(window)))
