"""A PDF file written whole or not at all: drawn into a file beside the target, then
renamed over it (a failure, or a process killed while drawing, leaves no partial file),
with its title and author in the document's metadata and its fonts embedded (Qt's PDF
writer embeds the glyphs it draws, and keeps the text selectable)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPainter, QPdfWriter

from briefing_app.core.messages import fill, translate
from briefing_app.printing.paper import Paper

DPI = 300  # the PDF's coordinates: text stays vector, this only sets their precision
CREATOR = "Briefings"


class PrintError(Exception):
    """A PDF or a print job that cannot be made; the message (French) says why."""


def write_pdf(
    path: Path,
    paper: Paper,
    title: str,
    author: str,
    draw: Callable[[QPdfWriter, QPainter], None],
) -> None:
    """Write the PDF ``draw`` paints (given the writer and its painter) to ``path``.

    Raises:
        PrintError: the folder cannot be written (nothing is left behind).
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if not path.parent.is_dir():
        message = translate("printing.pdf", "%1 : le dossier %2 n’existe pas")
        raise PrintError(fill(message, path, path.parent))
    try:
        with temporary.open("wb"):  # said in French here, before Qt only warns
            pass
    except OSError as error:
        raise PrintError(_cannot_write(path, error)) from None
    try:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(DPI)
        writer.setPageLayout(paper.page_layout())
        writer.setTitle(title)
        writer.setAuthor(author)
        writer.setCreator(CREATOR)
        painter = QPainter()
        if not painter.begin(writer):
            raise PrintError(fill(translate("printing.pdf", "%1 : impossible d’écrire"), path))
        try:
            draw(writer, painter)
        finally:
            painter.end()
        del writer  # the file is closed
        os.replace(temporary, path)
    except OSError as error:
        raise PrintError(_cannot_write(path, error)) from None
    finally:
        temporary.unlink(missing_ok=True)


def _cannot_write(path: Path, error: OSError) -> str:
    """Why ``path`` cannot be written: ``error``'s own words."""
    return fill(translate("printing.pdf", "%1 : impossible d’écrire (%2)"), path, error.strerror)
