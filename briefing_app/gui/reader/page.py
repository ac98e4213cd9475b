"""What the reader hands Qt besides the page: HTML whose headings carry no ids (Qt's HTML
import is quadratic in anchor names), the map from heading id to text block that
replaces them, and the placeholder shown for an image that is not loaded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt types named only in annotations: importing them costs start-up time
    from PySide6.QtGui import QTextBlock, QTextDocument

MAX_OTHER_IDS = 1000  # ids kept for Qt besides headings' (footnotes, explicit ones)
_HEADING_TAG = re.compile(r"<h[1-6]\b[^>]*>")
_ID_ATTRIBUTE = re.compile(r'\sid="([^"]*)"')


def take_heading_ids(html: str) -> tuple[str, list[str]]:
    """``html`` without its headings' ids (and with at most ``MAX_OTHER_IDS`` others),
    and the heading ids in page order ("" for a heading without one)."""
    heading_ids: list[str] = []

    def heading(match: re.Match[str]) -> str:
        found = _ID_ATTRIBUTE.search(match.group(0))
        heading_ids.append(found.group(1) if found else "")
        return _ID_ATTRIBUTE.sub("", match.group(0)) if found else match.group(0)

    html = _HEADING_TAG.sub(heading, html)
    kept = 0

    def other(match: re.Match[str]) -> str:
        nonlocal kept
        kept += 1
        return match.group(0) if kept <= MAX_OTHER_IDS else ""

    return _ID_ATTRIBUTE.sub(other, html), heading_ids


def heading_blocks(document: QTextDocument, heading_ids: list[str]) -> dict[str, QTextBlock]:
    """Each heading id with its block: the document's heading blocks, in page order,
    are the page's headings (the first block of an id wins, as in a browser)."""
    blocks: dict[str, QTextBlock] = {}
    ids = iter(heading_ids)
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            name = next(ids, None)
            if name is None:
                break
            if name:
                blocks.setdefault(name, block)
        block = block.next()
    return blocks


_placeholder: object = None


def placeholder_image() -> object:
    """A small grey frame shown for an image that is not loaded."""
    global _placeholder
    if _placeholder is None:
        from PySide6.QtGui import QColor, QImage, QPainter

        image = QImage(48, 32, QImage.Format.Format_ARGB32)
        image.fill(QColor("#eeeeee"))
        painter = QPainter(image)
        painter.setPen(QColor("#999999"))
        painter.drawRect(0, 0, 47, 31)
        painter.drawLine(0, 0, 47, 31)
        painter.drawLine(0, 31, 47, 0)
        painter.end()
        _placeholder = image
    return _placeholder
