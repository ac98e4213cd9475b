"""The changes view's diff, timed (part of bench/packs.py; runs alone too).

Usage: ``python bench/changes_diff.py [--repeat 30]``

A generated briefing of 20 sections (real French word frequencies, labelled synthetic)
and an update of it as a publisher would make one: sentences reworded in five sections,
added in three, removed in two, a section added, one withdrawn, one moved. Timed, the
median of ``--repeat``: ``core.changes.page_changes`` on the two rendered versions (the
diff the window shows; budget 50 ms), and the whole of ``versions.changes_since_read``'s
work (the old version parsed and rendered from its kept file, then the diff). Baseline
in the same run: bare difflib on the two files' lines.
"""

from __future__ import annotations

import argparse
import difflib
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path, not the repository
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.real_frequency import RealFrequencyWriter
from briefing_app.core.changes import page_changes
from briefing_app.core.content.loader import parse_briefing

HEADER = (
    "---\ntitle: Briefing de mesure (généré)\ndate: 2026-01\n"
    "source: Corpus synthétique (généré)\n---\n"
)


def versions(seed: int = 5) -> tuple[str, str]:
    """A 20-section briefing and its update."""
    rng = random.Random(seed)
    writer = RealFrequencyWriter(rng)
    sections = [writer.section() for _ in range(20)]
    old = HEADER + "\n\n".join(sections) + "\n"
    new_sections = []
    for number, section in enumerate(sections):
        heading, *paragraphs = section.split("\n\n")
        sentences = [p.split(". ") for p in paragraphs]
        if number in (1, 4, 7, 10, 13):  # a sentence reworded
            sentences[0][0] = writer.sentence().rstrip(".")
        if number in (2, 8, 14):  # a sentence added
            sentences[-1].append(writer.sentence().rstrip("."))
        if number in (3, 11) and len(sentences[0]) > 1:  # a sentence removed
            del sentences[0][1]
        new_sections.append("\n\n".join([heading, *(". ".join(s) for s in sentences)]))
    del new_sections[16]  # a section withdrawn
    new_sections.insert(18, writer.section())  # a section added
    new_sections.insert(5, new_sections.pop(12))  # a section moved
    return old, HEADER + "\n\n".join(new_sections) + "\n"


def median_ms(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure_diff(repeat: int = 30) -> None:
    """Time the diff and print its rows."""
    old_text, new_text = versions()
    path = Path("mesure.md")
    _old, before = parse_briefing(path, old_text.encode())
    _new, after = parse_briefing(path, new_text.encode())
    changes = page_changes(before.html, before.toc, after.html, after.toc)
    changed = sum(1 for c in changes if c.changed)

    def whole() -> object:
        _briefing, rendered = parse_briefing(path, old_text.encode())
        return page_changes(rendered.html, rendered.toc, after.html, after.toc)

    old_lines, new_lines = old_text.splitlines(), new_text.splitlines()
    diff = median_ms(lambda: page_changes(before.html, before.toc, after.html, after.toc), repeat)
    full = median_ms(whole, repeat)
    bare = median_ms(
        lambda: difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False).get_opcodes(),
        repeat,
    )
    print()
    print(f"changes view: 20 sections, {changed} changed; ms, median of {repeat}")
    print(f"  diff of the two rendered versions (page_changes)  {diff:8.2f}  (budget ≤ 50)")
    print(f"  with the version read parsed and rendered          {full:8.2f}")
    print(f"  bare difflib on the files' lines (baseline)        {bare:8.2f}")
    print(f"  diff / baseline: {diff / max(bare, 1e-6):.1f}; {'ok' if diff <= 50 else 'OVER'}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    measure_diff(parser.parse_args().repeat)
