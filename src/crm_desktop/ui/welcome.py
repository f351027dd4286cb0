"""First run: a welcome page over the empty window with three ways to start, and
File › Remove demo data once demo data was loaded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import APP_NAME
from crm_desktop.services.changes import Change
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.theme import icon

DONE = "welcome_done"
IMPORT_SHORTCUT = QKeySequence("Ctrl+I")  # File › Import contacts… (ui/importer)


class WelcomePage(QFrame):
    """Covers the views until the user picks how to start."""

    def __init__(self, window: QMainWindow, ctx: UiContext):
        # A child of the window, not of the central splitter (a splitter would make it a pane).
        super().__init__(window)
        self.window_, self.ctx = window, ctx
        self.setObjectName("welcome")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#welcome { background: palette(window); }"
                           "QPushButton { padding: 10px 18px; text-align: left; font-size: 11pt; }")
        title = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME))
        title.setProperty("role", "heading")
        title.setWordWrap(True)
        intro = QLabel(self.tr("Your customers, deals and follow-ups, on your own computer. "
                               "Nothing is sent anywhere. How would you like to start?"))
        intro.setWordWrap(True)
        self.empty_button = QPushButton(icon("add"), "  " + self.tr("Start with an empty database"))
        self.demo_button = QPushButton(icon("contacts"), "  " + self.tr("Explore with demo data (made up, removable in one click)"))
        self.import_button = QPushButton(icon("note"), "  " + self.tr("Import contacts from a file… (Google, Outlook, Excel, vCard)"))
        for button in (self.empty_button, self.demo_button, self.import_button):
            button.setMinimumHeight(44)
        self.empty_button.clicked.connect(self._on_empty_clicked)
        self.demo_button.clicked.connect(self._on_demo_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        box = QWidget()
        box.setMaximumWidth(620)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(16)
        for button in (self.empty_button, self.demo_button, self.import_button):
            inner.addWidget(button)
        note = QLabel(self.tr("You can change your mind later: {import_command}, and {remove_command}.").format(
            import_command=_menu_path(window, _import_action(window)) or self.tr("File › Import"),
            remove_command=self.tr("File › Remove demo data")))
        note.setProperty("role", "subtle")
        note.setWordWrap(True)
        inner.addSpacing(8)
        inner.addWidget(note)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        window.centralWidget().installEventFilter(self)
        ctx.bridge.changed.connect(self._on_bridge_changed)
        self._fit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._fit()
        return False

    def _fit(self) -> None:
        self.setGeometry(self.window_.centralWidget().geometry())
        self.raise_()

    def finish(self) -> None:
        self.ctx.services.settings.set(DONE, True)
        self.ctx.bridge.changed.disconnect(self._on_bridge_changed)
        self.window_.centralWidget().removeEventFilter(self)
        self.hide()
        self.deleteLater()

    def _on_bridge_changed(self, change: Change) -> None:
        if change.kind == "contact" and (change.created or change.reset) and self.isVisible():
            self.finish()

    def _on_empty_clicked(self) -> None:
        self.finish()

    def _on_import_clicked(self) -> None:
        self.finish()
        action = _import_action(self.window_)
        if action is not None:
            action.trigger()

    def _on_demo_clicked(self) -> None:
        load_demo(self.window_, self.ctx, on_done=self.finish)


def _import_action(window: QMainWindow) -> QAction | None:
    for action in window.menu("file").actions():  # type: ignore[attr-defined]
        if action.shortcut() == IMPORT_SHORTCUT:
            return action
    return None


def _menu_path(window: QMainWindow, action: QAction | None) -> str:
    """'File › Import contacts…' as the menus show it."""
    if action is None:
        return ""
    menu = window.menu("file")  # type: ignore[attr-defined]
    return f"{menu.title().replace('&', '')} › {action.text().replace('&', '')}"


def load_demo(window: QMainWindow, ctx: UiContext, on_done=None) -> None:  # type: ignore[no-untyped-def]
    progress = QProgressDialog(QCoreApplication.translate("WelcomePage", "Adding demo data…"), "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowTitle(QCoreApplication.translate("WelcomePage", "Demo data"))
    progress.setMinimumDuration(300)

    def done(_counts: object) -> None:
        progress.close()
        window.show_message(QCoreApplication.translate("WelcomePage", "Demo data added. Remove it any time with File › Remove demo data."))  # type: ignore[attr-defined]
        if on_done:
            on_done()

    def failed(exc: BaseException, _tb: str) -> None:
        progress.close()
        QMessageBox.warning(window, QCoreApplication.translate("WelcomePage", "Demo data"),
                            QCoreApplication.translate("WelcomePage", "The demo data could not be added: {error}").format(error=i18n.user_message(exc)))

    ctx.tasks.run(lambda _job: ctx.services.demo.load(), on_done=done, on_error=failed)


def remove_demo(window: QMainWindow, ctx: UiContext) -> None:
    if not ctx.services.demo.loaded:
        QMessageBox.information(window, QCoreApplication.translate("WelcomePage", "Remove demo data"), QCoreApplication.translate("WelcomePage", "There is no demo data to remove."))
        return
    answer = QMessageBox.question(
        window, QCoreApplication.translate("WelcomePage", "Remove demo data"),
        QCoreApplication.translate("WelcomePage", "Remove all the made-up contacts, companies, deals and follow-ups of the demo? "
            "Everything you added yourself stays."),
    )
    if answer == QMessageBox.StandardButton.Yes:
        removed = ctx.services.demo.remove()
        text = QCoreApplication.translate("WelcomePage", "Demo data removed (1 record).") if removed == 1 else \
            QCoreApplication.translate("WelcomePage", "Demo data removed ({n} records).").format(n=QLocale().toString(removed))
        window.show_message(text)  # type: ignore[attr-defined]


def install(window: QMainWindow) -> None:
    ctx: UiContext = window.ctx  # type: ignore[attr-defined]
    load = QAction(QCoreApplication.translate("WelcomePage", "Load demo data"), window)
    load.triggered.connect(lambda: load_demo(window, ctx))
    remove = QAction(QCoreApplication.translate("WelcomePage", "Remove demo data"), window)
    remove.triggered.connect(lambda: remove_demo(window, ctx))
    window.add_file_action(load)  # type: ignore[attr-defined]
    window.add_file_action(remove)  # type: ignore[attr-defined]
    services = ctx.services
    if not services.settings.get(DONE) and services.contacts.count() == 0:
        window.welcome = WelcomePage(window, ctx)  # type: ignore[attr-defined]
