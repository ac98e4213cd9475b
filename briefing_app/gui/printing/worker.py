"""PDFs made off the window's thread (a dossier of many briefings takes seconds): the same
``printing`` functions as ``briefing-app pdf`` and ``dossier``.

Signals (PdfMaker):
    progress(int, int): pages drawn, pages in all.
    made(str, int): the PDF written (its path) and its pages.
    failed(str): why it could not be (one French line).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from briefing_app.core.content.model import Briefing
from briefing_app.core.content.pages import PageCache


class PdfWorker(QObject):
    """Lives in the PDF thread."""

    progress = Signal(int, int)
    made = Signal(str, int)
    failed = Signal(str)

    def __init__(self, pages: PageCache | None) -> None:
        super().__init__()
        self._pages = pages

    @Slot(Briefing, list, str)
    def briefing(self, briefing: Briefing, sections: list[str], path: str) -> None:
        """Write ``briefing`` (its ``sections``, or all) to ``path``."""
        from briefing_app.core.content.pages import rendered_page
        from briefing_app.core.content.problems import ContentError
        from briefing_app.printing.briefing import briefing_pdf
        from briefing_app.printing.pdf import PrintError

        try:
            count = briefing_pdf(
                briefing, rendered_page(briefing, self._pages), Path(path), sections
            )
        except (PrintError, ContentError) as error:
            self.failed.emit(str(error))
            return
        self.made.emit(path, count)

    @Slot(object, str)
    def dossier(self, dossier: object, path: str) -> None:
        """Write the dossier (a ``core.dossier.Dossier``) to ``path``."""
        from briefing_app.core.content.problems import ContentError
        from briefing_app.core.dossier import Dossier
        from briefing_app.printing.dossier import dossier_pdf
        from briefing_app.printing.pdf import PrintError

        assert isinstance(dossier, Dossier)
        try:
            count = dossier_pdf(dossier, self._pages, Path(path), progress=self.progress.emit)
        except (PrintError, ContentError) as error:
            self.failed.emit(str(error))
            return
        self.made.emit(path, count)


class PdfMaker(QObject):
    """Owns the PDF thread and its worker (see module docstring for signals)."""

    progress = Signal(int, int)
    made = Signal(str, int)
    failed = Signal(str)
    briefing_requested = Signal(Briefing, list, str)
    dossier_requested = Signal(object, str)

    def __init__(self, pages: PageCache | None, parent: QObject) -> None:
        """Start the thread."""
        super().__init__(parent)
        self.busy = False
        self.thread_ = QThread(self)
        self.thread_.setObjectName("pdf")
        self.worker = PdfWorker(pages)
        self.worker.moveToThread(self.thread_)
        self.thread_.finished.connect(self.worker.deleteLater)
        self.briefing_requested.connect(self.worker.briefing)
        self.dossier_requested.connect(self.worker.dossier)
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.made.connect(self._on_worker_made)
        self.worker.failed.connect(self._on_worker_failed)
        self.thread_.start()

    def make_briefing(self, briefing: Briefing, sections: list[str], path: Path) -> None:
        """Write ``briefing`` (or its ``sections``) to the PDF ``path``, in the thread."""
        self.busy = True
        self.briefing_requested.emit(briefing, sections, str(path))

    def make_dossier(self, dossier: object, path: Path) -> None:
        """Write ``dossier`` to the PDF ``path``, in the thread."""
        self.busy = True
        self.dossier_requested.emit(dossier, str(path))

    def stop(self) -> None:
        """Stop the thread (a PDF being made is finished first: it is written whole)."""
        self.thread_.quit()
        self.thread_.wait()

    @Slot(int, int)
    def _on_worker_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(str, int)
    def _on_worker_made(self, path: str, pages: int) -> None:
        self.busy = False
        self.made.emit(path, pages)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self.busy = False
        self.failed.emit(message)
