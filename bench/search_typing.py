"""Search-as-you-type benchmark: how long the window's GUI thread is busy per step.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/search_typing.py [--count 500] [--runs 5]``

A synthetic library (bench/make_corpus.py: generated, labelled so, not France urbaine's)
of ``--count`` briefings is indexed by the window's own worker thread. Then queries of
common words are typed into the search panel one character at a time, ``--runs``
times, each run waiting for its results. Every GUI-thread step of the hand-off is
timed: a keystroke, the request sent after the pause in typing, the answer shown. The
search itself runs in the worker thread and is not a GUI-thread step.

Baseline, in the same run: the same keystrokes into a bare QLineEdit. The table gives
the median, p95 and longest step of each, and the ratio of the app's p95 to the
baseline's longest keystroke (a stall a user would feel is a step past ~50 ms).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path, not the repository
    sys.dont_write_bytecode = True  # no bench/__pycache__ in the repository
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.make_corpus import make_corpus
from briefing_app.core.session import Session
from briefing_app.gui.app import application, build_window
from briefing_app.gui.search.panel import SearchPanel

QUERIES = ("données publiques", "mobilité", "numérique territoire", "logement social")


def press(widget: QLineEdit, ch: str) -> float:
    """Send one character to ``widget``; return the seconds the GUI thread spent on it."""
    start = time.perf_counter()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(widget, event)
    return time.perf_counter() - start


def spin_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until ``condition`` holds (or ``timeout`` seconds pass)."""
    end = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"still waiting after {timeout:.0f} s")
        QTimer.singleShot(5, loop.quit)
        loop.exec()


def timed(steps: list[float], function: Callable[..., object]) -> Callable[..., object]:
    """``function``, adding the seconds of each call to ``steps``."""

    def wrapper(*args: object) -> object:
        start = time.perf_counter()
        try:
            return function(*args)
        finally:
            steps.append(time.perf_counter() - start)

    return wrapper


def summary(name: str, steps: list[float]) -> tuple[str, float, float]:
    """One row of the table, and the p95 and longest step in ms."""
    ordered = sorted(steps)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000
    longest = ordered[-1] * 1000
    median = statistics.median(ordered) * 1000
    return f"{name:<34}{len(steps):>7}{median:>10.2f}{p95:>10.2f}{longest:>10.2f}", p95, longest


def main() -> int:
    """Measure both cases and print the table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500, help="briefings in the library")
    parser.add_argument("--runs", type=int, default=5, help="times each query is typed")
    args = parser.parse_args()
    _app = application()  # kept alive for the whole run
    app_steps: list[float] = []
    # Patched on the class, so the connections still reach a QObject in the GUI thread.
    SearchPanel.show_results = timed(app_steps, SearchPanel.show_results)  # type: ignore[method-assign]
    SearchPanel._on_timer_timeout = timed(app_steps, SearchPanel._on_timer_timeout)  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory(prefix="bench-typing-") as tmp:
        make_corpus(Path(tmp) / "corpus", args.count)
        session = Session.start([Path(tmp) / "corpus"], Path(tmp) / "data")
        window = build_window(session)
        window.show()
        window.start_search(session.paths.search_index)
        spin_until(lambda: window.search is not None and not window.search.indexing, 600)
        panel = window.search_panel
        bare = QLineEdit()
        bare.show()
        bare_steps: list[float] = []
        for _ in range(args.runs):
            for query in QUERIES:
                panel.field.clear()
                bare.clear()
                spin_until(lambda: panel.model.rowCount() == 0)
                for ch in query:
                    app_steps.append(press(panel.field, ch))
                    bare_steps.append(press(bare, ch))
                spin_until(lambda: panel.model.rowCount() > 0)
        window.close()
    print(f"{args.count} briefings, {args.runs} runs of {len(QUERIES)} queries typed; ms")
    print(f"{'GUI-thread steps':<34}{'steps':>7}{'median':>10}{'p95':>10}{'longest':>10}")
    row, app_p95, _ = summary("(a) app: keys, requests, answers", app_steps)
    print(row)
    row, _, bare_longest = summary("(b) bare QLineEdit: keys", bare_steps)
    print(row)
    print(f"(a) p95 / (b) longest: {app_p95 / max(bare_longest, 1e-6):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
