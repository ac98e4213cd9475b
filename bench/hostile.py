"""Hostile content against normal content: how long each kind takes to be loaded or reported.

Each row parses one generated file through the loader (Markdown, the time limit,
sanitising), as the catalog does on a cold start, and compares it with a normal
briefing of the same size measured in the same run (the bundled briefing's body,
repeated). Budget: every hostile kind loaded or reported in under 2 s.

    python bench/hostile.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing_app.core.content import frontmatter
from briefing_app.core.content.loader import parse_briefing
from briefing_app.core.content.problems import ContentError
from briefing_app.core.paths import bundled_content_dir

HEADER = "---\ntitle: Essai hostile (généré)\ndate: 2020\n---\n"
BUDGET_S = 2.0
KINDS = {
    "50,000 identical headings": "## Bilan\n\n" * 50_000,
    "10,000 distinct headings": "".join(f"## Partie {n}\n\nTexte.\n\n" for n in range(10_000)),
    "10 KB of [": "[" * 10_000,
    "30 KB of <a ": "<a " * 10_000,
    "10 KB of ![": "![" * 10_000,
    "700-deep list": "".join("  " * n + "- x\n" for n in range(700)),
    "1,000-deep list, 4 columns a level": "".join("    " * n + "- x\n" for n in range(1_000)),
    "unclosed <title> then 200 sections": "<title>\n\n"
    + "".join(f"## Partie {n}\n\nTexte.\n\n" for n in range(200)),
}


def _time(body: str) -> tuple[float, str]:
    data = (HEADER + body).encode()
    start = time.perf_counter()
    try:
        _, rendered = parse_briefing(Path("bench.md"), data)
        outcome = f"loaded, {len(rendered.toc)} sections"
    except ContentError as error:
        outcome = "reported: " + error.message.split(" : ")[0]
    return time.perf_counter() - start, outcome


def main() -> int:
    """Print one row per kind; exit 1 if one is over budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = (bundled_content_dir() / "numerique.md").read_text(encoding="utf-8")
    normal = frontmatter.split(text)[1]
    print(f"{'kind':<36} {'size':>8} {'hostile s':>10} {'normal s':>9}  outcome")
    over = 0
    for name, body in KINDS.items():
        size = len(body.encode())
        same_size = (normal * (size // len(normal.encode()) + 1))[: len(body)]
        hostile = [_time(body) for _ in range(args.runs)]
        baseline = [_time(same_size)[0] for _ in range(args.runs)]
        seconds = statistics.median(t for t, _ in hostile)
        verdict = "PASS" if seconds < BUDGET_S else "FAIL"
        over += verdict == "FAIL"
        print(
            f"{name:<36} {size // 1024:>6} K {seconds:>10.2f} {statistics.median(baseline):>9.2f}"
            f"  {hostile[0][1]}  {verdict}"
        )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
