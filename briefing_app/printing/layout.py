"""Pages laid out from HTML: a QTextDocument cut into the paper's text area (``drawing``
draws them, a running header and a footer around each).

The text is the briefing's own HTML, the reader's pass, in the print stylesheet. Before
the pages are drawn, the layout follows the rules of print: a heading is never left
alone at the foot of a page (it moves to the next one, with its text), nor a short list
item or a framed note cut by one, a paragraph running onto the next page is cut there,
and a table cut by a page repeats its header row. What a page shows in its running
header (the briefing, the section) is read from the headings met so far. Links and
anchors reach the PDF as links and destinations (Qt's PDF writer makes them from the
text's own).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

from briefing_app.printing.pagetext import IMAGE_RESOURCE, SERIF, page_image, take_heading_ids
from briefing_app.printing.paper import BODY_POINTS, Paper

CUT_ROUNDS = 3  # rounds of cutting paragraphs where pages end, at most
LINE_SEPARATOR = "\u2028"  # a <br> in Qt's text
MAX_LINKED_HEADINGS = 2000  # past this, headings lose their ids (Qt's import is quadratic)


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
        paginated: bool = True,
    ) -> None:
        """Lay ``html`` out for ``device`` (its resolution) on ``paper``; images from
        ``folders`` (see ``PageText``). ``paginated`` False: the caller changes the text
        first (cheaply: nothing is laid out yet), then calls ``paginate``."""
        self.paper, self.device = paper, device
        self.dpi = float(device.logicalDpiY())
        self.body = paper.body(self.dpi)
        # Qt lays text out in 1/64ths of a pixel: a page height it rounds otherwise would
        # put a page's first line on the page before, here.
        self.page_height = math.floor(self.body.height() * 64) / 64
        self._marks: list[Mark] | None = None
        self.document = PageText(folders or {})
        self.document.setPageSize(QSizeF(0, 0))  # no layout until the text is complete
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
        if paginated:
            self.paginate()

    def paginate(self) -> None:
        """Lay the text out in pages, then follow the rules of print (``settle``)."""
        self.document.setPageSize(QSizeF(self.body.width(), self.page_height))
        self.document.documentLayout().blockBoundingRect(self.document.lastBlock())
        self.settle()

    def relayout(self) -> None:
        """Lay the whole text out again, to its end, in one pass: what the text would be
        laid out as afresh. (Qt lays a new text or page size out in steps, when idle or
        asked where a block is; a text laid out in steps after changes was seen to differ
        from the same in one pass: a line left across the end of a page.)"""
        layout = self.document.documentLayout()
        layout.blockBoundingRect(self.document.lastBlock())  # the steps still to come
        self.document.markContentsDirty(0, self.document.characterCount())
        layout.blockBoundingRect(self.document.lastBlock())
        self._marks = None

    # --- the rules of print --------------------------------------------------------------

    def settle(self) -> None:
        """Follow the rules of print: no heading left alone at the foot of a page (it goes
        to the next, with the headings right above it), no short list item nor framed
        note cut by a page (it goes to the next), and each paragraph that runs onto the
        next page cut in two where the page ends (see ``_cut_at_pages``).

        One walk down the text sends what must go, each time laying out again what
        follows; the cuts, which move nothing, come after, and their rounds go on until
        none is left to make (one more cut, should Qt lay out a cut otherwise)."""
        self._keep_together()
        for _ in range(CUT_ROUNDS):
            if not self._cut_at_pages():
                break
        self._marks = None

    def _keep_together(self) -> None:
        """Send to the next page each lone heading, short list item or note cut by the end
        of its page. One that starts a page by a break of its own (already sent, or so
        written) stays: a page could not hold it and what must go with it."""
        boxes = {  # the framed notes, by their first block's position (tables aside)
            frame.firstPosition(): frame
            for frame in self.document.rootFrame().childFrames()
            if not isinstance(frame, QTextTable)
        }
        block = self.document.begin()
        while block.isValid():
            text_format = block.blockFormat()
            heading = text_format.headingLevel() > 0
            box = boxes.get(block.position())
            if not (heading or box or block.textList() is not None):
                pass  # a paragraph (the common case, looked at no further)
            elif _breaks_before(text_format):
                pass
            elif heading:
                if self._alone(block):
                    self._heading_to_next_page(block)
            elif box is not None:
                last = box.lastCursorPosition().block()
                if not _breaks_before(box.frameFormat()) and self._short_and_cut(block, last):
                    breaking = box.frameFormat()
                    breaking.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    box.setFrameFormat(breaking)
                    self._relayout_from(box.firstPosition())
            elif self._short_and_cut(block, block):  # a list item
                self._start_page(block)
            block = block.next()

    def _short_and_cut(self, first: QTextBlock, last: QTextBlock) -> bool:
        """Whether the text from ``first`` to ``last`` is cut by the end of a page, and
        short enough to go whole onto the next (a third of a page at most)."""
        if self.page_of(first) == self.page_of(last, last=True):
            return False
        return self.y_of(last, last=True) - self.y_of(first) <= self.page_height / 3

    def _heading_to_next_page(self, heading: QTextBlock) -> None:
        """Start a page with ``heading``, or with the headings right above it on its page
        (a title and its first section's heading go over together), unless they start a
        page already."""
        first, page = heading, self.page_of(heading)
        while (
            first.previous().isValid()
            and first.previous().blockFormat().headingLevel() > 0
            and self.page_of(first.previous()) == page
        ):
            first = first.previous()
        if _breaks_before(first.blockFormat()) or self.y_of(first) < page * self.page_height + 1:
            return
        self._start_page(first)

    def _start_page(self, block: QTextBlock) -> None:
        """Have ``block`` start a page."""
        before = QTextBlockFormat()
        before.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).mergeBlockFormat(before)
        self._relayout_from(block.position())

    def _relayout_from(self, position: int) -> None:
        """Lay out again all that follows ``position``: after a change, Qt would only move
        its lines down (a paragraph that ran over a page would keep the gap)."""
        self.document.markContentsDirty(position, self.document.characterCount() - position)
        self.document.documentLayout().blockBoundingRect(self.document.lastBlock())

    def _cut_at_pages(self) -> bool:
        """Cut each paragraph (long list item, table cell's paragraph) that runs onto the
        next page into two, where the page ends: the first keeps no bottom margin, the
        second no top margin nor indent (nor bullet), so the pages stay as they were.
        Return whether any was cut.

        Qt draws a page's text from the block's line just above the page (out of sight,
        clipped, but in the PDF's text all the same): a paragraph cut by a page had its
        last line of one page in the next page's text too, and a search found it twice.
        """
        cuts: list[tuple[int, float]] = []  # where, the bottom margin of what follows
        for block in self._blocks():
            lines = self._lines_on_next_pages(block)
            for number, line in enumerate(lines, start=1):
                bottom = block.blockFormat().bottomMargin() if number == len(lines) else 0
                cuts.append((block.position() + block.layout().lineAt(line).textStart(), bottom))
        for start, bottom in reversed(cuts):  # from the end: the positions hold
            self._cut(start, bottom)
        return bool(cuts)

    def _cut(self, start: int, bottom: float) -> None:
        """Make ``start`` begin a paragraph of its own, with a ``bottom`` margin."""
        cursor = QTextCursor(self.document)
        cursor.setPosition(start)
        cursor.beginEditBlock()  # one change for Qt to lay out, not three
        ending = QTextBlockFormat()
        ending.setBottomMargin(0)
        cursor.mergeBlockFormat(ending)
        if self.document.characterAt(start - 1) == LINE_SEPARATOR:  # a <br> ends the line
            cursor.deletePreviousChar()  # (kept, it would make a line of its own)
        cursor.insertBlock()
        beginning = QTextBlockFormat()
        beginning.setBottomMargin(bottom)
        beginning.setTopMargin(0)
        beginning.setTextIndent(0)
        beginning.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        items = cursor.block().textList()
        if items is not None:  # the rest of a list item: no second bullet
            items.remove(cursor.block())
            beginning.setIndent(items.format().indent())
        cursor.mergeBlockFormat(beginning)
        cursor.endEditBlock()

    def _lines_on_next_pages(self, block: QTextBlock) -> list[int]:
        """The lines of ``block`` that each begin a page (none for a block on one page)."""
        layout = block.layout()
        if layout is None or layout.lineCount() < 2:
            return []
        top = self.document.documentLayout().blockBoundingRect(block).top()
        count = layout.lineCount()
        if (top + layout.lineAt(0).y()) // self.page_height == (
            top + layout.lineAt(count - 1).y()
        ) // self.page_height:
            return []  # on one page
        pages = [int((top + layout.lineAt(n).y()) // self.page_height) for n in range(count)]
        return [n for n in range(1, len(pages)) if pages[n] != pages[n - 1]]

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

    def anchors(self) -> dict[str, tuple[int, int]]:
        """Each named anchor of the text (``id`` and ``name``): its position in the text
        and its page (from 0; 0 before the text is laid out in pages)."""
        found: dict[str, tuple[int, int]] = {}
        for block in self._blocks():
            page = -1
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                for name in fragment.charFormat().anchorNames():
                    if page < 0:
                        page = self.page_of(block)
                    found.setdefault(name, (fragment.position(), page))
                fragments += 1
        return found

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


def _breaks_before(text_format: QTextBlockFormat | QTextFrameFormat) -> bool:
    """Whether a block or frame of this format starts a page of its own."""
    return bool(text_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
