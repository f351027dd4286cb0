"""``crm-desktop --self-test``: check that this installation (or packaged bundle) works.

Opens a temporary database, runs the migrations, renders the main window offscreen,
loads the German translation, starts the second process a large import reads its file in,
and checks that the keychain backends are present. Prints a short report; exit code 0 or 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from crm_desktop import __version__

_PLATFORM_BACKENDS = {
    "linux": ("SecretService", "keyring.backends.SecretService"),
    "darwin": ("macOS", "keyring.backends.macOS"),
    "win32": ("Windows", "keyring.backends.Windows"),
}


def _check_migrations(data_dir: Path) -> str:
    from crm_desktop.storage import migrate
    from crm_desktop.storage.engine import open_database

    db = open_database(data_dir / "crm.sqlite3")
    try:
        if not migrate.is_up_to_date(db.engine):
            raise RuntimeError("the schema is not at the newest version after migrating")
        return f"schema at {', '.join(sorted(migrate.current_revisions(db.engine)))}"
    finally:
        db.close()


def _check_window(data_dir: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from crm_desktop.app import build_main_window, create_application
    from crm_desktop.paths import AppPaths
    from crm_desktop.ui import theme

    app = create_application()
    theme.apply(app)
    window = build_main_window(AppPaths(data_dir=data_dir, log_dir=data_dir / "logs"))
    window.resize(1000, 700)
    window.show()
    app.processEvents()
    pixmap = window.grab()
    if pixmap.isNull() or pixmap.width() < 100:
        raise RuntimeError("the main window did not render")
    views = []
    for spec in window.specs:
        window.show_view(spec.key)
        app.processEvents()
        views.append(spec.key)
    window.ctx.tasks.wait(10_000)
    window.close()
    window.ctx.services.db.close()
    return f"rendered {pixmap.width()}x{pixmap.height()}, views: {', '.join(views)}"


def _check_import_reader(data_dir: Path) -> str:
    """A large import reads the file in a second process: it starts from this installation (a
    bundle needs ``multiprocessing.freeze_support``) and gives the rows read here."""
    from crm_desktop.exchange.mapping import recognise
    from crm_desktop.exchange.readers import open_table
    from crm_desktop.services import import_feed

    path = data_dir / "people.csv"
    path.write_text("First Name,Last Name,E-mail\n" + "".join(f"Ann{i},Müller,ann{i}@example.com\n" for i in range(50)),
                    encoding="utf-8")
    table = open_table(path)
    mapping = recognise(table.headers)
    second = import_feed.SecondProcess.start(table.open_rows, mapping, "", 10)
    if second is None:
        raise RuntimeError("the second process for large imports could not start")
    with second:
        received = [pair for chunk in second for pair in chunk]
    here = [pair for chunk in import_feed.prepared_here(table.open_rows, mapping, "", first=10) for pair in chunk]
    if received != here or len(here) != 40:
        raise RuntimeError(f"the second process gave {len(received)} rows, expected the same {len(here)} rows as here")
    return f"second process read {len(received)} rows"


def _check_translations() -> str:
    """The German translation ships with the app and loads: one known text comes out German."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from crm_desktop.ui import i18n

    folder = i18n.translations_dir()
    qm = folder / "crm_desktop_de.qm"
    if not qm.is_file():
        raise RuntimeError(f"the German translation is missing ({qm})")
    translator = QTranslator()
    if not translator.load(qm.name, str(folder)):
        raise RuntimeError(f"the German translation could not be loaded ({qm})")
    found = translator.translate("MainWindow", "&File")
    if found != "&Datei":
        raise RuntimeError(f"the German translation gives {found!r} for '&File', expected '&Datei'")
    # Qt's own texts (standard buttons such as Cancel) come from qtbase_de: reported, not required
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_texts = "Qt's own texts found" if qt.load("qtbase_de", qt_dir) else f"Qt's own texts (qtbase_de) missing in {qt_dir}"
    return f"{qm.name} loaded ({qm.stat().st_size // 1024} KB), '&File' -> '{found}'; {qt_texts}"


def _check_keyring() -> str:
    from importlib import import_module, metadata

    import keyring
    from keyring.backends import fail

    label, module = _PLATFORM_BACKENDS.get(sys.platform, ("", ""))
    if not module:
        return f"no known keychain for {sys.platform}; using {keyring.get_keyring().name}"
    import_module(module)  # the backend code is in the bundle
    names = {ep.name for ep in metadata.entry_points(group="keyring.backends")}
    if label not in names:
        raise RuntimeError(
            f"keyring's {label} backend is not registered (entry points: {sorted(names) or 'none'}); "
            "the keychain would silently be unavailable"
        )
    chosen = keyring.get_keyring()
    chosen_name = f"{type(chosen).__module__}.{type(chosen).__name__}"
    backend_cls = import_module(module).Keyring
    try:
        available = backend_cls.priority > 0
    except Exception as exc:  # noqa: BLE001 - the backend says why it is unusable here
        return f"{label} backend present; no keychain running on this system ({exc}); chosen: {chosen_name}"
    if available and isinstance(chosen, fail.Keyring):
        raise RuntimeError(f"a {label} keychain is available but keyring chose the fail backend")
    return f"{label} backend present and {'in use' if available else 'not running'}; chosen: {chosen_name}"


def run() -> int:
    print(f"crm-desktop {__version__} self-test ({'bundle' if getattr(sys, 'frozen', False) else 'source'}, "
          f"Python {sys.version.split()[0]}, {sys.platform})")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="crm-selftest-") as tmp:
        data_dir = Path(tmp)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("database and migrations", lambda: _check_migrations(data_dir)),
            ("main window", lambda: _check_window(data_dir)),
            ("translations", _check_translations),
            ("import reader", lambda: _check_import_reader(data_dir)),
            ("keychain", _check_keyring),
        ]
        for name, check in checks:
            started = time.perf_counter()
            try:
                detail = check()
            except Exception as exc:  # noqa: BLE001 - every failure is reported, then we go on
                failures += 1
                print(f"  FAIL  {name}: {exc}")
                traceback.print_exc(limit=3)
            else:
                print(f"  ok    {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    print("self-test passed" if not failures else f"self-test FAILED ({failures} problem(s))")
    return 1 if failures else 0
