"""The main window: the shell that paints first, assembled from its parts.

The shell is the reader with the problems notice above it, the library and TOC docks,
and two docks that stay empty until the first paint is over (search, bookmarks). The
parts, one module each: ``actions`` (actions, menus, simple slots), ``navigation``
(showing briefings, sections, links, hits), ``deferred`` (what is built after the
first paint), ``loading`` (the library loaded in the background), ``receiving`` (packs
and documents imported), ``changes`` (what changed in an updated briefing), ``paper``
(printing, PDF, meeting files) and ``state`` (what is saved between runs). Every
connection of the window is made in ``_connect_signals``; gui/startup.py tells the
start-up order.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from briefing_app.core.bookmarks.opener import StoreOpener
from briefing_app.core.content.model import Briefing, Library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.navigation import NavigationHistory
from briefing_app.core.packs.origins import origins
from briefing_app.gui.library.panel import LibraryPanel
from briefing_app.gui.library.problems_notice import ProblemsNotice
from briefing_app.gui.reader.reading_tracker import ReadingTracker
from briefing_app.gui.reader.toc_panel import TocPanel
from briefing_app.gui.reader.view import Reader
from briefing_app.gui.window.actions import ActionsPart
from briefing_app.gui.window.changes import ChangesPart
from briefing_app.gui.window.deferred import DeferredPart
from briefing_app.gui.window.help import HelpPart
from briefing_app.gui.window.loading import LoadingPart
from briefing_app.gui.window.looks import LooksPart
from briefing_app.gui.window.navigation import NavigationPart
from briefing_app.gui.window.paper import PaperPart
from briefing_app.gui.window.reading_mode import ReadingModePart
from briefing_app.gui.window.receiving import ReceivingPart
from briefing_app.gui.window.state import SavedStatePart

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from briefing_app.core.bookmarks.store import BookmarkStore
    from briefing_app.core.session import Session
    from briefing_app.gui.bookmarks.controller import BookmarksController
    from briefing_app.gui.library.loader import LibraryLoader
    from briefing_app.gui.packs.changes_bar import ChangesBar
    from briefing_app.gui.packs.controller import PacksController
    from briefing_app.gui.preferences.appearance import Appearance
    from briefing_app.gui.printing.pdf_bar import PdfBar
    from briefing_app.gui.printing.worker import PdfMaker
    from briefing_app.gui.reader.find_bar import FindBar
    from briefing_app.gui.search.controller import SearchController
    from briefing_app.gui.search.panel import SearchPanel


class MainWindow(
    ActionsPart,
    NavigationPart,
    DeferredPart,
    LoadingPart,
    ReceivingPart,
    ChangesPart,
    PaperPart,
    SavedStatePart,
    LooksPart,
    ReadingModePart,
    HelpPart,
    QMainWindow,
):
    """Library, reader, table of contents, search and bookmarks, with French menus.

    Signals:
        briefing_shown(str): the reader now shows this briefing (its id).
    """

    briefing_shown = Signal(str)

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        open_store: StoreOpener,
        pages: PageCache | None = None,
        appearance: Appearance | None = None,
        to_load: tuple[tuple[Path, ...], Path] | None = None,
        cache_dir: Path | None = None,
        *,
        session: Session,
    ) -> None:
        """Build the window on ``library``; window state is read from and saved to
        ``settings``, bookmarks and reading positions to the store ``open_store`` opens
        (once the first paint is over: SQLite and the store cost 10 ms). With ``to_load``
        (content folders, cache folder), ``library`` is only what the catalog knew: the
        rest is loaded after the first paint (see ``window.loading``). ``cache_dir``: where
        the briefing being read is remembered on closing, for a quick next start.
        ``appearance``: the theme and reading font chosen (the defaults' if None).
        ``session``: its folders and the user's, for imports (``window.receiving``)."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Briefings — France urbaine"))
        self.library = library
        self.settings = settings
        self.pages = pages
        self._open_store = open_store
        self._store: BookmarkStore | None = None
        self.history = NavigationHistory()
        self.current: Briefing | None = None
        self.reader = Reader("", self)
        self.notice = ProblemsNotice(self)
        self.library_panel = LibraryPanel(self)
        self.toc = TocPanel(self)
        self._search_panel: SearchPanel | None = None
        self.apply_appearance(appearance or _default_appearance())
        self.reading = ReadingTracker(lambda: self.store, self.reader)
        self._build_central()
        self.library_dock = self._dock(self.library_panel, self.tr("Bibliothèque"), "library_dock")
        self.toc_dock = self._dock(self.toc, self.tr("Sommaire"), "toc_dock")
        # The search and bookmarks panels come just after the first paint.
        self.search_dock = self._dock(QWidget(self), self.tr("Recherche"), "search_dock")
        self.bookmarks_dock = self._dock(QWidget(self), self.tr("Signets"), "bookmarks_dock")
        self.search: SearchController | None = None
        self.bookmarks: BookmarksController | None = None
        self._find_bar: FindBar | None = None  # made on first use (Ctrl+F, F3)
        self._index_dir: Path | None = None  # where to search, once the page has painted
        self._started = False  # the first paint is over
        self._to_load = to_load  # the library's folders and cache, while it loads
        self._cache_dir = cache_dir
        self._loader: LibraryLoader | None = None
        self.session = session
        self.origins = origins(session.paths.data)  # where each content folder comes from
        self.packs: PacksController | None = None
        self._files_to_open: list[str] = []  # to import once the library is loaded
        self._changes_bar: ChangesBar | None = None
        self._changes_shown = -1  # changes on the page shown; -1: the briefing's text
        self._change_at = 0
        self._pdf_maker: PdfMaker | None = None
        self._pdf_bar: PdfBar | None = None
        self.setAcceptDrops(True)
        self._create_actions()
        self._create_menus()
        self._connect_signals()
        self.library_panel.set_briefings(library.briefings)
        self.notice.set_problems(library.problems)
        self._fit_screen(1440, 900)
        self._restore_state()
        # The later parts wait for the page to show, or the message in its place (a
        # library still loading): a timer of 0 could run before the first paint.
        if not self.reader.document().isEmpty():
            self.reader.first_painted.connect(self._on_first_painted)
        else:
            QTimer.singleShot(0, self, self._after_first_paint)

    @property
    def store(self) -> BookmarkStore:
        """The bookmark store, opened at its first use."""
        if self._store is None:
            self._store = self._open_store()
        return self._store

    def close_store(self) -> None:
        """Close the bookmark store, if it was opened."""
        if self._store is not None:
            self._store.close()

    def _fit_screen(self, width: int, height: int) -> None:
        """Take ``width`` x ``height``, or less on a smaller screen (a 1366 x 768 laptop:
        the status bar must stay in sight). A saved geometry then replaces it."""
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)

    @property
    def current_id(self) -> str:
        """The id of the briefing shown, "" when none is."""
        return self.current.id if self.current is not None else ""

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.reader, 1)
        self.setCentralWidget(central)
        self._central_layout = layout  # the find bar goes under the reader, the reading
        # mode's progress line over it

    def _dock(self, widget: QWidget, title: str, name: str) -> QDockWidget:
        """A dock, not yet placed (see ``gui.startup.place_docks``)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    def _connect_signals(self, part: QObject | None = None) -> None:
        """Connect the shell (``part`` None, at construction), or one part made after the
        first paint: the search panel, the search controller or the bookmarks controller.
        Panels and controllers ask through their signals; the window answers here."""
        if part is None:
            self.quit_action.triggered.connect(self.close)
            self.find_action.triggered.connect(self._on_find_triggered)
            self.search_action.triggered.connect(self._on_search_triggered)
            self.find_next_action.triggered.connect(self._on_find_next_triggered)
            self.find_previous_action.triggered.connect(self._on_find_previous_triggered)
            self.zoom_in_action.triggered.connect(self._on_zoom_in)
            self.zoom_out_action.triggered.connect(self._on_zoom_out)
            self.zoom_reset_action.triggered.connect(self._on_zoom_reset)
            self.back_action.triggered.connect(self.go_back)
            self.forward_action.triggered.connect(self.go_forward)
            self.bookmark_action.triggered.connect(self._on_bookmark_triggered)
            self.undo_action.triggered.connect(self._on_undo_triggered)
            self.export_action.triggered.connect(self._on_export_triggered)
            self.show_bookmarks_action.triggered.connect(self.show_bookmarks)
            self.resume_action.triggered.connect(self.resume_reading)
            self.problems_action.triggered.connect(self.notice.show_details)
            self.about_action.triggered.connect(self._on_about)
            self.import_action.triggered.connect(self._on_import_triggered)
            self.packs_action.triggered.connect(self._on_packs_triggered)
            self.preferences_action.triggered.connect(self._on_preferences_triggered)
            self.changes_action.triggered.connect(self.show_changes)
            self.print_action.triggered.connect(self._on_print_triggered)
            self.export_pdf_action.triggered.connect(self._on_export_pdf_triggered)
            self.dossier_action.triggered.connect(self._on_dossier_triggered)
            self.reading_mode_action.toggled.connect(self.set_reading_mode)
            self.leave_action.triggered.connect(self._on_leave_triggered)
            self.toc_action.triggered.connect(self._on_toc_triggered)
            self.next_pane_action.triggered.connect(self._on_next_pane)
            self.previous_pane_action.triggered.connect(self._on_previous_pane)
            self.shortcuts_action.triggered.connect(self._on_shortcuts_triggered)
            self.guide_action.triggered.connect(self._on_guide_triggered)
            self.reader.verticalScrollBar().valueChanged.connect(self._on_reading_moved)
            self.reading.status_changed.connect(self.library_panel.set_status)
            self.reading.saved.connect(self.remember_last_reading)
            self.library_panel.briefing_requested.connect(self._on_briefing_requested)
            self.toc.section_requested.connect(self._on_section_requested)
            self.reader.section_changed.connect(self.toc.set_current_anchor)
            self.reader.anchorClicked.connect(self._on_reader_link_clicked)
            self.reader.highlighted.connect(self._on_reader_link_hovered)
        elif part is self._loader:
            loader = self._loader
            loader.loaded.connect(self._on_briefings_loaded)
            loader.progress.connect(self._on_loading_progress)
            loader.finished.connect(self._on_library_loaded)
            loader.failed.connect(self._on_loading_failed)
        elif part is self._search_panel:
            self._search_panel.hit_activated.connect(self._on_search_hit_activated)
        elif part is self.search:
            self.search.status_changed.connect(self.statusBar().showMessage)
        elif part is self.packs:
            self.packs.library_changed.connect(self.reload_library)
            self.packs.message.connect(self.statusBar().showMessage)
        elif part is self._pdf_maker:
            self._pdf_maker.progress.connect(self._on_pdf_progress)
            self._pdf_maker.made.connect(self._on_pdf_made)
            self._pdf_maker.failed.connect(self._on_pdf_failed)
        elif part is self._pdf_bar:
            self._pdf_bar.open_requested.connect(self._on_pdf_open_requested)
        elif part is self._changes_bar:
            bar = self._changes_bar
            bar.show_requested.connect(self.show_changes)
            bar.step_requested.connect(self._on_changes_step)
            bar.back_requested.connect(self._on_changes_back)
            bar.mark_read_requested.connect(self._on_mark_read)
        elif part is self.bookmarks:
            bookmarks = self.bookmarks
            self.briefing_shown.connect(bookmarks.set_current)
            bookmarks.passage_requested.connect(self._on_passage_requested)
            bookmarks.marks_changed.connect(self.toc.set_marks)
            bookmarks.show_requested.connect(self.show_bookmarks)
            bookmarks.undo_available.connect(self.undo_action.setEnabled)
            bookmarks.message.connect(self.statusBar().showMessage)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's state and stop the search thread before closing."""
        self.set_reading_mode(False)  # the window is saved as it is out of it
        self.stop_ringing()
        self.save_state()
        self.stop_loading()
        self.stop_search()
        if self.packs is not None:
            self.packs.stop()
        if self._pdf_maker is not None:
            self._pdf_maker.stop()
        super().closeEvent(event)


def _default_appearance() -> Appearance:
    from briefing_app.gui.preferences.appearance import Appearance

    return Appearance()
