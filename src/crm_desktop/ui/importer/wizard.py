"""The import wizard: choose a file → check the columns → see what will happen → import
(with progress and Stop) → result, with "Undo this import"."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.exchange.mapping import Mapping
from crm_desktop.exchange.table import Table
from crm_desktop.services.importer import DuplicateMode, ImportCancelled, ImportSummary
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.importer.mapping_page import MappingPage
from crm_desktop.ui.importer.texts import (
    describe_file,
    error_html,
    error_text,
    file_filter,
    fill_problems,
    layout_text,
    mode_text,
    rows_progress,
    summary_html,
    supported_files,
)
from crm_desktop.ui.tasks import Job


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file with your contacts"))
        self.setSubTitle(self.tr("You can import {formats}. Contacts you already have are updated, not duplicated.").format(
            formats=supported_files()))
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen yet"))
        self.browse = QPushButton(self.tr("Choose a file…"))
        self.browse.setAutoDefault(False)  # Enter after choosing a file means Next, not "choose again"
        self.browse.clicked.connect(self._on_browse_clicked)
        self.status = QLabel(self.tr("Tip: you can also drag a file onto the main window."))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.sheet = QComboBox()
        self.sheet_label = QLabel(self.tr("The contacts are on the sheet:"))
        self.sheet.activated.connect(self._on_sheet_activated)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet)
        sheet_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(sheet_row)
        layout.addStretch(1)
        self.loading = False
        self._show_sheets(None)

    def _show_sheets(self, table: Table | None) -> None:
        many = table is not None and len(table.sheets) > 1
        self.sheet_label.setVisible(many)
        self.sheet.setVisible(many)
        if many:
            self.sheet.clear()
            self.sheet.addItems(table.sheets)
            self.sheet.setCurrentText(table.sheet)

    def _on_sheet_activated(self, _index: int) -> None:
        table = self.wiz.table
        if table is not None and self.sheet.currentText() != table.sheet:
            self.wiz.open_file(table.path, self.sheet.currentText())

    def _on_browse_clicked(self) -> None:
        start = str(self.wiz.ctx.settings.value("import/folder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), start, file_filter())
        if name:
            self.wiz.ctx.settings.setValue("import/folder", str(Path(name).parent))
            self.wiz.open_file(name)

    def show_loading(self, path: str) -> None:
        self.loading = True
        self.path.setText(path)
        self.status.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()

    def show_loaded(self, table: Table, rows_seen: int) -> None:
        self.loading = False
        mapping = self.wiz.mapping
        text = "✔ " + describe_file(table)
        if mapping and layout_text(mapping):
            text += " " + self.tr("It looks like <b>{layout}</b>.").format(layout=html.escape(layout_text(mapping)))
        self.status.setText(text + "<br>" + self.tr("Click <b>Next</b> to check the columns."))
        self._show_sheets(table)
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.loading = False
        self.status.setText(error_html(text))
        self._show_sheets(None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.wiz.table is not None and not self.loading


class CheckPage(QWizardPage):
    """A dry run: what will happen, with the rows that have problems."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("What will happen"))
        self.setSubTitle(self.tr("Nothing has been changed yet. Check the numbers, then click Import."))
        self.modes = QButtonGroup(self)
        mode_box = QVBoxLayout()
        mode_box.addWidget(QLabel(self.tr(
            "<b>When a row is someone you already have</b> (same email, phone, or name at the same company):")))
        for mode in DuplicateMode:
            button = QRadioButton(mode_text(mode))
            button.setProperty("mode", str(mode))
            self.modes.addButton(button)
            mode_box.addWidget(button)
            if mode is DuplicateMode.UPDATE:
                button.setChecked(True)
        self.modes.buttonToggled.connect(self._on_mode_toggled)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QProgressBar()
        self.problems = QListWidget()
        self.problems_title = QLabel(self.tr("<b>Rows that need your attention</b>"))
        layout = QVBoxLayout(self)
        layout.addLayout(mode_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # keeps the text at the top while the list of problems is hidden
        self.result: ImportSummary | None = None
        self.job: Job | None = None
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def mode(self) -> DuplicateMode:
        button = self.modes.checkedButton()
        return DuplicateMode(button.property("mode")) if button else DuplicateMode.UPDATE

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._start()

    def _on_mode_toggled(self, _button: QWidget, checked: bool) -> None:
        if checked and self.wiz.currentPage() is self:
            self._start()

    def _start(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.result = None
        self.completeChanged.emit()
        self.summary.setText(self.tr("Checking every row against your contacts…"))
        self.problems.clear()
        self.problems_title.hide()
        self.problems.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        table, mapping, mode = self.wiz.table, self.wiz.mapping, self.mode()
        importer = self.wiz.ctx.services.importer

        def work(job: Job) -> ImportSummary:
            return importer.dry_run(table, mapping, mode, progress=job.progress, cancelled=lambda: job.cancelled)

        self.job = self.wiz.ctx.tasks.run(work, on_done=self._on_done, on_error=self._on_error,
                                          on_progress=self._on_progress)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.summary.setText(self.tr("Checking every row against your contacts… {progress}").format(
            progress=rows_progress(done, total) if done else i18n.translated(text)))

    def _on_done(self, result: ImportSummary) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        self.result = result
        self.progress.hide()
        self.wiz.expected_rows = result.rows_read
        self.summary.setText(summary_html(result))
        self.problems.clear()
        fill_problems(self.problems, result)
        shown = self.problems.count() > 0
        self.problems_title.setVisible(shown)
        self.problems.setVisible(shown)
        self.completeChanged.emit()

    def _on_error(self, exc: BaseException, _trace: str) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        self.progress.hide()
        self.summary.setText(error_html(error_text(exc)))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.result is not None and (self.result.created + self.result.updated + self.result.merged) > 0

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        if self.job is not None:
            self.job.cancel()
            self.job = None


class RunPage(QWizardPage):
    """The real import, off the GUI thread, with a progress bar and Stop."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("You can stop at any time: if you do, nothing is changed."))
        self.progress = QProgressBar()
        self.label = QLabel(self.tr("Starting…"))
        self.stop = QPushButton(self.tr("Stop the import"))
        self.stop.clicked.connect(self._on_stop_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.stop)
        layout.addLayout(row)
        layout.addStretch(1)
        self.job: Job | None = None
        self.finished = False

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.finished = False
        self.stop.setEnabled(True)
        table, mapping, mode = self.wiz.table, self.wiz.mapping, self.wiz.check.mode()
        expected = self.wiz.expected_rows
        importer = self.wiz.ctx.services.importer
        self.progress.setRange(0, max(expected, 1))
        self.progress.setValue(0)

        def work(job: Job) -> ImportSummary:
            return importer.run(table, mapping, mode, progress=job.progress,
                                cancelled=lambda: job.cancelled, expected_rows=expected)

        self.job = self.wiz.ctx.tasks.run(work, on_done=self._on_done, on_error=self._on_error,
                                          on_progress=self._on_progress)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if done:
            self.label.setText(self.tr("Importing… {progress}").format(progress=rows_progress(done, total)))
        else:
            self.label.setText(i18n.translated(text))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_stop_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.stop.setEnabled(False)
            self.label.setText(self.tr("Stopping… (undoing what was done so far)"))

    def _on_done(self, result: ImportSummary) -> None:
        self.job = None
        self.wiz.result = result
        self.wiz.outcome = ""
        self.finished = True
        self.wiz.next()

    def _on_error(self, exc: BaseException, _trace: str) -> None:
        self.job = None
        self.wiz.result = None
        self.wiz.outcome = html.escape(i18n.user_message(exc) if isinstance(exc, ImportCancelled) else (
            self.tr("The import failed and nothing was changed. {reason}").format(reason=error_text(exc))), quote=False)
        self.finished = True
        self.wiz.next()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.finished

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Done"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo.setToolTip(self.tr("Remove the contacts this import added and put back the ones it changed"))
        self.undo.clicked.connect(self._on_undo_clicked)
        self.problems = QListWidget()
        row = QHBoxLayout()
        row.addWidget(self.undo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # keeps the text at the top while the list of problems is hidden

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        result = self.wiz.result
        if result is None:
            self.setTitle(self.tr("Nothing was imported"))
            self.summary.setText(self.wiz.outcome)
            self.undo.hide()
            self.problems.hide()
            return
        self.setTitle(self.tr("Your contacts are imported"))
        text = summary_html(result)
        text += "<br><br>" + self.tr("Changed your mind? <b>Undo this import</b> removes what it added and puts back "
                                     "what it changed. You can also do it later: <i>File → Earlier imports…</i>")
        self.summary.setText(text)
        fill_problems(self.problems, result)
        self.problems.setVisible(self.problems.count() > 0)
        self.undo.setVisible(bool(result.batch_id and result.imported))
        self.undo.setEnabled(True)

    def _on_undo_clicked(self) -> None:
        result = self.wiz.result
        if result is None or result.batch_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo this import"),
            self.tr("Remove the contacts this import added and put back the contacts it changed?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            message = self.wiz.ctx.services.importer.undo(result.batch_id)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Undo this import"), i18n.user_message(exc))
            return
        self.undo.setEnabled(False)
        self.setTitle(self.tr("The import was undone"))
        self.summary.setText(html.escape(i18n.translated(message), quote=False) + "<br>"
                             + self.tr("Your contacts are back as they were before the import."))


class ImportWizard(QWizard):
    """Signals: none; the services publish the changes, which the views pick up."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(860, 680)
        self.table: Table | None = None
        self.mapping: Mapping | None = None
        self.first_values: list[str] = []
        self.expected_rows = 0
        self.result: ImportSummary | None = None
        self.outcome = ""
        self._open_job: Job | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check = CheckPage(self)
        self.run_page = RunPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.check, self.run_page, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))

    def open_file(self, path: str | Path, sheet: str | None = None) -> None:
        """Read the file in the background; the first page shows what was found."""
        path = str(path)
        self.table = None
        self.mapping = None
        self.file_page.show_loading(path)
        importer = self.ctx.services.importer

        def work(_job: Job) -> tuple[Table, Mapping, list[str]]:
            table = importer.open(path, sheet=sheet)
            mapping = importer.recognise(table)
            first = [""] * len(table.headers)
            for _row, cells in table.first_rows(50):
                for i, value in enumerate(cells[: len(first)]):
                    if not first[i] and str(value).strip():
                        first[i] = str(value)
            return table, mapping, first

        self._open_job = self.ctx.tasks.run(work, on_done=self._on_opened, on_error=self._on_open_failed)

    def _on_opened(self, result: Any) -> None:
        if self.sender() is not self._open_job:
            return
        self.table, self.mapping, self.first_values = result
        self.file_page.show_loaded(self.table, 0)

    def _on_open_failed(self, exc: BaseException, _trace: str) -> None:
        if self.sender() is not self._open_job:
            return
        self.file_page.show_error(error_text(exc))

    def reject(self) -> None:
        if self.currentPage() is self.run_page and self.run_page.job is not None:
            self.run_page._on_stop_clicked()
            return  # the page moves on to the result when the rollback is done
        self.check.cleanupPage()
        super().reject()
