"""Ctrl+K: one field that finds records of every kind and runs any menu command."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QVBoxLayout,
)

from crm_desktop.services.finder import KIND_TITLES, Finder, Found
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.keys import key_text

ROLE_PAYLOAD = Qt.ItemDataRole.UserRole + 1
# The group headings of the results, by kind of record.
GROUP_TITLES = {
    "contact": QT_TRANSLATE_NOOP("CommandPalette", "Contacts"),
    "company": QT_TRANSLATE_NOOP("CommandPalette", "Companies"),
    "deal": QT_TRANSLATE_NOOP("CommandPalette", "Deals"),
    "followup": QT_TRANSLATE_NOOP("CommandPalette", "Follow-ups"),
    "activity": QT_TRANSLATE_NOOP("CommandPalette", "Notes and activities"),
}


def group_title(kind: str) -> str:
    if kind in GROUP_TITLES:
        return QCoreApplication.translate("CommandPalette", GROUP_TITLES[kind])
    return i18n.translated(KIND_TITLES.get(kind, kind))


def menu_actions(window: QMainWindow, include_disabled: bool = False) -> list[tuple[str, QAction]]:
    """Every enabled action in the menu bar, with its menu path ("File › Import…")."""
    out: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not (action.isEnabled() or include_disabled):
                continue
            label = action.text().replace("&", "")
            if action.menu():
                walk(action.menu(), f"{path} › {label}")
            elif label:
                out.append((f"{path} › {label}", action))

    for top in window.menuBar().actions():
        if top.menu():
            walk(top.menu(), top.text().replace("&", ""))
    return out


def _matches(words: list[str], text: str) -> bool:
    low = text.casefold()
    return all(w in low for w in words)


class CommandPalette(QDialog):
    """A popup with a query field and a grouped result list; keyboard only."""

    def __init__(self, window: QMainWindow, ctx: UiContext):
        super().__init__(window)
        self.window_ = window
        self.ctx = ctx
        self.finder = Finder(ctx.services.db)
        self._generation = 0
        self.setWindowTitle(self.tr("Find anything"))
        self.setModal(True)

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search contacts, companies, deals, follow-ups, notes… or type a command"))
        self.query.setClearButtonEnabled(True)
        font = self.query.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.query.setFont(font)
        # wide enough for the hint in the field (longer in some languages)
        hint_width = QFontMetrics(font).horizontalAdvance(self.query.placeholderText()) + 60
        self.resize(min(max(640, hint_width), 900), 440)
        self.results = QListWidget()
        self.results.setUniformItemSizes(False)
        self.hint = QLabel(self.tr("↑ ↓ to move, Enter to open, Esc to close"))
        self.hint.setProperty("role", "subtle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)

        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._search)
        self.query.textChanged.connect(self._on_query_text_changed)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(self._on_results_activated)
        self._fill([], self.query.text())

    # --- keyboard -------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(1 if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self._debounce.stop()
                    self._search(synchronous=True)
                item = self.results.currentItem()
                if item is not None:
                    self._on_results_activated(item)
                return True
        return super().eventFilter(obj, event)

    def _move(self, step: int) -> None:
        row = self.results.currentRow()
        count = self.results.count()
        for _ in range(count):
            row = (row + step) % count if count else -1
            item = self.results.item(row)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                self.results.setCurrentRow(row)
                return

    # --- searching ------------------------------------------------------------------

    def _on_query_text_changed(self, text: str) -> None:
        self._fill([], text)  # commands show at once; records follow
        self._debounce.start()

    def _search(self, synchronous: bool = False) -> None:
        text = self.query.text().strip()
        self._generation += 1
        generation = self._generation
        if len(text) < 2:
            self._fill([], text)
            return
        if synchronous:
            self._fill(self.finder.find(text), text)
            return

        def done(found: list[Found], g: int = generation, t: str = text) -> None:
            if g == self._generation:
                self._fill(found, t)

        self.ctx.tasks.run(lambda _job: self.finder.find(text), on_done=done)

    def _fill(self, found: list[Found], text: str) -> None:
        words = text.casefold().split()
        self.results.clear()
        group = None
        for item in found:
            if item.kind != group:
                group = item.kind
                self._header(group_title(group))
            entry = QListWidgetItem(f"{i18n.translated(item.title)}    {i18n.translated(item.subtitle)}".rstrip())
            entry.setData(ROLE_PAYLOAD, item)
            self.results.addItem(entry)
        commands = [(p, a) for p, a in menu_actions(self.window_) if words and _matches(words, p)]
        if not words:
            edit = self.window_.menu("edit").title().replace("&", "") + " › "  # type: ignore[attr-defined]
            commands = [(p, a) for p, a in menu_actions(self.window_) if not p.startswith(edit)][:12]
        if commands:
            self._header(self.tr("Commands"))
            for path, action in commands[:15]:
                shortcut = key_text(action.shortcut())
                entry = QListWidgetItem(f"{path}    {shortcut}".rstrip())
                entry.setData(ROLE_PAYLOAD, action)
                self.results.addItem(entry)
        if self.results.count() == 0:
            self._header(self.tr("Nothing found for “{text}”").format(text=text))
        self._move(1) if self.results.currentRow() < 0 else None

    def _header(self, title: str) -> None:
        item = QListWidgetItem(title)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(item)

    # --- opening --------------------------------------------------------------------

    def _on_results_activated(self, item: QListWidgetItem) -> None:
        payload = item.data(ROLE_PAYLOAD)
        if payload is None:
            return
        self.accept()
        if isinstance(payload, QAction):
            payload.trigger()
            return
        self.open_found(payload)

    def open_found(self, found: Found) -> None:
        window = self.window_
        if found.kind == "activity":
            for kind, ident in (("contact", found.contact_id), ("deal", found.deal_id), ("company", found.company_id)):
                if ident is not None:
                    try:
                        window.open_record(kind, ident)  # type: ignore[attr-defined]
                        return
                    except KeyError:
                        continue
            return
        try:
            window.open_record(found.kind, found.id)  # type: ignore[attr-defined]
        except KeyError:
            window.show_message(self.tr("{kind} cannot be opened yet.").format(kind=group_title(found.kind)))  # type: ignore[attr-defined]


def open_palette(window: QMainWindow) -> None:
    """Show the palette (views without a search box of their own use it for Ctrl+F)."""
    CommandPalette(window, window.ctx).exec()  # type: ignore[attr-defined]


def install(window: QMainWindow) -> None:
    """Edit › Find anything… (Ctrl+K)."""
    action = QAction(QCoreApplication.translate("CommandPalette", "Find anything…"), window)
    action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+Shift+P")])
    action.triggered.connect(lambda: open_palette(window))
    window.menu("edit").addAction(action)  # type: ignore[attr-defined]
