"""View › Language: show the window in English, German or the system's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from crm_desktop import APP_NAME
from crm_desktop.ui import i18n

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    window.menu("view").addSeparator()
    menu = window.menu("view").addMenu(QCoreApplication.translate("Language", "&Language"))
    group = QActionGroup(window)
    current = str(window.ctx.settings.value(i18n.SETTING, i18n.SYSTEM))
    choices = [(i18n.SYSTEM, QCoreApplication.translate("Language", "System language")), *i18n.LANGUAGES.items()]
    for code, name in choices:
        action = QAction(name, window, checkable=True)
        action.setData(code)
        action.setChecked(code == current)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: choose(window, str(action.data())))


def choose(window: MainWindow, code: str) -> None:
    """Remember the language; it applies from the next start, which the user can do at once."""
    settings = window.ctx.settings
    if str(settings.value(i18n.SETTING, i18n.SYSTEM)) == code:
        return
    settings.setValue(i18n.SETTING, code)
    settings.sync()
    name = i18n.LANGUAGES.get(i18n.chosen_language(code), "English")
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Language", "Language"),
                      QCoreApplication.translate("Language", "{app} will be shown in {language} from its next start.").format(app=APP_NAME, language=name),
                      parent=window)
    restart = box.addButton(QCoreApplication.translate("Language", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Language", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restart:
        window.restart_requested = True
        window.close()
