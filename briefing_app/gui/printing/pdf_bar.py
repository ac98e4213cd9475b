"""The bar over the reader once a PDF is made: where it went, and « Ouvrir le PDF ».

Signals (PdfBar):
    open_requested(str): the user wants the PDF (its path) opened in the system's viewer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from briefing_app.gui.widgets.notice_bar import NoticeBar


class PdfBar(NoticeBar):
    """« PDF enregistré : … » [Ouvrir le PDF] [✕]."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create the bar, hidden until a PDF is made."""
        super().__init__("pdf_bar", parent)
        self.setAccessibleName(self.tr("PDF enregistré"))
        self.open_button = self.add_button(self.tr("&Ouvrir le PDF"))
        self.path = ""
        self.open_button.clicked.connect(self._on_open_clicked)

    def show_made(self, path: str, pages: int) -> None:
        """Say that the PDF ``path`` of ``pages`` pages is made."""
        self.path = path
        text = self.tr("PDF enregistré : %1 (%n page(s)).", "", pages)
        self.label.setText(text.replace("%1", path))
        self.show()

    @Slot()
    def _on_open_clicked(self) -> None:
        self.hide()
        self.open_requested.emit(self.path)
