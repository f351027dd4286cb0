"""Help › Keyboard shortcuts (F1 or Ctrl+/): every action that has a shortcut, by menu."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from crm_desktop.ui.keys import key_text
from crm_desktop.ui.palette import menu_actions

# (what the keys do, the keys as QKeySequence portable text)
LIST_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Move up and down a list or a stage"), ("Up", "Down")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Board: go to the stage on the left or right"), ("Left", "Right")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the selected item"), ("Enter",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the selected items (trash: delete forever)"), ("Del",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Follow-ups: mark done / not done"), ("Space",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Next field in a form"), ("Tab",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Close a dialog without saving"), ("Esc",)),
)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for path, action in menu_actions(window, include_disabled=True):  # Undo is disabled until needed
            keys = ", ".join(dict.fromkeys(  # once each (Redo has the same keys twice on Linux)
                key_text(k) for k in action.shortcuts() if not k.isEmpty()
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
        head = QTreeWidgetItem(self.tree, [self.tr("Lists and the pipeline board"), ""])
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        for extra, names in LIST_KEYS:
            keys = ", ".join(key_text(k) for k in names)
            QTreeWidgetItem(self.tree, [f"    {self.tr(extra)}", keys])
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        # wide enough for both columns (keys are long in some languages: "Strg+Umschalt+Z")
        wanted = self.tree.header().length() + self.tree.verticalScrollBar().sizeHint().width() + 2 * self.tree.frameWidth() + 40
        self.resize(max(560, wanted), 640)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)


def install(window: QMainWindow) -> None:
    action = QAction(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"), window)
    action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
    action.triggered.connect(lambda: ShortcutsDialog(window).exec())
    window.menu("help").insertAction(window.menu("help").actions()[0], action)  # type: ignore[attr-defined]
