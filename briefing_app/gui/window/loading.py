"""The library loaded after the first paint, when the catalog did not hold it all.

``build_window`` gives the window what the catalog already knows, with ``to_load`` set
when that is not the whole library (a first start, new or changed files): the rest is
parsed in the loader's thread (gui.library.loader) once the window has painted. The
list fills in as briefings come, the status bar counts them, and the last briefing read
opens as soon as it is there (on a first start, the newest of the first batch).
Search and bookmarks start when the whole library is known: a bookmark must not be
judged against a library still coming in.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from briefing_app.core.content.loader import sort_newest_first
from briefing_app.core.content.model import Briefing, Library
from briefing_app.gui.window.base import WindowPart

INDEX_DELAY_MS = 150  # after a reload, before the index update starts (the list paints)

if TYPE_CHECKING:
    from briefing_app.core.bookmarks.store import BookmarkStore
    from briefing_app.gui.bookmarks.controller import BookmarksController
    from briefing_app.gui.library.loader import LibraryLoader
    from briefing_app.gui.library.panel import LibraryPanel
    from briefing_app.gui.library.problems_notice import ProblemsNotice
    from briefing_app.gui.reader.reading_tracker import ReadingTracker
    from briefing_app.gui.reader.view import Reader
    from briefing_app.gui.search.controller import SearchController
    from briefing_app.gui.search.panel import SearchPanel


class LoadingPart(WindowPart):
    """Loads the rest of the library in the background (see the module's doc)."""

    if TYPE_CHECKING:  # provided by MainWindow
        library: Library
        reading: ReadingTracker
        library_panel: LibraryPanel
        notice: ProblemsNotice
        reader: Reader
        _index_dir: Path | None
        _loader: LibraryLoader | None
        _to_load: tuple[tuple[Path, ...], Path] | None

        search: SearchController | None
        bookmarks: BookmarksController | None
        current: Briefing | None

        @property
        def store(self) -> BookmarkStore: ...
        @property
        def current_id(self) -> str: ...
        def open_briefing(
            self,
            briefing_id: str,
            anchor: str = "",
            position: float | None = None,
            *,
            record: bool = True,
        ) -> bool: ...
        def show_origins(self) -> None: ...
        def _open_waiting_files(self) -> None: ...
        def start_search(self, index_dir: Path) -> None: ...
        def load_bookmarks(self) -> BookmarksController: ...
        def open_first(self, position: float | None = None) -> None: ...
        def show_reading_statuses(self) -> None: ...
        @property
        def search_panel(self) -> SearchPanel: ...
        def _connect_signals(self, part: QObject | None = None) -> None: ...

    @property
    def loading(self) -> bool:
        """Whether part of the library is still to come."""
        return self._to_load is not None

    def _start_loading(self) -> None:
        """Start the loader's thread (just after the first paint)."""
        from briefing_app.gui.library.loader import LibraryLoader

        assert self._to_load is not None
        folders, cache_dir = self._to_load
        self._loader = LibraryLoader(folders, cache_dir, self)
        self._connect_signals(self._loader)
        self._loader.start()

    def stop_loading(self) -> None:
        """Abandon a load in progress (the window is closing, or the library is to be
        loaded again from other folders)."""
        if self._loader is not None:
            self._loader.stop()
            self._loader = None

    @Slot(list)
    def _on_briefings_loaded(self, batch: list[Briefing]) -> None:
        if self._started_search_or_bookmarks():  # a reload: the list changes once, whole
            return
        known = {briefing.id: briefing for briefing in self.library.briefings}
        for briefing in batch:
            known.setdefault(briefing.id, briefing)
        briefings = sort_newest_first(list(known.values()))
        self.library = Library(briefings=briefings, problems=self.library.problems)
        self._show_library()

    @Slot(int, int)
    def _on_loading_progress(self, done: int, total: int) -> None:
        self.statusBar().showMessage(
            self.tr("Chargement des briefings : %1 / %2")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _started_search_or_bookmarks(self) -> bool:
        """Whether the library is loaded again (after an import) rather than for the
        first time."""
        return self.search is not None or self.bookmarks is not None

    @Slot(Library)
    def _on_library_loaded(self, library: Library) -> None:
        reloaded = self._started_search_or_bookmarks()
        shown = self.current
        if reloaded and shown is not None:  # its reading saved in the version read, first
            self.reading.save()
            self.reading.track(None)
        self.library = library
        self._to_load = None
        self.stop_loading()
        self._show_library()
        self.show_reading_statuses()  # the whole library's versions are known now
        self.show_origins()
        self.notice.set_problems(library.problems)
        count = len(library.briefings)
        self.statusBar().showMessage(self.tr("%n briefing(s) chargé(s)", "", count), 4000)
        if not reloaded:
            self._follow_library(None)
            return
        # Loaded again after an import: the list paints first, the rest follows (each a
        # step of the window's thread), and the index is updated once the list is shown:
        # the worker's Python would slow the list's layout three to five times.
        QTimer.singleShot(0, self, lambda: self._follow_library(shown))

    def _follow_library(self, shown: Briefing | None) -> None:
        """What follows a library loaded: search, bookmarks, the briefing shown (``shown``,
        when the library was loaded again), the files waiting to be imported."""
        library = self.library
        self.search_panel.set_library(library.briefings)
        if self.bookmarks is not None:  # placed again in the briefings that changed
            self.bookmarks.set_library(library)
        else:
            self.load_bookmarks()
        if shown is not None:
            self._reopen(shown)
        if not self.current_id:
            self.open_first()
        if self.search is not None:  # the worker indexes what changed, once painted
            self.search.set_library(library, INDEX_DELAY_MS)
        elif self._index_dir is not None:
            self.start_search(self._index_dir)
        self._open_waiting_files()
        settle()

    def _reopen(self, shown: Briefing) -> None:
        """After a reload: the briefing on screen again, in its new version where the
        reader was; the newest briefing when it is gone."""
        now = self.library.get(shown.id)
        if now is None:
            self.current = None
        elif now != shown:
            self.open_briefing(shown.id, position=self.reader.position(), record=False)
        else:
            self.reading.track(shown)

    @Slot(str)
    def _on_loading_failed(self, message: str) -> None:
        self._to_load = None
        self.stop_loading()
        self.statusBar().showMessage(self.tr("Chargement interrompu : %1").replace("%1", message))

    def _show_library(self) -> None:
        """Show the library as it now is, the briefing read still selected; open the last
        briefing read as soon as it has come."""
        self.library_panel.set_briefings(self.library.briefings)  # reading statuses kept
        if self.current_id:
            self.library_panel.select_briefing(self.current_id)
            return
        last = self.store.last_read()
        if last is None:  # a first start: something to read at once, the newest so far
            if self.library.briefings:
                self.open_briefing(self.library.briefings[0].id)
        elif self.library.get(last.briefing) is not None:
            self.open_briefing(last.briefing)


def settle() -> None:
    """The library is loaded: what is there now lives as long as the window, and
    Python's cycle collector need not walk it again. Each full collection walked it all,
    holding Python's lock (55-75 ms at 2,000 briefings) while the window's thread waited
    to paint (bench/packs.py)."""
    gc.freeze()
