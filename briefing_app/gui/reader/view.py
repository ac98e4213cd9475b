"""The reading view: a QTextBrowser showing one rendered briefing.

It keeps a readable measure, scales with zoom, reports the section being read
(scroll-spy), highlights find-in-page matches, and loads nothing but the briefing's
own local images (``core.resources`` says which).

Qt's HTML import is quadratic in the number of anchor names (5,000 heading ids take
8 s, against 0.1 s without), so headings reach Qt without their ids: the reader finds
the heading blocks in page order and keeps its own map from anchor to block. Other
ids (footnotes, explicit ones) stay, up to ``page.MAX_OTHER_IDS``.

Signals:
    section_changed(str): the anchor of the section at the top of the view ("" before
        the first heading).
    first_painted(): the first paint with a briefing or a message shown.
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QFont, QFontMetricsF, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from briefing_app.core.textfold import find_all
from briefing_app.printing.pagetext import (
    IMAGE_RESOURCE,
    SERIF,
    escape,
    heading_blocks,
    page_image,
    take_heading_ids,
)

if TYPE_CHECKING:  # Qt types named only in annotations: importing them costs start-up time
    from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent, QTextBlock

MEASURE_CHARS = 70
BASE_POINT_SIZE = 12.0
ZOOM_FACTOR = 1.12
ZOOM_RANGE = (-5, 10)
_SPY_OFFSET = 24  # pixels below the top edge that still count as "being read"
FLASH_MS = 1500  # how long a passage jumped to stays highlighted


class Reader(QTextBrowser):
    """Shows one briefing at a time (see module docstring for signals)."""

    section_changed = Signal(str)
    first_painted = Signal()

    def __init__(self, stylesheet: str = "", parent: QWidget | None = None) -> None:
        """Create an empty reader using ``stylesheet`` (the reader CSS) for pages."""
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Texte du briefing"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(stylesheet)
        self.document().setDocumentMargin(24)
        self._zoom = 0
        self._anchors: list[str] = []
        self._order: dict[str, int] = {}  # TOC anchor -> its rank in reading order
        self._headings: dict[str, QTextBlock] = {}  # heading anchor -> its block
        self._folder: Path | None = None  # where the page's images may come from
        self._marks: tuple[list[float], list[str]] | None = None
        self._section = ""
        self._painted = False
        self._matches: list[tuple[int, int]] = []
        self._current_match = -1
        self._pending_position: float | None = None
        self._page: tuple[str, str, list[str], QUrl] | None = None  # shown again on a new look
        self._families = list(SERIF)
        self._points = BASE_POINT_SIZE
        self._measure_chars = MEASURE_CHARS
        self._mark_colours = ("#bb7d00", "#d85a00", "#000000")  # others, current, their text
        self._apply_font()
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._on_layout_changed)

    # --- pages ---------------------------------------------------------------------------

    def show_page(self, header_html: str, body_html: str, anchors: list[str], base: QUrl) -> None:
        """Show a page: ``anchors`` are the TOC ids in reading order (for scroll-spy)."""
        self._page = (header_html, body_html, list(anchors), base)
        self.clear_find()
        self.document().setBaseUrl(base)
        self._folder = Path(base.toLocalFile()) if base.isLocalFile() else None
        html, heading_ids = take_heading_ids(header_html + body_html)
        self.setHtml(html)
        self._headings = heading_blocks(self.document(), heading_ids)
        self._anchors = list(anchors)
        self._order = {name: rank for rank, name in reversed(list(enumerate(anchors)))}
        self._marks = None
        self._section = ""
        self._update_measure()
        self._on_scroll()

    def show_message(self, title: str, text: str) -> None:
        """Show a plain notice instead of a briefing (empty library, unreadable file)."""
        self.show_page(f"<h1>{escape(title)}</h1>", f"<p>{escape(text)}</p>", [], QUrl())

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """Images of the briefing's own folder only (see ``core.resources``); anything
        else, or an image that does not decode, shows a placeholder."""
        if int(kind) != IMAGE_RESOURCE:
            return None  # no style sheet, page or script is ever loaded
        return page_image(self._folder, url)

    # --- position --------------------------------------------------------------------------

    def position(self) -> float:
        """The scroll position as a fraction 0..1 of the page."""
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_position(self, fraction: float) -> None:
        """Scroll to ``fraction`` of the page (applied once the page is shown and laid out)."""
        fraction = min(max(fraction, 0.0), 1.0)
        bar = self.verticalScrollBar()
        if self.isVisible() and bar.maximum() > 0:
            bar.setValue(round(fraction * bar.maximum()))
            # Park the text cursor in view, or Qt scrolls back to it (at the top) on show:
            # at the start for the top (the page may not be laid out to the middle of
            # the view yet: under X11 the cursor landed at its end, and the view with it).
            view = self.viewport().rect()
            cursor = (
                self.cursorForPosition(view.center())
                if fraction > 0
                else QTextCursor(self.document())
            )
            self.setTextCursor(cursor)
            self._pending_position = None
        else:
            self._pending_position = fraction if fraction > 0 else None

    @Slot(int, int)
    def _on_range_changed(self, _minimum: int, _maximum: int) -> None:
        if self._pending_position is not None:
            self.set_position(self._pending_position)

    def showEvent(self, event: QShowEvent) -> None:
        """Apply a position restored before the window was shown."""
        super().showEvent(event)
        if self._pending_position is not None:
            self.set_position(self._pending_position)

    def scroll_to_section(self, anchor: str) -> None:
        """Bring a section to the top; it becomes the current one even if the page is too
        short to scroll that far."""
        block = self._headings.get(anchor)
        if block is None:
            self.scrollToAnchor(anchor)  # a footnote or another id Qt knows
        else:
            top = self.document().documentLayout().blockBoundingRect(block).top()
            self.verticalScrollBar().setValue(round(top))
        if anchor in self._order and anchor != self._section:
            self._section = anchor
            self.section_changed.emit(anchor)

    def section_start(self, anchor: str) -> int:
        """The text position where a section's heading starts (0 if it is not found)."""
        block = self._headings.get(anchor)
        return block.position() if block is not None else 0

    def current_section(self) -> str:
        """The anchor of the section being read, or ""."""
        return self._section

    def section_at(self, position: int) -> str:
        """The anchor of the section holding a text position ("" before the first heading)."""
        starts = sorted(
            (block.position(), self._order[name])
            for name, block in self._headings.items()
            if name in self._order
        )
        index = bisect.bisect_right(starts, (position, len(self._order))) - 1
        return self._anchors[starts[index][1]] if index >= 0 else ""

    def reading_fraction(self) -> float:
        """How far down the page the reader is, 0..1 (1 when a shown page fits the view)."""
        if self._pending_position is not None:  # restored, not yet laid out
            return self._pending_position
        bar = self.verticalScrollBar()
        if bar.maximum() > 0:
            return bar.value() / bar.maximum()
        return 1.0 if self.isVisible() and not self.document().isEmpty() else 0.0

    def flash(self, start: int, end: int) -> None:
        """Select the passage at ``start..end``, bring it to the upper part of the view and
        highlight it for a moment."""
        self.show_matches([(start, end)], start)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - self.height() // 4)
        span = self._matches[:]
        QTimer.singleShot(FLASH_MS, self, lambda: self._end_flash(span))

    def _end_flash(self, span: list[tuple[int, int]]) -> None:
        if self._matches == span:  # not replaced by a search or a find meanwhile
            self.clear_find()

    # --- zoom and measure ----------------------------------------------------------------------

    def zoom(self) -> int:
        """Zoom steps from the normal size (negative is smaller)."""
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        """Set the zoom, keeping the reading position."""
        steps = min(max(steps, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        if steps == self._zoom:
            return
        position = self.position()
        self._zoom = steps
        self._apply_font()
        self._update_measure()
        self.set_position(position)

    def set_look(
        self,
        stylesheet: str,
        background: str,
        font: tuple[list[str], float, int],
        marks: tuple[str, str, str],
    ) -> None:
        """Read with ``stylesheet`` (the reader CSS, in a theme's colours) on
        ``background``; ``font``: its families, its size in points (before the zoom)
        and the characters a line holds; ``marks``: the colours of matches, of the
        current one, and of their text. The page shown is shown again, where it was,
        its matches still highlighted."""
        from PySide6.QtGui import QColor, QPalette

        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(background))
        self.setPalette(palette)
        self.document().setDefaultStyleSheet(stylesheet)
        families, self._points, self._measure_chars = font
        self._families = list(families)
        self._mark_colours = marks
        self._apply_font()
        if self._page is None:
            self._update_measure()
            return
        position, matches, current = self.position(), self._matches, self._current_match
        self.show_page(*self._page)
        self.set_position(position)
        self._matches, self._current_match = matches, current
        self._paint_matches()

    def _apply_font(self) -> None:
        font = QFont()
        font.setFamilies(self._families)
        font.setPointSizeF(self._points * ZOOM_FACTOR**self._zoom)
        self.document().setDefaultFont(font)

    def _update_measure(self) -> None:
        """Centre a column of about the measure's characters."""
        metrics = QFontMetricsF(self.document().defaultFont())
        measure = metrics.averageCharWidth() * self._measure_chars
        # maximumViewportSize(), not viewport(): the first viewport() call costs ~12 ms of
        # PySide type set-up, which is most of the start-up budget over a bare window.
        view_width = self.maximumViewportSize().width()
        spare = view_width - measure - 2 * self.document().documentMargin()
        side = max(spare / 2, 0.0)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) >= 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the measure centred as the window changes size."""
        super().resizeEvent(event)
        self._update_measure()

    # --- scroll-spy --------------------------------------------------------------------------

    @Slot()
    def _on_layout_changed(self) -> None:
        self._marks = None

    def _spy_marks(self) -> tuple[list[float], list[str]]:
        """Tops of the TOC headings in the laid-out page, and their anchors, top to bottom."""
        if self._marks is None:
            layout = self.document().documentLayout()
            ordered = sorted(
                (layout.blockBoundingRect(block).top(), self._order[name], name)
                for name, block in self._headings.items()
                if name in self._order
            )
            self._marks = ([top for top, _, _ in ordered], [name for _, _, name in ordered])
        return self._marks

    @Slot()
    def _on_scroll(self) -> None:
        tops, names = self._spy_marks()
        bar = self.verticalScrollBar()
        line = bar.value() + _SPY_OFFSET
        if bar.maximum() > 0 and bar.value() >= bar.maximum():
            # At the very end the last sections cannot reach the top: the lowest visible wins.
            line = bar.value() + self.maximumViewportSize().height() - _SPY_OFFSET
        index = bisect.bisect_right(tops, line) - 1
        section = names[index] if index >= 0 else ""
        if section != self._section:
            self._section = section
            self.section_changed.emit(section)

    # --- find in page --------------------------------------------------------------------------

    def find_text(self, needle: str) -> int:
        """Highlight every match of ``needle`` (case- and accent-insensitive); return the count."""
        return self.show_matches(find_all(self.document().toPlainText(), needle))

    def show_matches(self, spans: list[tuple[int, int]], start: int | None = None) -> int:
        """Highlight ``spans`` (plain-text positions) and go to the first one at ``start``
        or after it (by default, the first one in view or below)."""
        self._matches = list(spans)
        self._current_match = -1
        if self._matches:
            top = self.cursorForPosition(QPoint(0, 0)).position() if start is None else start
            later = [i for i, (start, _) in enumerate(self._matches) if start >= top]
            self._current_match = (later[0] if later else 0) - 1
            return self.step_match(1)
        self._paint_matches()
        return 0

    def step_match(self, step: int) -> int:
        """Go to the next (+1) or previous (-1) match; return the number of matches."""
        if self._matches:
            self._current_match = (self._current_match + step) % len(self._matches)
            start, end = self._matches[self._current_match]
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        self._paint_matches()
        return len(self._matches)

    def match_count(self) -> int:
        """How many matches are highlighted (find in page, or a search's words)."""
        return len(self._matches)

    def match_index(self) -> int:
        """The 0-based index of the current match, or -1."""
        return self._current_match

    def clear_find(self) -> None:
        """Remove find highlights."""
        self._matches = []
        self._current_match = -1
        self.setExtraSelections([])

    def _paint_matches(self) -> None:
        # Imported on first use: these types cost start-up time and only find needs them.
        from PySide6.QtGui import QColor, QTextCharFormat
        from PySide6.QtWidgets import QTextEdit

        selections = []
        for index, (start, end) in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            others, current, text = self._mark_colours
            fmt.setBackground(QColor(current if index == self._current_match else others))
            fmt.setForeground(QColor(text))
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    # --- first paint -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, and report the first paint of a page (start-up measurement)."""
        super().paintEvent(event)
        if not self._painted and not self.document().isEmpty():
            self._painted = True
            self.first_painted.emit()
