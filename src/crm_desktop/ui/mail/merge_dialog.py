"""Mail merge: choose who, choose a template, preview per recipient, send with progress.

Sending runs on the task pool, throttled, and can be cancelled; the outbox in the database
lets a cancelled or interrupted merge resume later without sending anyone twice.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.mail import templates
from crm_desktop.services.mail_merge import RunResult
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.mail.common import (
    KEYCHAIN,
    KEYCHAIN_TIMEOUT_S,
    Banner,
    message_for,
    run_limited,
)
from crm_desktop.ui.mail.recipients_model import RecipientsModel, counts_text, from_job, from_plan
from crm_desktop.ui.tasks import Job


class MergeDialog(QDialog):
    """Signals: ``finished_run(object)`` with the RunResult of each sending run;
    ``plan_ready()`` when the recipient list for the current choice is shown."""

    finished_run = Signal(object)
    plan_ready = Signal()

    def __init__(self, ctx: UiContext, contact_ids: list[int] | None = None, job_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.mail = ctx.services.mail
        self.merge = ctx.services.mail_merge
        self.selection = list(contact_ids or [])
        self.job_id = job_id
        self.job: Job | None = None
        self._plan_generation = 0
        self.setWindowTitle(self.tr("Mail merge"))
        self.resize(980, 640)

        self.banner = Banner()
        self.audience = QComboBox()
        self.audience.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.audience.setMinimumContentsLength(26)
        if self.selection:
            self.audience.addItem(self.tr("The selected contact") if len(self.selection) == 1 else
                                  self.tr("The {count} selected contacts").format(count=QLocale().toString(len(self.selection))),
                                  "selection")
        self.audience.addItem(self.tr("Contacts with the tag…"), "tag")
        self.audience.addItem(self.tr("All contacts"), "all")
        self.tag = QComboBox()
        self.tag.addItems(ctx.services.tags.all_names())
        self.saved_view = QComboBox()  # contact saved views, for the "view" audience
        for view in ctx.services.saved_views.all():
            if view.entity == "contact":
                self.saved_view.addItem(view.name, view.id)
        if self.saved_view.count():
            self.audience.insertItem(self.audience.count() - 1, self.tr("Contacts in the saved view…"), "view")
        self.template = QComboBox()
        self.template.addItem(self.tr("Choose a template…"), None)
        for t in self.mail.templates():
            self.template.addItem(t.name, t.id)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setMaximumHeight(120)

        self.model = RecipientsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 180)
        # one line a row: a long status ends in "…" and shows whole as the row's tooltip
        # (wrapped into two lines it was cut at the bottom of the row)
        self.table.setWordWrap(False)
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setStyleSheet("font-weight: 600;")
        self.preview_body = QPlainTextEdit()
        self.preview_body.setReadOnly(True)
        self.preview_warning = QLabel()
        self.preview_warning.setWordWrap(True)
        self.preview_warning.setStyleSheet("color: #a15c00;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.rate = QSpinBox()
        self.rate.setRange(1, 600)
        self.rate.setSuffix(self.tr(" per minute"))
        self.rate.setValue(int(ctx.services.settings.get("mail_merge_per_minute") or 20))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.start_button = QPushButton(self.tr("Send"))
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Stop sending"))
        self.cancel_button.hide()
        self.again_button = QPushButton(self.tr("Send again"))
        self.mark_button = QPushButton(self.tr("Mark as sent"))
        for b in (self.again_button, self.mark_button):
            b.hide()
        close = QPushButton(self.tr("Close"))

        setup = QFormLayout()
        who = QHBoxLayout()
        who.addWidget(self.audience)
        who.addWidget(self.tag, 1)
        who.addWidget(self.saved_view, 1)
        setup.addRow(self.tr("Send to:"), who)
        setup.addRow(self.tr("Template:"), self.template)
        setup.addRow(self.tr("Subject:"), self.subject)
        setup.addRow(self.tr("Message:"), self.body)
        preview = QWidget()
        pv = QVBoxLayout(preview)
        pv.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Preview for the selected recipient"))
        heading.setProperty("role", "subtle")
        pv.addWidget(heading)
        pv.addWidget(self.preview_subject)
        pv.addWidget(self.preview_warning)
        pv.addWidget(self.preview_body, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(preview)
        split.setSizes([560, 400])
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Speed:")))
        buttons.addWidget(self.rate)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        for b in (self.again_button, self.mark_button, self.cancel_button, self.start_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(setup)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self.audience.currentIndexChanged.connect(lambda _i: self.refresh_plan())
        self.tag.currentIndexChanged.connect(lambda _i: self.refresh_plan())
        self.saved_view.currentIndexChanged.connect(lambda _i: self.refresh_plan())
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.subject.textChanged.connect(self._update_preview)
        self.body.textChanged.connect(self._update_preview)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_preview())
        self.start_button.clicked.connect(self._on_start_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.again_button.clicked.connect(lambda: self._resolve(True))
        self.mark_button.clicked.connect(lambda: self._resolve(False))
        close.clicked.connect(self.reject)

        if self.mail.account() is None:
            self._block(self.tr("Set up your email account first: Tools → Email settings…"))
        else:
            run_limited(ctx, self, self.mail.keychain_problem, lambda p: p and self._block(i18n.translated(p)),
                        self._block, KEYCHAIN_TIMEOUT_S, KEYCHAIN)
        if job_id is not None:
            self._show_job()
        else:
            self._on_audience_ready()

    # --- setup ---------------------------------------------------------------------------

    def _block(self, text: str) -> None:
        self.banner.show_message(text, "error")
        self.start_button.setEnabled(False)

    def _on_audience_ready(self) -> None:
        self.refresh_plan()

    def contact_ids(self) -> list[int]:
        return self._ids_for(self.audience.currentData(), self._choice())

    def _choice(self) -> str:
        """The tag, or the saved view id, that goes with the chosen audience."""
        if self.audience.currentData() == "view":
            return str(self.saved_view.currentData() or "")
        return self.tag.currentText()

    def _ids_for(self, kind: str, tag: str) -> list[int]:
        contacts = self.ctx.services.contacts
        if kind == "selection":
            return self.selection
        if kind == "view":
            views = self.ctx.services.saved_views
            info = next((v for v in views.all() if str(v.id) == tag), None)
            return views.ids(info.spec) if info is not None else []
        if kind == "tag":
            return contacts.ordered_ids(tag=tag) if tag else []
        return contacts.ordered_ids()

    def audience_label(self) -> str:
        kind = self.audience.currentData()
        if kind == "tag":
            return self.tr("tag: {tag}").format(tag=self.tag.currentText())
        if kind == "view":
            return self.tr("saved view: {view}").format(view=self.saved_view.currentText())
        return self.tr("selected contacts") if kind == "selection" else self.tr("all contacts")

    def refresh_plan(self) -> None:
        """Work out the recipients on the task pool ("All contacts" may be 100,000 people)."""
        if self.job_id is not None:
            return
        kind, tag = self.audience.currentData(), self._choice()
        self.tag.setVisible(kind == "tag")
        self.saved_view.setVisible(kind == "view")
        self._plan_generation += 1
        generation = self._plan_generation
        self.summary.setText(self.tr("Finding the recipients…"))
        self.start_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda _job: self.merge.plan(self._ids_for(kind, tag)),
            on_done=lambda plan: self._on_plan_done(generation, plan),
            on_error=lambda exc, _tb: self.banner.show_message(message_for(exc), "error"),
        )

    def _on_plan_done(self, generation: int, plan: list) -> None:  # type: ignore[type-arg]
        if generation != self._plan_generation or self.job_id is not None:
            return  # the user changed the choice meanwhile
        self.model.set_rows(from_plan(plan))
        self._update_summary()
        if self.model.rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        self.plan_ready.emit()

    def _on_template_changed(self, _index: int) -> None:
        template_id = self.template.currentData()
        if template_id is not None:
            t = self.mail.template(template_id)
            self.subject.setText(t.subject)
            self.body.setPlainText(t.body)

    def _update_summary(self) -> None:
        counts = self.model.counts()
        if self.job_id is None:
            will, skipped = counts.get("pending", 0), counts.get("skipped", 0)
            number = QLocale().toString
            text = (self.tr("1 will get this message.") if will == 1 else
                    self.tr("{count} will get this message.").format(count=number(will)))
            if skipped:
                text += " " + (self.tr("1 will be skipped (no email address, or marked “do not email”): see the list.")
                               if skipped == 1 else
                               self.tr("{count} will be skipped (no email address, or marked “do not email”): see the list.").format(
                                   count=number(skipped)))
            self.summary.setText(text)
            self.start_button.setText(self.tr("Send to {count}").format(count=number(will)))
            self.start_button.setEnabled(will > 0 and self.banner.kind != "error")
            return
        self.summary.setText(self.tr("This merge: {counts}.").format(counts=counts_text(counts)))
        waiting = counts.get("pending", 0)
        self.start_button.setText(self.tr("Resume sending ({count} waiting)").format(count=QLocale().toString(waiting))
                                  if waiting else self.tr("Send"))
        self.start_button.setEnabled(waiting > 0 and self.banner.kind != "error" and self.job is None)
        to_decide = counts.get("uncertain", 0) + counts.get("failed", 0)
        self.again_button.setVisible(to_decide > 0)
        self.mark_button.setVisible(to_decide > 0)
        if counts.get("uncertain"):
            self.banner.show_message(
                self.tr("1 message may or may not have gone out when sending was interrupted. Check your Sent folder, select it, then choose “Send again” or “Mark as sent”.")
                if counts["uncertain"] == 1 else
                self.tr("{count} messages may or may not have gone out when sending was interrupted. Check your Sent folder, select them, then choose “Send again” or “Mark as sent”.").format(
                    count=QLocale().toString(counts["uncertain"])), "warning"
            )

    def _update_preview(self) -> None:
        index = self.table.currentIndex()
        contact_id = self.model.data(index, RecipientsModel.ContactIdRole) if index.isValid() else None
        self.preview_warning.hide()
        if contact_id is None:
            self.preview_subject.setText("")
            self.preview_body.setPlainText("")
            return
        try:
            if self.job_id is not None:
                subject, body = self.merge.preview(self.job_id, contact_id)
            else:
                subject, body = self.mail.preview(self.subject.text(), self.body.toPlainText(), contact_id)
        except CrmError as exc:
            self.preview_subject.setText(self.tr("Cannot preview"))
            self.preview_body.setPlainText(i18n.user_message(exc))
            return
        self.preview_subject.setText(subject or self.tr("(no subject)"))
        self.preview_body.setPlainText(body)
        empty = templates.missing_values(self.subject.text(), self.body.toPlainText(), self.mail.values(contact_id))
        if empty:
            self.preview_warning.setText(self.tr("Empty for this recipient: {fields}. Check the wording still reads well.").format(
                fields=", ".join("{{" + e + "}}" for e in empty)))
            self.preview_warning.show()

    # --- a job ---------------------------------------------------------------------------

    def _show_job(self) -> None:
        assert self.job_id is not None
        job = self.merge.job(self.job_id)
        for w in (self.audience, self.tag, self.saved_view, self.template, self.subject, self.body):
            w.setEnabled(False)
        if self.audience.findData("job") < 0:  # show what this merge was sent to and with
            for combo, text in ((self.audience, job.audience), (self.template, job.template_name)):
                combo.blockSignals(True)
                combo.insertItem(0, text or "—", "job")
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.tag.hide()
            self.saved_view.hide()
        self.subject.setText(job.subject)
        with self.ctx.services.db.reader() as s:
            from crm_desktop.storage.models import MergeJob

            self.body.setPlainText(s.get(MergeJob, self.job_id).body)  # type: ignore[union-attr]
        current = self.table.currentIndex().row()
        self.model.set_rows(from_job(self.merge.recipients(self.job_id)))
        if self.model.rows:
            row = current if 0 <= current < len(self.model.rows) else 0
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        self._update_summary()

    def _on_start_clicked(self) -> None:
        self.ctx.services.settings.set("mail_merge_per_minute", self.rate.value())
        if self.job_id is None:
            try:
                self.job_id = self.merge.create_job(
                    self.subject.text(), self.body.toPlainText(), self.contact_ids(), self.audience_label(),
                    self.template.currentText() if self.template.currentData() else "",
                )
            except CrmError as exc:
                self.banner.show_message(i18n.user_message(exc), "error")
                return
            self._show_job()
        self.banner.clear_message()
        job_id, rate = self.job_id, self.rate.value()
        self.progress.show()
        self.progress.setRange(0, 0)
        self.cancel_button.show()
        self.start_button.setEnabled(False)
        self.job = self.ctx.tasks.run(
            lambda job: self.merge.run(job_id, progress=job.progress, cancelled=lambda: job.cancelled, per_minute=rate),
            on_done=self._on_run_done, on_error=self._on_run_failed, on_progress=self._on_run_progress,
        )

    def _on_run_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} of {total} · {step}").format(
            done=QLocale().toString(done), total=QLocale().toString(total), step=i18n.translated(text)))
        if self.job_id is not None and text.startswith("Sending"):
            self.model.set_rows(from_job(self.merge.recipients(self.job_id)))

    def _on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Stopping after the current message…"))

    def _finish_run(self) -> None:
        self.job = None
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.progress.hide()
        self._show_job()

    def _on_run_done(self, result: RunResult) -> None:
        self._finish_run()
        number = QLocale().toString
        if result.stopped_by:
            self.banner.show_message(self.tr("{problem} The rest waits; you can resume later.").format(
                problem=i18n.translated(result.stopped_by)), "error")
        elif result.cancelled:
            self.banner.show_message(self.tr("Sending stopped. The rest waits: resume any time from Tools → Mail merge…"), "info")
        elif self.banner.kind != "warning":
            if result.failed:
                text = self.tr("Done: {sent} sent, {failed} failed.").format(sent=number(result.sent), failed=number(result.failed))
            else:
                text = self.tr("Done: {sent} sent.").format(sent=number(result.sent))
            self.banner.show_message(text, "ok")
        self.finished_run.emit(result)

    def _on_run_failed(self, exc: BaseException, _tb: str) -> None:
        self._finish_run()
        self.banner.show_message(message_for(exc), "error")

    def _resolve(self, send_again: bool) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        ids = [self.model.rows[r].recipient_id for r in rows if self.model.rows[r].state in ("uncertain", "failed")]
        if not ids or self.job_id is None:
            self.banner.show_message(self.tr("Select the rows marked “Check” or “Failed” first."), "info")
            return
        self.merge.resolve(self.job_id, [i for i in ids if i is not None], send_again)
        self.banner.clear_message()
        self._show_job()

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
