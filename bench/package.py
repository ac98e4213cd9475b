"""Package benchmark: the built program's size and start-up against a bare PySide6 window.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/package.py [--runs 9] [--reuse]``

In one run, build.spec builds (a) bench/bare_window.py with ``-- --bare`` and (b) the
app, with the same options (excludes, Qt plugins kept, strip, no UPX), each as one
folder and one file, in a temporary folder (``--reuse`` takes the app from ``dist/``, as
``make dist`` left it, and builds only the baseline). Then:

- sizes: the one-folder builds (ratio to the bare one) and the one-file executables;
- start-up to first paint of each one-folder build, launches interleaved, medians. The
  bare window shows the bundled briefing's HTML; the app opens on its bundled content
  with a fresh user folder warmed by one untimed launch (as after a first start). The
  one-file builds, which unpack themselves on every start, are timed for information,
  in a second round: each of their launches writes and deletes about 100 MB, and
  interleaved with the one-folder launches it slowed whichever came next (measured
  here: the one-folder app's median went from 223 to 390 ms).

Budgets: one folder ≤ 1.15 × the bare one; one file ≤ 50 MB; start-up of the one-folder
app ≤ 1.5 × the bare one's. Exit status 0 when all hold, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path, not the repository
    sys.dont_write_bytecode = True  # no bench/__pycache__ in the repository
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.startup import LaunchError, launch

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent

SIZE_RATIO = 1.15
ONEFILE_MB = 50.0
START_RATIO = 1.5
MB = 1024 * 1024


def build(out: Path, *spec_args: str) -> None:
    """Run build.spec with ``spec_args`` into ``out``/dist (work files in ``out``/work)."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR"]
    command += ["--distpath", str(out / "dist"), "--workpath", str(out / "work")]
    subprocess.run([*command, str(REPO / "build.spec"), "--", *spec_args], check=True, cwd=REPO)


def folder_size(path: Path) -> int:
    """Bytes of the files under ``path`` (links not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def baseline_page(tmp: Path) -> Path:
    """The bundled briefing's HTML, which the bare window shows."""
    from briefing_app.core.content.catalog import load_library
    from briefing_app.core.content.pages import rendered_page
    from briefing_app.core.paths import bundled_content_dir

    library = load_library([bundled_content_dir()])
    page = tmp / "page.html"
    page.write_text(rendered_page(library.briefings[0]).html, encoding="utf-8")
    return page


def main() -> int:
    """Build, measure, print the table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed launches per build")
    parser.add_argument("--reuse", action="store_true", help="take the app from dist/")
    args = parser.parse_args()
    sys.dont_write_bytecode = True
    with tempfile.TemporaryDirectory(prefix="briefing-package-bench-") as name:
        tmp = Path(name)
        print("building the bare window…", flush=True)
        build(tmp / "bare", "--bare")
        bare_dir, bare_file = tmp / "bare/dist/bare-window", tmp / "bare/dist/bare-window-onefile"
        if args.reuse:
            app_dir, app_file = REPO / "dist/briefings", REPO / "dist/briefings-onefile"
        else:
            print("building the app…", flush=True)
            build(tmp / "app")
            app_dir, app_file = tmp / "app/dist/briefings", tmp / "app/dist/briefings-onefile"
        page = baseline_page(tmp)
        home = tmp / "home"
        home.mkdir()
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "VIRTUAL_ENV"))
        }
        env |= {"QT_QPA_PLATFORM": "offscreen", "BRIEFING_APP_EXIT_AFTER_PAINT": "1"}
        env["HOME"] = str(home)
        rounds = (
            {
                "bare, one folder": [str(bare_dir / "bare-window"), str(page)],
                "app, one folder": [str(app_dir / "briefings")],
            },
            {
                "bare, one file": [str(bare_file), str(page)],
                "app, one file": [str(app_file)],
            },
        )
        times: dict[str, list[float]] = {}
        try:
            for commands in rounds:
                times |= time_round(commands, env, tmp, args.runs)
        except LaunchError as error:
            print(f"launch failed: {error}", file=sys.stderr)
            return 1
        sizes = {
            "bare, one folder": folder_size(bare_dir),
            "app, one folder": folder_size(app_dir),
            "bare, one file": bare_file.stat().st_size,
            "app, one file": app_file.stat().st_size,
        }
        shutil.rmtree(tmp / "bare/work", ignore_errors=True)
    return report(sizes, times)


def time_round(
    commands: dict[str, list[str]], env: dict[str, str], cwd: Path, runs: int
) -> dict[str, list[float]]:
    """Launch each command once untimed (the app's first start fills its caches), then
    ``runs`` times, interleaved; return the seconds to first paint of each launch."""
    for command in commands.values():
        launch(command, env, cwd)
    times: dict[str, list[float]] = {case: [] for case in commands}
    for run in range(runs):
        print(f"{', '.join(commands)}: run {run + 1}/{runs}", flush=True)
        for case, command in commands.items():
            times[case].append(launch(command, env, cwd))
    return times


def report(sizes: dict[str, int], times: dict[str, list[float]]) -> int:
    """Print the table; return 0 when every budget holds."""
    size_ratio = sizes["app, one folder"] / sizes["bare, one folder"]
    start = {case: statistics.median(values) * 1000 for case, values in times.items()}
    start_ratio = start["app, one folder"] / start["bare, one folder"]
    onefile_mb = sizes["app, one file"] / MB
    checks = {
        "size, one folder": (
            f"{size_ratio:.2f} × bare",
            f"≤ {SIZE_RATIO}",
            size_ratio <= SIZE_RATIO,
        ),
        "size, one file": (
            f"{onefile_mb:.1f} MB",
            f"≤ {ONEFILE_MB:g} MB",
            onefile_mb <= ONEFILE_MB,
        ),
        "start-up, one folder": (
            f"{start_ratio:.2f} × bare",
            f"≤ {START_RATIO}",
            start_ratio <= START_RATIO,
        ),
    }
    print(f"\n{'build':<20}{'size MB':>10}{'start ms (median)':>20}{'min ms':>9}")
    for case, values in times.items():
        print(f"{case:<20}{sizes[case] / MB:>10.1f}{start[case]:>20.0f}{min(values) * 1000:>9.0f}")
    print(f"\n{'budget':<22}{'measured':>16}{'limit':>12}  status")
    for name, (measured, limit, ok) in checks.items():
        print(f"{name:<22}{measured:>16}{limit:>12}  {'PASS' if ok else 'OVER'}")
    return 0 if all(ok for _, _, ok in checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
