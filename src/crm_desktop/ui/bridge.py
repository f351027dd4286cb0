"""Bridges the services' ChangeHub to a Qt signal delivered on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from crm_desktop.services.changes import Change, ChangeHub


class ChangeBridge(QObject):
    """Signals: ``changed(Change)``, emitted on the GUI thread for every published change."""

    changed = Signal(object)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None):
        super().__init__(parent)
        self._hub = hub
        hub.subscribe(self._on_hub_change)

    def _on_hub_change(self, change: Change) -> None:
        # Emitting from a worker thread queues delivery to receivers living on the GUI thread.
        self.changed.emit(change)

    def detach(self) -> None:
        self._hub.unsubscribe(self._on_hub_change)
