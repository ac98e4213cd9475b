"""A briefing on paper: the whole of it, or the sections chosen, on a PDF file or on any
paged device (the window hands its printer). Each page has a running header (the
briefing's title, the section) and a footer (« page 3 / 12 », the briefing's date and
source)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QPainter

from briefing_app.core.content.model import Briefing, Rendered
from briefing_app.core.content.sections import section_html
from briefing_app.printing.drawing import draw_pages
from briefing_app.printing.layout import PagedText
from briefing_app.printing.pagetext import briefing_header, display_date
from briefing_app.printing.paper import Paper, default_paper, print_stylesheet
from briefing_app.printing.pdf import PrintError, write_pdf


def tr(text: str) -> str:
    """``text`` in the interface's language (Qt's translations, context « Printing »)."""
    return QCoreApplication.translate("Printing", text)


def page_label(page: int, pages: int) -> str:
    """« page 3 / 12 » (``page`` from 0)."""
    return tr("page %1 / %2").replace("%1", str(page + 1)).replace("%2", str(pages))


def check_sections(briefing: Briefing, sections: Sequence[str]) -> None:
    """Refuse sections the briefing does not have.

    Raises:
        PrintError: names the first one and the briefing.
    """
    known = {section.id for section in briefing.sections}
    for anchor in sections:
        if anchor not in known:
            raise PrintError(f"section « {anchor} » introuvable dans « {briefing.id} »")


class PrintedBriefing:
    """A briefing laid out in pages (``sections``: only those, in the briefing's order)."""

    def __init__(
        self,
        briefing: Briefing,
        rendered: Rendered,
        device: QPagedPaintDevice,
        paper: Paper,
        sections: Sequence[str] = (),
    ) -> None:
        """Lay ``briefing`` out for ``device``."""
        body = section_html(rendered.html, rendered.toc, set(sections)) if sections else None
        html = briefing_header(briefing) + (rendered.html if body is None else body)
        self.briefing = briefing
        folders = {"": briefing.folder}
        self.text = PagedText(html, paper, device, print_stylesheet(), folders)
        self.pages = self.text.page_count()
        details = [display_date(briefing.date), briefing.source]
        self._footer = " · ".join(part for part in details if part)

    def around(self, page: int) -> tuple[str, str, str, str]:
        """The running header and the footer of ``page``."""
        _title, section = self.text.running(page)
        return self.briefing.title, section, page_label(page, self.pages), self._footer

    def draw(self, painter: QPainter, pages: Iterable[int] | None = None) -> None:
        """Draw ``pages`` (from 0; all by default), each on a page of its own."""
        draw_pages(self.text, painter, range(self.pages) if pages is None else pages, self.around)


def briefing_pdf(
    briefing: Briefing,
    rendered: Rendered,
    path: Path,
    sections: Sequence[str] = (),
    paper: Paper | None = None,
) -> int:
    """Write ``briefing`` (or its ``sections``) to the PDF ``path``; return its pages.

    Raises:
        PrintError: a section it does not have, or a file that cannot be written (no
            file is left behind).
    """
    check_sections(briefing, sections)
    paper = paper or default_paper()
    pages: list[int] = []

    def draw(device: QPagedPaintDevice, painter: QPainter) -> None:
        printed = PrintedBriefing(briefing, rendered, device, paper, sections)
        printed.draw(painter)
        pages.append(printed.pages)

    write_pdf(path, paper, briefing.title, briefing.source or "Briefings", draw)
    return pages[0]
