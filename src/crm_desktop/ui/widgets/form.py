"""Form building blocks: fields with an error line under them, lists of lines, tag entry."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import i18n
from crm_desktop.ui.theme import is_dark


class FieldErrors:
    """Red messages shown under form fields, keyed by the service's field names."""

    def __init__(self, general: QLabel):
        self.general = general
        self._labels: dict[str, QLabel] = {}
        general.setProperty("role", "error")
        general.setWordWrap(True)
        general.hide()

    def add_row(self, form: QFormLayout, title: str, editor: QWidget, *keys: str) -> QLabel:
        """Add ``title: editor`` to the form with an (initially hidden) error label below it."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        error = QLabel()
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        form.addRow(title, box)
        for key in keys:
            self._labels[key] = error
        return error

    def _style(self, label: QLabel) -> None:
        label.setStyleSheet(f"color: {'#ff8a80' if is_dark() else '#c62828'};")

    def clear(self) -> None:
        for label in {*self._labels.values(), self.general}:
            label.clear()
            label.hide()

    def show(self, fields: dict[str, str]) -> None:
        """Show each message beside its field; anything without a field goes on top.
        Messages from the services are shown in the window's language."""
        self.clear()
        texts: dict[QLabel, list[str]] = {}
        for key, message in fields.items():
            label = self._labels.get(key, self.general)
            texts.setdefault(label, []).append(i18n.translated(message))
        for label, messages in texts.items():
            self._style(label)
            label.setText("\n".join(dict.fromkeys(messages)))
            label.show()

    def label(self, key: str) -> QLabel | None:
        return self._labels.get(key)


class LineList(QWidget):
    """Several one-line values (emails, phones): one line each, plus a button for another."""

    changed = Signal()

    def __init__(self, placeholder: str, add_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._placeholder = placeholder
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.edits: list[QLineEdit] = []
        link = f"<a href='#add'>{add_text}</a>"  # add_text: translated by the caller
        self.add_button = QLabel(link)
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.add_button.linkActivated.connect(lambda _href: self.add_line("").setFocus())
        self._layout.addWidget(self.add_button)
        self.add_line("")

    def add_line(self, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(self._placeholder)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(self.changed)
        self._layout.insertWidget(len(self.edits), edit)
        self.edits.append(edit)
        return edit

    def set_values(self, values: list[str]) -> None:
        for edit in self.edits:
            self._layout.removeWidget(edit)
            edit.hide()
            edit.deleteLater()
        self.edits = []
        for value in values or [""]:
            self.add_line(value)

    def values(self) -> list[str]:
        return [e.text().strip() for e in self.edits if e.text().strip()]


class ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list ("vip, sup" -> "vip, supplier")."""

    def __init__(self, words: list[str], parent: QWidget | None = None):
        super().__init__(QStringListModel(words), parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # type: ignore[no-untyped-def] # noqa: N802
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [p.strip() for p in text.split(",")[:-1] if p.strip()]
        return ", ".join([*head, str(index.data())]) + ", "


def split_list(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
