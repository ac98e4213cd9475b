"""Content packs benchmark: a pack of new briefings made, verified, installed into a large
library and made searchable, against the same files copied into a content folder and
against a full index rebuild; the window's GUI thread during the same import; the
changes view's diff; the size of the one-file program.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/packs.py [--library 2000] [--pack 500]
[--runs 3] [--no-window]``

Every briefing is generated (bench/make_corpus.py, real French word frequencies,
labelled synthetic in its front matter: never France urbaine's). The library of
``--library`` briefings is loaded and indexed once; each run then starts from a copy of
that data folder, with the operating system's file cache dropped when the machine lets
us (the table says), and measures:

- pack: ``verify_pack`` then ``plan_install`` and ``install`` (budget: both within 3 s),
  then the library loaded again (the catalog reads the new files) and the index updated,
  and a query that only a new briefing answers: "searchable" is the time from the pack
  file to that answer;
- (a) copy: the same briefings copied into a content folder of the library, then the
  same load, update and query (what the pack path is held against: at most 1.5 times);
- (b) a full rebuild of the index of the whole library (once, for scale).

``pack create`` (the publisher's side, with its content check) is timed once. The
window (bench/packs_window.py) and the diff (bench/changes_diff.py) follow; the sizes
of dist/ are read when ``make dist`` has built them. Exit status 0, 1 on a crash.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path, not the repository
    sys.dont_write_bytecode = True  # no bench/__pycache__ in the repository
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.make_corpus import make_corpus
from briefing_app.core.content.pages import PageCache
from briefing_app.core.packs.archive import verify_pack
from briefing_app.core.packs.create import create_pack
from briefing_app.core.packs.install import install, plan_install
from briefing_app.core.packs.keys import generate, read_public
from briefing_app.core.search import search_library
from briefing_app.core.search.index import SearchIndex
from briefing_app.core.session import Session

REPO = Path(__file__).resolve().parent.parent
MARK = "arrivéeduPaquet"  # a word only the pack's briefings hold: the searchable test


@dataclass
class Runs:
    """Seconds of each run, by measure."""

    times: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, seconds: float) -> None:
        self.times.setdefault(name, []).append(seconds)

    def median(self, name: str) -> float:
        return statistics.median(self.times[name])

    def row(self, name: str, label: str) -> str:
        values = self.times[name]
        return (
            f"{label:<44}{statistics.median(values):>9.2f}{min(values):>9.2f}"
            f"{max(values):>9.2f}{len(values):>6}"
        )


def drop_caches() -> bool:
    """Empty the operating system's file cache (root on Linux); whether it could."""
    try:
        with open("/proc/sys/vm/drop_caches", "w", encoding="ascii") as knob:
            knob.write("3\n")
    except OSError:
        return False
    return True


def incoming_briefings(folder: Path, count: int) -> Path:
    """``count`` generated briefings under names of their own, each holding MARK."""
    made = make_corpus(folder / "made", count, seed=2, vocabulary="real")
    target = folder / "recus"
    target.mkdir()
    for number, path in enumerate(made, start=1):
        text = path.read_text(encoding="utf-8") + f"\n{MARK} numéro {number}.\n"
        (target / f"recu-{number:05d}.md").write_text(text, encoding="utf-8")
    shutil.rmtree(folder / "made")
    return target


def searchable(session: Session) -> tuple[float, float]:
    """Load the library, update the index and ask MARK; (load, update) seconds."""
    start = time.perf_counter()
    library = session.library()
    loaded = time.perf_counter()
    pages = PageCache(session.paths.cache)
    index = SearchIndex(session.paths.search_index)
    try:
        index.update(library, pages)
        found = search_library(index, library, pages, MARK, 5)
    finally:
        index.close()
    if not found.hits or not found.hits[0].briefing.startswith("recu-"):
        raise RuntimeError(f"« {MARK} » does not find a new briefing")
    return loaded - start, time.perf_counter() - loaded


def run_once(
    base: Path, work: Path, library: Path, pack: Path, incoming: Path, runs: Runs, number: int
) -> bool:
    """One run of the pack path and the copy path, each from a copy of ``base`` (which
    goes first alternates from run to run)."""
    for path in ("pack", "copy"):
        data = work / path
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(base, data)
    extra = work / "extra"
    shutil.rmtree(extra, ignore_errors=True)
    extra.mkdir()
    paths = [pack_path, copy_path] if number % 2 == 0 else [copy_path, pack_path]
    cold = True
    for measure in paths:
        cold = drop_caches() and cold
        measure(work, library, extra, pack, incoming, runs)
    return cold


def pack_path(
    work: Path, library: Path, extra: Path, pack: Path, _incoming: Path, runs: Runs
) -> None:
    """The pack verified, installed, the library loaded again and the index updated."""
    session = Session.start([library, extra], work / "pack")
    start = time.perf_counter()
    verified = verify_pack(pack, [])
    checked = time.perf_counter()
    install(plan_install(verified, session.paths.data), session.paths.data)
    installed = time.perf_counter()
    load, update = searchable(session.refreshed())
    runs.add("verify", checked - start)
    runs.add("install", installed - checked)
    runs.add("verify+install", installed - start)
    runs.add("pack load", load)
    runs.add("pack update", update)
    runs.add("pack searchable", time.perf_counter() - start)


