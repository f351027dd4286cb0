"""Building blocks of a detail pane: heading with buttons, field rows, tag chips, sections."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.sections import SectionFactory
from crm_desktop.ui.theme import icon, is_dark


def tag_chips(tags: Iterable[str]) -> str:
    """Tags as small coloured chips (rich text)."""
    bg, fg = ("#2f4a7a", "#dce6fb") if is_dark() else ("#e3ecfb", "#1d3f7a")
    return " ".join(
        f"<span style='background-color:{bg}; color:{fg}'>&nbsp;{html.escape(t)}&nbsp;</span>" for t in tags
    )


def link(href: str, text: str) -> str:
    return f"<a href='{html.escape(href, quote=True)}'>{html.escape(text)}</a>"


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "section")
    label.setStyleSheet("font-weight: 600; font-size: 11pt; margin-top: 10px;")
    return label


MIN_TITLE_WIDTH = 140  # px left for the record's name beside the Edit and Delete buttons


class DetailPane(QScrollArea):
    """Scrollable pane: heading + Edit/Delete, a form of fields, then blocks added below.

    Signals: ``edit_requested(int)``, ``delete_requested(int)``, ``link_activated(str)``.
    """

    edit_requested = Signal(int)
    delete_requested = Signal(int)
    link_activated = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(16, 12, 16, 16)
        self.body.setSpacing(6)
        self.setWidget(body)

        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.title, 1)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move to the trash (Delete key)"))
        self.edit_button.clicked.connect(lambda: self.record_id and self.edit_requested.emit(self.record_id))
        self.delete_button.clicked.connect(lambda: self.record_id and self.delete_requested.emit(self.record_id))
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(top)
        self._button_texts = {b: b.text() for b in (self.edit_button, self.delete_button)}
        self._buttons_width = sum(b.sizeHint().width() for b in self._button_texts) + 2 * top.spacing()
        self.edit_button.setToolTip(self.edit_button.text())
        for button, text in self._button_texts.items():
            button.setAccessibleName(text)
        self.subtitle = self.value_label()
        self.subtitle.setProperty("role", "subtle")
        self.body.addWidget(self.subtitle)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        self.body.addLayout(self.form)
        self.custom_form = QFormLayout()  # custom fields: rebuilt for each record
        self.custom_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.custom_form.setHorizontalSpacing(16)
        self.custom_form.setVerticalSpacing(6)
        self.body.addLayout(self.custom_form)
        self.custom_labels: dict[str, QLabel] = {}
        self._fields: dict[str, QLabel] = {}
        self.missing = QLabel()
        self.missing.setProperty("role", "empty")
        self.missing.setWordWrap(True)
        self.missing.hide()
        self.body.addWidget(self.missing)
        self.sections: list[QWidget] = []

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Edit and Delete show only their icons when their words (longer in some languages)
        would squeeze the record's name into a narrow column; the tooltips keep the words."""
        margins = self.body.contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right() - self._buttons_width
        words = room >= MIN_TITLE_WIDTH
        for button, text in self._button_texts.items():
            button.setText(text if words else "")

    def value_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(self.link_activated)
        return label

    def add_field(self, key: str, title: str) -> QLabel:
        label = self.value_label()
        caption = QLabel(title)
        caption.setProperty("role", "subtle")
        self.form.addRow(caption, label)
        self._fields[key] = label
        return label

    def set_field(self, key: str, rich_text: str) -> None:
        label = self._fields[key]
        label.setText(rich_text)
        self.form.setRowVisible(label, bool(rich_text))

    def show_custom(self, entity: str, record_id: int | None) -> None:
        """The record's custom field values as 'label: value' rows (empty ones hidden)."""
        while self.custom_form.rowCount():
            self.custom_form.removeRow(0)
        self.custom_labels = {}
        if record_id is None:
            return
        service = self.ctx.services.custom_fields
        values = service.values(entity, record_id)
        for defn in service.fields(entity):
            text = labels.custom_value(defn, values.get(defn.key, ""), long_dates=True)
            if not text:
                continue
            caption = QLabel(defn.label)
            caption.setProperty("role", "subtle")
            label = self.value_label()
            label.setText(html.escape(text))
            self.custom_form.addRow(caption, label)
            self.custom_labels[defn.key] = label

    def field_text(self, key: str) -> str:
        return self._fields[key].text()

    def add_sections(self, factories: Iterable[SectionFactory]) -> None:
        """Sections added by other features (deals, follow-ups) under the timeline."""
        for factory in factories:
            widget = factory(self.ctx)
            self.body.addWidget(heading(str(getattr(widget, "title", ""))))
            self.body.addWidget(widget)
            self.sections.append(widget)

    def show_missing(self, text: str) -> None:
        self.show_custom("", None)
        self.title.setText("")
        self.subtitle.setText("")
        self.missing.setText(text)
        self.missing.show()

    def set_sections_record(self, record_id: int | None) -> None:
        for section in self.sections:
            section.set_record(record_id)  # type: ignore[attr-defined]
