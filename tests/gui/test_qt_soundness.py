"""The Qt bindings keep the reference counts of None, True and False (PySide6 6.12.0 does not)."""

from __future__ import annotations

import ctypes
from collections.abc import Generator

from pytestqt.qtbot import QtBot

from briefing_app.gui import qt_soundness
from briefing_app.gui.qt_soundness import BATCH, qt_faults


def test_void_calls_and_cross_thread_signals_keep_none_true_false(qtbot: QtBot) -> None:
    assert qt_faults(void_calls=10_000, emissions=10_000) == []


def test_a_batch_that_loses_references_is_reported_and_stops_the_probe() -> None:
    """The detector itself, without a faulty Qt: each batch takes BATCH references from
    True (as 6.12.0 does), which the test gives back afterwards."""
    taken = 0
    batches_run = 0

    def losing_batches() -> Generator[int, None, None]:
        nonlocal taken, batches_run
        for batch in range(1, 101):
            batches_run += 1
            for _ in range(BATCH):
                ctypes.pythonapi.Py_DecRef(ctypes.py_object(True))
                taken += 1
            yield batch * BATCH

    try:
        faults = qt_soundness._probe(losing_batches(), "appels d’essai")
    finally:
        for _ in range(taken):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    assert batches_run == 1  # stopped at once, far from a count of zero
    assert len(faults) == 1
    assert faults[0].startswith("Qt défectueux : True a perdu ")
    assert " références en 100 appels d’essai (PySide6 " in faults[0]
    assert "Installez PySide6-Essentials 6.11.3." in faults[0]
