"""The "Follow-ups" section of a contact's (or a deal's) detail pane: open follow-ups and
an "Add follow-up" button. Registered in ``ui/sections.CONTACT_SECTIONS``."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.changes import Change
from crm_desktop.services.followup_lists import Group
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.followups.dialogs import FollowUpDialog
from crm_desktop.ui.followups.model import due_text
from crm_desktop.ui.followups.undo import push_added
from crm_desktop.ui.theme import icon

SHOWN = 50


class FollowUpsSection(QWidget):
    """Open follow-ups of one contact (``kind='contact'``) or deal (``kind='deal'``)."""

    title: str  # the section's heading

    def __init__(self, ctx: UiContext, kind: str = "contact", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.tr("Follow-ups")
        self.ctx = ctx
        self.services = ctx.services
        self.kind = kind
        self.record_id: int | None = None
        self.list = QListWidget()
        self.list.setObjectName("sectionFollowUps")
        self.list.setMaximumHeight(150)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.empty = QLabel(self.tr("No open follow-ups."))
        self.empty.setProperty("role", "subtle")
        self.add = QPushButton(icon("add"), self.tr("Add follow-up"))
        self.add.clicked.connect(self.add_followup)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty, 1)
        bottom.addWidget(self.add)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list)
        lay.addLayout(bottom)
        # Keep in touch: contacts only.
        self.keep = QCheckBox(self.tr("Keep in touch every"))
        self.keep.setToolTip(self._keep_tip())
        self.keep_days = QSpinBox()
        self.keep_days.setRange(1, 3650)
        self.keep_days.setValue(30)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep.toggled.connect(self._on_keep_changed)
        self.keep_days.editingFinished.connect(self._on_keep_changed)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(self.keep_days)
        keep_row.addStretch(1)
        self.keep_box = QWidget()
        self.keep_box.setLayout(keep_row)
        keep_row.setContentsMargins(0, 0, 0, 0)
        self.keep_box.setVisible(kind == "contact")
        lay.addWidget(self.keep_box)
        self._refresh_timer = QTimer(self, singleShot=True, interval=80)
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.bridge.changed.connect(self._on_bridge_changed)
        self.set_record(None)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.add.setEnabled(record_id is not None)
        self.keep_box.setEnabled(record_id is not None)
        if self.kind == "contact":
            days = self.services.reminders.cadence(record_id) if record_id is not None else None
            self.keep.blockSignals(True)
            self.keep_days.blockSignals(True)
            self.keep.setChecked(days is not None)
            self.keep_days.setValue(days or 30)
            self.keep_days.setEnabled(days is not None)
            self.keep.blockSignals(False)
            self.keep_days.blockSignals(False)
        self.refresh()

    def _on_keep_changed(self) -> None:
        if self.record_id is None:
            return
        days = self.keep_days.value() if self.keep.isChecked() else None
        self.keep_days.setEnabled(days is not None)
        self.keep.setToolTip(self._keep_tip())
        if self.services.reminders.cadence(self.record_id) == days:
            return
        try:
            self.services.reminders.set_cadence(self.record_id, days)
            if days is not None:
                self.services.reminders.keep_in_touch()
        except CrmError as exc:
            self.keep.setToolTip(i18n.user_message(exc))

    def _keep_tip(self) -> str:
        return self.tr("A follow-up is created when this long has passed since you were last in touch.")

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        rows = []
        if self.record_id is not None:
            lists = self.services.followup_lists
            key = {"contact_id": self.record_id} if self.kind == "contact" else {"deal_id": self.record_id}
            rows = lists.open_for(limit=SHOWN, **key)
            bounds = lists.bounds()
            zone = self.services.followups.zone
            for row in rows:
                group = lists.group_of(row.id, bounds) or Group.LATER
                item = QListWidgetItem(f"{row.title}  —  {due_text(row, group, bounds.today, zone)}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setToolTip(self.tr("Tick to complete; double-click to open"))
                if group == Group.OVERDUE:
                    item.setForeground(Qt.GlobalColor.red)
                self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def add_followup(self) -> int | None:
        if self.record_id is None:
            return None
        link = {"contact_id": self.record_id} if self.kind == "contact" else {"deal_id": self.record_id}
        dialog = FollowUpDialog(self.services, parent=self, **link)
        if dialog.exec():
            push_added(self.ctx.undo, self.services.followups, dialog.saved_id, dialog.title.text().strip())
            return dialog.saved_id
        return None

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            try:
                self.services.followups.complete(int(item.data(Qt.ItemDataRole.UserRole)))
            except CrmError as exc:
                item.setToolTip(i18n.user_message(exc))

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        followup_id = int(item.data(Qt.ItemDataRole.UserRole))
        window = self.window()
        try:
            window.open_record("followup", followup_id)  # type: ignore[attr-defined]
        except (KeyError, AttributeError):
            try:
                detail = self.services.followups.get(followup_id)
            except CrmError:
                return
            FollowUpDialog(self.services, detail=detail, parent=self).exec()

    def _on_bridge_changed(self, change: Change) -> None:
        if change.kind == "followup" and self.record_id is not None:
            self._refresh_timer.start()


def contact_section(ctx: UiContext) -> QWidget:
    return FollowUpsSection(ctx, "contact")


def deal_section(ctx: UiContext) -> QWidget:
    """For the deal detail pane (the pipeline feature can add it to its sections)."""
    return FollowUpsSection(ctx, "deal")
