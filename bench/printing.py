"""Printing benchmark: the seed briefing, a 20-section generated briefing and a meeting
file of 50 bookmarks over 20 generated briefings, each to a PDF, against the bare cost
of QTextDocument.print_ of the same HTML (same stylesheet, font, page size and PDF
resolution), in one run; then the window's GUI thread while that dossier is made.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/printing.py [--runs 7] [--no-window]``

The generated briefings use real French word frequencies and say they are synthetic.
Each case runs ``--runs`` times, the app and the bare print taking turns; the medians
are compared. The dossier's bare print is of its text as laid out (``toHtml``: notes
in their boxes, quotes highlighted), so that both print the same. Budgets: seed
≤ 300 ms, dossier ≤ 3 s, each ratio to the bare print ≤ 1.5.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path, not the repository
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

from bench.changes_diff import versions
from bench.make_corpus import make_corpus
from briefing_app.core.bookmarks.placing import make_bookmark, reanchor
from briefing_app.core.content.model import Briefing
from briefing_app.core.content.pages import PageCache, rendered_page
from briefing_app.core.content.sections import split_sections
from briefing_app.core.dossier import Dossier, chosen_bookmarks, plan_dossier
from briefing_app.core.paths import bundled_content_dir
from briefing_app.core.session import Session
from briefing_app.printing.application import ensure_application
from briefing_app.printing.briefing import briefing_pdf
from briefing_app.printing.dossier import PrintedDossier, dossier_pdf
from briefing_app.printing.pagetext import SERIF, briefing_header
from briefing_app.printing.paper import BODY_POINTS, default_paper, print_stylesheet
from briefing_app.printing.pdf import DPI

LABEL = "Conseil de mesure (généré)"


def bare_print(html: str, path: Path) -> None:
    """QTextDocument.print_ of ``html``: Qt's own print, the baseline."""
    paper = default_paper()
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(paper.page_layout())
    document = QTextDocument()
    document.setDefaultStyleSheet(print_stylesheet())
    font = QFont()
    font.setFamilies(SERIF)
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setHtml(html)
    body = paper.body(DPI)
    document.setPageSize(QSizeF(body.width(), body.height()))
    document.print_(writer)


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def measure(
    name: str, app: Callable[[], object], bare: Callable[[], object], runs: int
) -> tuple[str, float, float]:
    apps, bares = [], []
    for number in range(runs):
        pair = [(apps, app), (bares, bare)] if number % 2 == 0 else [(bares, bare), (apps, app)]
        for times, function in pair:
            times.append(timed(function))
    return name, statistics.median(apps), statistics.median(bares)


def dossier_library(folder: Path) -> tuple[Session, PageCache, Dossier]:
    """20 generated briefings and a label on 50 passages of them, one sentence each."""
    make_corpus(folder / "corpus", 20, vocabulary="real", seed=7)
    session = Session.start([folder / "corpus"], folder / "data")
    library, pages = session.library(), session.pages()
    store = session.bookmarks()
    rng = random.Random(3)
    for number in range(50):
        briefing = library.briefings[number % 20]
        section = rng.choice(briefing.sections)
        html = rendered_page(briefing, pages).html
        text = next(
            s.text for s in split_sections(html, briefing.sections, "") if s.anchor == section.id
        )
        sentence = rng.choice([s for s in text.split(". ") if len(s) > 40] or [text[:60]])
        note = f"Note de mesure numéro {number} : point à soulever en séance."
        store.add(
            make_bookmark(
                library, pages, briefing.id, section.id, sentence[:80], note=note, label=LABEL
            )
        )
    placed = reanchor(store, library, pages)
    store.close()
    chosen = chosen_bookmarks(placed, label=LABEL)
    return session, pages, plan_dossier(library, chosen, title=LABEL, day="12 mars 2027")


def main() -> int:
    """Measure and print the table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-window", action="store_true")
    args = parser.parse_args()
    if args.no_window:
        ensure_application()  # as the command line does
    else:
        from briefing_app.gui.app import application

        application()  # the window's (a QApplication), made before any QGuiApplication
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-printing-") as name:
        tmp = Path(name)
        seed = Session.start([bundled_content_dir()], tmp / "seed").library().briefings[0]
        rows.append(briefing_row("seed briefing (« Numérique »)", seed, None, tmp, args.runs))
        long_folder = tmp / "long"
        long_folder.mkdir()
        (long_folder / "vingt.md").write_text(versions()[0], encoding="utf-8")
        long_session = Session.start([long_folder], tmp / "long-data")
        twenty = long_session.library().briefings[0]
        rows.append(
            briefing_row(
                "20-section briefing (generated)", twenty, long_session.pages(), tmp, args.runs
            )
        )
        session, pages, dossier = dossier_library(tmp / "dossier")
        writer = QPdfWriter(str(tmp / "html.pdf"))
        writer.setResolution(DPI)
        # the same printed text: its notes in their boxes, its quotes highlighted
        html = PrintedDossier(dossier, pages, writer, default_paper()).text.document.toHtml()
        count = dossier_pdf(dossier, pages, tmp / "dossier.pdf")
        label = f"dossier: 50 bookmarks, 20 briefings, {count} pages"
        rows.append(
            measure(
                label,
                lambda: dossier_pdf(dossier, pages, tmp / "dossier.pdf"),
                lambda: bare_print(html, tmp / "bare-dossier.pdf"),
                args.runs,
            )
        )
        print_table(rows, args.runs)
        if not args.no_window:
            from bench.printing_window import measure_window

            measure_window(session, dossier, tmp / "window.pdf")
    return 0


def briefing_row(
    name: str, briefing: Briefing, pages: PageCache | None, tmp: Path, runs: int
) -> tuple[str, float, float]:
    html = briefing_header(briefing) + rendered_page(briefing, pages).html
    rendered = rendered_page(briefing, pages)
    return measure(
        name,
        lambda: briefing_pdf(briefing, rendered, tmp / "app.pdf"),
        lambda: bare_print(html, tmp / "bare.pdf"),
        runs,
    )


def print_table(rows: list[tuple[str, float, float]], runs: int) -> None:
    budgets = {"seed": 300.0, "dossier": 3000.0}
    print(f"medians of {runs} runs, ms; PDF at {DPI} dpi, A4")
    print(f"{'case':<48}{'app':>9}{'bare':>9}{'ratio':>8}  budget")
    for name, app, bare in rows:
        budget = next((value for key, value in budgets.items() if name.startswith(key)), None)
        verdicts = [f"ratio ≤ 1.5 {'ok' if app / bare <= 1.5 else 'OVER'}"]
        if budget is not None:
            verdicts.insert(0, f"≤ {budget:.0f} ms {'ok' if app <= budget else 'OVER'}")
        print(f"{name:<48}{app:>9.1f}{bare:>9.1f}{app / bare:>8.2f}  {'; '.join(verdicts)}")


if __name__ == "__main__":
    sys.exit(main())
