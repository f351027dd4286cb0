"""Update and compile the window's translations.

    python packaging/translations.py update [AREA ...]   # collect new strings into the .ts files
    python packaging/translations.py release             # compile every language into one .qm

Each part of the app has its own .ts file per language (resources/translations/<lang>/<area>.ts),
so the parts can be translated independently; ``release`` compiles them all into
resources/translations/crm_desktop_<lang>.qm, which the app loads. Translate the .ts files with
Qt Linguist (``pyside6-linguist``) or any editor, then run ``release`` and commit both.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "crm_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de",)
UI = SRC / "ui"
_UI_FOLDERS = {
    "records": ["contacts", "companies", "exporting", "importer", "backups"],
    "pipeline": ["pipeline", "followups"],
    "mail": ["mail", "reports", "trash"],
    "core": ["widgets"],
}
# Source files of each area. "messages" are the services' user_text(...) messages.
AREAS: dict[str, list[Path]] = {
    **{area: [UI / folder for folder in folders] for area, folders in _UI_FOLDERS.items()},
    "messages": [SRC / name for name in ("domain", "services", "exchange", "mail", "storage", "commands")],
}
AREAS["core"] += sorted(UI.glob("*.py"))
AREAS["core"].append(SRC / "app.py")  # its start-up messages
# Service messages are written as user_text("..."): lupdate reads it like QT_TR_NOOP.
_ALIAS = ["-tr-function-alias", "QT_TR_NOOP+=user_text"]


def _tool(name: str) -> str:
    from PySide6 import __file__ as pyside

    folder = Path(pyside).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    return name


def sources(area: str) -> list[Path]:
    files: list[Path] = []
    for path in AREAS[area]:
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def update(area: str, language: str, ts: Path | None = None) -> Path:
    """Run lupdate for one area into its .ts file (or ``ts``); returns the file."""
    target = ts or TRANSLATIONS / language / f"{area}.ts"
    target.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources(area)]
    subprocess.run([_tool("lupdate"), *_ALIAS, "-locations", "none", "-no-obsolete", "-target-language",
                    language, *files, "-ts", str(target)], check=True, cwd=ROOT, capture_output=True)
    return target


def release(language: str, qm: Path | None = None) -> Path:
    target = qm or TRANSLATIONS / f"crm_desktop_{language}.qm"
    ts_files = sorted((TRANSLATIONS / language).glob("*.ts"))
    subprocess.run([_tool("lrelease"), "-silent", *map(str, ts_files), "-qm", str(target)], check=True)
    return target


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "release"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        for area in argv[1:] or list(AREAS):
            for language in LANGUAGES:
                print(update(area, language).relative_to(ROOT))
    else:
        for language in LANGUAGES:
            print(release(language).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
