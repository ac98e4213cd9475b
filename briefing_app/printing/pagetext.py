"""What the reader and the printed page share around a briefing's HTML: the top of its
page (title, date, source, summary), dates in French, HTML escaping, HTML whose headings
carry no ids (Qt's HTML import is quadratic in anchor names) with the map from heading
id to text block that replaces them, the images a page may show (its own folder's, or a
placeholder), and the reading font. QtCore and QtGui only: the window and the printing
both use it, the printing with no widget.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from briefing_app.core.content.model import Briefing
from briefing_app.core.messages import ENGLISH as ENGLISH_LANGUAGE
from briefing_app.core.messages import current_language

if TYPE_CHECKING:  # Qt types named only in annotations: importing them costs start-up time
    from pathlib import Path

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextBlock, QTextDocument

MAX_OTHER_IDS = 1000  # ids kept for Qt besides headings' (footnotes, explicit ones)
SERIF = ["Charter", "Georgia", "Source Serif 4", "DejaVu Serif", "Liberation Serif", "serif"]
IMAGE_RESOURCE = 2  # QTextDocument.ResourceType.ImageResource, without building the enum
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


def page_image(folder: Path | None, url: QUrl | str) -> object:
    """The image ``url`` names in a page whose briefing is in ``folder``: one of that
    folder's own (see ``core.resources``), else the placeholder (a remote image, one
    outside the folder, one that does not decode)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage  # on the first image (start-up time)

    from briefing_app.core.content.resources import ResourceRefusedError, read_image

    src = url.toString() if isinstance(url, QUrl) else str(url)
    if folder is not None:
        try:
            image = QImage.fromData(read_image(folder, src))
        except ResourceRefusedError:
            image = QImage()
        if not image.isNull():
            return image
    return placeholder_image()


FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def spoken_locale() -> QLocale:
    """The locale of the language the program speaks (``core.messages``): the window's
    and the command line's alike, whatever the system's."""
    return ENGLISH if current_language() == ENGLISH_LANGUAGE else FRENCH


def long_date(day: datetime.date, locale: QLocale | None = None) -> str:
    """A day as a meeting's date is written: « 12 mars 2027 » (« 12 March 2027 »)."""
    shown = locale or spoken_locale()
    return shown.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def display_date(iso: str, locale: QLocale | None = None) -> str:
    """ "2018" -> "2018", "2018-04" -> "avril 2018", "2018-05-25" -> "25 mai 2018" (in
    the language spoken, or ``locale``'s)."""
    parts = [int(part) for part in iso.split("-")]
    if len(parts) == 1:
        return iso
    date = QDate(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
    shown = locale or spoken_locale()
    return shown.toString(date, "MMMM yyyy" if len(parts) == 2 else "d MMMM yyyy")


def escape(text: str) -> str:
    """``text`` made safe inside HTML (the ``html`` module costs start-up time)."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def briefing_header(briefing: Briefing, extra: tuple[str, ...] = ()) -> str:
    """The top of a briefing's page, on screen and on paper: its title, a line of its
    date, source and theme (and ``extra``), and its summary."""
    details = [display_date(briefing.date)]
    details += [part for part in (briefing.source, briefing.theme, *extra) if part]
    meta = " · ".join(escape(part) for part in details)
    header = f"<h1>{escape(briefing.title)}</h1><p class='meta'>{meta}</p>"
    if briefing.summary:
        header += f"<p class='summary'>{escape(briefing.summary)}</p>"
    return header
