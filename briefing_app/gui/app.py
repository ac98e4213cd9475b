"""The Qt application: translations, reader stylesheet, settings, and the window's start."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QSocketNotifier,
    QTranslator,
    Slot,
)
from PySide6.QtWidgets import QApplication, QWidget

from briefing_app.core.content.catalog import resumed
from briefing_app.core.messages import (
    ENGLISH,
    FRENCH,
    chosen_language,
    set_language,
    translation_file,
)
from briefing_app.core.paths import AppPaths
from briefing_app.core.session import Session
from briefing_app.gui.preferences.appearance import Appearance
from briefing_app.gui.preferences.language import language_choice
from briefing_app.gui.window.main_window import MainWindow

# Set by bench/startup.py: print the time of the first paint and quit ("0": print it
# and keep running, for tests that need the window up; "loaded": close the window, as
# a user would, once its library is all loaded, which a warm start then finds).
EXIT_AFTER_PAINT = "BRIEFING_APP_EXIT_AFTER_PAINT"
# What a terminal's Ctrl+C and a desktop's logout (or `kill`) send: both quit as
# Fichier › Quitter does.
QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Files to read (new or changed) up to which the window reads them before it paints:
# a few are quicker read at once than shown later (each takes a few milliseconds).
SYNC_FILES = 4


def application(language: str = FRENCH) -> QApplication:
    """The running QApplication, created if needed, speaking ``language`` (``fr``, ``en``:
    the program's translations, and Qt's own for its standard dialogs)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    # Python hands its lock to a waiting thread every millisecond instead of every five:
    # the window's thread then waits less for it while the search and loading threads
    # run Python (the library list laid out while a pack was indexed: 180 ms, then 90).
    sys.setswitchinterval(0.001)
    app.setApplicationName("Briefings")
    app.setOrganizationName("France urbaine")
    app.setApplicationVersion(_version())
    app.setStyle("Fusion")  # the same on every desktop, coloured by the reading theme
    speak(app, language)
    return app


def speak(app: QApplication, language: str) -> QTranslator | None:
    """Have ``app`` (and core's messages) speak ``language``: French, the program's own
    language (with Qt's French for its dialogs), or English (the program's translation;
    Qt's dialogs are English already). Return the translator installed (None if its
    file is missing: the program then speaks French)."""
    set_language(language)
    if language == ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        name, folder = "briefings_en", str(translation_file(ENGLISH).parent)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        name = "qtbase_fr"
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return None
    app.installTranslator(translator)
    return translator


def _version() -> str:
    from briefing_app import __version__

    return __version__


def settings_for(paths: AppPaths) -> QSettings:
    """Window state and preferences, kept in an INI file under the config folder."""
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def build_window(session: Session) -> MainWindow:
    """Build the main window (not shown) on the session's library: a large library's
    last briefing read alone, or what the catalog holds, at once; the rest loaded after
    the first paint (``window.loading``), unless it is a few files only (SYNC_FILES: the
    bundled briefing on a first start)."""
    quick = resumed(session.folders, session.paths.cache)  # a large library's last read
    if quick is not None:
        library, missing = quick, -1
    else:
        library, missing = session.cached_library()
        if missing and missing <= SYNC_FILES:
            library, missing = session.library(), 0
    settings = settings_for(session.paths)
    return MainWindow(
        library,
        settings,
        session.store_opener(),
        session.pages(),
        Appearance.read(settings),
        to_load=(session.folders, session.paths.cache) if missing else None,
        cache_dir=session.paths.cache,
        session=session,
    )


def run_window(session: Session, files: list[str] | None = None) -> int:
    """Open the window and run the event loop; return the exit status. ``files``: packs
    or documents to offer for import once the library is loaded.

    SIGINT and SIGTERM close the window as a normal quit does: its state is saved and
    the bookmark store closed.
    """
    choice = language_choice(settings_for(session.paths))
    app = application(chosen_language(choice, os.environ))
    window = build_window(session)
    if files:
        window.import_files(files)  # kept until the first paint and the library are over
    exit_after_paint = os.environ.get(EXIT_AFTER_PAINT)
    if exit_after_paint == "0":
        window.reader.first_painted.connect(_print_first_paint)
    elif exit_after_paint == "loaded":
        _close_once_loaded(window)
    elif exit_after_paint:
        window.reader.first_painted.connect(lambda: _report_first_paint(app))
    try:
        with quit_on_signals(window):
            window.show()
            window.start_search(session.paths.search_index)
            app.aboutToQuit.connect(window.stop_search)
            app.aboutToQuit.connect(window.stop_loading)
            return app.exec()
    finally:
        window.close_store()


def _close_once_loaded(window: MainWindow) -> None:
    from PySide6.QtCore import QTimer

    def check() -> None:
        if window.isVisible() and not window.loading and window.current is not None:
            timer.stop()
            window.close()

    timer = QTimer(window)
    timer.timeout.connect(check)
    timer.start(50)


def _report_first_paint(app: QApplication) -> None:
    _print_first_paint()
    app.quit()


def _print_first_paint() -> None:
    print(f"first-paint {time.monotonic():.6f}", flush=True)


class SignalQuitter(QObject):
    """Closes ``window`` and quits when SIGINT or SIGTERM arrives.

    A Python signal handler only runs when the interpreter gets control, which it
    never does while Qt waits for events; so the handler does nothing, and Python's
    wakeup file descriptor (the write end of a pipe) carries the signal's number to a
    QSocketNotifier on the read end, which wakes the event loop. (A pipe, not a socket
    pair: importing ``socket`` would cost start-up 10-20 ms.)
    """

    def __init__(self, window: QWidget) -> None:
        """Listen for the signals (see ``quit_on_signals``, which also installs them)."""
        super().__init__(window)
        self._window = window
        self._listen, self.wakeup = os.pipe()
        for end in (self._listen, self.wakeup):
            os.set_blocking(end, False)
        self._notifier = QSocketNotifier(self._listen, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    @Slot()
    def _on_notifier_activated(self) -> None:
        try:
            received = os.read(self._listen, 64)
        except BlockingIOError:
            return
        if any(number in received for number in QUIT_SIGNALS):
            self._window.close()  # saves the window's state, as Fichier › Quitter does
            app = QApplication.instance()
            if app is not None:
                app.quit()  # also when a dialog is open

    def close(self) -> None:
        """Stop listening and release the pipe."""
        self._notifier.setEnabled(False)
        os.close(self.wakeup)
        os.close(self._listen)


@contextmanager
def quit_on_signals(window: QWidget) -> Iterator[SignalQuitter | None]:
    """While inside, SIGINT and SIGTERM close ``window`` and quit the event loop.

    Not on Windows (its wakeup fd must be a socket, and a windowed program gets neither
    signal): there this does nothing.
    """
    if sys.platform == "win32":
        yield None
        return
    quitter = SignalQuitter(window)
    previous_fd = signal.set_wakeup_fd(quitter.wakeup, warn_on_full_buffer=False)
    previous = {number: signal.signal(number, _ignore_here) for number in QUIT_SIGNALS}
    try:
        yield quitter
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        quitter.close()


def _ignore_here(_number: int, _frame: object) -> None:
    """The signal's number reaches the event loop through the wakeup fd instead."""
