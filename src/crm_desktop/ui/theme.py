"""Icons, palette and the small stylesheet the app uses."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from crm_desktop.paths import resources_dir

ICON_STROKE = b"#5b6b86"
ICON_STROKE_DARK = b"#b4bfd3"


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons; on a dark palette its strokes are lightened to stay visible."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    if not is_dark():
        return QIcon(str(path))
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(path.read_bytes().replace(ICON_STROKE, ICON_STROKE_DARK)))
    result = QIcon()
    for size in (16, 20, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


_applied_dark: bool | None = None  # what apply() chose; None before it ran


def is_dark() -> bool:
    """Whether the app shows a dark palette (as applied, else as the system prefers)."""
    if _applied_dark is not None:
        return _applied_dark
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e2129"), QColor("#262a33"), QColor("#e6e8ee")
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#2a2e38")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#2f3440")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, QColor("#3d6fd9")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.ToolTipBase, QColor("#30343f")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor("#8a90a0")),
        (QPalette.ColorRole.Link, QColor("#7aa7ff")),
        (QPalette.ColorRole.Mid, QColor("#4a5060")),
        (QPalette.ColorRole.Light, QColor("#5a6172")),
        (QPalette.ColorRole.Midlight, QColor("#434958")),
        (QPalette.ColorRole.Dark, QColor("#121419")),
        (QPalette.ColorRole.Shadow, QColor("#000000")),
        (QPalette.ColorRole.BrightText, QColor("#ffffff")),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b7080"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6b7080"))
    return p


STYLESHEET = """
QListWidget#sidebar { background: palette(alternate-base); border: none; padding-top: 8px; font-size: 10.5pt; outline: 0; }
QListWidget#sidebar::item { padding: 4px 10px; border-radius: 6px; margin: 1px 6px; }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QLabel[role="heading"] { font-size: 15pt; font-weight: 600; }
QLabel[role="subtle"] { color: palette(placeholder-text); }
QLabel[role="empty"] { color: palette(placeholder-text); font-size: 11pt; }
QLabel[role="error"] { color: #c62828; }
"""


def apply(app: QApplication, scheme: str = "system") -> None:
    """Fusion style, our stylesheet, and a dark palette when the system (or the user) asks."""
    global _applied_dark
    app.setStyle("Fusion")
    _applied_dark = None
    dark = scheme == "dark" or (scheme == "system" and is_dark())
    _applied_dark = dark
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setStyleSheet(STYLESHEET + (dark_indicators() if dark else ""))
    icon.cache_clear()


def dark_indicators() -> str:
    """Fusion draws radio buttons and check boxes almost invisibly on dark palettes."""
    folder = (resources_dir() / "icons").as_posix()
    rules = []
    for widget, name in (("QRadioButton", "radio"), ("QCheckBox", "check"), ("QTableView", "check"), ("QListView", "check")):
        for state, suffix in (("unchecked", "off"), ("checked", "on")):
            rules.append(
                f"{widget}::indicator:{state} {{ image: url({folder}/{name}-{suffix}-dark.svg); width: 14px; height: 14px; }}"
            )
    return "\n" + "\n".join(rules)