def copy_path(
    work: Path, library: Path, extra: Path, _pack: Path, incoming: Path, runs: Runs
) -> None:
    """(a) The same briefings copied into a content folder, then the same load and update."""
    copied = Session.start([library, extra], work / "copy")
    start = time.perf_counter()
    for path in sorted(incoming.glob("*.md")):
        shutil.copy2(path, extra / path.name)
    load, update = searchable(copied)
    runs.add("copy load", load)
    runs.add("copy update", update)
    runs.add("copy searchable", time.perf_counter() - start)


def full_rebuild(data: Path, library: Path, extra: Path, runs: Runs) -> None:
    """(b) The whole index rebuilt (the library with the new briefings)."""
    session = Session.start([library, extra], data)
    whole = session.library()
    folder = data / "rebuilt"
    start = time.perf_counter()
    SearchIndex(folder).rebuild(whole, PageCache(session.paths.cache))
    runs.add("rebuild", time.perf_counter() - start)


def sizes() -> list[str]:
    """The built programs' sizes, if ``make dist`` made them."""
    lines = []
    onefile = REPO / "dist" / "briefings-onefile"
    if onefile.is_file():
        mb = onefile.stat().st_size / 1e6
        lines.append(
            f"one-file program: {mb:.1f} MB (budget ≤ 50 MB): {'ok' if mb <= 50 else 'OVER'}"
        )
    nacl = list((REPO / "dist" / "briefings" / "_internal" / "nacl").glob("*.so"))
    if nacl:
        lines.append(f"libsodium binding in the bundle: {nacl[0].stat().st_size / 1e6:.2f} MB")
    return lines or ["dist/ not built: run make dist for the program's size"]


def main() -> int:
    """Measure, print the tables; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=int, default=2000, help="briefings installed before")
    parser.add_argument("--pack", type=int, default=500, help="briefings in the pack")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-window", action="store_true", help="skip the window's measure")
    args = parser.parse_args()
    runs = Runs()
    with tempfile.TemporaryDirectory(prefix="bench-packs-") as name:
        tmp = Path(name)
        print(f"generating {args.library} + {args.pack} briefings (real frequencies)…", flush=True)
        library = tmp / "library"
        make_corpus(library, args.library, vocabulary="real")
        incoming = incoming_briefings(tmp, args.pack)
        keyfile = tmp / "editeur.key"
        generate(keyfile, "Éditeur de mesure (généré)")
        pack = tmp / "mesure.briefings"
        start = time.perf_counter()
        create_pack(incoming, "mesure", 1, keyfile, pack, title="Paquet de mesure (généré)")
        created = time.perf_counter() - start
        base = tmp / "base"
        print("indexing the library once…", flush=True)
        searchable_base = Session.start([library], base)
        SearchIndex(searchable_base.paths.search_index).update(
            searchable_base.library(), PageCache(searchable_base.paths.cache)
        )
        cold = True
        for number in range(args.runs):
            print(f"run {number + 1} of {args.runs}…", flush=True)
            cold = run_once(base, tmp / "work", library, pack, incoming, runs, number) and cold
        full_rebuild(tmp / "work" / "copy", library, tmp / "work" / "extra", runs)
        print_table(args, runs, created, pack.stat().st_size, cold)
        if not args.no_window:
            from bench.packs_window import measure_window

            trusted = read_public(keyfile.with_name(keyfile.name + ".pub"))
            measure_window(base, library, pack, trusted, tmp / "window")
    from bench.changes_diff import measure_diff

    measure_diff()
    for line in sizes():
        print(line)
    return 0


def print_table(
    args: argparse.Namespace, runs: Runs, created: float, size: int, cold: bool
) -> None:
    """The core table, with the budgets' verdicts."""
    cache = "dropped before each path" if cold else "NOT dropped (not root): warm"
    print()
    print(f"{args.pack} briefings into a library of {args.library}; file cache {cache}")
    print(f"pack create (publisher, content check included): {created:.2f} s, {size / 1e6:.1f} MB")
    print(f"{'seconds':<44}{'median':>9}{'min':>9}{'max':>9}{'runs':>6}")
    for name, label in (
        ("verify", "verify (signature, hashes, front matters)"),
        ("install", "install (unpacked beside, swapped in)"),
        ("verify+install", "verify + install"),
        ("pack load", "  library loaded again (new files parsed)"),
        ("pack update", "  index updated"),
        ("pack searchable", "pack: file → searchable"),
        ("copy load", "  library loaded again (new files parsed)"),
        ("copy update", "  index updated"),
        ("copy searchable", "(a) copy into a folder → searchable"),
        ("rebuild", "(b) full rebuild of the index"),
    ):
        print(runs.row(name, label))
    ratio = runs.median("pack searchable") / runs.median("copy searchable")
    update = runs.median("pack searchable") / runs.median("copy update")
    verdict = "ok" if runs.median("verify+install") <= 3 else "OVER"
    print(f"verify + install ≤ 3 s: {runs.median('verify+install'):.2f} s, {verdict}")
    verdict = "ok" if ratio <= 1.5 else "OVER"
    print(f"searchable, pack / copy ≤ 1.5: {ratio:.2f}, {verdict}")
    print(f"(for scale: pack searchable / the copy's index update alone: {update:.2f})")


if __name__ == "__main__":
    sys.exit(main())
