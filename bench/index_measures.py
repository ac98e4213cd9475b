"""The search benchmark's index measures: full builds (time, peak memory, size), the
no-change check at start-up, the warm catalog and one-briefing updates.

Each full build runs in a process forked for it, so that its peak memory is its own
(the library it is given included, as in the app): the build's process and the second
process a large build shares its work with are both counted.
"""

from __future__ import annotations

import gc
import multiprocessing
import resource
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.search_report import CorpusReport
from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.search.index import SearchIndex

BUILD_CAP = 240.0  # seconds of full builds per corpus size, at most (one build at least)
CHECKS = 20  # no-change checks timed
WARM_LOADS = 5  # warm catalog loads timed
UPDATES = 5  # one-briefing updates timed, each on a different file


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    """Call ``function``; return the seconds it took and its result."""
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def load(content: Path, cache: Path) -> Any:
    """The library of ``content``, through the catalog and page caches in ``cache``."""
    return load_library([content], cache)


def folder_bytes(folder: Path) -> int:
    """The size of the files in ``folder``."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def _build_child(folder: Path, library: Any, pages: Any, answer: Any) -> None:
    """In the forked process: build, then send seconds, sections and peak memory (MB)."""
    try:
        gc.collect()
        seconds, result = timed(lambda: SearchIndex(folder).rebuild(library, pages))
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        answer.send((seconds, result.sections, (own + helper) / 1024))
    except BaseException as error:  # the parent raises it
        answer.send(f"{type(error).__name__}: {error}")


def build_once(folder: Path, library: Any, pages: Any) -> tuple[float, int, float]:
    """One full build into ``folder``, in a forked process: seconds, sections, peak MB."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_build_child, args=(folder, library, pages, sender))
    process.start()
    sender.close()
    answer = receiver.recv()
    process.join()
    if isinstance(answer, str):
        raise RuntimeError(f"the build failed: {answer}")
    return answer  # type: ignore[no-any-return]


def measure_builds(tmp: Path, library: Any, pages: Any, runs: int, report: CorpusReport) -> Path:
    """Full builds in fresh folders; return the folder of the last one (kept)."""
    folder = tmp / "index-0"
    while len(report.builds) < max(1, runs):
        if folder.exists():
            shutil.rmtree(folder)
        folder = tmp / f"index-{len(report.builds)}"
        seconds, report.sections, memory = build_once(folder, library, pages)
        report.builds.append(seconds)
        report.build_memory.append(memory)
        if sum(report.builds) + seconds > BUILD_CAP:
            break
    if len(report.builds) < runs:
        report.notes.append(
            f"{len(report.builds)} full build(s) instead of {runs}: the next would pass "
            f"{BUILD_CAP:.0f} s of builds"
        )
    report.index_bytes = folder_bytes(folder)
    return folder


def measure_checks(folder: Path, library: Any, report: CorpusReport) -> None:
    """Time the start-up no-change check, each on a fresh SearchIndex."""
    for _ in range(CHECKS):
        seconds, current = timed(lambda: SearchIndex(folder).is_current(library))
        report.checks.append(seconds)
        if not current:
            report.notes.append("the no-change check said the index is NOT current")
            return


def measure_warm_catalog(content: Path, cache: Path, report: CorpusReport) -> None:
    """Time ``load_library`` on the unchanged corpus (the warm catalog)."""
    for _ in range(WARM_LOADS):
        seconds, _library = timed(lambda: load(content, cache))
        report.warm.append(seconds)


def append_sentence(path: Path, number: int) -> None:
    """Append one sentence to the last section of the briefing at ``path``."""
    text = path.read_text(encoding="utf-8")
    sentence = f"\nLa mesure ajoute une phrase de contrôle numéro {number} à ce briefing.\n"
    path.write_text(text + sentence, encoding="utf-8", newline="\n")


def update_once(folder: Path, library: Any, pages: PageCache) -> tuple[float, Any]:
    """Time ``update`` on a fresh SearchIndex, as at start-up; return seconds and report."""
    index = SearchIndex(folder)
    try:
        return timed(lambda: index.update(library, pages))
    finally:
        index.close()


def measure_updates(
    folder: Path, content: Path, cache: Path, paths: list[Path], report: CorpusReport
) -> None:
    """Change one file at a time, reload the catalog (untimed) and time the update."""
    pages = PageCache(cache)
    step = max(1, len(paths) // UPDATES)
    for number, path in enumerate(paths[::step][:UPDATES], start=1):
        append_sentence(path, number)
        library = load(content, cache)
        gc.collect()
        seconds, result = update_once(folder, library, pages)
        report.updates.append(seconds)
        if result.briefings != 1 or result.rebuilt:
            report.notes.append(
                f"update {number} touched {result.briefings} briefing(s), rebuilt={result.rebuilt}"
            )
