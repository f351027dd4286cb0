"""The main window: a sidebar of views, menus, and a status bar."""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QSize, Qt, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from crm_desktop import APP_NAME, __version__
from crm_desktop.ui import i18n, navigation
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.theme import icon
from crm_desktop.ui.undo import StepAction

_GEOMETRY_KEY = f"window/geometry-qt{qVersion()}"
KEY_ROLE = Qt.ItemDataRole.UserRole  # sidebar item: the view key
CHILD_ROLE = Qt.ItemDataRole.UserRole + 1  # sidebar item under a view: a saved view id


class MainWindow(QMainWindow):
    """Views are created lazily, the first time they are shown."""

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.restart_requested = False  # set when the user asks for a restart (e.g. a new language)
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.specs = list(navigation.VIEWS)
        self._views: dict[str, QWidget] = {}
        self._menus: dict[str, QMenu] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(230)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), spec.shown_title)
            item.setData(KEY_ROLE, spec.key)
            item.setSizeHint(QSize(160, 36))
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real view on first show

        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([self.sidebar.width(), 1020])
        self.setCentralWidget(self.splitter)

        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._build_menus()
        for install in navigation.FEATURES:
            install(self)

        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        self._restore_state()

    # --- menus --------------------------------------------------------------------------

    def menu(self, key: str) -> QMenu:
        """The menu 'file', 'edit', 'view', 'tools' or 'help' (features add actions here)."""
        return self._menus[key]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = (("file", self.tr("&File")), ("edit", self.tr("&Edit")), ("view", self.tr("&View")),
                  ("tools", self.tr("&Tools")), ("help", self.tr("&Help")))
        for key, title in titles:
            self._menus[key] = bar.addMenu(title)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menu("file").addAction(quit_action)
        for index, spec in enumerate(self.specs):
            action = QAction(spec.shown_title, self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=spec.key: self.show_view(k))
            self.menu("view").addAction(action)
        undo, redo = StepAction(self.ctx.undo, redo=False, parent=self), StepAction(self.ctx.undo, redo=True, parent=self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.menu("edit").addActions([undo, redo])
        about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about.triggered.connect(self._on_about)
        self.menu("help").addAction(about)

    def add_file_action(self, action: QAction) -> None:
        """Put an action in the File menu above Quit."""
        menu = self.menu("file")
        menu.insertAction(menu.actions()[-1], action)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr("<b>{app}</b> {version}<br>A local-first CRM for small businesses.<br><br>"
                    "Your data: {path}").format(app=APP_NAME, version=__version__,
                                                path=html.escape(str(self.ctx.paths.database))),
        )

    # --- views --------------------------------------------------------------------------

    def view(self, key: str) -> QWidget:
        """The view for this key, created on first use."""
        if key not in self._views:
            index = self._index(key)
            widget = self.specs[index].factory(self.ctx)
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, widget)
            self._views[key] = widget
            badge = getattr(widget, "badge_changed", None)
            if badge is not None:
                badge.connect(lambda text, k=key: self.set_badge(k, text))
        return self._views[key]

    def _index(self, key: str) -> int:
        for index, spec in enumerate(self.specs):
            if spec.key == key:
                return index
        raise KeyError(key)

    def show_view(self, key: str) -> QWidget:
        """Show a view; a saved view of it that is selected in the sidebar stays selected."""
        index = self._index(key)
        widget = self.view(key)
        current = self.sidebar.currentItem()
        if current is None or current.data(KEY_ROLE) != key:
            self.sidebar.setCurrentItem(self.sidebar_item(key))
        self.stack.setCurrentIndex(index)
        return widget

    def current_view_key(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else self.specs[0].key

    def sidebar_item(self, key: str, child: int | None = None) -> QListWidgetItem:
        """The sidebar item of a view, or of one of its children (saved views)."""
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(KEY_ROLE) == key and item.data(CHILD_ROLE) == child:
                return item
        raise KeyError((key, child))

    def select_child(self, key: str, child: int | None = None) -> bool:
        """Choose a view's item (or one of its saved views) in the sidebar, which shows it;
        False when the sidebar has no such item."""
        try:
            self.sidebar.setCurrentItem(self.sidebar_item(key, child))
        except KeyError:
            return False
        return True

    def set_children(self, key: str, children: list[tuple[int, str, str]]) -> None:
        """Put items (id, text, tooltip) indented under a view's item, replacing the old ones.
        Choosing one calls the view's ``show_child(id)``; choosing the view calls ``show_child(None)``."""
        current = self.sidebar.currentItem()
        keep = current.data(CHILD_ROLE) if current is not None and current.data(KEY_ROLE) == key else None
        self.sidebar.blockSignals(True)
        try:
            for row in reversed(range(self.sidebar.count())):
                item = self.sidebar.item(row)
                if item.data(KEY_ROLE) == key and item.data(CHILD_ROLE) is not None:
                    self.sidebar.takeItem(row)
            row = self.sidebar.row(self.sidebar_item(key)) + 1
            for offset, (child, text, tip) in enumerate(children):
                item = QListWidgetItem(text)
                item.setData(KEY_ROLE, key)
                item.setData(CHILD_ROLE, child)
                item.setToolTip(tip)
                item.setSizeHint(QSize(160, 28))
                self.sidebar.insertItem(row + offset, item)
            if current is not None and keep is not None:
                ids = [c[0] for c in children]
                target = self.sidebar_item(key, keep) if keep in ids else self.sidebar_item(key)
                self.sidebar.setCurrentItem(target)
        finally:
            self.sidebar.blockSignals(False)
        if keep is not None and keep not in [c[0] for c in children]:
            self._on_sidebar_row_changed(self.sidebar.currentRow())  # its saved view is gone

    def open_record(self, kind: str, record_id: int) -> None:
        """Show the view that handles this kind of record and open the record there."""
        for spec in self.specs:
            if kind in spec.opens:
                widget = self.show_view(spec.key)
                widget.open_record(kind, record_id)  # type: ignore[attr-defined]
                return
        raise KeyError(kind)

    def set_badge(self, key: str, text: str) -> None:
        """Show a count beside a view's name in the sidebar ('' clears it)."""
        try:
            index = self._index(key)
        except KeyError:
            return  # that view is not in this window
        title = self.specs[index].shown_title
        item = self.sidebar_item(key)
        item.setText(f"{title}  ({text})" if text else title)
        item.setToolTip(f"{title}: {text}" if text else title)

    def _on_sidebar_row_changed(self, row: int) -> None:
        if row < 0:
            return
        item = self.sidebar.item(row)
        key = str(item.data(KEY_ROLE))
        widget = self.show_view(key)
        show_child = getattr(widget, "show_child", None)
        if show_child is not None:
            show_child(item.data(CHILD_ROLE))
        self.ctx.settings.setValue("window/view", key)
        self.ctx.settings.setValue("window/child", item.data(CHILD_ROLE) or 0)

    def show_message(self, text: str, msecs: int = 5000) -> None:
        self.statusBar().showMessage(i18n.translated(text), msecs)  # a service's text in the window's language

    # --- state --------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value(_GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        key = str(settings.value("window/view", self.specs[0].key))
        try:
            self._index(key)
        except KeyError:
            key = self.specs[0].key
        try:
            child = int(settings.value("window/child", 0) or 0)
        except (TypeError, ValueError):
            child = 0
        self.show_view(key)
        if child:  # the saved view that was open last time, if it still exists
            self.select_child(key, child)

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        for widget in self._views.values():
            save = getattr(widget, "save_state", None)
            if save is not None:
                save(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        super().closeEvent(event)
