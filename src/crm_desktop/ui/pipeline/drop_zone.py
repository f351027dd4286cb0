"""The "Won" and "Lost" targets at the bottom of the board: drop a card on one to close it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.ui.pipeline.column_model import decode_deal


class DropZone(QLabel):
    """Signals: ``dropped(deal_id)``."""

    dropped = Signal(int)

    def __init__(self, text: str, color: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setObjectName("dropZone")
        self.color = color
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAcceptDrops(True)
        self.setMinimumHeight(40)
        self._set_active(False)

    def _set_active(self, active: bool) -> None:
        fill = f"background: {self.color}; color: white;" if active else f"color: {self.color};"
        self.setStyleSheet(
            f"QLabel#dropZone {{ border: 2px dashed {self.color}; border-radius: 8px; font-weight: 600; {fill} }}"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if decode_deal(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_active(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self._set_active(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._set_active(False)
        decoded = decode_deal(event.mimeData())
        if decoded is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)  # the source model never removes rows itself
        event.accept()
        self.dropped.emit(decoded[0])
