"""File → Export…: choose what, the format and where; runs in the background."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.exchange.tables import TABLES
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.exporting.common import (
    PathPicker,
    all_of,
    choose_folder,
    error_text,
    save_file,
    table_title,
)
from crm_desktop.ui.exporting.summaries import export_summary
from crm_desktop.ui.tasks import Job

WHAT = [*TABLES, "all"]  # kinds of table; "all" is every table
SEPARATORS = [
    (",", QT_TRANSLATE_NOOP("ExportDialog", "Comma ( , )")),
    (";", QT_TRANSLATE_NOOP("ExportDialog", "Semicolon ( ; ) for European Excel")),
    ("\t", QT_TRANSLATE_NOOP("ExportDialog", "Tab")),
]
_TITLE_KINDS = {t.title: k for k, t in TABLES.items()}  # the progress names a table by its title
EXPORTING = {
    "contacts": QT_TRANSLATE_NOOP("ExportDialog", "Exporting contacts… {done} of {total}"),
    "companies": QT_TRANSLATE_NOOP("ExportDialog", "Exporting companies… {done} of {total}"),
    "deals": QT_TRANSLATE_NOOP("ExportDialog", "Exporting deals… {done} of {total}"),
    "activities": QT_TRANSLATE_NOOP("ExportDialog", "Exporting activities… {done} of {total}"),
    "followups": QT_TRANSLATE_NOOP("ExportDialog", "Exporting follow-ups… {done} of {total}"),
}


class ExportDialog(QDialog):
    """Export a table. ``scopes`` maps a kind to named id lists the caller offers, such as
    ``{"contacts": [("Only the 12 contacts currently shown", [..ids..])]}``."""

    def __init__(
        self,
        ctx: UiContext,
        kind: str = "contacts",
        scopes: dict[str, list[tuple[str, Sequence[int]]]] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.scopes = scopes or {}
        self.job: Job | None = None
        self.result_paths: list[Path] = []
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(520)

        self.what = QComboBox()
        for key in WHAT:
            self.what.addItem(table_title(key), key)
        self.what.setCurrentIndex(WHAT.index(kind) if kind in WHAT else 0)
        self.scope = QComboBox()

        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.csv = QRadioButton(self.tr("CSV text file (.csv)"))
        self.xlsx.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.xlsx)
        formats.addButton(self.csv)
        format_row = QHBoxLayout()
        format_row.addWidget(self.xlsx)
        format_row.addWidget(self.csv)
        format_row.addStretch(1)

        self.separator = QComboBox()
        for sep, title in SEPARATORS:
            self.separator.addItem(QCoreApplication.translate("ExportDialog", title), sep)
        self.plain = QCheckBox(self.tr("Plain UTF-8, without the byte-order mark"))
        self.plain.setToolTip(self.tr("Excel needs the byte-order mark to show accents correctly; "
                                      "leave this off unless another program asks for plain UTF-8."))
        self.target = PathPicker(self._choose_target)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Export:"), self.what)
        form.addRow(self.tr("Records:"), self.scope)
        form.addRow(self.tr("Format:"), format_row)
        form.addRow(self.tr("Separator:"), self.separator)
        form.addRow("", self.plain)
        form.addRow(self.tr("Save to:"), self.target)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.what.currentIndexChanged.connect(self._on_what_changed)
        self.csv.toggled.connect(self._on_format_toggled)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._on_close_clicked)
        self._on_what_changed()
        self._on_format_toggled()

    # --- state --------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.what.currentData())

    def fmt(self) -> str:
        return "csv" if self.csv.isChecked() else "xlsx"

    def ids(self) -> dict[str, Sequence[int]] | None:
        chosen = self.scope.currentData()
        return {self.kind(): chosen} if chosen is not None else None

    def _default_target(self) -> Path:
        folder = Path(self.target.path().parent) if self.target.path() else Path.home()
        kind = self.kind()
        if self.fmt() == "csv" and kind == "all":
            return folder / "crm-export"
        return folder / f"{'crm-export' if kind == 'all' else kind}.{self.fmt()}"

    def _on_what_changed(self) -> None:
        self.scope.clear()
        self.scope.addItem(all_of(self.kind()), None)
        for label, ids in self.scopes.get(self.kind(), []):
            self.scope.addItem(label, list(ids))
        self.scope.setEnabled(self.scope.count() > 1)
        if self.scope.count() > 1:
            self.scope.setCurrentIndex(1)  # the caller's filter or selection first
        self.target.set_path(self._default_target())

    def _on_format_toggled(self) -> None:
        is_csv = self.csv.isChecked()
        self.separator.setEnabled(is_csv)
        self.plain.setEnabled(is_csv)
        self.target.set_path(self._default_target())

    def _choose_target(self, current: str) -> str:
        if self.fmt() == "csv" and self.kind() == "all":
            return choose_folder(self, self.tr("Folder for the CSV files (one per table)"), current)
        filters = self.tr("Excel workbook (*.xlsx)") if self.fmt() == "xlsx" else self.tr("CSV file (*.csv)")
        return save_file(self, self.tr("Export to"), current, filters)

    # --- running ------------------------------------------------------------------------

    def start(self) -> None:
        target = self.target.path()
        if target is None:
            self.status.setText(self.tr("Choose where to save the file first."))
            return
        kind, fmt, ids = self.kind(), self.fmt(), self.ids()
        delimiter, plain = str(self.separator.currentData()), self.plain.isChecked()
        exports = self.ctx.services.exports

        def work(job: Job):  # runs on a worker thread: no widgets here
            return exports.export(kind, target, fmt, ids=ids, delimiter=delimiter, plain_utf8=plain,
                                  progress=job.progress, cancelled=lambda: job.cancelled)

        self._set_running(True)
        self.status.setText(self.tr("Exporting…"))
        self.job = self.ctx.tasks.run(work, self._on_job_done, self._on_job_failed, self._on_job_progress)

    def _set_running(self, running: bool) -> None:
        for widget in (self.what, self.scope, self.xlsx, self.csv, self.separator, self.plain, self.target,
                       self.export_button):
            widget.setEnabled(not running)
        if not running:
            self._on_format_toggled_enable()
        self.progress.setVisible(running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def _on_format_toggled_enable(self) -> None:
        self.separator.setEnabled(self.csv.isChecked())
        self.plain.setEnabled(self.csv.isChecked())
        self.scope.setEnabled(self.scope.count() > 1)

    def _on_job_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        kind = _TITLE_KINDS.get(text, "")
        line = QCoreApplication.translate("ExportDialog", EXPORTING[kind]) if kind in EXPORTING else (
            self.tr("Exporting… {done} of {total}"))
        self.status.setText(line.format(done=QLocale().toString(done), total=QLocale().toString(total)))

    def _on_job_done(self, result) -> None:  # type: ignore[no-untyped-def]
        self.job = None
        self._set_running(False)
        self.result_paths = list(result.paths)
        self.status.setText(export_summary(result))

    def _on_job_failed(self, exc: BaseException, _trace: str) -> None:
        self.job = None
        self._set_running(False)
        self.status.setText(error_text(exc))

    def _on_close_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
