"""The side panel of the Follow-ups view: open deals that have no open follow-up."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.followup_lists import FollowUpLists
from crm_desktop.ui import i18n
from crm_desktop.ui.pipeline import format as fmt

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
        self.add = QPushButton(self.tr("Add a next step…"))
        self.add.setEnabled(False)
        self.add.clicked.connect(self._on_add_clicked)
        self.list.currentItemChanged.connect(lambda cur, _prev: self.add.setEnabled(cur is not None))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("<b>Deals without a next step</b>")))
        lay.addWidget(self.label)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.add)
        lay.addStretch(0)

    def reload(self) -> None:
        total = self.lists.count_deals_without_next_step()
        self.list.clear()
        for d in self.lists.deals_without_next_step(SHOWN):
            details = " · ".join(p for p in (i18n.translated(d.contact_name), fmt.money(d.value_minor, d.currency)
                                                if d.value_minor else "") if p)
            item = QListWidgetItem(d.title + (f"\n{details}" if details else ""))
            item.setToolTip(self.tr("Double-click to open this deal"))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
        self.list.setVisible(total > 0)
        self.add.setVisible(total > 0)
        if total == 0:
            self.label.setText(self.tr("No open deal is missing a next step."))
        elif total == 1:
            self.label.setText(self.tr("1 open deal with no open follow-up. Double-click to open it."))
        elif total <= SHOWN:
            self.label.setText(self.tr("{count} open deals with no open follow-up. Double-click to open one.")
                               .format(count=QLocale().toString(total)))
        else:
            self.label.setText(self.tr("{count} open deals with no open follow-up (showing the {shown} largest). "
                                       "Double-click to open one.")
                               .format(count=QLocale().toString(total), shown=QLocale().toString(SHOWN)))

    def _on_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        self.open_deal.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_add_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.plan_deal.emit(int(item.data(Qt.ItemDataRole.UserRole)))
