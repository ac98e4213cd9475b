"""The Qt application: translations, reader stylesheet, settings, and the window's start."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from briefing_app.core.bookmarks import BookmarkStore
from briefing_app.core.catalog import load_library
from briefing_app.core.pages import PageCache
from briefing_app.core.paths import AppPaths, resources_dir
from briefing_app.gui.main_window import MainWindow

# Set by bench/startup.py: print the time of the first paint and quit.
EXIT_AFTER_PAINT = "BRIEFING_APP_EXIT_AFTER_PAINT"


def application() -> QApplication:
    """The running QApplication, created (with French Qt translations) if needed."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Briefings")
    app.setOrganizationName("France urbaine")
    app.setApplicationVersion(_version())
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translator = QTranslator(app)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_fr", qt_translations):
        app.installTranslator(translator)
    return app


def _version() -> str:
    from briefing_app import __version__

    return __version__


def reader_stylesheet() -> str:
    """The reader CSS shipped in resources/ ("" if it is missing: the page still shows)."""
    try:
        return (resources_dir() / "reader.css").read_text(encoding="utf-8")
    except OSError:
        return ""


def settings_for(paths: AppPaths) -> QSettings:
    """Window state and preferences, kept in an INI file under the config folder."""
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def build_window(folders: Sequence[Path], paths: AppPaths) -> MainWindow:
    """Load the library and build the main window on it (not shown)."""
    library = load_library(folders, paths.cache)
    store = BookmarkStore(paths.data)
    return MainWindow(
        library, settings_for(paths), store, PageCache(paths.cache), reader_stylesheet()
    )


def run_window(folders: Sequence[Path], paths: AppPaths) -> int:
    """Open the window and run the event loop; return the exit status."""
    app = application()
    window = build_window(folders, paths)
    if os.environ.get(EXIT_AFTER_PAINT):
        window.reader.first_painted.connect(lambda: _report_first_paint(app))
    window.show()
    window.start_search(paths.search_index)
    app.aboutToQuit.connect(window.stop_search)
    return app.exec()


def _report_first_paint(app: QApplication) -> None:
    print(f"first-paint {time.monotonic():.6f}", flush=True)
    app.quit()
