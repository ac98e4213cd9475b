"""The search worker: owns the Whoosh index in its own thread (indexing and queries).

Whoosh allows one writer at a time and one searcher per thread, so every index
operation happens here; the window only sends requests and receives results.

Signals:
    progress(int, int): sections of the index built so far: briefings done, total.
    indexed(IndexReport): the report when the index is up to date (or, its
        ``unwritable`` set, could not be written: search goes on with what exists).
    rebuilding(str): the index was found damaged (the reason) and is being rebuilt;
        the request that found it is answered after the rebuild.
    results_ready(int, str, SearchResult): request number, query text and its result.
    failed(str): a request failed (the message says why).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from briefing_app.core.content.model import Library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.search.records import IndexReport, SearchFilters, SearchResult

if TYPE_CHECKING:
    from pathlib import Path


class SearchWorker(QObject):
    """Lives in a QThread; see the module docstring for its signals."""

    progress = Signal(int, int)
    indexed = Signal(IndexReport)
    rebuilding = Signal(str)
    results_ready = Signal(int, str, SearchResult)
    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        pages: PageCache | None,
        index_dir: Path,
        check_interrupted: Callable[[], None] = lambda: None,
    ) -> None:
        """Prepare to index ``library`` into ``index_dir`` (nothing happens until asked).

        ``check_interrupted`` is called between briefings while indexing; it raises to
        abandon the run (the window is closing).
        """
        super().__init__()
        self._library = library
        self._pages = pages
        self._index_dir = index_dir
        self._index: Any = None
        self._check_interrupted = check_interrupted

    def _on_progress(self, done: int, total: int) -> None:
        self._check_interrupted()
        self.progress.emit(done, total)

    def _open(self) -> Any:
        if self._index is None:
            # Whoosh is imported here, in the worker thread, never on the start-up path.
            from briefing_app.core.search import user_index

            self._index = user_index(self._index_dir)
        return self._index

    @Slot(Library)
    def set_library(self, library: Library) -> None:
        """Index and search ``library`` from now on (``update_index`` brings it in)."""
        self._library = library

    @Slot()
    def update_index(self) -> None:
        """Bring the index up to date (rebuilt if damaged), reporting progress."""
        try:
            report = self._open().update(
                self._library, self._pages, self._on_progress, self.rebuilding.emit
            )
        except Exception as error:  # reported to the window; the reader keeps working
            self._report_failure(error)
            return
        self.indexed.emit(report)

    @Slot(int, str, SearchFilters)
    def search(self, number: int, text: str, filters: SearchFilters) -> None:
        """Run one query; the answer carries ``number`` so stale answers can be dropped."""
        from briefing_app.core.search import search_library

        try:
            result = search_library(
                self._open(),
                self._library,
                self._pages,
                text,
                50,
                filters,
                rebuilding=self.rebuilding.emit,
                progress=self._on_progress,
            )
        except Exception as error:  # reported to the window; the reader keeps working
            self._report_failure(error)
            return
        self.results_ready.emit(number, text, result)

    def _report_failure(self, error: Exception) -> None:
        if QThread.currentThread().isInterruptionRequested():
            return  # the window is closing: nobody to tell
        from briefing_app.core.search.records import IndexWriteError

        # An unwritable index says why in French; anything else names its exception.
        unwritable = isinstance(error, IndexWriteError)
        self.failed.emit(str(error) if unwritable else f"{type(error).__name__}: {error}")

    @Slot()
    def close(self) -> None:
        """Release the index (called in the worker thread before it stops)."""
        if self._index is not None:
            self._index.close()
            self._index = None
