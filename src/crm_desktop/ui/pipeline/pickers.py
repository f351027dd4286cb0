"""Choose a contact or a company by typing part of its name (searches as you type)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

Search = Callable[[str], list[tuple[int, str]]]


class RecordPicker(QWidget):
    """Signals: ``picked(record_id or 0)`` when a record is chosen or cleared."""

    picked = Signal(int)

    def __init__(self, search: Search, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._search = search
        self._record_id: int | None = None
        self._name = ""
        self._matches: dict[str, int] = {}
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Remove"))
        self.clear_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._on_timer)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.completer.activated[str].connect(self._on_completer_activated)
        self.clear_button.clicked.connect(lambda: self.set_record(None, ""))
        self.edit.editingFinished.connect(self._on_editing_finished)

    @property
    def record_id(self) -> int | None:
        return self._record_id

    def set_record(self, record_id: int | None, name: str) -> None:
        changed = record_id != self._record_id
        self._record_id, self._name = record_id, name
        self.edit.setText(name)
        self.clear_button.setVisible(record_id is not None)
        if changed:
            self.picked.emit(record_id or 0)

    def _on_timer(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        results = self._search(text)
        self._matches = {}
        for record_id, name in results:
            label = name if name not in self._matches else f"{name} (#{record_id})"
            self._matches[label] = record_id
        self.model.setStringList(list(self._matches))
        self.completer.complete()

    def _on_completer_activated(self, label: str) -> None:
        record_id = self._matches.get(label)
        if record_id is not None:
            self.set_record(record_id, label)

    def _on_editing_finished(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self.set_record(None, "")
        elif text != self._name:
            record_id = self._matches.get(text)
            if record_id is not None:
                self.set_record(record_id, text)
            else:
                self.edit.setText(self._name)  # only existing records can be picked


def contact_search(services) -> Search:  # type: ignore[no-untyped-def]
    def search(text: str) -> list[tuple[int, str]]:
        ids = services.contacts.ordered_ids(sort="rank", query=text)[:20]
        rows = services.contacts.rows(ids)
        return [(i, f"{rows[i].name}" + (f" ({rows[i].company})" if rows[i].company else "")) for i in ids if i in rows]

    return search


def company_search(services) -> Search:  # type: ignore[no-untyped-def]
    def search(text: str) -> list[tuple[int, str]]:
        ids = services.companies.ordered_ids(query=text)[:20]
        rows = services.companies.rows(ids)
        return [(i, rows[i].name) for i in ids if i in rows]

    return search
