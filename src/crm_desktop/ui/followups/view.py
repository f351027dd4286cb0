"""The Follow-ups view: grouped list, actions, and the deals that have no next step."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.dates import ALL_DAY_REMINDER, reminder_instant
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.changes import Change
from crm_desktop.services.followup_lists import FollowUpRow, Group
from crm_desktop.ui import dates, i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.followups import texts
from crm_desktop.ui.followups.deals_panel import DealsPanel
from crm_desktop.ui.followups.dialogs import CompleteDialog, FollowUpDialog, ask_snooze_time
from crm_desktop.ui.followups.model import DUE, LINK, PRIORITY, ROW_ROLE, TITLE, FollowUpModel
from crm_desktop.ui.followups.undo import CompleteCommand, DeleteCommand, SnoozeCommand, push_added
from crm_desktop.ui.keys import key_text
from crm_desktop.ui.theme import icon

EXPANDED_BY_DEFAULT = (Group.OVERDUE, Group.TODAY, Group.UPCOMING)


class FollowUpsView(QWidget):
    """Signals: ``badge_changed(str)``: overdue + today count for the sidebar ('' when none)."""

    badge_changed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self._last_completed: tuple[int, str, int | None, int | None] | None = None

        heading = QLabel(self.tr("Follow-ups"))
        heading.setProperty("role", "heading")
        self.summary = QLabel()
        self.summary.setProperty("role", "subtle")
        self.new_button = QPushButton(icon("add"), self.tr("New follow-up"))
        self.new_button.setToolTip(self.tr("Add a follow-up (Ctrl+Shift+F from anywhere)"))
        self.new_button.clicked.connect(lambda: self.new_followup())
        self.export_button = QPushButton(self.tr("Export to calendar…"))
        self.export_button.clicked.connect(self.export_calendar)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(heading)
        titles.addWidget(self.summary)
        top.addLayout(titles, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.new_button)

        self.model = FollowUpModel(self.services.followup_lists, self)
        self.tree = QTreeView()
        self.tree.setObjectName("followupTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Fusion's dark-palette check boxes are nearly invisible: draw them plainly.
        self.tree.setStyleSheet(
            "QTreeView#followupTree::indicator { width: 12px; height: 12px; border: 1px solid #8a90a0;"
            " border-radius: 3px; background: palette(base); }"
            "QTreeView#followupTree::indicator:hover { border-color: palette(highlight); }"
            "QTreeView#followupTree::indicator:checked { background: palette(highlight);"
            " border-color: palette(highlight); }"
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LINK, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PRIORITY, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(LINK, 190)
        header.resizeSection(DUE, max(200, self._due_width()))
        header.resizeSection(PRIORITY, 64)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.tree.expanded.connect(self._on_tree_expanded)
        self.tree.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.tree.installEventFilter(self)
        self.model.check_toggled.connect(self._on_model_check_toggled)
        self.model.counts_changed.connect(self._on_counts_changed)

        self.deals_panel = DealsPanel(self.services.followup_lists)
        self.deals_panel.open_deal.connect(lambda deal_id: self._open_linked("deal", deal_id))
        self.deals_panel.plan_deal.connect(lambda deal_id: self.new_followup(deal_id=deal_id))
        side = self.deals_panel

        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 230])

        self.banner = QFrame()
        self.banner.setObjectName("followupBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.outcome_button = QPushButton(self.tr("Log outcome…"))
        self.outcome_button.clicked.connect(self._on_outcome_clicked)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.ctx.undo.undo)
        close = QPushButton(self.tr("Dismiss"))
        close.setFlat(True)
        close.clicked.connect(self.banner.hide)
        banner_lay = QHBoxLayout(self.banner)
        banner_lay.setContentsMargins(10, 6, 6, 6)
        banner_lay.addWidget(self.banner_text, 1)
        banner_lay.addWidget(self.outcome_button)
        banner_lay.addWidget(self.undo_button)
        banner_lay.addWidget(close)
        self.banner.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.addLayout(top)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.banner)

        self._reload_timer = QTimer(self, singleShot=True, interval=80)
        self._reload_timer.timeout.connect(self.reload)
        self._day_timer = QTimer(self, interval=60_000)
        self._day_timer.timeout.connect(self._on_day_timer)
        self._day_timer.start()
        ctx.bridge.changed.connect(self._on_bridge_changed)

        self.reload()
        for group in Group:
            self.tree.setFirstColumnSpanned(int(group), QModelIndex(), True)
            if group in EXPANDED_BY_DEFAULT:
                self.tree.expand(self.model.index(int(group), 0))

    def _due_width(self) -> int:
        """Room for a long "Due" text in the window's language ("Wed 30 Sep, 23:59 · 6 days late")."""
        sample = f"{dates.weekday_text(date(2026, 9, 30))}, {dates.clock_text(time(23, 59))} · " + \
            QCoreApplication.translate("FollowUpModel", "{days} days late").format(days=6) + "  ↻"
        return self.tree.fontMetrics().horizontalAdvance(sample) + 16

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        selected = set(self.selected_ids())
        current = self.tree.currentIndex().data(ROW_ROLE)
        scroll = self.tree.verticalScrollBar().value()
        self.model.reload(tuple(g for g in Group if self.tree.isExpanded(self.model.index(int(g), 0)))
                          or EXPANDED_BY_DEFAULT)
        self.deals_panel.reload()
        if selected:
            self._select_ids(selected)
        if current is not None and current.id in selected:
            for index in self.tree.selectionModel().selectedRows(TITLE):
                if index.data(ROW_ROLE).id == current.id:
                    self.tree.selectionModel().setCurrentIndex(index, self.tree.selectionModel().SelectionFlag.NoUpdate)
        self.tree.verticalScrollBar().setValue(scroll)

    def _on_counts_changed(self) -> None:
        counts = self.model.counts
        badge = counts[Group.OVERDUE] + counts[Group.TODAY]
        if not any(counts.values()):
            self.summary.setText(
                self.tr("No follow-ups yet. Plan your next step with New follow-up, or press Ctrl+Shift+F anywhere.")
            )
        else:
            number = QLocale().toString
            self.summary.setText(
                self.tr("{overdue} overdue · {today} today · {upcoming} in the next 7 days · {later} later").format(
                    overdue=number(counts[Group.OVERDUE]), today=number(counts[Group.TODAY]),
                    upcoming=number(counts[Group.UPCOMING]), later=number(counts[Group.LATER]))
            )
        self.badge_changed.emit(QLocale().toString(badge) if badge else "")

    def _on_bridge_changed(self, change: Change) -> None:
        if change.kind in ("followup", "deal", "contact"):
            self._reload_timer.start()

    def _on_day_timer(self) -> None:
        if self.services.followup_lists.bounds().today != self.model.bounds.today:
            self.reload()

    def _on_tree_expanded(self, index: QModelIndex) -> None:
        if not index.parent().isValid():
            self.model.ensure_loaded(Group(index.row()))

    def _on_scrolled(self, _value: int = 0) -> None:
        """Load the next page of a group whose last loaded row has come into view."""
        area = self.tree.viewport().rect()
        for group in Group:
            parent = self.model.index(int(group), 0)
            count = self.model.rowCount(parent)
            if not count or not self.tree.isExpanded(parent) or not self.model.has_more(group):
                continue
            last = self.tree.visualRect(self.model.index(count - 1, 0, parent))
            if last.isValid() and last.top() < area.bottom():
                self.model.fetch_more(group)
                return

    # --- selection -----------------------------------------------------------------------

    def focus_main(self) -> None:
        """Keyboard into the list, on the first follow-up when nothing is current yet."""
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.tree.currentIndex().data(ROW_ROLE) is not None:
            return
        for group in Group:
            parent = self.model.index(int(group), 0)
            if self.tree.isExpanded(parent) and self.model.rowCount(parent):
                self.tree.setCurrentIndex(self.model.index(0, 0, parent))
                return

    def focus_search(self) -> None:
        """No filter box here: Ctrl+F opens the search over everything (Ctrl+K)."""
        from crm_desktop.ui.palette import open_palette

        open_palette(self.window())  # type: ignore[arg-type]

    def selected_rows(self) -> list[FollowUpRow]:
        rows = []
        for index in self.tree.selectionModel().selectedRows(TITLE):
            row = index.data(ROW_ROLE)
            if row is not None:
                rows.append(row)
        return rows

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def _select_ids(self, ids: set[int]) -> None:
        sel = self.tree.selectionModel()
        for group in Group:
            parent = self.model.index(int(group), 0)
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if index.data(ROW_ROLE).id in ids:
                    sel.select(index, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a follow-up: select it in its group and open it for editing."""
        if kind != "followup":
            raise KeyError(kind)
        self.reload()
        group = self.services.followup_lists.group_of(record_id, self.model.bounds)
        if group is None:
            self._notify(self.tr("This follow-up no longer exists (it may have been completed long ago or deleted)."))
            return
        self.tree.expand(self.model.index(int(group), 0))
        index = self.model.find(record_id, group)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self.edit_followup(record_id)

    # --- actions ---------------------------------------------------------------------------

    def new_followup(self, contact_id: int | None = None, deal_id: int | None = None) -> int | None:
        dialog = FollowUpDialog(self.services, contact_id=contact_id, deal_id=deal_id, parent=self)
        if dialog.exec():
            push_added(self.ctx.undo, self.services.followups, dialog.saved_id, dialog.title.text().strip())
            return dialog.saved_id
        return None

    def edit_followup(self, followup_id: int) -> None:
        try:
            detail = self.services.followups.get(followup_id)
        except CrmError as exc:
            self._notify(i18n.user_message(exc))
            return
        FollowUpDialog(self.services, detail=detail, parent=self).exec()

    def complete(self, followup_id: int, outcome: str = "", kind: str = "note", from_today: bool = False) -> None:
        try:
            detail = self.services.followups.get(followup_id)
            result = self.services.followups.complete(followup_id, outcome, kind, from_today)
        except CrmError as exc:
            self._notify(i18n.user_message(exc))
            return
        self.ctx.undo.push(CompleteCommand(self.services.followups, detail.title, result, outcome, kind, from_today))
        text = self.tr("Completed “{title}”.").format(title=detail.title)
        if result.next_due:
            text += " " + self.tr("Next one: {day}.").format(day=dates.weekday_text(result.next_due))
        if result.activity_id:
            text += " " + self.tr("The outcome is on the timeline.")
        linked = detail.contact_id is not None or detail.deal_id is not None
        self._last_completed = (followup_id, detail.title, detail.contact_id, detail.deal_id)
        self._show_banner(text, outcome_button=linked and not result.activity_id)

    def complete_with_outcome(self, followup_id: int) -> None:
        try:
            detail = self.services.followups.get(followup_id)
        except CrmError as exc:
            self._notify(i18n.user_message(exc))
            return
        dialog = CompleteDialog(self.services, detail, self)
        if dialog.exec():
            self.complete(followup_id, dialog.outcome_text(), dialog.outcome_kind(), dialog.repeat_from_today())

    def reopen(self, followup_id: int) -> None:
        try:
            self.services.followups.reopen(followup_id)
        except CrmError as exc:
            self._notify(i18n.user_message(exc))

    def snooze(self, ids: list[int], label: str) -> None:
        until = self.services.followups.snooze_choices()[label]
        self._snooze_to(ids, until)

    def snooze_pick(self, ids: list[int]) -> None:
        due = ask_snooze_time(self, self.services.followups.local_now)
        if due is not None:
            self._snooze_to(ids, reminder_instant(due.day, due.at or ALL_DAY_REMINDER, self.services.followups.zone))

    def _snooze_to(self, ids: list[int], until) -> None:  # type: ignore[no-untyped-def]
        before = self.services.followups.snooze_state(ids)
        try:
            self.services.followups.snooze(ids, until)
        except CrmError as exc:
            self._notify(i18n.user_message(exc))
            return
        self.ctx.undo.push(SnoozeCommand(self.services.followups, ids, until, before))
        local = until.astimezone(self.services.followups.zone)
        day, at = dates.weekday_text(local.date()), dates.clock_text(local.time())
        if len(ids) == 1:
            text = self.tr("Snoozed 1 follow-up until {day} at {time}.").format(day=day, time=at)
        else:
            text = self.tr("Snoozed {count} follow-ups until {day} at {time}.").format(
                count=QLocale().toString(len(ids)), day=day, time=at)
        self._show_banner(text, outcome_button=False)

    def delete(self, rows: list[FollowUpRow]) -> None:
        if not rows:
            return
        ids = [r.id for r in rows]
        try:
            self.services.followups.delete(ids)
        except CrmError as exc:
            self._notify(i18n.user_message(exc))
            return
        self.ctx.undo.push(DeleteCommand(self.services.followups, ids, rows[0].title))
        if len(rows) == 1:
            text = self.tr("Deleted “{title}”.").format(title=rows[0].title)
        else:
            text = self.tr("Deleted {count} follow-ups.").format(count=QLocale().toString(len(rows)))
        self._show_banner(text, outcome_button=False)

    def export_calendar(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export follow-ups to a calendar file"),
                                                    self.tr("followups.ics"), self.tr("iCalendar files (*.ics)"))
        if not path:
            return
        try:
            count = self.services.followup_lists.export_ics(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), self.tr(
                "The file could not be written:\n{path}\n\n{reason}\n\nChoose a folder you can write to and try again."
            ).format(path=path, reason=exc.strerror or exc))
            return
        if count == 1:
            text = self.tr("Exported 1 open follow-up to {path}. Import this file in your calendar app.")
        else:
            text = self.tr("Exported {count} open follow-ups to {path}. Import this file in your calendar app.")
        self._show_banner(text.format(count=QLocale().toString(count), path=path), outcome_button=False, undo=False)

    def _open_linked(self, kind: str, record_id: int) -> None:
        window = self.window()
        try:
            window.open_record(kind, record_id)  # type: ignore[attr-defined]
        except (KeyError, AttributeError):
            self._notify(self.tr("There is no view to open this contact yet.") if kind == "contact"
                         else self.tr("There is no view to open this deal yet."))

    # --- events ----------------------------------------------------------------------------

    def _on_model_check_toggled(self, followup_id: int, done: bool) -> None:
        if done:
            self.complete(followup_id)
        else:
            self.reopen(followup_id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.tree and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            rows = self.selected_rows()
            if key == Qt.Key.Key_Space and rows:
                for row in rows:
                    if row.done_at is None:
                        self.complete(row.id)
                    else:
                        self.reopen(row.id)
                return True
            if key == Qt.Key.Key_Delete and rows:
                self.delete(rows)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(rows) == 1:
                self.edit_followup(rows[0].id)
                return True
        return super().eventFilter(obj, event)

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return
        if index.column() == LINK and (row.contact_id or row.deal_id):
            self._open_linked("contact" if row.contact_id else "deal", row.contact_id or row.deal_id)
        else:
            self.edit_followup(row.id)

    def _on_tree_context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        rows = self.selected_rows()
        menu = QMenu(self)
        if not rows:
            menu.addAction(icon("add"), self.tr("New follow-up…"), lambda: self.new_followup())
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            return
        ids = [r.id for r in rows]
        first = rows[0]
        if first.done_at is None:
            menu.addAction(self.tr("Complete") + "\t" + key_text(Qt.Key.Key_Space),
                           lambda: [self.complete(i) for i in ids])
            if len(rows) == 1:
                menu.addAction(self.tr("Complete and log outcome…"), lambda: self.complete_with_outcome(first.id))
            snooze = menu.addMenu(self.tr("Snooze"))
            for label in self.services.followups.snooze_choices():
                snooze.addAction(texts.snooze_label(label), lambda checked=False, lb=label: self.snooze(ids, lb))
            snooze.addAction(self.tr("Pick a date and time…"), lambda: self.snooze_pick(ids))
        else:
            menu.addAction(self.tr("Mark as not done"), lambda: [self.reopen(i) for i in ids])
        if len(rows) == 1:
            menu.addAction(icon("edit"), self.tr("Edit…") + "\t" + key_text(Qt.Key.Key_Enter),
                           lambda: self.edit_followup(first.id))
        menu.addSeparator()
        if len(rows) == 1 and first.contact_id:
            menu.addAction(icon("contacts"), self.tr("Open {name}").format(name=i18n.translated(first.contact_name)),
                           lambda: self._open_linked("contact", first.contact_id))
        if len(rows) == 1 and first.deal_id:
            menu.addAction(icon("pipeline"), self.tr("Open deal “{title}”").format(title=first.deal_title),
                           lambda: self._open_linked("deal", first.deal_id))
        menu.addSeparator()
        delete = QAction(icon("delete"), self.tr("Delete"), menu)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.triggered.connect(lambda: self.delete(rows))
        menu.addAction(delete)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _on_outcome_clicked(self) -> None:
        if self._last_completed is None:
            return
        _fid, title, contact_id, deal_id = self._last_completed
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Log the outcome"),
                                                 self.tr("What came of “{title}”?").format(title=title))
        if ok and text.strip():
            try:
                self.services.activities.add("note", body=text, subject=f"Follow-up done: {title}",
                                             contact_id=contact_id, deal_id=deal_id)
            except CrmError as exc:
                self._notify(i18n.user_message(exc))
                return
            self._show_banner(self.tr("The outcome is on the timeline."), outcome_button=False, undo=False)

    def _show_banner(self, text: str, outcome_button: bool = True, undo: bool = True) -> None:
        self.banner_text.setText(text)
        self.outcome_button.setVisible(outcome_button)
        self.undo_button.setVisible(undo)
        self.banner.show()

    def _notify(self, text: str) -> None:
        self._show_banner(text, outcome_button=False, undo=False)

    def save_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        settings.setValue("followups/splitter", self.splitter.saveState())
