"""Bookmarks benchmark: re-anchoring every bookmark of a 200-section briefing after an edit.

Usage: ``python bench/bookmarks.py [--sections 200] [--bookmarks 1000] [--runs 5]``

A synthetic briefing (generated here, labelled so; not France urbaine's) gets one
passage bookmark per paragraph, up to ``--bookmarks``. It is then edited: a paragraph
is inserted at the top of every section, one heading in ten renamed, and one passage in
twenty reworded. ``placing.place_all`` is timed on the edited text (median of
``--runs``); as a baseline in the same run, the same call on the unchanged text. The
outcomes (anchored / moved / changed / detached) are counted: none is "changed", as no
edit touches a negation, a number or a date.
The bookmarks panel figures (10,000 bookmarks, open and filter) come with the panel.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from briefing_app.core.bookmarks.placing import make_bookmark, place_all
from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.pages import PageCache

BUDGET_MS = 200.0


def briefing(sections: int, edited: bool) -> str:
    """The synthetic briefing's Markdown, as first written or after the edit."""
    lines = ["---", "title: Briefing synthétique (généré pour les mesures)", "date: 2024-01", "---"]
    for n in range(sections):
        heading = f"Partie {n} revue" if edited and n % 10 == 0 else f"Partie {n}"
        lines += ["", f"## {heading}", ""]
        if edited:
            lines += [f"Un paragraphe ajouté en tête de la partie {n}.", ""]
        for k in range(5):
            verb = "limitent" if edited and (n * 5 + k) % 20 == 0 else "réduisent"
            lines += [
                f"Les collectivités de la partie {n} {verb} les coûts du paragraphe {k} "
                f"grâce à la mutualisation des centres de données numéro {n}-{k}.",
                "",
            ]
    return "\n".join(lines)


def main() -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=200)
    parser.add_argument("--bookmarks", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.dont_write_bytecode = True
    with tempfile.TemporaryDirectory(prefix="briefing-bookmarks-bench-") as name:
        folder, cache = Path(name) / "content", Path(name) / "cache"
        folder.mkdir()
        path = folder / "synthetique.md"
        path.write_text(briefing(args.sections, edited=False), encoding="utf-8")
        library, pages = load_library([folder], cache), PageCache(cache)
        marks = [
            make_bookmark(
                library,
                pages,
                "synthetique",
                section=f"partie-{n}",
                quote=f"réduisent les coûts du paragraphe {k} grâce à la mutualisation",
            )
            for n in range(args.sections)
            for k in range(5)
        ][: args.bookmarks]
        timings = {}
        outcomes: Counter[str] = Counter()
        for case, edited in (("baseline: unchanged text", False), ("after the edit", True)):
            path.write_text(briefing(args.sections, edited=edited), encoding="utf-8")
            library = load_library([folder], cache)
            current = library.get("synthetique")
            samples = []
            for _ in range(args.runs):
                start = time.perf_counter()
                placed = place_all(current, pages, marks)
                samples.append(time.perf_counter() - start)
            timings[case] = statistics.median(samples) * 1000
            if edited:
                outcomes.update(b.status for b in placed)
    print(f"\n{len(marks)} bookmarks on a {args.sections}-section briefing, median of {args.runs}")
    print(f"{'case':<32}{'ms':>10}  budget")
    for case, ms in timings.items():
        budget = f"≤ {BUDGET_MS:g} ms  {'PASS' if ms <= BUDGET_MS else 'OVER'}"
        print(f"{case:<32}{ms:>10.1f}  {budget if 'edit' in case else 'baseline'}")
    print("outcomes after the edit: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
