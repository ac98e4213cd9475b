"""Start-up benchmark: time from process start to first paint, app against a bare window.

Usage: ``python bench/startup.py [--runs 7] [--count 2000] [--vocabulary real]``

Cases, each launched ``--runs`` times (interleaved a, b, c, d, a, b, c, d...):

- (a) bench/bare_window.py showing the bundled briefing's HTML (the baseline);
- (b) the app on its bundled content;
- (c) the app on ``--count`` synthetic briefings (bench/make_corpus.py, by default
  the real-frequency vocabulary), warm: its catalog and page caches filled;
- (d) the same, cold: a new, empty data folder at each launch (a first start, or a
  library whose every file changed): the catalog knows nothing.

Then the window's peak memory after its first search (bench/window_memory.py) with
``--memory-count`` briefings (0: not measured): a first run, which loads the library and
builds the index, then a warm one, held against MEMORY_BUDGET.

(b) and (c) get one untimed warm-up launch first, which fills their catalog and page
caches as a user's first start would. Everything is written in a temporary folder, bytecode caches
included (PYTHONPYCACHEPREFIX: the warm-ups compile the modules once, as an
installed program has them compiled). The exit status is 0, or 1 when a launch fails.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path, not the repository
    sys.dont_write_bytecode = True  # no bench/__pycache__ in the repository
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
TIMEOUT = 300  # seconds per launch
BUDGETS = {"b": 1.5, "c": 1.5, "d": 1.5}  # allowed ratio of the median to the baseline's
MEMORY_BUDGET = 300  # MB, the window's peak after its first search, warm
MEMORY_QUERY = "politique données"


class LaunchError(Exception):
    """A launch failed or never reported its first paint."""


def launch(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Run ``command`` once; return seconds from just before start to its first paint.

    Raises:
        LaunchError: the process failed, timed out, or printed no ``first-paint`` line.
    """
    start = time.monotonic()
    with subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            out, err = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            err += f"\n(killed after {TIMEOUT} s)"
    for line in out.splitlines():
        if line.startswith("first-paint ") and process.returncode == 0:
            return float(line.split()[1]) - start
    raise LaunchError(f"{' '.join(command)}\nexit status {process.returncode}\n{err}")


def warm_up(command: list[str], env: dict[str, str], cwd: Path) -> None:
    """Start ``command`` once and close its window, as a user would, once its library is
    loaded: its catalog and page caches are filled, the briefing read remembered."""
    done = subprocess.run(
        command,
        env={**env, "BRIEFING_APP_EXIT_AFTER_PAINT": "loaded"},
        cwd=cwd,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise LaunchError(f"{' '.join(command)}\nexit status {done.returncode}\n{done.stderr}")


def prepare(tmp: Path, count: int, vocabulary: str) -> dict[str, list[str]]:
    """Write the baseline page and the corpus under ``tmp``; return each case's command."""
    from briefing_app.core.content.catalog import load_library
    from briefing_app.core.content.pages import rendered_page
    from briefing_app.core.paths import bundled_content_dir

    sys.dont_write_bytecode = True  # no bench/__pycache__ in the repository
    from bench.make_corpus import make_corpus

    library = load_library([bundled_content_dir()])
    page = tmp / "page.html"
    page.write_text(rendered_page(library.briefings[0]).html, encoding="utf-8")
    corpus = tmp / "corpus"
    make_corpus(corpus, count, vocabulary=vocabulary)
    app = [sys.executable, "-m", "briefing_app"]
    return {
        "a": [sys.executable, str(BENCH / "bare_window.py"), str(page)],
        "b": [*app, "--data-dir", str(tmp / "data-b")],
        "c": [*app, "--data-dir", str(tmp / "data-c"), "--content", str(corpus)],
        "d": [*app, "--data-dir", str(tmp / "data-d-{run}"), "--content", str(corpus)],
    }


def report(times: dict[str, list[float]], count: int) -> None:
    """Print the table of medians, minimums, ratios and budgets."""
    names = {
        "a": "(a) bare window",
        "b": "(b) app, bundled",
        "c": f"(c) app, {count:,} warm",
        "d": f"(d) app, {count:,} cold",
    }
    base = statistics.median(times["a"])
    print(f"{'case':<26}{'median ms':>10}{'min ms':>9}{'ratio':>8}{'budget':>9}  status")
    for case, values in times.items():
        median = statistics.median(values)
        ratio = median / base
        budget = BUDGETS.get(case)
        limit = f"≤ {budget}" if budget else ""
        status = "" if budget is None else ("PASS" if ratio <= budget else "OVER")
        row = (
            f"{names[case]:<26}{median * 1000:>10.0f}{min(values) * 1000:>9.0f}"
            f"{ratio:>8.2f}{limit:>9}  {status}"
        )
        print(row.rstrip())


def window_memory(tmp: Path, count: int, env: dict[str, str]) -> list[str]:
    """The window's peak memory after a first search on ``count`` briefings: a first run
    (load and index), then a warm one; the table's lines."""
    from bench.make_corpus import make_corpus

    corpus, data = tmp / f"memory-{count}", tmp / f"memory-data-{count}"
    make_corpus(corpus, count, vocabulary="real")
    command = [sys.executable, str(BENCH / "window_memory.py"), str(corpus), str(data)]
    lines = []
    for run in ("first run (load, index)", "warm"):
        start = time.monotonic()
        done = subprocess.run(
            [*command, MEMORY_QUERY], env=env, capture_output=True, text=True, check=False
        )
        seconds = time.monotonic() - start
        found = dict(line.split(maxsplit=1) for line in done.stdout.splitlines() if " " in line)
        if done.returncode != 0 or "peak-memory" not in found:
            raise LaunchError(f"window_memory.py: exit {done.returncode}\n{done.stderr}")
        peak = float(found["peak-memory"])
        status = ""
        if run == "warm":
            status = f"  ≤ {MEMORY_BUDGET} MB  {'PASS' if peak <= MEMORY_BUDGET else 'OVER'}"
        lines.append(
            f"window peak memory, {count:,} briefings, {run}, after the first search: "
            f"{peak:.0f} MB ({found.get('hits', '?')} hits, {seconds:.0f} s){status}"
        )
    return lines


def main() -> int:
    """Measure every case and print the table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed launches per case")
    parser.add_argument("--count", type=int, default=2000, help="briefings in (c) and (d)")
    parser.add_argument("--vocabulary", default="real", help="make_corpus's vocabulary")
    parser.add_argument(
        "--memory-count", type=int, default=10000, help="briefings for the memory row (0: none)"
    )
    args = parser.parse_args()
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as name:
        tmp = Path(name)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "BRIEFING_APP_EXIT_AFTER_PAINT": "1",
            "PYTHONPATH": path,
            "PYTHONPYCACHEPREFIX": str(tmp / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        try:
            commands = prepare(tmp, args.count, args.vocabulary)
            warm_up(commands["b"], env, tmp)  # fill the caches, as a first start does
            warm_up(commands["c"], env, tmp)
            times: dict[str, list[float]] = {case: [] for case in commands}
            for run in range(args.runs):
                print(f"run {run + 1}/{args.runs}", file=sys.stderr, flush=True)
                for case, command in commands.items():
                    argv = [part.replace("{run}", str(run)) for part in command]
                    times[case].append(launch(argv, env, tmp))
            memory = window_memory(tmp, args.memory_count, env) if args.memory_count else []
        except LaunchError as error:
            print(f"launch failed: {error}", file=sys.stderr)
            return 1
    print(f"{args.runs} launches per case, medians; Python {sys.version.split()[0]}, offscreen")
    report(times, args.count)
    for line in memory:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
