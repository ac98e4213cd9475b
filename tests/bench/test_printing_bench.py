"""bench/printing.py runs through (its figures are for the closing notes, not checked
here): every case it measures, and the window's, is in its table."""

from __future__ import annotations

from tests.helpers import run_bench


def test_the_printing_benchmark_runs_through() -> None:
    result = run_bench("printing.py", "--runs", "1")
    assert result.returncode == 0, result.stderr
    for line in (
        "seed briefing (« Numérique »)",
        "20-section briefing (generated)",
        "dossier: 50 bookmarks, 20 briefings,",
        "window: dossier made in its thread in",
        "(b) while the dossier is made",
        "no GUI-thread step over 50 ms:",
    ):
        assert line in result.stdout, line
