"""Paper from the window: Fichier › Imprimer… (a preview, then the system's print dialog:
printer, pages, copies), Fichier › Exporter en PDF…, both of the briefing shown or of the
sections ticked in its table of contents; Signets › Préparer un dossier de séance…. The
PDFs are made in a thread of their own (gui.printing), the status bar follows, and a bar
over the reader offers to open the file, only when the user clicks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Slot

from briefing_app.gui.window.base import WindowPart

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QVBoxLayout

    from briefing_app.core.content.model import Briefing, Library
    from briefing_app.core.content.pages import PageCache
    from briefing_app.gui.bookmarks.controller import BookmarksController
    from briefing_app.gui.printing.pdf_bar import PdfBar
    from briefing_app.gui.printing.worker import PdfMaker
    from briefing_app.gui.reader.toc_panel import TocPanel
    from briefing_app.gui.reader.view import Reader


class PaperPart(WindowPart):
    """Printing, PDF export and meeting files."""

    if TYPE_CHECKING:  # provided by MainWindow
        library: Library
        pages: PageCache | None
        current: Briefing | None
        reader: Reader
        toc: TocPanel
        _central_layout: QVBoxLayout
        _pdf_maker: PdfMaker | None
        _pdf_bar: PdfBar | None

        def _bookmarks_ready(self) -> BookmarksController | None: ...
        def _connect_signals(self, part: QObject | None = None) -> None: ...

    @property
    def pdf_maker(self) -> PdfMaker:
        """The PDF thread, started on first need."""
        if self._pdf_maker is None:
            from briefing_app.gui.printing.worker import PdfMaker

            self._pdf_maker = PdfMaker(self.pages, self)
            self._connect_signals(self._pdf_maker)
        return self._pdf_maker

    @property
    def pdf_bar(self) -> PdfBar:
        """The bar offering to open the PDF just made (made on first need)."""
        if self._pdf_bar is None:
            from briefing_app.gui.printing.pdf_bar import PdfBar

            self._pdf_bar = PdfBar(self)
            layout = self._central_layout
            layout.insertWidget(layout.indexOf(self.reader) + 1, self._pdf_bar)
            self._connect_signals(self._pdf_bar)
        return self._pdf_bar

    # --- one briefing ----------------------------------------------------------------------

    @Slot()
    def _on_print_triggered(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from briefing_app.printing.paper import default_paper

        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(default_paper().page_layout())
        printer.setDocName(self.current.title)
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Aperçu avant impression"))
        preview.resize(self.width() * 4 // 5, self.height() * 9 // 10)  # a page readable
        preview.paintRequested.connect(self._on_preview_paint_requested)
        preview.exec()
        preview.deleteLater()

    @Slot(object)
    def _on_preview_paint_requested(self, printer: QPrinter) -> None:
        """Draw the briefing shown (its ticked sections) on ``printer``: the preview's
        pages, or those the print dialog chose."""
        from PySide6.QtGui import QPainter

        from briefing_app.core.content.pages import rendered_page
        from briefing_app.printing.briefing import PrintedBriefing
        from briefing_app.printing.paper import Paper

        briefing = self.current
        if briefing is None:
            return
        paper = Paper(printer.pageLayout().pageSize().id())
        printed = PrintedBriefing(
            briefing, rendered_page(briefing, self.pages), printer, paper, self.toc.ticked()
        )
        first, last = printer.fromPage(), printer.toPage()  # 0, 0: every page
        pages = range(max(first, 1) - 1, min(last, printed.pages) if last else printed.pages)
        painter = QPainter(printer)
        try:
            printed.draw(painter, pages)
        finally:
            painter.end()

    @Slot()
    def _on_export_pdf_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        briefing = self.current
        if briefing is None:
            return
        path, _kind = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter en PDF"),
            str(Path.home() / f"{briefing.id}.pdf"),
            self.tr("Documents PDF (*.pdf)"),
        )
        if path:
            self.statusBar().showMessage(self.tr("PDF en préparation…"))
            self.pdf_maker.make_briefing(briefing, self.toc.ticked(), _pdf_path(path))

    # --- a meeting file ---------------------------------------------------------------------

    @Slot()
    def _on_dossier_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from briefing_app.core.dossier import DossierError
        from briefing_app.core.textfold import fold
        from briefing_app.gui.printing.dossier_dialog import DossierDialog

        bookmarks = self._bookmarks_ready()
        if bookmarks is None:
            return
        shown = self.current.id if self.current is not None else ""
        dialog = DossierDialog(
            self.library, bookmarks.bookmarks, bookmarks.panel.selected_ids(), shown, self
        )
        try:
            if not dialog.exec():
                return
            dossier = dialog.dossier()
        except DossierError as error:
            self.statusBar().showMessage(str(error), 6000)
            return
        finally:
            dialog.deleteLater()
        name = "-".join(fold(dossier.title).split()) or "dossier"
        path, _kind = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le dossier de séance"),
            str(Path.home() / f"{name}.pdf"),
            self.tr("Documents PDF (*.pdf)"),
        )
        if path:
            self.statusBar().showMessage(self.tr("Dossier de séance en préparation…"))
            self.pdf_maker.make_dossier(dossier, _pdf_path(path))

    # --- the PDF made ------------------------------------------------------------------------

    @Slot(int, int)
    def _on_pdf_progress(self, done: int, total: int) -> None:
        text = self.tr("PDF en préparation : page %1 sur %2…").replace("%1", str(done + 1))
        self.statusBar().showMessage(text.replace("%2", str(total)))

    @Slot(str, int)
    def _on_pdf_made(self, path: str, pages: int) -> None:
        text = self.tr("PDF enregistré : %1 (%n page(s)).", "", pages)
        self.statusBar().showMessage(text.replace("%1", Path(path).name), 8000)
        self.pdf_bar.show_made(path, pages)

    @Slot(str)
    def _on_pdf_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("PDF non enregistré : %1").replace("%1", message))

    @Slot(str)
    def _on_pdf_open_requested(self, path: str) -> None:
        """Open the PDF just made with the system's viewer (the user asked)."""
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _pdf_path(path: str) -> Path:
    """The file chosen, ending in .pdf."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
