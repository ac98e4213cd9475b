"""The benchmark corpus generator: valid briefings that say they are synthetic."""

from __future__ import annotations

import sys
from pathlib import Path

from briefing_app.core.catalog import load_library
from tests.helpers import REPO

sys.path.insert(0, str(REPO / "bench"))
from make_corpus import make_corpus


def test_generated_briefings_load_cleanly_and_are_labelled_synthetic(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path, 30, sections=4, seed=7)
    assert len(paths) == 30
    library = load_library([tmp_path])
    assert library.problems == ()
    assert len(library.briefings) == 30
    for briefing in library.briefings:
        assert "synthétique" in briefing.source
        assert "ne provient pas de France urbaine" in briefing.summary
        assert len([s for s in briefing.sections if s.level == 2]) == 4


def test_generation_is_deterministic(tmp_path: Path) -> None:
    first = [p.read_bytes() for p in make_corpus(tmp_path / "a", 5, seed=3)]
    again = [p.read_bytes() for p in make_corpus(tmp_path / "b", 5, seed=3)]
    assert first == again
