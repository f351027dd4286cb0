"""The "Deals" section of a contact's or a company's detail pane (see ui/sections.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.changes import Change
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.pipeline import format as fmt
from crm_desktop.ui.pipeline import texts
from crm_desktop.ui.theme import icon

NEW_DEAL_SHORTCUT = "Ctrl+Shift+D"
_STATUS_COLORS = {"won": "#2e9d57", "lost": "#d9483b"}
_STATUS_NAMES = {"won": QT_TRANSLATE_NOOP("DealsSection", "Won"), "lost": QT_TRANSLATE_NOOP("DealsSection", "Lost")}


class DealsSection(QWidget):
    """Lists the record's deals; double-click opens one; "New deal" prefills the record."""

    title: str  # the section's heading

    def __init__(self, ctx: UiContext, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.tr("Deals")
        self.ctx = ctx
        self.kind = kind  # "contact" or "company"
        self.record_id: int | None = None
        self.list = QListWidget()
        self.list.setMaximumHeight(180)
        self.empty = QLabel(self.tr("No deals yet."))
        self.empty.setProperty("role", "subtle")
        self.new_button = QPushButton(icon("add"), self.tr("New deal"))
        self.new_button.setToolTip(self.tr("Add a deal for this contact") if kind == "contact"
                                   else self.tr("Add a deal for this company"))
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.list.itemActivated.connect(self._on_item_activated)
        self.new_button.clicked.connect(self.new_deal)
        ctx.bridge.changed.connect(self._on_changed)
        self.set_record(None)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.new_button.setEnabled(record_id is not None)
        self.list.clear()
        if record_id is None:
            self.list.hide()
            self.empty.show()
            return
        deals = self.ctx.services.deals.deals_for(**{f"{self.kind}_id": record_id})
        for card in deals:
            if card.status in _STATUS_NAMES:
                status = QCoreApplication.translate("DealsSection", _STATUS_NAMES[card.status])
            else:
                status = card.stage_name if card.status == "open" else card.status.capitalize()
            text = f"{card.title}\n{fmt.money(card.value_minor, card.currency)} · {status}"
            if card.rotting:
                text += " · " + texts.rotting_for(card.idle_days)
            item = QListWidgetItem(icon("pipeline"), text)
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            color = _STATUS_COLORS.get(card.status)
            if color:
                item.setForeground(QColor(color))
            self.list.addItem(item)
        self.list.setVisible(bool(deals))
        self.empty.setVisible(not deals)

    def new_deal(self) -> None:
        from crm_desktop.ui.pipeline.deal_dialog import DealDialog

        if self.record_id is None:
            return
        dialog = DealDialog(self.ctx, None, self, **{f"{self.kind}_id": self.record_id})
        dialog.open()

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        from crm_desktop.ui.pipeline.deal_dialog import DealDialog

        DealDialog(self.ctx, item.data(Qt.ItemDataRole.UserRole), self).open()

    def _on_changed(self, change: Change) -> None:
        if change.kind == "deal" and self.record_id is not None:
            self.set_record(self.record_id)




def install(window) -> None:  # type: ignore[no-untyped-def]
    """Menu entries: Tools › Pipeline settings…, File › New deal…"""
    from PySide6.QtGui import QAction

    settings = QAction(icon("settings"), QCoreApplication.translate("PipelineMenu", "Pipeline settings…"),
                       window)
    settings.triggered.connect(lambda: window.show_view("pipeline").show_settings())
    window.menu("tools").addAction(settings)
    from PySide6.QtGui import QKeySequence

    new_deal = QAction(icon("add"), QCoreApplication.translate("PipelineMenu", "New &deal…"), window)
    new_deal.setShortcut(QKeySequence(NEW_DEAL_SHORTCUT))
    new_deal.triggered.connect(lambda: window.show_view("pipeline").new_deal())
    window.add_file_action(new_deal)
    window.menu("edit").addSeparator()
    moves = ((QCoreApplication.translate("PipelineMenu", "Move deal to next stage"), "Ctrl+Shift+Right", 1),
             (QCoreApplication.translate("PipelineMenu", "Move deal to previous stage"), "Ctrl+Shift+Left", -1))
    for text, keys, step in moves:
        move = QAction(text, window)
        move.setShortcut(QKeySequence(keys))
        move.triggered.connect(lambda _c=False, s=step: _move_current(window, s))
        window.menu("edit").addAction(move)


def _move_current(window, step: int) -> None:  # type: ignore[no-untyped-def]
    if window.current_view_key() != "pipeline" or window.view("pipeline").current_deal_id() is None:
        window.show_message(QCoreApplication.translate(
            "PipelineMenu", "Pick a deal on the pipeline board first (Ctrl+3, then the arrow keys)."))
        return
    if not window.view("pipeline").move_current_deal(step):
        if step > 0:
            window.show_message(QCoreApplication.translate("PipelineMenu", "This deal is already in the last stage."))
        else:
            window.show_message(QCoreApplication.translate("PipelineMenu", "This deal is already in the first stage."))
