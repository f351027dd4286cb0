"""The detail pane's content when several records are selected: bulk actions."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.ui.theme import icon


def _blank_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    return QIcon(pixmap)


class BulkPanel(QWidget):
    """Signals: ``edit_field_clicked()``, ``add_tag_clicked()``, ``remove_tag_clicked()``,
    ``delete_clicked()``."""

    edit_field_clicked = Signal()
    add_tag_clicked = Signal()
    remove_tag_clicked = Signal()
    delete_clicked = Signal()

    def __init__(self, heading: str, with_tags: bool = True, parent: QWidget | None = None):
        """``heading`` is the translated "{n} contacts selected" of the view."""
        super().__init__(parent)
        self.heading_text = heading
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        layout.addWidget(self.heading)
        hint = QLabel(self.tr("Choose what to do with all of them, or click one to see its details."))
        hint.setProperty("role", "subtle")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.edit_field = QPushButton(icon("edit"), self.tr("Edit field…"))
        self.edit_field.clicked.connect(self.edit_field_clicked)
        self.add_tag = QPushButton(icon("tag"), self.tr("Add tag…"))
        self.remove_tag = QPushButton(_blank_icon(), self.tr("Remove tag…"))  # lines up with the others
        self.delete = QPushButton(icon("delete"), self.tr("Delete"))
        self.add_tag.clicked.connect(self.add_tag_clicked)
        self.remove_tag.clicked.connect(self.remove_tag_clicked)
        self.delete.clicked.connect(self.delete_clicked)
        # One column, as wide as the widest button: fits a narrow pane in any language.
        buttons = QWidget()
        column = QVBoxLayout(buttons)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(6)
        for button in (self.edit_field, self.add_tag, self.remove_tag, self.delete):
            button.setStyleSheet("text-align: left; padding: 4px 10px;")
            column.addWidget(button)
        for button in (self.add_tag, self.remove_tag):
            button.setVisible(with_tags)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def set_count(self, count: int) -> None:
        self.heading.setText(self.heading_text.format(n=QLocale().toString(count)))
