"""Pages laid out from HTML: a QTextDocument cut into the paper's text area, with a
running header and footer drawn around each page.

The text is the briefing's own HTML, the reader's pass, in the print stylesheet. Before
the pages are drawn, the layout follows the rules of print: a heading is never left
alone at the foot of a page (it moves to the next one, with its text), a list item's
lines stay together, and a table cut by a page repeats its header row. What a page
shows in its running header (the briefing, the section) is read from the headings met
so far. Links and anchors reach the PDF as links and destinations (Qt's PDF writer
makes them from the text's own).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from briefing_app.printing.pagetext import IMAGE_RESOURCE, SERIF, page_image, take_heading_ids
from briefing_app.printing.paper import BODY_POINTS, SMALL_POINTS, Paper

MAX_LINKED_HEADINGS = 2000  # past this, headings lose their ids (Qt's import is quadratic)
KEEP_PASSES = 25  # rounds of moving lone headings to the next page, at most
SPLIT_PASSES = 5  # rounds of cutting paragraphs where pages end, at most
SANS = ["Source Sans 3", "Open Sans", "DejaVu Sans", "sans-serif"]


class PageText(QTextDocument):
    """A printed page's text: images only from their briefing's own folder.

    ``folders``: the briefing's folder under "", and, for a text of several briefings,
    each one's under its key: an image ``@key/name.png`` is ``name.png`` of that one.
    """

    def __init__(self, folders: Mapping[str, Path]) -> None:
        super().__init__()
        self._folders = dict(folders)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """The briefing's own images (a placeholder for any other); nothing else."""
        if int(kind) != IMAGE_RESOURCE:
            return None
        src = url.toString() if isinstance(url, QUrl) else str(url)
        key, _, name = src[1:].partition("/") if src.startswith("@") else ("", "", src)
        return page_image(self._folders.get(key), name)


@dataclass(frozen=True)
class Mark:
    """A heading met in the text: where (document y), its level and its text."""

    y: float
    level: int
    text: str


