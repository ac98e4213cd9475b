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

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from briefing_app.core.content.loader import sort_newest_first
from briefing_app.core.content.model import Briefing, Library
from briefing_app.gui.window.base import WindowPart

if TYPE_CHECKING:
    from briefing_app.core.bookmarks.store import BookmarkStore
    from briefing_app.gui.bookmarks.controller import BookmarksController
    from briefing_app.gui.library.loader import LibraryLoader
    from briefing_app.gui.library.panel import LibraryPanel
    from briefing_app.gui.library.problems_notice import ProblemsNotice
    from briefing_app.gui.reader.view import Reader
    from briefing_app.gui.search.panel import SearchPanel


class LoadingPart(WindowPart):
    """Loads the rest of the library in the background (see the module's doc)."""

    if TYPE_CHECKING:  # provided by MainWindow
        library: Library
        library_panel: LibraryPanel
        notice: ProblemsNotice
        reader: Reader
        _index_dir: Path | None
        _loader: LibraryLoader | None
        _to_load: tuple[tuple[Path, ...], Path] | None

        @property
        def store(self) -> BookmarkStore: ...
        @property
        def current_id(self) -> str: ...
        def open_briefing(self, briefing_id: str) -> bool: ...
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
        """Abandon a load in progress (the window is closing)."""
        if self._loader is not None:
            self._loader.stop()
            self._loader = None

    @Slot(list)
    def _on_briefings_loaded(self, batch: list[Briefing]) -> None:
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

    @Slot(Library)
    def _on_library_loaded(self, library: Library) -> None:
        self.library = library
        self._to_load = None
        self.stop_loading()
        self._show_library()
        self.show_reading_statuses()  # the whole library's versions are known now
        self.notice.set_problems(library.problems)
        self.search_panel.set_library(library.briefings)
        count = len(library.briefings)
        self.statusBar().showMessage(self.tr("%n briefing(s) chargé(s)", "", count), 4000)
        if self._index_dir is not None:
            self.start_search(self._index_dir)
        self.load_bookmarks()
        if not self.current_id:
            self.open_first()

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
