"""The side panel of the Follow-ups view: open deals that have no open follow-up."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.money import Money
from crm_desktop.services.followup_lists import FollowUpLists

SHOWN = 200


class DealsPanel(QWidget):
    """Signals: ``open_deal(int)`` on double-click, ``plan_deal(int)`` for "Add a next step…"."""

    open_deal = Signal(int)
    plan_deal = Signal(int)

    def __init__(self, lists: FollowUpLists, parent: QWidget | None = None):
        super().__init__(parent)
        self.lists = lists
        self.label = QLabel()
        self.label.setProperty("role", "subtle")
        self.label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("dealsWithoutNextStep")
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self.add = QPushButton("Add a next step…")
        self.add.setEnabled(False)
        self.add.clicked.connect(self._on_add_clicked)
        self.list.currentItemChanged.connect(lambda cur, _prev: self.add.setEnabled(cur is not None))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        lay.addWidget(QLabel("<b>Deals without a next step</b>"))
        lay.addWidget(self.label)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.add)
        lay.addStretch(0)

    def reload(self) -> None:
        total = self.lists.count_deals_without_next_step()
        self.list.clear()
        for d in self.lists.deals_without_next_step(SHOWN):
            details = " · ".join(p for p in (d.contact_name, str(Money(d.value_minor, d.currency))
                                                if d.value_minor else "") if p)
            item = QListWidgetItem(d.title + (f"\n{details}" if details else ""))
            item.setToolTip("Double-click to open this deal")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
        self.list.setVisible(total > 0)
        self.add.setVisible(total > 0)
        if total == 0:
            self.label.setText("No open deal is missing a next step.")
        else:
            more = f" (showing the {SHOWN} largest)" if total > SHOWN else ""
            self.label.setText(f"{total:,} open deal{'s' if total != 1 else ''} with no open follow-up{more}. "
                               "Double-click to open one.")

    def _on_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        self.open_deal.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_add_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.plan_deal.emit(int(item.data(Qt.ItemDataRole.UserRole)))
