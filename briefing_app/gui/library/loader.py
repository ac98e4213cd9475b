"""Loading the library in a thread of its own, so that the window paints at once.

On a first start, or after a large update, the catalog does not know the files yet:
parsing and rendering thousands of briefings takes seconds. The window then shows what
the catalog holds (``cached_library``), paints, and this loader parses the rest in
the background with ``load_library``, which also fills the page cache.

Signals of ``LibraryLoader``, in the window's thread (the worker's own cross over to
the loader's declared slots, queued, and the loader sends them on):
    loaded(list): briefings parsed since the last batch (a batch at most every
        BATCH_SECONDS, so the list fills in without redrawing for each file).
    progress(int, int): files read so far, files in all.
    finished(Library): the whole library, its problems included.
    failed(str): the load stopped on an error (its message).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.model import Briefing, Library

BATCH_SECONDS = 0.25


class _StoppedError(Exception):
    """Raised from the progress callback when the window is closing."""


class LibraryWorker(QObject):
    """Lives in the loader's thread; see the module docstring for its signals."""

    loaded = Signal(list)
    progress = Signal(int, int)
    finished = Signal(Library)
    failed = Signal(str)

    def __init__(self, folders: Sequence[Path], cache_dir: Path, thread: QThread) -> None:
        super().__init__()
        self._folders = tuple(folders)
        self._cache_dir = cache_dir
        self._thread = thread
        self._batch: list[Briefing] = []
        self._sent = 0.0

    @Slot()
    def load(self) -> None:
        """Load the library, sending batches and progress, then the whole of it."""
        try:
            library = load_library(self._folders, self._cache_dir, self._on_file)
        except _StoppedError:
            return
        except Exception as error:  # a bug or a system error: said, not a crash
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self._send()
        self.finished.emit(library)

    def _on_file(self, done: int, total: int, briefing: Briefing | None) -> None:
        if self._thread.isInterruptionRequested():
            raise _StoppedError
        if briefing is not None:
            self._batch.append(briefing)
        now = time.monotonic()
        if now - self._sent >= BATCH_SECONDS or done == total:
            self._send()
            self.progress.emit(done, total)
            self._sent = now

    def _send(self) -> None:
        if self._batch:
            self.loaded.emit(self._batch)
            self._batch = []


class LibraryLoader(QObject):
    """Owns the loader's thread and its worker; ``start`` begins, ``stop`` abandons."""

    start_requested = Signal()
    loaded = Signal(list)
    progress = Signal(int, int)
    finished = Signal(Library)
    failed = Signal(str)

    def __init__(self, folders: Sequence[Path], cache_dir: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.thread_ = QThread(self)
        self.thread_.setObjectName("library")
        self.worker = LibraryWorker(folders, cache_dir, self.thread_)
        self.worker.moveToThread(self.thread_)
        self.thread_.finished.connect(self.worker.deleteLater)
        self.start_requested.connect(self.worker.load)
        # Declared slots of this GUI-thread object: the worker's signals cross queued.
        self.worker.loaded.connect(self._on_loaded)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.thread_.start()

    def start(self) -> None:
        """Begin loading (in the loader's thread)."""
        self.start_requested.emit()

    @Slot(list)
    def _on_loaded(self, batch: list[Briefing]) -> None:
        self.loaded.emit(batch)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(Library)
    def _on_finished(self, library: Library) -> None:
        self.finished.emit(library)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)

    def stop(self) -> None:
        """Stop the thread; a load in progress is abandoned (what was read so far is
        kept in the catalog)."""
        self.thread_.requestInterruption()
        self.thread_.quit()
        self.thread_.wait()
