"""Dialogs: new/edit follow-up (also the compact quick add), complete with an outcome."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.dates import Due, Recurrence
from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.services import Services
from crm_desktop.services.followups import FollowUpDetail, FollowUpInput
from crm_desktop.ui import dates, i18n
from crm_desktop.ui.followups import texts
from crm_desktop.ui.followups.fields import DueField, LinkField


class FollowUpDialog(QDialog):
    """New or edit. ``compact`` is the quick add: title, when, link (more on demand)."""

    def __init__(self, services: Services, detail: FollowUpDetail | None = None, compact: bool = False,
                 contact_id: int | None = None, deal_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.detail = detail
        self.saved_id: int | None = None
        if detail:
            self.setWindowTitle(self.tr("Edit follow-up"))
        else:
            self.setWindowTitle(self.tr("Quick add follow-up") if compact else self.tr("New follow-up"))
        self.setMinimumWidth(460)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # saves, as in the log dialog
            QShortcut(QKeySequence(keys), self, self.accept)

        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("What to do, e.g. “Call back about the quote”"))
        self.due = DueField(services.followups.local_now)
        self.link = LinkField(services.followup_lists)
        self.priority = QComboBox()
        for label, value in texts.PRIORITIES:
            self.priority.addItem(texts.label_text(label), value)
        self.repeat = QComboBox()
        for label, value in texts.REPEATS:
            self.repeat.addItem(texts.label_text(label), value)
        self.interval = QSpinBox()
        self.interval.setRange(1, 365)
        self.interval.setPrefix(self.tr("every "))
        self.weekdays = QCheckBox(self.tr("Weekdays only (move weekends to Monday)"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Details (optional)"))
        self.notes.setFixedHeight(80)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&When"), self.due)
        form.addRow(self.tr("&Link"), self.link)
        form.addRow(self.tr("&Priority"), self.priority)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat, 1)
        repeat_row.addWidget(self.interval)
        repeat_label = QLabel(self.tr("&Repeat"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(repeat_label, repeat_row)
        form.addRow("", self.weekdays)
        form.addRow(self.tr("&Notes"), self.notes)
        self.form = form
        self._more_rows = (3, 4, 5, 6)  # priority, repeat, weekdays, notes

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Add") if detail is None else self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.compact = compact
        if compact:
            self.more_button = buttons.addButton(self.tr("More options…"), QDialogButtonBox.ButtonRole.ResetRole)
            self.more_button.clicked.connect(self._on_more_clicked)
            for row in self._more_rows:
                form.setRowVisible(row, False)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

        self.repeat.currentIndexChanged.connect(self._on_repeat_changed)
        self.title.textChanged.connect(self._update_state)
        self.due.changed.connect(self._update_state)
        if detail is not None:
            self._fill(detail)
        else:
            self.due.set_text(self.tr("today", "default due date; must be a word the due field understands"))
            self.link.set_link(contact_id, deal_id)
        self._on_repeat_changed()
        self._update_state()
        self.title.setFocus()

    def _fill(self, d: FollowUpDetail) -> None:
        self.title.setText(d.title)
        self.due.set_value(Due(d.due_date, d.due_time))
        self.link.set_link(d.contact_id, d.deal_id)
        self.priority.setCurrentIndex(max(0, self.priority.findData(d.priority)))
        self.notes.setPlainText(d.notes)
        if d.recurrence:
            self.repeat.setCurrentIndex(self.repeat.findData(d.recurrence.freq))
            self.interval.setValue(d.recurrence.interval)
            self.weekdays.setChecked(d.recurrence.weekdays_only)

    def _on_more_clicked(self) -> None:
        for row in self._more_rows:
            self.form.setRowVisible(row, True)
        self.more_button.hide()
        self.adjustSize()

    def _on_repeat_changed(self) -> None:
        freq = self.repeat.currentData()
        self.interval.setEnabled(freq is not None)
        self.weekdays.setEnabled(freq is not None)
        units = {"daily": self.tr(" day(s)"), "weekly": self.tr(" week(s)"), "monthly": self.tr(" month(s)")}
        self.interval.setSuffix(units.get(freq, ""))

    def _update_state(self) -> None:
        self.save_button.setEnabled(bool(self.title.text().strip()) and self.due.value() is not None)

    def value(self) -> FollowUpInput:
        due = self.due.value()
        assert due is not None
        freq = self.repeat.currentData()
        rule = None
        if freq:
            keep_day = self.detail.recurrence if self.detail and self.detail.recurrence else None
            rule = Recurrence.starting(freq, self.interval.value(), self.weekdays.isChecked(), due.day)
            if keep_day and keep_day.freq == freq == "monthly" and self.detail and self.detail.due_date == due.day:
                rule = Recurrence(freq, rule.interval, rule.weekdays_only, keep_day.month_day)
        return FollowUpInput(
            title=self.title.text(), due_date=due.day, due_time=due.at, notes=self.notes.toPlainText(),
            priority=self.priority.currentData(), contact_id=self.link.contact_id, deal_id=self.link.deal_id,
            recurrence=rule,
        )

    def accept(self) -> None:
        if self.due.value() is None:
            self._show_error(self.due.error() or self.tr("Say when it is due."))
            return
        try:
            if self.detail is None:
                self.saved_id = self.services.followups.create(self.value())
            else:
                self.services.followups.update(self.detail.id, self.value(), version=self.detail.version)
                self.saved_id = self.detail.id
        except CrmError as exc:
            self._show_error(i18n.user_message(exc))
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

# What the outcome of a completed follow-up can be logged as (named by ActivityKind.label).
OUTCOME_KINDS = (ActivityKind.NOTE, ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.EMAIL_SENT)


class CompleteDialog(QDialog):
    """Complete with an outcome logged on the timeline, and choose how a repeat continues."""

    def __init__(self, services: Services, detail: FollowUpDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complete follow-up"))
        self.setMinimumWidth(440)
        heading = QLabel(f"<b>{html.escape(detail.title, quote=False)}</b>")
        heading.setWordWrap(True)
        self.kind = QComboBox()
        for kind in OUTCOME_KINDS:
            self.kind.addItem(i18n.translated(kind.label), kind.value)
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(self.tr("What happened? (optional; saved on the timeline)"))
        self.outcome.setFixedHeight(90)
        linked = detail.contact_id is not None or detail.deal_id is not None
        if not linked:
            self.outcome.setEnabled(False)
            self.kind.setEnabled(False)
            self.outcome.setPlaceholderText(self.tr("Not linked to a contact or deal: there is no timeline to log to."))
        form = QFormLayout()
        form.addRow(heading)
        form.addRow(self.tr("Log as"), self.kind)
        form.addRow(self.tr("Outcome"), self.outcome)
        self.from_due = QRadioButton()
        self.from_today = QRadioButton()
        if detail.recurrence:
            today = services.followups.today()
            rule = detail.recurrence
            by_due = rule.next_after(detail.due_date, not_before=today)
            by_today = rule.next_after(today) if rule.freq != "monthly" else \
                Recurrence(rule.freq, rule.interval, rule.weekdays_only, today.day).next_after(today)
            self.from_due.setText(self.tr("On schedule (from the due date): {date}").format(date=dates.weekday_date_text(by_due)))
            self.from_today.setText(self.tr("Counted from today: {date}").format(date=dates.weekday_date_text(by_today)))
            self.from_due.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(self.from_due)
            group.addButton(self.from_today)
            form.addRow(self.tr("Next one"), self.from_due)
            form.addRow("", self.from_today)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Complete"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def outcome_text(self) -> str:
        return self.outcome.toPlainText().strip() if self.outcome.isEnabled() else ""

    def outcome_kind(self) -> str:
        return str(self.kind.currentData())

    def repeat_from_today(self) -> bool:
        return self.from_today.isChecked()


def ask_snooze_time(parent: QWidget, now) -> Due | None:  # type: ignore[no-untyped-def]
    """A small dialog with the natural-language date field, for "Snooze until…"."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("SnoozeDialog", "Snooze until"))
    dialog.setMinimumWidth(380)
    field = DueField(now)
    field.set_text(QCoreApplication.translate("SnoozeDialog", "tomorrow 9:00"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(QCoreApplication.translate("SnoozeDialog", "Snooze"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    field.changed.connect(lambda: ok.setEnabled(field.value() is not None))
    lay = QVBoxLayout(dialog)
    lay.addWidget(QLabel(QCoreApplication.translate("SnoozeDialog", "Snooze until when?")))
    lay.addWidget(field)
    lay.addWidget(buttons)
    return field.value() if dialog.exec() else None


__all__ = ["CompleteDialog", "FollowUpDialog", "ask_snooze_time"]
