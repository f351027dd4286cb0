"""The deal's detail: its fields (editable), contact and company, timeline and stage history."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.changes import Change
from crm_desktop.services.deals import DealDetail, DealInput
from crm_desktop.ui import dates, i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.custom_field_editors import CustomFieldsGroup
from crm_desktop.ui.pipeline import format as fmt
from crm_desktop.ui.pipeline import texts
from crm_desktop.ui.pipeline.commands import CloseDealCommand, ReopenDealCommand, SaveDealCommand
from crm_desktop.ui.pipeline.pickers import RecordPicker, company_search, contact_search
from crm_desktop.ui.theme import icon


class DealDialog(QDialog):
    """Create a deal (``deal_id`` None) or edit one. Saves through the deal service."""

    def __init__(self, ctx: UiContext, deal_id: int | None, parent: QWidget | None = None, *,
                 pipeline_id: int | None = None, stage_id: int | None = None,
                 contact_id: int | None = None, company_id: int | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.deals = ctx.services.deals
        self.deal_id = deal_id
        self.detail: DealDetail | None = None
        self.setWindowTitle(self.tr("New deal") if deal_id is None else self.tr("Deal"))
        self.resize(900, 560)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Website for Bakery Müller"))
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText("0")
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(sorted(set(fmt.COMMON_CURRENCIES) | set(self.deals.currencies())))
        self.currency_combo.setCurrentText(str(ctx.services.settings.get("default_currency") or "EUR"))
        self.currency_combo.setMaximumWidth(90)
        self.pipeline_combo = QComboBox()
        self.stage_combo = QComboBox()
        self.close_check = QCheckBox(self.tr("Expected close"))
        self.close_edit = QDateEdit()
        self.close_edit.setCalendarPopup(True)
        self.close_edit.setDisplayFormat(dates.date_format())
        self.close_edit.setDate(QDate.currentDate().addMonths(1))
        self.probability_spin = QSpinBox()
        self.probability_spin.setRange(-1, 100)
        self.probability_spin.setSpecialValueText(self.tr("Stage default"))
        self.probability_spin.setSuffix(" %")
        self.probability_spin.setValue(-1)
        self.contact_picker = RecordPicker(contact_search(ctx.services), self.tr("Type a name to find a contact"))
        self.company_picker = RecordPicker(company_search(ctx.services), self.tr("Type a name to find a company"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. vip, website"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Notes about this deal"))
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        value_row = QHBoxLayout()
        value_row.addWidget(self.value_edit, 1)
        value_row.addWidget(self.currency_combo)
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.pipeline_combo, 1)
        stage_row.addWidget(self.stage_combo, 1)
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_edit, 1)
        close_row.addWidget(QLabel(self.tr("Win probability")))
        close_row.addWidget(self.probability_spin)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Value"), value_row)
        form.addRow(self.tr("Stage"), stage_row)
        form.addRow(self.close_check, close_row)
        form.addRow(self.tr("Contact"), self.contact_picker)
        form.addRow(self.tr("Company"), self.company_picker)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.won_button = QPushButton(self.tr("Mark as won"))
        self.lost_button = QPushButton(self.tr("Mark as lost…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        for button in (self.won_button, self.lost_button, self.reopen_button):
            status_row.addWidget(button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(form)
        self.custom = CustomFieldsGroup(ctx.services.custom_fields.fields("deal"))
        left_layout.addWidget(self.custom)
        left_layout.addWidget(self.error_label)
        left_layout.addLayout(status_row)

        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(4)
        self.timeline.setAlternatingRowColors(True)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Add a note to the timeline and press Enter"))
        timeline_page = QWidget()
        timeline_layout = QVBoxLayout(timeline_page)
        timeline_layout.addWidget(self.note_edit)
        timeline_layout.addWidget(self.timeline, 1)
        self.history = QTreeWidget()
        self.history.setHeaderLabels([self.tr("Stage"), self.tr("Entered"), self.tr("Left"), self.tr("Days")])
        self.history.setRootIsDecorated(False)
        header = self.history.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget()
        self.tabs.addTab(timeline_page, self.tr("Timeline"))
        self.tabs.addTab(self.history, self.tr("Stage history"))

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setSizes([480, 420])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.pipeline_combo.currentIndexChanged.connect(self._on_pipeline_changed)
        self.close_check.toggled.connect(self.close_edit.setEnabled)
        self.contact_picker.picked.connect(self._on_contact_picked)
        self.note_edit.returnPressed.connect(self._on_note_return)
        self.won_button.clicked.connect(lambda: self._close(won=True))
        self.lost_button.clicked.connect(lambda: self._close(won=False))
        self.reopen_button.clicked.connect(self._on_reopen)
        ctx.bridge.changed.connect(self._on_changed)

        for pipeline in ctx.services.pipelines.list(include_archived=deal_id is not None):
            self.pipeline_combo.addItem(pipeline.name, pipeline.id)
        if deal_id is None:
            self._prefill(pipeline_id, stage_id, contact_id, company_id)
        else:
            self._load()

    # --- loading ------------------------------------------------------------------------

    def _prefill(self, pipeline_id: int | None, stage_id: int | None, contact_id: int | None,
                 company_id: int | None) -> None:
        if pipeline_id is None and stage_id is not None:
            pipeline_id = self.ctx.services.pipelines.stage(stage_id).pipeline_id
        self._select(self.pipeline_combo, pipeline_id)
        self._on_pipeline_changed()
        self._select(self.stage_combo, stage_id)
        self.close_check.setChecked(False)
        self.close_edit.setEnabled(False)
        if contact_id is not None:
            contact = self.ctx.services.contacts.get(contact_id)
            self.contact_picker.set_record(contact_id, contact.name)
            if company_id is None and contact.company_id:
                company_id = contact.company_id
        if company_id is not None:
            self.company_picker.set_record(company_id, self.ctx.services.companies.get(company_id).name)
        self.status_label.setText(self.tr("A new open deal."))
        for button in (self.won_button, self.lost_button, self.reopen_button):
            button.hide()
        self.tabs.setEnabled(False)

    def _load(self) -> None:
        assert self.deal_id is not None
        try:
            detail = self.deals.get(self.deal_id)
        except CrmError as exc:
            self.error_label.setText(i18n.user_message(exc))
            self.error_label.show()
            return
        self.detail = detail
        self.setWindowTitle(self.tr("Deal: {title}").format(title=detail.title))
        self.title_edit.setText(detail.title)
        self.value_edit.setText(fmt.amount(detail.value_minor, detail.currency) if detail.value_minor else "")
        self.currency_combo.setCurrentText(detail.currency)
        self._select(self.pipeline_combo, detail.pipeline_id)
        self._on_pipeline_changed()
        self._select(self.stage_combo, detail.stage_id)
        self.close_check.setChecked(detail.expected_close is not None)
        self.close_edit.setEnabled(detail.expected_close is not None)
        if detail.expected_close:
            d = detail.expected_close
            self.close_edit.setDate(QDate(d.year, d.month, d.day))
        self.probability_spin.setValue(-1 if detail.probability_override is None else detail.probability_override)
        self.contact_picker.set_record(detail.contact_id, i18n.translated(detail.contact_name))
        self.company_picker.set_record(detail.company_id, detail.company_name)
        self.tags_edit.setText(", ".join(detail.tags))
        self.notes_edit.setPlainText(detail.notes)
        self.custom.set_values(self.ctx.services.custom_fields.values("deal", detail.id))
        self._show_status(detail)
        self._load_side()

    def _show_status(self, detail: DealDetail) -> None:
        if detail.status == "open":
            text = self.tr("Open · in “{stage}” since {when}").format(
                stage=detail.stage_name, when=dates.date_time_text(detail.stage_changed_at))
        elif detail.status == "won":
            text = self.tr("<b style='color:#2e9d57'>Won</b> on {when}").format(when=dates.date_time_text(detail.closed_at))
        else:
            text = self.tr("<b style='color:#d9483b'>Lost</b> on {when}: {reason}").format(
                when=dates.date_time_text(detail.closed_at), reason=html.escape(detail.lost_reason, quote=False))
        self.status_label.setText(text)
        is_open = detail.status == "open"
        self.won_button.setVisible(is_open)
        self.lost_button.setVisible(is_open)
        self.reopen_button.setVisible(not is_open)
        self.stage_combo.setEnabled(is_open)
        self.pipeline_combo.setEnabled(is_open)

    def _load_side(self) -> None:
        assert self.deal_id is not None
        self.timeline.clear()
        for activity in self.ctx.services.activities.timeline(deal_id=self.deal_id):
            head = f"{i18n.translated(activity.kind_label)} · {dates.date_time_text(activity.occurred_at)}"
            if activity.subject:
                head += f" · {activity.subject}"
            item = QListWidgetItem(f"{head}\n{activity.body}" if activity.body else head)
            item.setIcon(icon({"call": "call", "meeting": "meeting", "email_sent": "email",
                               "email_received": "email", "stage_change": "pipeline"}.get(activity.kind, "note")))
            self.timeline.addItem(item)
        if self.timeline.count() == 0:
            self.timeline.addItem(self.tr("Nothing yet. Notes, calls and stage changes appear here."))
        self.history.clear()
        for row in self.deals.history(self.deal_id):
            end = row.left_at
            days = ((end or _now()) - row.entered_at).days
            QTreeWidgetItem(self.history, [row.stage_name, dates.date_time_text(row.entered_at),
                                           dates.date_time_text(end) if end else self.tr("now"),
                                           QLocale().toString(days)])

    # --- saving -------------------------------------------------------------------------

    def data(self) -> DealInput:
        d = self.close_edit.date()
        return DealInput(
            title=self.title_edit.text(),
            value=self.value_edit.text().strip(),
            currency=self.currency_combo.currentText(),
            pipeline_id=self.pipeline_combo.currentData(),
            stage_id=self.stage_combo.currentData(),
            expected_close=date(d.year(), d.month(), d.day()) if self.close_check.isChecked() else None,
            probability_override=None if self.probability_spin.value() < 0 else self.probability_spin.value(),
            contact_id=self.contact_picker.record_id,
            company_id=self.company_picker.record_id,
            tags=self.tags_edit.text().split(","),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        if not self.custom.validate():
            self.error_label.setText(self.tr("Some of the other fields need a fix (see the message under each)."))
            self.error_label.show()
            return
        try:
            if self.deal_id is None:
                self.deal_id = self.deals.create(self.data())
            elif self.detail is not None:
                command = SaveDealCommand(self.deals, self.deal_id, self.detail.to_input(), self.data(),
                                          self.detail.version,
                                          self.tr("Edit “{title}”").format(title=self.detail.title))
                command.execute()
                self.ctx.undo.push(command)
            if self.custom.editors:
                self.ctx.services.custom_fields.set_values("deal", self.deal_id, self.custom.values())
        except ValidationError as exc:
            self.custom.show_errors(exc.fields)
            self.error_label.setText(i18n.user_message(exc))
            self.error_label.show()
            return
        except CrmError as exc:
            self.error_label.setText(i18n.user_message(exc))
            self.error_label.show()
            return
        self.accept()

    # --- handlers -----------------------------------------------------------------------

    def _on_pipeline_changed(self, _index: int = 0) -> None:
        pipeline_id = self.pipeline_combo.currentData()
        current = self.stage_combo.currentData()
        self.stage_combo.clear()
        if pipeline_id is None:
            return
        for stage in self.ctx.services.pipelines.get(pipeline_id).stages:
            self.stage_combo.addItem(f"{stage.name} ({texts.percent(stage.probability)})", stage.id)
        self._select(self.stage_combo, current)

    def _on_contact_picked(self, contact_id: int) -> None:
        if contact_id and self.company_picker.record_id is None:
            contact = self.ctx.services.contacts.get(contact_id)
            if contact.company_id:
                self.company_picker.set_record(contact.company_id, contact.company)

    def _on_note_return(self) -> None:
        text = self.note_edit.text().strip()
        if not text or self.deal_id is None:
            return
        try:
            self.ctx.services.activities.add("note", body=text, deal_id=self.deal_id,
                                             contact_id=self.contact_picker.record_id)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Note not added"), i18n.user_message(exc))
            return
        self.note_edit.clear()

    def _close(self, won: bool) -> None:
        if self.deal_id is None or self.detail is None:
            return
        reason = ""
        if not won:
            reason, ok = QInputDialog.getText(self, self.tr("Deal lost"), self.tr("Why was this deal lost?"))
            if not ok:
                return
        text = self.tr("Mark “{title}” as won") if won else self.tr("Mark “{title}” as lost")
        command = CloseDealCommand(self.deals, self.deal_id, won, reason, text.format(title=self.detail.title))
        try:
            command.execute()
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), i18n.user_message(exc))
            return
        self.ctx.undo.push(command)

    def _on_reopen(self) -> None:
        if self.deal_id is None or self.detail is None:
            return
        command = ReopenDealCommand(self.deals, self.deal_id, self.detail.status == "won",
                                    self.detail.lost_reason, self.tr("Reopen “{title}”").format(title=self.detail.title))
        try:
            command.execute()
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), i18n.user_message(exc))
            return
        self.ctx.undo.push(command)

    def _on_changed(self, change: Change) -> None:
        if self.deal_id is None or self.detail is None:
            return
        if change.kind == "deal" and (self.deal_id in change.ids or change.reset):
            try:
                detail = self.deals.get(self.deal_id)
            except CrmError:
                return
            self.detail = detail
            self._show_status(detail)
            self._select(self.stage_combo, detail.stage_id)
            self._load_side()

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        if data is None:
            return
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def done(self, result: int) -> None:
        self.ctx.bridge.changed.disconnect(self._on_changed)
        super().done(result)


def _now():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime.now(UTC)
