"""Help › Keyboard shortcuts (F1 or Ctrl+/): every action that has a shortcut, by menu."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from crm_desktop.ui.palette import menu_actions

LIST_KEYS = (
    ("Move up and down a list or a stage", "Up, Down"),
    ("Board: go to the stage on the left or right", "Left, Right"),
    ("Open the selected item", "Enter"),
    ("Delete the selected items (trash: delete forever)", "Delete"),
    ("Follow-ups: mark done / not done", "Space"),
    ("Next field in a form", "Tab"),
    ("Close a dialog without saving", "Esc"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(560, 640)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Action", "Shortcut"])
        self.tree.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for path, action in menu_actions(window, include_disabled=True):  # Undo is disabled until needed
            keys = ", ".join(dict.fromkeys(  # once each (Redo has the same keys twice on Linux)
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
            ))
            if not keys:
                continue
            menu, _, label = path.partition(" › ")
            if menu not in groups:
                groups[menu] = QTreeWidgetItem(self.tree, [menu, ""])
                font = groups[menu].font(0)
                font.setBold(True)
                groups[menu].setFont(0, font)
            QTreeWidgetItem(self.tree, [f"    {label}", keys])
        head = QTreeWidgetItem(self.tree, ["Lists and the pipeline board", ""])
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        for extra, keys in LIST_KEYS:
            QTreeWidgetItem(self.tree, [f"    {extra}", keys])
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)


def install(window: QMainWindow) -> None:
    action = QAction("Keyboard shortcuts", window)
    action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
    action.triggered.connect(lambda: ShortcutsDialog(window).exec())
    window.menu("help").insertAction(window.menu("help").actions()[0], action)  # type: ignore[attr-defined]
