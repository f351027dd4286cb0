"""The follow-ups tree: five group rows (with counts) whose children are loaded page by page.

Only the group counts come from (index-range) count queries; rows are fetched a page at a
time when a group is expanded or scrolled to its end (``fetch_more``), so the model stays
instant with tens of thousands of follow-ups.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from crm_desktop.services.followup_lists import Bounds, FollowUpLists, FollowUpRow, Group
from crm_desktop.ui import dates, i18n
from crm_desktop.ui.followups import texts
from crm_desktop.ui.theme import is_dark

PAGE = 200
FIRST_PAGE = 100
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROW_FLAGS = _GROUP_FLAGS
_TITLE_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
COLUMNS = (QT_TRANSLATE_NOOP("FollowUpModel", "Follow-up"), QT_TRANSLATE_NOOP("FollowUpModel", "Contact / deal"),
           QT_TRANSLATE_NOOP("FollowUpModel", "Due"), QT_TRANSLATE_NOOP("FollowUpModel", "Priority"))
TITLE, LINK, DUE, PRIORITY = range(4)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the FollowUpRow of a child
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the follow-up id of a child
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # the Group of any row
# (light, dark) theme colours
OVERDUE_COLORS = (QColor("#c62828"), QColor("#ff6b6b"))
HIGH_COLORS = (QColor("#d84315"), QColor("#ff9e58"))
SUBTLE_COLOR = QColor("#80869a")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def due_text(row: FollowUpRow, group: Group, today: date, zone: tzinfo) -> str:
    if row.done_at is not None:
        done = row.done_at.astimezone(zone)
        day = texts.relative_day(done.date(), today, inline=True)
        return QCoreApplication.translate("FollowUpModel", "Done {day} {time}").format(
            day=day, time=dates.clock_text(done.time()))
    if row.snoozed_until is not None:
        until = row.snoozed_until.astimezone(zone)
        day = texts.relative_day(until.date(), today, inline=True)
        return QCoreApplication.translate("FollowUpModel", "Snoozed to {day} {time}").format(
            day=day, time=dates.clock_text(until.time()))
    if row.due_time is None:
        due, at = row.due_date, ""
    else:
        local = row.due_at.astimezone(zone)
        due, at = local.date(), dates.clock_text(local.time())
    if group == Group.TODAY:
        text = at or QCoreApplication.translate("FollowUpModel", "All day")
    elif group == Group.OVERDUE:
        late = (today - due).days
        text = texts.relative_day(due, today) if late < 7 else dates.day_month_text(due)
        text += f", {at}" if at else ""
        if late > 1:
            text += " · " + QCoreApplication.translate("FollowUpModel", "{days} days late").format(
                days=QLocale().toString(late))
    else:
        text = texts.relative_day(due, today) + (f", {at}" if at else "")
    return text + ("  ↻" if row.recurrence else "")


class FollowUpModel(QAbstractItemModel):
    """Signals: ``check_toggled(int id, bool done)`` when a checkbox is clicked,
    ``counts_changed()`` after the group counts were reloaded."""

    check_toggled = Signal(int, bool)
    counts_changed = Signal()

    def __init__(self, lists: FollowUpLists, parent: Any = None):
        super().__init__(parent)
        self.lists = lists
        self.bounds: Bounds = lists.bounds()
        self.counts: dict[Group, int] = {g: 0 for g in Group}
        self._rows: dict[Group, list[FollowUpRow]] = {g: [] for g in Group}
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        dark = int(is_dark())
        self._overdue = QBrush(OVERDUE_COLORS[dark])
        self._high = QBrush(HIGH_COLORS[dark])
        self._subtle = QBrush(SUBTLE_COLOR)

    # --- loading -----------------------------------------------------------------------

    @property
    def zone(self) -> tzinfo:
        return self.lists.service.zone

    def reload(self, groups: tuple[Group, ...] = tuple(Group)) -> None:
        """Reload counts, and the rows of the groups already loaded (keeping as many)."""
        self.bounds = self.lists.bounds()
        self.counts = self.lists.counts(self.bounds)
        for group in Group:
            top = self.index(int(group), 0)
            self.dataChanged.emit(top, self.index(int(group), len(COLUMNS) - 1))
            loaded = len(self._rows[group])
            if group not in groups and not loaded:
                continue
            keep = min(max(loaded, FIRST_PAGE if group in groups else 0), self.counts[group])
            fresh = self.lists.page(group, 0, keep, self.bounds) if keep else []
            self._replace(group, fresh)
        self.counts_changed.emit()

    def _replace(self, group: Group, fresh: list[FollowUpRow]) -> None:
        old = self._rows[group]
        parent = self.index(int(group), 0)
        if [r.id for r in old] == [r.id for r in fresh]:
            self._rows[group] = fresh
            if fresh:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(fresh) - 1, len(COLUMNS) - 1, parent))
            return
        if old:
            self.beginRemoveRows(parent, 0, len(old) - 1)
            self._rows[group] = []
            self.endRemoveRows()
        if fresh:
            self.beginInsertRows(parent, 0, len(fresh) - 1)
            self._rows[group] = fresh
            self.endInsertRows()

    def ensure_loaded(self, group: Group) -> None:
        if not self._rows[group] and self.counts[group]:
            self.fetch_more(group, FIRST_PAGE)

    def has_more(self, group: Group) -> bool:
        return len(self._rows[group]) < self.counts[group]

    # Qt's own canFetchMore/fetchMore are not used: QTreeView calls them eagerly on every
    # expand and layout, loading page after page. The view asks for more when the user
    # scrolls to the end of a group instead.

    def fetch_more(self, group: Group, limit: int = PAGE) -> None:
        if not self.has_more(group):
            return
        parent = self.index(int(group), 0)
        have = self._rows[group]
        more = self.lists.page(group, len(have), limit, self.bounds)
        known = {r.id for r in have}
        more = [r for r in more if r.id not in known]
        if not more:
            self.counts[group] = len(have)  # the data changed under us; stop asking
            return
        self.beginInsertRows(parent, len(have), len(have) + len(more) - 1)
        have.extend(more)
        self.endInsertRows()

    def find(self, followup_id: int, group: Group, max_pages: int = 50) -> QModelIndex:
        """The index of a follow-up in its group, loading pages until it is found."""
        parent = self.index(int(group), 0)
        for _ in range(max_pages):
            for row, item in enumerate(self._rows[group]):
                if item.id == followup_id:
                    return self.index(row, 0, parent)
            if not self.has_more(group):
                break
            self.fetch_more(group)
        return QModelIndex()

    def row_at(self, index: Index) -> FollowUpRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        rows = self._rows[Group(index.internalId() - 1)]
        return rows[index.row()] if index.row() < len(rows) else None

    # --- the Qt model ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(Group) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0 or row >= len(self._rows[Group(parent.row())]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        if not parent.isValid():
            return len(Group)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._rows[Group(parent.row())])

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return len(COLUMNS)

    def hasChildren(self, parent: Index = _ROOT) -> bool:  # noqa: N802 - Qt override
        if not parent.isValid():
            return True
        if parent.internalId() != 0 or parent.column() != 0:
            return False
        return self.counts[Group(parent.row())] > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FollowUpModel", COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() != 0 and index.column() == TITLE:
            return _TITLE_FLAGS
        return _ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(Group(index.row()), index.column(), role)
        group = Group(index.internalId() - 1)
        rows = self._rows[group]
        if index.row() >= len(rows):
            return None
        row = rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TITLE:
                return row.title
            if col == LINK:
                return " · ".join(p for p in (i18n.translated(row.contact_name), row.deal_title) if p)
            if col == DUE:
                return due_text(row, group, self.bounds.today, self.zone)
            if col == PRIORITY:
                return texts.priority_label(row.priority)
        elif role == Qt.ItemDataRole.CheckStateRole and col == TITLE:
            return Qt.CheckState.Checked if row.done_at else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.ForegroundRole:
            if group == Group.DONE:
                return self._subtle
            if col == DUE and (group == Group.OVERDUE or self._past_today(row, group)):
                return self._overdue
            if col == PRIORITY:
                if row.priority == "high":
                    return self._high
                if row.priority == "low":
                    return self._subtle
        elif role == Qt.ItemDataRole.FontRole:
            if group == Group.DONE and col == TITLE:
                return self._struck
            if row.priority == "high" and col == PRIORITY:
                return self._bold
        elif role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.title]
            repeats = texts.describe_rrule(row.recurrence)
            if repeats:
                parts.append(repeats)
            if row.source == "keep_in_touch":
                parts.append(self.tr("Created because it is time to get in touch again"))
            return "\n".join(parts)
        elif role == ROW_ROLE:
            return row
        elif role == ID_ROLE:
            return row.id
        elif role == GROUP_ROLE:
            return group
        return None

    def _past_today(self, row: FollowUpRow, group: Group) -> bool:
        return group == Group.TODAY and row.due_time is not None and row.snoozed_until is None \
            and row.due_at <= self.bounds.now

    def _group_data(self, group: Group, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and col == TITLE:
            return f"{texts.group_title(group)}  ·  {QLocale().toString(self.counts[group])}"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and group == Group.OVERDUE and self.counts[group]:
            return self._overdue
        if role == GROUP_ROLE:
            return group
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != TITLE:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.check_toggled.emit(row.id, checked)
        return True

    def now(self) -> datetime:
        return self.bounds.now
