"""The window's GUI thread while a pack is imported (part of bench/packs.py).

The window opens on the indexed library (a copy of bench/packs.py's data folder), its
search up to date. Then the pack is offered as
Fichier › Importer… does, « Installer » is clicked in the import dialog, and the run ends
when a query only the new briefings answer lists one in the search panel.

Measured: a 5 ms heartbeat timer on the GUI thread notes each time it runs; a gap
between two beats past the interval is the GUI thread busy (or blocked) that long: no
gap may pass 50 ms. The window's slots of the import are timed one by one as well, to
name the longest. Baseline in the same run: the heartbeat of the same window, idle, for
as long.
"""

from __future__ import annotations

import functools
import statistics
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from bench.search_typing import spin_until as spin
from briefing_app.core.packs.keys import PublicKey, trust, user_keys_dir
from briefing_app.core.session import Session

BEAT_MS = 5
BUDGET_MS = 50.0
SLOTS = {  # the GUI-thread steps of an import, by class and method
    "briefing_app.gui.packs.controller.PacksController": (
        "_on_worker_examined",
        "_on_dialog_accepted",
        "_on_worker_progress",
        "_on_worker_received",
    ),
    "briefing_app.gui.window.main_window.MainWindow": (
        "reload_library",
        "_on_library_loaded",
        "_follow_library",
        "_on_loading_progress",
    ),
    "briefing_app.gui.bookmarks.controller.BookmarksController": ("set_library",),
    "briefing_app.gui.search.controller.SearchController": (
        "_on_worker_progress",
        "_on_worker_indexed",
    ),
    "briefing_app.gui.search.panel.SearchPanel": ("show_results",),
}


class Heartbeat:
    """Notes the gaps between beats of a BEAT_MS timer on the GUI thread."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000 - BEAT_MS)
        self._last = now

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps

    def idle(self, seconds: float) -> list[float]:
        """The gaps of a window left alone for ``seconds`` (the baseline)."""
        self.start()
        until = time.perf_counter() + seconds
        spin(lambda: time.perf_counter() > until, seconds + 10)
        return self.stop()


def instrument(steps: dict[str, list[float]]) -> None:
    """Time each slot of SLOTS into ``steps`` (patched on the classes)."""
    import importlib

    for qualified, names in SLOTS.items():
        module_name, class_name = qualified.rsplit(".", 1)
        cls = getattr(importlib.import_module(module_name), class_name)
        for name in names:
            original = getattr(cls, name)
            label = f"{class_name}.{name}"

            # functools.wraps keeps the slot's declaration (its ``_slots``): a worker's
            # signal then still crosses to the GUI thread instead of calling it there.
            @functools.wraps(original)
            def timed(*args: Any, _original: Any = original, _label: str = label) -> Any:
                start = time.perf_counter()
                try:
                    return _original(*args)
                finally:
                    steps.setdefault(_label, []).append((time.perf_counter() - start) * 1000)

            setattr(cls, name, timed)


def measure_window(base: Path, library: Path, pack: Path, key: PublicKey, work: Path) -> None:
    """Import ``pack`` in a window on a copy of ``base``; print the GUI thread's table."""
    import shutil

    from briefing_app.gui.app import application, build_window
    from briefing_app.gui.search.panel import HIT_ROLE
    from tests.gui.keyboard import type_text

    app = application()
    shutil.copytree(base, work)
    session = Session.start([library], work)
    public = work / "editeur.pub"
    public.write_text(key.encoded(), encoding="utf-8")
    trust(user_keys_dir(session.paths.data), public)
    steps: dict[str, list[float]] = {}
    instrument(steps)
    window = build_window(session)
    window.show()
    window.start_search(session.paths.search_index)
    spin(lambda: window.search is not None and not window.search.indexing, 600)
    spin(lambda: window.bookmarks is not None, 60)
    heart = Heartbeat()
    idle = heart.idle(3.0)
    steps.clear()
    heart.start()
    start = time.perf_counter()
    window.import_files([str(pack)])
    spin(lambda: window.packs is not None and window.packs.dialog is not None, 120)
    offered = time.perf_counter()
    dialog = window.packs.dialog if window.packs is not None else None
    assert dialog is not None
    dialog.install_button.click()
    spin(lambda: window.library.get("recu-00001") is not None and not window.loading, 600)
    spin(lambda: window.search is not None and not window.search.indexing, 600)
    type_text(window.search_panel.field, "arrivéeduPaquet")
    model = window.search_panel.model

    def found() -> bool:
        hits = (model.index(row).data(HIT_ROLE) for row in range(model.rowCount()))
        return any(hit.briefing.startswith("recu-") for hit in hits)

    spin(found, 120)
    total = time.perf_counter() - start
    busy = heart.stop()
    window.close()
    app.processEvents()
    _print(idle, busy, steps, offered - start, total)


def _print(
    idle: list[float],
    busy: list[float],
    steps: dict[str, list[float]],
    offered: float,
    total: float,
) -> None:
    print()
    print(
        f"window: pack offered (examined, dialog shown) in {offered:.2f} s; searchable in "
        f"the window {total:.2f} s"
    )
    print(f"{'GUI thread, ms':<44}{'beats':>7}{'median':>9}{'p99':>9}{'longest':>9}{'>50ms':>7}")
    for label, gaps in (("(a) idle window (baseline)", idle), ("(b) during the import", busy)):
        ordered = sorted(gaps)
        p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
        over = sum(1 for gap in gaps if gap > BUDGET_MS)
        median = statistics.median(gaps)
        print(f"{label:<44}{len(gaps):>7}{median:>9.1f}{p99:>9.1f}{ordered[-1]:>9.1f}{over:>7}")
    print("longest GUI-thread slots of the import (ms):")
    for label, values in sorted(steps.items(), key=lambda item: -max(item[1]))[:6]:
        print(f"  {label:<50}{len(values):>5} calls, longest {max(values):8.1f}")
    verdict = "ok" if max(busy) <= BUDGET_MS else "OVER"
    print(f"no GUI-thread step over {BUDGET_MS:.0f} ms: longest gap {max(busy):.1f} ms, {verdict}")
