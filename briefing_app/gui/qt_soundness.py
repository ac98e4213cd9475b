"""Is this PySide6 sound? Probes for the reference-count fault of PySide6 6.12.0.

PySide6-Essentials 6.12.0 on Python 3.11 takes one reference from ``None`` on every Qt
call that returns nothing, and from ``True``/``False`` on every signal delivered from
another thread; once a count reaches zero Python aborts ("Fatal Python error:
none_dealloc"). The probes make such calls in batches and stop at the first batch
that loses references, so a faulty Qt is reported before it can abort the process.
The references lost are lost for good: the interpreter would still abort while it
shuts down, so a program that finds faults should leave with ``os._exit``.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEventLoop, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QScrollBar

VOID_CALLS = 10_000
EMISSIONS = 10_000
# The fault takes one reference per call: a batch of a faulty build loses BATCH, far
# from zero (True and False have only about 600 at start).
BATCH = 100
# References that may legitimately go between two counts (objects freed); measured on
# 6.11.3 the counts only rise, by at most 25 over both probes.
TOLERANCE = 50
DELIVERY_TIMEOUT_MS = 10_000  # for one batch of emissions to arrive in the GUI thread
WATCHED: tuple[tuple[str, object], ...] = (("None", None), ("True", True), ("False", False))


def qt_faults(void_calls: int = VOID_CALLS, emissions: int = EMISSIONS) -> list[str]:
    """Run both probes; return one French line per fault found (empty when sound).

    Needs a QApplication. Takes about 0.2 s on a sound Qt (the emissions go in 100
    batches, each waited for), a few milliseconds on a faulty one.
    """
    if not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("qt_faults needs a QApplication")
    faults = _probe(_void_calls(void_calls), "appels Qt sans valeur de retour")
    try:
        faults += _probe(
            _cross_thread_emissions(emissions),
            "signaux émis par un autre fil d’exécution",
        )
    except _DeliveryError as error:
        faults.append(f"Qt défectueux : {error}")
    return faults


class _DeliveryError(Exception):
    """Signals from the worker thread did not all arrive, or arrived wrong."""


def _number(n: int) -> str:
    """``n`` the French way: 10 000 (a narrow no-break space between thousands)."""
    return f"{n:,}".replace(",", "\u202f")


def _counts() -> dict[str, int]:
    return {name: sys.getrefcount(value) for name, value in WATCHED}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A collection in the middle would free objects, and their references, at random."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _probe(batches: Generator[int, None, None], what: str) -> list[str]:
    """Count references before, then after each batch (which yields the calls made so
    far); stop at the first loss, before a count reaches zero (Python would abort)."""
    with _collector_paused():
        before = _counts()
        try:
            for done in batches:
                lost = {name: before[name] - count for name, count in _counts().items()}
                faulty = {name: n for name, n in lost.items() if n > TOLERANCE}
                if faulty:
                    return [
                        f"Qt défectueux : {name} a perdu {_number(n)} références en "
                        f"{_number(done)} {what} (PySide6 {pyside_version}, Python "
                        f"{sys.version_info.major}.{sys.version_info.minor}) ; Python finirait "
                        "par s’arrêter net. Installez PySide6-Essentials 6.11.3."
                        for name, n in faulty.items()
                    ]
        finally:
            batches.close()
    return []


def _void_calls(count: int) -> Generator[int, None, None]:
    """``count`` calls of QScrollBar.setValue (a void C++ method), in batches."""
    bar = QScrollBar()
    bar.setRange(0, BATCH)
    set_value: Callable[[int], None] = bar.setValue
    for start in range(0, count, BATCH):
        for value in range(min(BATCH, count - start)):
            set_value(value)
        yield start + value + 1


class _Emitter(QObject):
    """Lives in a worker thread; emits ``pair`` ``count`` times when asked.

    Signals:
        pair(int, int): a number and its double.
    """

    pair = Signal(int, int)

    @Slot(int)
    def emit_batch(self, count: int) -> None:
        for number in range(count):
            self.pair.emit(number, 2 * number)


class _Receiver(QObject):
    """Lives in the GUI thread; counts the pairs delivered, and quits ``loop`` at ``target``.

    Signals:
        batch_requested(int): ask the emitter for that many pairs.
    """

    batch_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.received = 0
        self.wrong = 0
        self.target = 0
        self.loop = QEventLoop(self)

    @Slot(int, int)
    def _on_emitter_pair(self, number: int, double: int) -> None:
        self.received += 1
        if double != 2 * number:
            self.wrong += 1
        if self.received == self.target:
            self.loop.quit()


def _cross_thread_emissions(count: int) -> Generator[int, None, None]:
    """``count`` emissions of a Signal(int, int) from a worker QThread to a GUI slot,
    in batches, each waited for until delivered."""
    thread = QThread()
    thread.setObjectName("qt-soundness")
    emitter = _Emitter()
    emitter.moveToThread(thread)
    receiver = _Receiver()
    receiver.batch_requested.connect(emitter.emit_batch)
    emitter.pair.connect(receiver._on_emitter_pair)
    thread.finished.connect(emitter.deleteLater)
    timer = QTimer(receiver)
    timer.setSingleShot(True)
    timer.timeout.connect(receiver.loop.quit)
    thread.start()
    try:
        for start in range(0, count, BATCH):
            receiver.target += min(BATCH, count - start)
            receiver.batch_requested.emit(min(BATCH, count - start))
            timer.start(DELIVERY_TIMEOUT_MS)
            receiver.loop.exec()
            timer.stop()
            if receiver.received != receiver.target or receiver.wrong:
                raise _DeliveryError(
                    f"signaux émis par un autre fil d’exécution : {receiver.received} reçus "
                    f"sur {receiver.target} en {DELIVERY_TIMEOUT_MS // 1000} s, "
                    f"{receiver.wrong} faux"
                )
            yield receiver.received
    finally:
        thread.quit()
        thread.wait()
