"""bench/packs.py runs through on a small library (its figures are for the closing notes,
not checked here): every measure it prints is there."""

from __future__ import annotations

from tests.helpers import run_bench


def test_the_packs_benchmark_runs_on_a_small_library() -> None:
    result = run_bench("packs.py", "--library", "30", "--pack", "6", "--runs", "1")
    assert result.returncode == 0, result.stderr
    for line in (
        "6 briefings into a library of 30",
        "pack: file → searchable",
        "(a) copy into a folder → searchable",
        "(b) full rebuild of the index",
        "searchable, pack / copy ≤ 1.5:",
        "(b) during the import",
        "no GUI-thread step over 50 ms: longest gap",
        "diff of the two rendered versions (page_changes)",
    ):
        assert line in result.stdout, line
