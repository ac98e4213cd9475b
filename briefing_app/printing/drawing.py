"""Laid-out pages drawn on a paged device (a PDF file, a printer), each with what runs
around it: a running header (the briefing, the section) over a rule, and a footer."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QPalette, QPen

from briefing_app.printing.layout import PagedText
from briefing_app.printing.pagetext import SERIF
from briefing_app.printing.paper import SMALL_POINTS

Around = Callable[[int], tuple[str, str, str, str]]
Progress = Callable[[int, int], None]


def draw_pages(
    text: PagedText,
    painter: QPainter,
    pages: Iterable[int],
    around: Around,
    progress: Progress | None = None,
) -> None:
    """Draw ``pages`` (from 0) of ``text``, each on a page of its own, with what
    ``around`` says of each: header left and right, footer left and right ("" for none);
    ``progress`` is told of each page drawn (pages drawn, pages in all)."""
    layout = text.document.documentLayout()
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()  # not the screen's: a dark theme's never reaches paper
    small = QFont()  # the header's and the footer's: the text's own family (one more
    small.setFamilies(SERIF)  # font to embed made a PDF 15 % slower to write)
    small.setPointSizeF(SMALL_POINTS)
    pages = list(pages)
    for number, page in enumerate(pages):
        if progress is not None:
            progress(number, len(pages))
        if number:
            text.device.newPage()
        top = page * text.page_height
        painter.save()
        painter.translate(text.body.left(), text.body.top() - top)
        # Half a pixel in from each edge: a line that ends where the page ends, or starts
        # where the next begins, is then outside, and not drawn again there (clipped out
        # of sight, but still in the PDF's text).
        clip = QRectF(0, top + 0.5, text.body.width(), text.page_height - 1)
        painter.setClipRect(clip)
        context.clip = clip
        layout.draw(painter, context)
        painter.restore()
        _draw_around(text, painter, small, *around(page))


def paper_palette() -> QPalette:
    """Black on white, whatever the screen's colours (the text's own colours aside)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Text, "#000000"),
        (QPalette.ColorRole.WindowText, "#000000"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Link, "#123f80"),
        (QPalette.ColorRole.LinkVisited, "#123f80"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _draw_around(
    text: PagedText,
    painter: QPainter,
    font: QFont,
    head_left: str,
    head_right: str,
    foot_left: str,
    foot_right: str,
) -> None:
    if not any((head_left, head_right, foot_left, foot_right)):
        return
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    header, footer = text.paper.header_band(text.dpi), text.paper.footer_band(text.dpi)
    middle = Qt.AlignmentFlag.AlignVCenter
    half = int(header.width() / 2 - text.dpi / 10)
    metrics = painter.fontMetrics()
    for band, left, right in ((header, head_left, head_right), (footer, foot_left, foot_right)):
        left = metrics.elidedText(left, Qt.TextElideMode.ElideRight, half)
        right = metrics.elidedText(right, Qt.TextElideMode.ElideRight, half)
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | middle, left)
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | middle, right)
    if head_left or head_right:
        pen = QPen(QColor("#9a9a9a"))
        pen.setWidthF(text.dpi / 300)
        painter.setPen(pen)
        painter.drawLine(header.bottomLeft(), header.bottomRight())
    painter.restore()
