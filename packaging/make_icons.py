"""Render the application icon (resources/icons/app.svg) to PNG sizes, .ico and .icns.

Run after changing the SVG: ``python packaging/make_icons.py`` (needs Pillow for .ico/.icns).
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app.svg"
OUT = ROOT / "resources" / "desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main() -> None:
    QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = []
    for size in SIZES:
        path = OUT / f"crm-desktop-{size}.png"
        render(size).save(str(path))
        pngs.append(path)
    from PIL import Image

    big = Image.open(OUT / "crm-desktop-512.png")
    big.save(OUT / "crm-desktop.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(OUT / "crm-desktop.icns")
    print(f"wrote {len(pngs)} PNGs, crm-desktop.ico and crm-desktop.icns to {OUT}")


if __name__ == "__main__":
    main()
