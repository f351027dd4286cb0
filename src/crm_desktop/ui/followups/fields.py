"""Input fields of the follow-up dialogs: a due date typed in words, and a contact/deal link."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QStringListModel, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from crm_desktop.domain.dates import Due, parse_due
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.followup_lists import FollowUpLists
from crm_desktop.ui import i18n
from crm_desktop.ui.followups import texts
from crm_desktop.ui.followups.due_words import to_english


class DueField(QWidget):
    """A line edit that understands "tomorrow 9:00", "in 3 days", "fri 14:30", ISO dates,
    with the parsed date shown live underneath and a calendar button.

    Signals: ``changed()`` whenever the parsed value (or its validity) changes.
    """

    changed = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self._now = now
        self._value: Due | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("dueText")
        self.edit.setPlaceholderText(self.tr("e.g. tomorrow 9:00, in 3 days, next monday, fri 14:30"))
        self.edit.setClearButtonEnabled(True)
        self.pick = QToolButton()
        self.pick.setText(self.tr("Pick…"))
        self.pick.setToolTip(self.tr("Pick a date on a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        menu = QMenu(self.pick)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.pick.setMenu(menu)
        self.feedback = QLabel()
        self.feedback.setObjectName("dueFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setProperty("role", "subtle")
        lines = self.feedback.fontMetrics().lineSpacing()
        self.feedback.setMinimumHeight(2 * lines + 2)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        lay.addLayout(row)
        lay.addWidget(self.feedback)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self._on_edit_text_changed(self.edit.text())

    def value(self) -> Due | None:
        return self._value

    def error(self) -> str:
        return "" if self._value else self.feedback.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def set_value(self, due: Due) -> None:
        # A date format the field reads back: 2026-12-03 in English, 03.12.2026 in German.
        day = QLocale().toString(QDate(due.day.year, due.day.month, due.day.day),
                                 self.tr("yyyy-MM-dd", "date format the due field understands"))
        at = QTime(due.at.hour, due.at.minute).toString("HH:mm") if due.at else ""
        self.edit.setText(f"{day} {at}" if at else day)

    def _on_edit_text_changed(self, text: str) -> None:
        now = self._now()
        try:
            self._value = self._parse(text, now)
        except ValidationError as exc:
            self._value = None
            message = self.tr("Type when it is due, or pick a date.") if not text.strip() else i18n.user_message(exc)
            self.feedback.setText(message)
            self.feedback.setProperty("role", "subtle" if not text.strip() else "error")
        else:
            self.feedback.setText("→ " + texts.describe_due(self._value, now.date()))
            self.feedback.setProperty("role", "subtle")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.changed.emit()

    @staticmethod
    def _parse(text: str, now: datetime) -> Due:
        """The parser's reading of ``text``, or of its words in the window's language."""
        try:
            return parse_due(text, now)
        except ValidationError as exc:
            about_what_was_typed = exc
        local = to_english(text, QLocale().language(), now.date())
        if local != text:
            try:
                return parse_due(local, now)
            except ValidationError:
                pass
        raise about_what_was_typed

    def _on_menu_about_to_show(self) -> None:
        day = self._value.day if self._value else self._now().date()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _on_calendar_clicked(self, qdate: QDate) -> None:
        day = date(qdate.year(), qdate.month(), qdate.day())
        at = self._value.at if self._value else None
        self.set_value(Due(day, at))
        self.pick.menu().hide()


class LinkField(QWidget):
    """Link to a contact and/or a deal: type a name, pick from the suggestions.

    Signals: ``changed()`` when the link changes.
    """

    changed = Signal()

    def __init__(self, lists: FollowUpLists, parent: QWidget | None = None):
        super().__init__(parent)
        self.lists = lists
        self.contact_id: int | None = None
        self.deal_id: int | None = None
        self._choices: dict[str, tuple[str, int]] = {}
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a contact's name or a deal…"))
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated.connect(self._on_completer_activated)
        self.edit.setCompleter(self.completer)
        self.label = QLabel()
        self.label.setProperty("role", "subtle")
        self.clear = QToolButton()
        self.clear.setText(self.tr("Unlink"))
        self.clear.clicked.connect(self._on_clear_clicked)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._refresh)
        self.edit.textEdited.connect(lambda _t: self._debounce.start())

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.clear)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        lay.addWidget(self.edit)
        lay.addLayout(row)
        self._show()

    def set_link(self, contact_id: int | None, deal_id: int | None) -> None:
        self.contact_id, self.deal_id = contact_id, deal_id
        self._show()

    def _refresh(self) -> None:
        choices = self.lists.link_choices(self.edit.text())
        self._choices = {}
        for kind, ident, label in choices:
            text = self.tr("{label}  (deal)").format(label=label) if kind == "deal" else label
            while text in self._choices:
                text += " "
            self._choices[text] = (kind, ident)
        self._names.setStringList(list(self._choices))
        if self._choices:
            self.completer.complete()

    def _on_completer_activated(self, text: str) -> None:
        kind, ident = self._choices.get(text, ("", 0))
        if kind == "contact":
            self.contact_id = ident
        elif kind == "deal":
            self.deal_id = ident
        QTimer.singleShot(0, self.edit.clear)
        self._show()
        self.changed.emit()

    def _on_clear_clicked(self) -> None:
        self.contact_id = self.deal_id = None
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        label = i18n.translated(self.lists.link_label(self.contact_id, self.deal_id))
        if label:
            self.label.setText(self.tr("Linked to: {label}").format(label=label))
        else:
            self.label.setText(self.tr("Not linked to a contact or deal"))
        self.clear.setVisible(bool(label))
