"""``--self-test``: load, render and show everything offscreen; report in one line."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.model import Library
from briefing_app.core.content.pages import PageCache, rendered_page
from briefing_app.core.content.problems import ContentError
from briefing_app.core.paths import AppPaths
from briefing_app.core.session import Session

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

FONT_SAMPLE = "aé"  # a plain letter and an accented one: French needs both
FONT_PACKAGE = "fonts-dejavu-core"  # Debian's and Ubuntu's basic font package


def self_test(folders: Sequence[Path], paths: AppPaths | None) -> int:
    """Return 0 when the whole chain works on ``folders``; print the reason otherwise."""
    with tempfile.TemporaryDirectory(prefix="briefing-self-test-") as scratch:
        try:
            return _run(folders, paths or AppPaths.resolve(Path(scratch)))
        except _BrokenQtError as broken:
            faults = broken.faults  # reported once the scratch folder is gone
        except Exception as error:  # a self-test reports any fault instead of raising
            print(f"self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    _leave_at_once(faults)


class _BrokenQtError(Exception):
    """The Qt bindings lose references (see qt_soundness): nothing else is tried."""

    def __init__(self, faults: list[str]) -> None:
        super().__init__(faults)
        self.faults = faults


def _run(folders: Sequence[Path], paths: AppPaths) -> int:
    start = time.perf_counter()
    library = load_library(folders, paths.cache)
    faults = [str(problem) for problem in library.problems]
    if not library.briefings:
        faults.append("aucun briefing chargé")
    sections = 0
    for briefing in library.briefings:
        try:
            rendered = rendered_page(briefing)
        except ContentError as error:
            faults.append(f"{briefing.path}: {error.message}")
            continue
        if rendered.toc != briefing.sections:
            faults.append(f"{briefing.path}: le sommaire ne correspond pas au texte")
        sections += len(rendered.toc)

    hits = _search_check(library, paths, faults)

    from PySide6.QtCore import qInstallMessageHandler

    from briefing_app.gui.app import application, build_window
    from briefing_app.gui.qt_soundness import qt_faults

    qInstallMessageHandler(_quiet_offscreen_notes)
    application()
    broken_qt = qt_faults()  # first: a faulty Qt would abort Python later in the test
    if broken_qt:
        raise _BrokenQtError(broken_qt)
    window = build_window(Session(tuple(folders), paths))
    faults += font_faults(window.reader.document().defaultFont())
    window.show()
    shown = window.isVisible() and window.reader.document().characterCount() > 1
    window.close()
    if not shown:
        faults.append("la fenêtre ne s’est pas affichée")
    printed = _print_check(library, paths, faults) if library.briefings else 0
    if faults:
        for fault in faults:
            print(f"self-test FAILED: {fault}", file=sys.stderr)
        return 1
    elapsed = (time.perf_counter() - start) * 1000
    print(
        f"self-test ok: {len(library.briefings)} briefing(s), {sections} section(s) rendered, "
        f"{hits} search hit(s), Qt references sound, window shown, {printed} page(s) printed "
        f"({elapsed:.0f} ms)"
    )
    return 0


def _print_check(library: Library, paths: AppPaths, faults: list[str]) -> int:
    """Print the first briefing on a printer (to a PDF file): the printing support is in
    the program, and lays pages out. Return the pages printed."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter

    from briefing_app.printing.briefing import PrintedBriefing
    from briefing_app.printing.paper import default_paper

    briefing = library.briefings[0]
    target = paths.cache / "self-test.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    try:
        printed = PrintedBriefing(briefing, rendered_page(briefing), printer, default_paper())
        painter = QPainter(printer)
        printed.draw(painter)
        painter.end()
        if not target.is_file() or target.stat().st_size < 1000:
            faults.append("l’impression n’a rien produit")
    except ContentError as error:
        faults.append(f"impression impossible : {error.message}")
        return 0
    finally:
        target.unlink(missing_ok=True)
    return printed.pages


def _leave_at_once(faults: list[str]) -> NoReturn:
    """Report a faulty Qt and exit with 1 at once: the references it lost would make
    Python abort while shutting down (see qt_soundness)."""
    for fault in faults:
        print(f"self-test FAILED: {fault}", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(1)


def font_faults(font: QFont) -> list[str]:
    """The fault, in French, if ``font`` (the reader's) would show boxes instead of
    letters: no font found for it, or no glyph for a plain or an accented letter."""
    from PySide6.QtGui import QFontInfo, QFontMetrics

    metrics = QFontMetrics(font)
    missing = [char for char in FONT_SAMPLE if not metrics.inFontUcs4(ord(char))]
    if QFontInfo(font).family() and not missing:
        return []
    letters = ", ".join(f"« {char} »" for char in missing or FONT_SAMPLE)
    return [
        f"aucune police utilisable : le texte s’afficherait en carrés (aucun glyphe pour "
        f"{letters}). Installez le paquet {FONT_PACKAGE} (sudo apt-get install {FONT_PACKAGE})."
    ]


def _quiet_offscreen_notes(_kind: object, _context: object, message: str) -> None:
    """Keep the offscreen plugin's notes ("does not support ...") out of the report."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def _search_check(library: Library, paths: AppPaths, faults: list[str]) -> int:
    """Index the library and find each briefing by its title; return the hits found."""
    from briefing_app.core.search import user_index

    index = user_index(paths.search_index)
    try:
        index.update(library, PageCache(paths.cache))
        hits = 0
        for briefing in library.briefings:
            found = [hit.briefing for hit in index.search(f'"{briefing.title}"').hits]
            if briefing.id not in found:
                faults.append(f"{briefing.path}: introuvable par son titre dans la recherche")
            hits += len(found)
        return hits
    finally:
        index.close()
