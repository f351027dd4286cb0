"""Keys as menus show them, in the window's language ("Ctrl+Shift+L", "Strg+Umschalt+L")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


def key_text(keys: str | Qt.Key | QKeySequence) -> str:
    """A shortcut's name for the user: "Ctrl+Enter" -> "Ctrl+Enter" / "Strg+Eingabe",
    Qt.Key.Key_Space -> "Space" / "Leertaste"."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
