"""The window's GUI thread while a meeting file is made (part of bench/printing.py): the
window opens on the dossier's library, its bookmarks loaded; the dossier is handed to its
PDF thread as Signets › Préparer un dossier de séance… does, and a 5 ms heartbeat on the
GUI thread notes every gap (bench/packs_window.py's) until the PDF is made."""

from __future__ import annotations

import time
from pathlib import Path

from bench.packs_window import BUDGET_MS, Heartbeat
from bench.search_typing import spin_until as spin
from briefing_app.core.dossier import Dossier
from briefing_app.core.session import Session


def measure_window(session: Session, dossier: Dossier, path: Path) -> None:
    """Make ``dossier`` from a window on ``session``; print the GUI thread's gaps."""
    from briefing_app.gui.app import application, build_window

    app = application()
    window = build_window(session)
    window.show()
    spin(lambda: window.bookmarks is not None, 60)
    heart = Heartbeat()
    idle = heart.idle(2.0)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    heart.start()
    start = time.perf_counter()
    window.pdf_maker.make_dossier(dossier, path)
    spin(lambda: window._pdf_bar is not None and window._pdf_bar.isVisible(), 120)
    seconds = time.perf_counter() - start
    busy = heart.stop()
    window.close()
    app.processEvents()
    progress = sum(1 for line in said if "page" in line)
    print()
    print(f"window: dossier made in its thread in {seconds:.2f} s, {progress} progress lines")
    for label, gaps in (("(a) idle window", idle), ("(b) while the dossier is made", busy)):
        over = sum(1 for gap in gaps if gap > BUDGET_MS)
        print(f"  {label:<34} longest GUI-thread gap {max(gaps):6.1f} ms, {over} over 50 ms")
    verdict = "ok" if max(busy) <= BUDGET_MS else "OVER"
    print(f"no GUI-thread step over {BUDGET_MS:.0f} ms: {verdict}")
