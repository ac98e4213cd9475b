"""Ties the search panel to the search worker thread, and reports indexing progress.

Signals:
    status_changed(str): a line for the status bar (indexing progress, a rebuild of a
        damaged index, errors).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from briefing_app.core.content.model import Library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.search.records import IndexReport, SearchFilters, SearchResult
from briefing_app.gui.search.panel import SearchPanel
from briefing_app.gui.search.worker import SearchWorker


class _InterruptedError(Exception):
    """Raised from the progress callback when the window is closing."""


class SearchController(QObject):
    """Owns the worker thread; the panel and the worker only talk through signals."""

    status_changed = Signal(str)
    index_requested = Signal()
    library_changed = Signal(Library)
    search_requested = Signal(int, str, SearchFilters)

    def __init__(
        self, panel: SearchPanel, library: Library, pages: PageCache | None, index_dir: Path
    ) -> None:
        """Start the worker thread (indexing begins with ``start_indexing``)."""
        super().__init__(panel)
        self.panel = panel
        self.worker = SearchWorker(library, pages, index_dir, self._check_interrupted)
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("search")
        self.worker.moveToThread(self.worker_thread)
        self.indexing = False
        self.rebuilding = False  # a damaged index is being rebuilt
        self._connect_signals()
        self.worker_thread.start()

    def _connect_signals(self) -> None:
        self.worker_thread.finished.connect(self.worker.deleteLater)
        self.index_requested.connect(self.worker.update_index)
        self.library_changed.connect(self.worker.set_library)
        self.panel.search_requested.connect(self.worker.search)
        self.worker.results_ready.connect(self._on_worker_results_ready)
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.indexed.connect(self._on_worker_indexed)
        self.worker.rebuilding.connect(self._on_worker_rebuilding)
        self.worker.failed.connect(self._on_worker_failed)

    def _check_interrupted(self) -> None:
        if self.worker_thread.isInterruptionRequested():
            raise _InterruptedError

    def start_indexing(self) -> None:
        """Bring the index up to date in the background."""
        self.indexing = True
        self.index_requested.emit()

    def set_library(self, library: Library, delay_ms: int = 0) -> None:
        """Search ``library`` from now on (loaded again after an import), its index
        brought up to date in the background (the new and changed briefings only), in
        ``delay_ms`` (``indexing`` is set at once)."""
        self.indexing = True

        def start() -> None:
            self.library_changed.emit(library)  # queued before the indexing request
            self.start_indexing()

        QTimer.singleShot(delay_ms, self, start)

    def stop(self) -> None:
        """Stop the thread (an indexing run in progress is abandoned, the old index kept)."""
        self.worker_thread.requestInterruption()
        self.worker_thread.quit()
        self.worker_thread.wait()

    @Slot(int, str, SearchResult)
    def _on_worker_results_ready(self, number: int, text: str, result: SearchResult) -> None:
        # A declared slot of a GUI-thread object: the answer crosses threads queued.
        if self.rebuilding:  # the search that found the damage, answered after the rebuild
            self.rebuilding = False
            self.status_changed.emit(self.tr("Index de recherche reconstruit."))
        self.panel.show_results(number, text, result)

    @Slot(str)
    def _on_worker_rebuilding(self, _reason: str) -> None:
        self.rebuilding = True
        text = self.tr("Index en reconstruction (index endommagé)…")
        self.status_changed.emit(text)
        self.panel.show_message(text)

    @Slot(int, int)
    def _on_worker_progress(self, done: int, total: int) -> None:
        if self.rebuilding:
            text = self.tr("Index en reconstruction : %1 sur %2 briefings…")
        else:
            text = self.tr("Indexation pour la recherche : %1 sur %2 briefings…")
        self.status_changed.emit(text.replace("%1", str(done)).replace("%2", str(total)))

    @Slot(IndexReport)
    def _on_worker_indexed(self, report: IndexReport) -> None:
        self.indexing = self.rebuilding = False
        unwritable = report.unwritable
        if report.locked:
            text = self.tr(
                "Index de recherche utilisé par une autre fenêtre : recherche sur l’existant."
            )
        elif unwritable:
            text = self.tr("Index de recherche non mis à jour (%1) : recherche sur l’existant.")
            text = text.replace("%1", unwritable)
        else:
            text = self.tr("Index de recherche à jour.")
        self.status_changed.emit(text)
        if self.panel.field.text().strip():
            self.panel.field.textChanged.emit(self.panel.field.text())  # search again

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self.indexing = self.rebuilding = False
        text = self.tr("Recherche indisponible : %1").replace("%1", message)
        self.status_changed.emit(text)
        self.panel.show_message(text)