class PagedText:
    """An HTML text laid out in pages of ``paper`` on ``device`` (see module docstring).

    Attributes:
        document: the laid-out QTextDocument (cursors may change it: call ``settle``).
        page_height: the height of a page's text area, in device pixels.
    """

    def __init__(
        self,
        html: str,
        paper: Paper,
        device: QPagedPaintDevice,
        stylesheet: str,
        folders: Mapping[str, Path] | None = None,
        *,
        settled: bool = True,
    ) -> None:
        """Lay ``html`` out for ``device`` (its resolution) on ``paper``; images from
        ``folders`` (see ``PageText``). ``settled`` False: the caller changes the text
        first, then calls ``settle``."""
        self.paper, self.device = paper, device
        self.dpi = float(device.logicalDpiY())
        self.body = paper.body(self.dpi)
        # Qt lays text out in 1/64ths of a pixel: a page height it rounds otherwise would
        # put a page's first line on the page before, here.
        self.page_height = math.floor(self.body.height() * 64) / 64
        self.document = PageText(folders or {})
        self.document.setDefaultStyleSheet(stylesheet)
        font = QFont()
        font.setFamilies(SERIF)
        font.setPointSizeF(BODY_POINTS)
        self.document.setDefaultFont(font)
        self.document.documentLayout().setPaintDevice(device)  # the printer's metrics
        if html.count("<h") > MAX_LINKED_HEADINGS:
            html, _ids = take_heading_ids(html)
        self.document.setHtml(html)
        frame = self.document.rootFrame().frameFormat()
        frame.setMargin(0)
        self.document.rootFrame().setFrameFormat(frame)
        self.document.setPageSize(QSizeF(self.body.width(), self.page_height))
        self._marks: list[Mark] | None = None
        self._keep_lines_together()
        self.relayout()
        if settled:
            self.settle()

    # --- the rules of print --------------------------------------------------------------

    def _keep_lines_together(self) -> None:
        """List items and table cells are never cut by a page (a table's ``<thead>`` is
        repeated on each page it runs onto: Qt's import makes it its header row)."""
        together = QTextBlockFormat()
        together.setNonBreakableLines(True)
        for block in list(self._blocks()):
            cursor = QTextCursor(block)
            if block.textList() is not None or cursor.currentTable() is not None:
                cursor.mergeBlockFormat(together)

    def relayout(self) -> None:
        """Lay the whole text out again, to its end. After a change, Qt lays out what
        follows it only when idle (with an event loop), and drew none of it here."""
        self.document.markContentsDirty(0, self.document.characterCount())
        self.document.documentLayout().blockBoundingRect(self.document.lastBlock())
        self._marks = None

    def settle(self) -> None:
        """Move each heading left alone at the foot of a page to the next page, then cut
        the paragraphs that run onto a next page (see ``split_at_pages``)."""
        moved: set[int] = set()
        for _ in range(KEEP_PASSES):
            lone = next(
                (
                    block
                    for block in self._blocks()
                    if block.blockFormat().headingLevel() > 0
                    and block.blockNumber() not in moved
                    and self._alone(block)
                ),
                None,
            )
            if lone is None:
                break
            moved.add(lone.blockNumber())
            before = QTextBlockFormat()
            before.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(lone).mergeBlockFormat(before)
            self.relayout()
        self.split_at_pages()

    def split_at_pages(self) -> None:
        """Cut each paragraph that runs onto the next page into two, where the page ends.

        Qt draws a page's text from the block's line just above the page (out of sight,
        clipped, but in the PDF's text all the same): a paragraph cut by a page had its
        last line of one page in the next page's text too, and a search found it twice.
        """
        for _ in range(SPLIT_PASSES):
            cuts = [
                block.position() + block.layout().lineAt(line).textStart()
                for block in self._blocks()
                if QTextCursor(block).currentTable() is None
                for line in [self._first_line_on_next_page(block)]
                if line > 0
            ]
            if not cuts:
                return
            ending, beginning = QTextBlockFormat(), QTextBlockFormat()
            ending.setBottomMargin(0)
            beginning.setTopMargin(0)
            beginning.setTextIndent(0)
            beginning.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            for start in sorted(cuts, reverse=True):  # from the end: positions hold
                cursor = QTextCursor(self.document)
                cursor.setPosition(start)
                cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
                cursor.mergeBlockFormat(ending)
                cursor.setPosition(start)
                cursor.insertBlock()
                cursor.mergeBlockFormat(beginning)
            self.relayout()

    def _first_line_on_next_page(self, block: QTextBlock) -> int:
        """The first line of ``block`` on a later page than its first line (0: none)."""
        layout = block.layout()
        if layout is None or layout.lineCount() < 2:
            return 0
        top = self.document.documentLayout().blockBoundingRect(block).top()
        first = int((top + layout.lineAt(0).y()) // self.page_height)
        for number in range(1, layout.lineCount()):
            if int((top + layout.lineAt(number).y()) // self.page_height) != first:
                return number
        return 0

    def _alone(self, heading: QTextBlock) -> bool:
        """Whether what follows ``heading`` starts on a later page than it ends."""
        following = heading.next()
        if not following.isValid():
            return False
        return self.page_of(heading, last=True) < self.page_of(following)

    def _blocks(self) -> Iterable[QTextBlock]:
        block = self.document.begin()
        while block.isValid():
            yield block
            block = block.next()

    # --- where things are ----------------------------------------------------------------

    def y_of(self, block: QTextBlock, last: bool = False) -> float:
        """The document y of ``block``'s first (or last) line."""
        rect = self.document.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return rect.top()
        line = layout.lineAt(layout.lineCount() - 1 if last else 0)
        return rect.top() + line.y()

    def page_of(self, block: QTextBlock, last: bool = False) -> int:
        """The page (from 0) that holds ``block``'s first (or last) line."""
        return int(self.y_of(block, last) // self.page_height)

    def page_count(self) -> int:
        """How many pages the text takes."""
        return max(1, self.document.pageCount())

    def anchor_pages(self) -> dict[str, int]:
        """The page (from 0) of each named anchor of the text (``id`` and ``name``)."""
        pages: dict[str, int] = {}
        for block in self._blocks():
            fragments = block.begin()
            while not fragments.atEnd():
                names = fragments.fragment().charFormat().anchorNames()
                for name in names:
                    pages.setdefault(name, self.page_of(block))
                fragments += 1
        return pages

    def marks(self) -> list[Mark]:
        """The headings of the text, in order."""
        return [
            Mark(self.y_of(block), block.blockFormat().headingLevel(), block.text().strip())
            for block in self._blocks()
            if block.blockFormat().headingLevel() > 0 and block.text().strip()
        ]

    def running(self, page: int) -> tuple[str, str]:
        """What runs over ``page``: the last first-level heading met by its top (a
        briefing's title) and the last section heading met since."""
        if self._marks is None:
            self._marks = self.marks()
        top = page * self.page_height + self.page_height / 20  # a heading at the very top
        title = section = ""
        for mark in self._marks:
            if mark.y > top:
                break
            if mark.level == 1:
                title, section = mark.text, ""
            elif mark.level in (2, 3):
                section = mark.text
        return title, section

    # --- drawing -------------------------------------------------------------------------

    def draw(
        self,
        painter: QPainter,
        pages: Iterable[int],
        around: Callable[[int], tuple[str, str, str, str]],
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Draw ``pages`` (from 0), each on a page of its own, with what ``around`` says
        of each: header left and right, footer left and right ("" for none); ``progress``
        is told of each page drawn (pages drawn, pages in all)."""
        layout = self.document.documentLayout()
        pages = list(pages)
        for number, page in enumerate(pages):
            if progress is not None:
                progress(number, len(pages))
            if number:
                self.device.newPage()
            top = page * self.page_height
            painter.save()
            painter.translate(self.body.left(), self.body.top() - top)
            # Half a pixel in from each edge: a line that ends where the page ends, or
            # starts where the next begins, is then outside, and not drawn again there
            # (clipped out of sight, but still in the PDF's text).
            clip = QRectF(0, top + 0.5, self.body.width(), self.page_height - 1)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            layout.draw(painter, context)
            painter.restore()
            self._draw_around(painter, *around(page))

    def _draw_around(
        self, painter: QPainter, head_left: str, head_right: str, foot_left: str, foot_right: str
    ) -> None:
        if not any((head_left, head_right, foot_left, foot_right)):
            return
        painter.save()
        font = QFont()
        font.setFamilies(SANS)
        font.setPointSizeF(SMALL_POINTS)
        painter.setFont(font)
        painter.setPen(QColor("#333333"))
        header, footer = self.paper.header_band(self.dpi), self.paper.footer_band(self.dpi)
        middle = Qt.AlignmentFlag.AlignVCenter
        half = header.width() / 2 - self.dpi / 10
        for band, left, right in ((header, head_left, head_right), (footer, foot_left, foot_right)):
            metrics = painter.fontMetrics()
            left = metrics.elidedText(left, Qt.TextElideMode.ElideRight, int(half))
            right = metrics.elidedText(right, Qt.TextElideMode.ElideRight, int(half))
            painter.drawText(band, Qt.AlignmentFlag.AlignLeft | middle, left)
            painter.drawText(band, Qt.AlignmentFlag.AlignRight | middle, right)
        if head_left or head_right:
            pen = QPen(QColor("#9a9a9a"))
            pen.setWidthF(self.dpi / 300)
            painter.setPen(pen)
            painter.drawLine(header.bottomLeft(), header.bottomRight())
        painter.restore()
