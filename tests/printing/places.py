"""Where a laid-out text's blocks stand, to compare a layout with a fresh one."""

from __future__ import annotations

from briefing_app.printing.layout import PagedText


def block_places(text: PagedText) -> list[tuple[float, float]]:
    """The document y of each block's first and last line, in order."""
    places = []
    block = text.document.begin()
    while block.isValid():
        places.append((round(text.y_of(block), 2), round(text.y_of(block, last=True), 2)))
        block = block.next()
    return places


def laid_out_afresh(text: PagedText) -> bool:
    """Whether ``text`` stands as a fresh layout of it would (Qt's incremental layout
    after a change can differ from it: a line left across the end of a page)."""
    before = block_places(text)
    text.relayout()
    return block_places(text) == before


def lines_across_pages(text: PagedText) -> list[str]:
    """The lines that start on one page and end on the next (drawn half on each)."""
    layout, height = text.document.documentLayout(), text.page_height
    found = []
    block = text.document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for number in range(lines.lineCount()):
            line = lines.lineAt(number)
            start = top + line.y()
            if start // height != (start + line.height() - 0.01) // height:
                found.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return found
