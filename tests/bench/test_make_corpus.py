"""The benchmark corpus generator: valid briefings that say they are synthetic."""

from __future__ import annotations

import re
from pathlib import Path

from bench.make_corpus import make_corpus
from briefing_app.core.content.catalog import load_library


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


def test_the_zipf_vocabulary_keeps_growing_and_stays_valid(tmp_path: Path) -> None:
    zipf = make_corpus(tmp_path / "zipf", 40, seed=2, vocabulary="zipf")
    again = make_corpus(tmp_path / "again", 3, seed=2, vocabulary="zipf")
    assert [p.read_bytes() for p in zipf[:3]] == [p.read_bytes() for p in again]
    library = load_library([tmp_path / "zipf"])
    assert library.problems == ()
    assert all("synthétique" in briefing.source for briefing in library.briefings)

    def vocabulary(paths: list[Path]) -> set[str]:
        """The distinct words (letters only) of the bodies, front matter left out."""
        bodies = (p.read_text(encoding="utf-8").split("---", 2)[2].lower() for p in paths)
        return {word for body in bodies for word in re.findall(r"[^\W\d_]{3,}", body)}

    uniform = make_corpus(tmp_path / "uniform", 40, seed=2)
    assert len(vocabulary(zipf[:20])) > 2 * len(vocabulary(uniform[:20]))
    assert len(vocabulary(zipf)) > len(vocabulary(zipf[:20])) * 1.3  # still growing
    assert len(vocabulary(uniform)) < len(vocabulary(uniform[:20])) * 1.1  # saturated


def test_the_real_frequency_vocabulary_reads_like_french_prose(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path, 30, seed=4, vocabulary="real")
    library = load_library([tmp_path])
    assert library.problems == ()
    counts = [len([s for s in b.sections if s.level == 2]) for b in library.briefings]
    assert min(counts) >= 4
    assert max(counts) <= 7
    assert len(set(counts)) > 1  # their number varies, as in real briefings
    text = " ".join(path.read_text(encoding="utf-8") for path in paths)
    words = re.findall(r"[^\W\d_]+", text.lower())
    share = sum(1 for w in words if w in {"de", "la", "le", "et", "les"}) / len(words)
    assert 0.08 < share < 0.25  # the commonest words weigh as in real French
    assert len(set(words)) > 3000  # and the vocabulary is large
    assert re.search(r"l’\w", text)  # elided articles glued to their word
    assert re.search(r"\(RGPD\)|\(CNIL\)|\(EPCI\)|\(PLU\)|\(ZFE\)", text)  # acronyms defined
    again = make_corpus(tmp_path / "again", 2, seed=4, vocabulary="real")
    assert again[1].read_bytes() == paths[1].read_bytes()
