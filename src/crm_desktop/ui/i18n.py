"""The language of the window: Qt translators, locale-aware formats, translated messages.

Every visible string in ``ui/`` goes through Qt's translation: ``self.tr("...")`` in Qt
classes, ``QCoreApplication.translate("Context", "...")`` elsewhere, and
``QT_TRANSLATE_NOOP("Context", "...")`` for constants translated where they are shown.
Messages from the services are ``UserText`` and are shown with ``translated``/``user_message``.
Translations live in ``resources/translations/<language>/*.ts`` (one file per part of the app)
and are compiled into ``crm_desktop_<language>.qm`` by ``python packaging/translations.py``.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.i18n import UserText
from crm_desktop.paths import resources_dir

log = logging.getLogger(__name__)

SETTING = "language"  # in the window's QSettings: "system" or a language code
SYSTEM = "system"
# Languages the window is translated into, by code, named in their own language.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}

_installed: list[QTranslator] = []
_current: tuple[str, bool] | None = None  # (language code, follows the system) now installed


def translations_dir():  # type: ignore[no-untyped-def]
    return resources_dir() / "translations"


def chosen_language(setting: object) -> str:
    """The language code to use for this setting value ("system" follows the system)."""
    code = str(setting or SYSTEM)
    if code == SYSTEM:
        code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install(language_setting: object) -> str:
    """Install the translators for the chosen language on the running application (replacing
    earlier ones) and make dates and numbers follow it; returns the language code used."""
    global _current
    app = QCoreApplication.instance()
    code = chosen_language(language_setting)
    follow_system = str(language_setting or SYSTEM) == SYSTEM
    if _current == (code, follow_system):
        return code  # already in place
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        ours = translations_dir() / f"crm_desktop_{code}.qm"
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((ours.name, str(ours.parent)), (f"qtbase_{code}", qt_dir)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("no translation %s in %s", name, folder)
    _use_locale(code, follow_system)
    _current = (code, follow_system)
    return code


def _use_locale(code: str, follow_system: bool) -> None:
    system = QLocale.system()
    if follow_system and system.language() != QLocale.Language.C:
        QLocale.setDefault(system)
        return
    language = QLocale(code).language()
    if system.language() == language:
        QLocale.setDefault(system)  # keep the region's formats, e.g. de_AT or de_CH
    else:
        QLocale.setDefault(QLocale(language, QLocale(code).territory()))


def translated(text: Any) -> str:
    """The text of a service message in the window's language."""
    if isinstance(text, UserText):
        template = QCoreApplication.translate("", text.template)
        params = {k: translated(v) if isinstance(v, UserText) else v for k, v in text.params.items()}
        try:
            return template.format(**params) if params else template
        except (KeyError, IndexError, ValueError):
            log.warning("translation of %r does not match its values", text.template)
            return str(text)
    return "" if text is None else str(text)


def user_message(error: BaseException) -> str:
    """What to show for an error raised by the services."""
    if isinstance(error, ValidationError):
        return "\n".join(translated(m) for m in error.fields.values())
    if isinstance(error, CrmError) and error.args:
        return translated(error.args[0])
    return str(error)
