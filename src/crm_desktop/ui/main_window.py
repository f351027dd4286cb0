"""The main window: a sidebar of views, menus, and a status bar."""

from __future__ import annotations

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
from crm_desktop.ui import navigation
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.theme import icon

_GEOMETRY_KEY = f"window/geometry-qt{qVersion()}"


class MainWindow(QMainWindow):
    """Views are created lazily, the first time they are shown."""

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.specs = list(navigation.VIEWS)
        self._views: dict[str, QWidget] = {}
        self._menus: dict[str, QMenu] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(200)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
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
        for key, title in (("file", "&File"), ("edit", "&Edit"), ("view", "&View"), ("tools", "&Tools"), ("help", "&Help")):
            self._menus[key] = bar.addMenu(title)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menu("file").addAction(quit_action)
        for index, spec in enumerate(self.specs):
            action = QAction(spec.title, self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=spec.key: self.show_view(k))
            self.menu("view").addAction(action)
        undo = self.ctx.undo.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.menu("edit").addActions([undo, redo])
        about = QAction(f"&About {APP_NAME}", self)
        about.triggered.connect(self._on_about)
        self.menu("help").addAction(about)

    def add_file_action(self, action: QAction) -> None:
        """Put an action in the File menu above Quit."""
        menu = self.menu("file")
        menu.insertAction(menu.actions()[-1], action)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>A local-first CRM for small businesses.<br><br>"
            f"Your data: {self.ctx.paths.database}",
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
        index = self._index(key)
        widget = self.view(key)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        self.stack.setCurrentIndex(index)
        return widget

    def current_view_key(self) -> str:
        return self.specs[max(self.sidebar.currentRow(), 0)].key

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
        title = self.specs[index].title
        self.sidebar.item(index).setText(f"{title}  ({text})" if text else title)
        self.sidebar.item(index).setToolTip(f"{title}: {text}" if text else title)

    def _on_sidebar_row_changed(self, row: int) -> None:
        if row >= 0:
            self.show_view(self.specs[row].key)
            self.ctx.settings.setValue("window/view", self.specs[row].key)

    def show_message(self, text: str, msecs: int = 5000) -> None:
        self.statusBar().showMessage(text, msecs)

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
        self.show_view(key)

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
