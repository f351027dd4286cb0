"""Every visible string of the window is translated, and the compiled translation is current."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)  # type: ignore[union-attr]

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Calls whose string arguments are shown to the user: they must be wrapped in tr()/translate().
SHOWN_BY_METHOD = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "addAction",
    "addMenu", "setTitle", "showMessage", "addTab", "addRow", "setLabelText", "setWhatsThis",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setInformativeText", "setDetailedText",
    "addButton", "setSpecialValueText", "setPrefix", "setSuffix", "insertTab", "setTabText",
    "setItemText", "information", "warning", "critical", "question", "about", "getText",
    "getItem", "getOpenFileName", "getSaveFileName", "getExistingDirectory", "setSubTitle",
}
SHOWN_BY_CLASS = {
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QMenu", "QCommandLinkButton", "QMessageBox",
}
LOGGERS = {"log", "logger", "logging"}
UI_AREAS = [area for area in translations.AREAS if area != "messages"]


def _literal_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2}", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_literal_text(v) for v in node.values)
    return False


def _untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in SHOWN_BY_METHOD and name not in SHOWN_BY_CLASS:
            continue
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
            continue  # log.warning(...): for the log file, not the user
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            if _literal_text(arg):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(arg)[:60]}")
    return found


@pytest.mark.parametrize("area", UI_AREAS)
def test_visible_strings_go_through_translation(area: str) -> None:
    problems = [p for path in translations.sources(area) for p in _untranslated(path)]
    assert not problems, "wrap these in self.tr()/QCoreApplication.translate():\n" + "\n".join(problems)


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message.find("translation")))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("language", translations.LANGUAGES)
@pytest.mark.parametrize("area", list(translations.AREAS))
def test_every_string_has_a_translation(area: str, language: str, tmp_path: Path) -> None:
    committed = translations.TRANSLATIONS / language / f"{area}.ts"
    assert committed.exists(), f"run: python packaging/translations.py update {area}"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    translations.update(area, language, fresh)  # picks up strings added to the code since
    missing, mismatched = [], []
    for context, source, translation in _messages(fresh):
        text = "" if translation is None else (translation.text or "")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            missing.append(f"[{context}] {source}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            mismatched.append(f"[{context}] {source} -> {text}")
    assert not missing, f"untranslated in {committed.name} (update, translate, release):\n" + "\n".join(missing[:50])
    assert not mismatched, "placeholders differ:\n" + "\n".join(mismatched)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_compiled_translation_is_current(language: str, tmp_path: Path) -> None:
    committed = translations.TRANSLATIONS / f"crm_desktop_{language}.qm"
    fresh = translations.release(language, tmp_path / committed.name)
    assert committed.exists() and committed.read_bytes() == fresh.read_bytes(), (
        "run: python packaging/translations.py release"
    )
