"""The parts of the window built after its first paint (see ``gui.startup``): the search
panel and its worker, the bookmarks, the find bar, the window icon. Each is also made
at once when the user asks for it sooner."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from briefing_app.gui.window.base import WindowPart
from briefing_app.gui.window.loading import settle

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDockWidget, QVBoxLayout

    from briefing_app.core.bookmarks.store import BookmarkStore
    from briefing_app.core.content.model import Library
    from briefing_app.core.content.pages import PageCache
    from briefing_app.gui.bookmarks.controller import BookmarksController
    from briefing_app.gui.bookmarks.panel import BookmarksPanel
    from briefing_app.gui.library.panel import LibraryPanel
    from briefing_app.gui.packs.controller import PacksController
    from briefing_app.gui.reader.find_bar import FindBar
    from briefing_app.gui.reader.reading_tracker import ReadingTracker
    from briefing_app.gui.reader.toc_panel import TocPanel
    from briefing_app.gui.reader.view import Reader
    from briefing_app.gui.search.controller import SearchController
    from briefing_app.gui.search.panel import SearchPanel


class DeferredPart(WindowPart):
    """Builds ``MainWindow``'s later parts, once, when the first page has painted."""

    if TYPE_CHECKING:  # provided by MainWindow
        settings: QSettings
        library: Library
        pages: PageCache | None
        reader: Reader
        toc: TocPanel
        reading: ReadingTracker
        library_panel: LibraryPanel
        search_dock: QDockWidget
        bookmarks_dock: QDockWidget
        search: SearchController | None
        bookmarks: BookmarksController | None
        _search_panel: SearchPanel | None
        _central_layout: QVBoxLayout
        _find_bar: FindBar | None
        _index_dir: Path | None
        _started: bool

        @property
        def store(self) -> BookmarkStore: ...
        @property
        def current_id(self) -> str: ...
        def _connect_signals(self, part: QObject | None = None) -> None: ...
        @property
        def loading(self) -> bool: ...
        def _start_loading(self) -> None: ...
        def show_origins(self) -> None: ...
        def offer_changes(self) -> None: ...
        def load_packs(self) -> PacksController: ...
        def _open_waiting_files(self) -> None: ...
        def follow_desktop(self) -> None: ...
        def ring_focused_pane(self) -> None: ...

    @Slot()
    def _on_first_painted(self) -> None:
        QTimer.singleShot(0, self, self._after_first_paint)  # once this paint is over

    @Slot()
    def _after_first_paint(self) -> None:
        """What the first page need not wait for: search, bookmarks, the window's icon."""
        from PySide6.QtGui import QIcon  # the SVG icon engine loads then, not at start

        from briefing_app.core.paths import resources_dir
        from briefing_app.gui.preferences.dialog import distribution_folder

        self._started = True
        self.show_reading_statuses()  # the store opens
        self.show_origins()
        self.library_panel.enable_sorting()
        self._load_search_panel()  # the dock shows it
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "briefings.svg")))
        self.follow_desktop()  # its colour scheme, for the theme « Système »
        self.ring_focused_pane()
        self.offer_changes()
        if distribution_folder(self.settings):  # looked into at every start
            self.load_packs()
        if self.loading:  # search, bookmarks and imports start once it is all loaded
            self._start_loading()
            return
        if self._index_dir is not None:
            self.start_search(self._index_dir)
        self.load_bookmarks()
        self._open_waiting_files()
        settle()

    def show_reading_statuses(self) -> None:
        """Show in the library how far each briefing was read, or that it was updated
        since (« Mis à jour »)."""
        hashes = {briefing.id: briefing.content_hash for briefing in self.library.briefings}
        self.library_panel.model.set_reading(self.reading.statuses(hashes))

    @Slot()
    def load_bookmarks(self) -> BookmarksController:
        """The bookmarks (panel, controller), loaded on first need: just after the first
        paint, or at once if the user asks for them sooner."""
        if self.bookmarks is None:
            # Imported here: these modules cost start-up time, and no bookmark is
            # needed to show the page being read.
            from briefing_app.gui.bookmarks.controller import BookmarksController
            from briefing_app.gui.bookmarks.panel import BookmarksPanel

            panel = BookmarksPanel(self)
            self.bookmarks_dock.setWidget(panel)
            self._order_tabs()
            self.bookmarks = BookmarksController(
                self.store, panel, self.reader, self.library, self.pages, self
            )
            self._connect_signals(self.bookmarks)
            self.bookmarks.set_current(self.current_id)
            self.bookmarks.show_store_notice()
            self.bookmarks.refresh()
        return self.bookmarks

    @property
    def bookmarks_panel(self) -> BookmarksPanel:
        """The bookmarks dock's panel (loaded if it was not yet)."""
        return self.load_bookmarks().panel

    @Slot()
    def show_bookmarks(self) -> None:
        """Show the bookmarks dock and put the keyboard in its filter (its panel comes
        once the library is loaded)."""
        self.bookmarks_dock.show()
        self.bookmarks_dock.raise_()
        if self.loading:
            return
        panel = self.bookmarks_panel
        panel.filter_edit.setFocus()

    @property
    def find_bar(self) -> FindBar:
        """The find-in-page bar under the reader, made on first need: it starts hidden,
        and its module need not load before the first page shows."""
        if self._find_bar is None:
            from briefing_app.gui.reader.find_bar import FindBar

            self._find_bar = FindBar(self.reader, self)
            layout = self._central_layout
            layout.insertWidget(layout.indexOf(self.reader) + 1, self._find_bar)
        return self._find_bar

    @property
    def search_panel(self) -> SearchPanel:
        """The search dock's panel (made on first need: after the first paint, or sooner
        if asked for)."""
        return self._load_search_panel()

    def _load_search_panel(self) -> SearchPanel:
        if self._search_panel is None:
            from briefing_app.gui.search.panel import SearchPanel  # costs start-up time

            self._search_panel = SearchPanel(self)
            self.search_dock.setWidget(self._search_panel)
            self._order_tabs()
            self._connect_signals(self._search_panel)
            self._search_panel.set_library(self.library.briefings)
        return self._search_panel

    def _order_tabs(self) -> None:
        """Tab goes from the library to the contents, the text, then the search and the
        bookmarks (a panel set in its dock later joins the end of the chain)."""
        QWidget.setTabOrder(self.toc, self.reader)

    @Slot()
    def _on_search_triggered(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_field()

    def start_search(self, index_dir: Path) -> None:
        """Start the search worker on this library and index it in the background (once
        the first page has painted: until then, only remember where)."""
        self._index_dir = index_dir
        if not self._started or self.search is not None or self.loading:
            return
        from briefing_app.gui.search.controller import SearchController

        self.search = SearchController(self.search_panel, self.library, self.pages, index_dir)
        self._connect_signals(self.search)
        self.search.start_indexing()

    @Slot()
    def stop_search(self) -> None:
        """Stop the search thread (on close, and when the application quits)."""
        if self.search is not None:
            self.search.stop()
            self.search = None
