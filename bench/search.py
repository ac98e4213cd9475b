"""Search benchmark: index build, one-briefing update, start-up check and query latency.

Usage: ``python bench/search.py [--counts 2000 10000] [--runs 3] [--repeat 5]
[--vocabulary real|uniform|zipf] [--sections 5] [--profile]``

For each corpus size N, bench/make_corpus.py writes N briefings into a temporary
folder (``--vocabulary``: by default ``real``, wordfreq's French words drawn by their
real frequency; ``uniform`` and ``zipf`` are the older corpora, with ``--sections``
sections per briefing) and the catalog is loaded once: that parse and render time is
shown apart, it is not part of the index budget. Then (bench/index_measures.py):

1. full build: ``SearchIndex.rebuild`` in a forked process, the median of ``--runs``
   builds, each in a fresh folder, with its peak memory; fewer builds when the next
   would pass BUILD_CAP seconds in all (the table says how many were made); the size of
   the index on disk;
2. no-change check at start-up: ``SearchIndex.is_current`` on a fresh SearchIndex
   (the manifest read included), median of CHECKS; for information, the warm catalog
   (``load_library`` on the unchanged corpus), median of WARM_LOADS;
3. query latency over the vocabulary's query mix (bench/queries.py, by kind), each
   query run once cold (the first search of it, kept as its first time) then
   ``--repeat`` times, the three engines interleaved ((a) and (b) take turns at going
   first). A query's latency is the median of its timed runs; p50 and p95 are taken
   over the queries, overall and by kind; its worst time (the first run included) is
   held against the single-query budget. The engines:

   (a) the app: ``SearchIndex.search(q, limit=20)``, which always makes snippets;
   (b) bare Whoosh on the same index and searcher: the query converted beforehand
       (untimed) by the app's own ``to_whoosh``, prefixes expanded to the same words,
       with Whoosh's own term and phrase
       queries in place of the app's faster ones (``whoosh_own``), then
       ``searcher.search`` and ``hit.highlights`` on the body of each hit, with the
       app's fragmenter and formatter so that both make the same snippets;
   (c) SQLite FTS5 (``unicode61 remove_diacritics 2``) over the same section texts,
       read from the index's stored fields (bench/fts5.py): the query's words, phrases
       and prefixes, with ``snippet()``. A reference only: no stemming, and date-only
       queries are skipped;

4. update of one briefing: a sentence is appended to one file, the catalog reloaded
   (untimed: that is the catalog's job), then ``SearchIndex.update`` timed on a fresh
   SearchIndex, as at start-up; the median over UPDATES different files.

The budgets and the table are in bench/search_report.py. ``--profile`` adds a cProfile
of the app's search over the query mix for each size. The exit status is 0, or 1 when
something crashes.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path, not the repository
    sys.dont_write_bytecode = True  # no bench/__pycache__ in the repository
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from whoosh.highlight import ContextFragmenter, HtmlFormatter

from bench.fts5 import build_fts, fts_match, fts_search
from bench.index_measures import (
    load,
    measure_builds,
    measure_checks,
    measure_updates,
    measure_warm_catalog,
    timed,
)
from bench.queries import LIMIT, queries_for
from bench.search_report import CorpusReport, QueryTimes, print_report
from briefing_app.core.content.pages import PageCache
from briefing_app.core.search.documents import F_BODY, F_TEXT
from briefing_app.core.search.index import SearchIndex
from briefing_app.core.search.language import parse_query
from briefing_app.core.search.matchers import whoosh_own
from briefing_app.core.search.prefixes import expand_prefixes
from briefing_app.core.search.translation import to_whoosh


def write_corpus(folder: Path, count: int, sections: int, vocabulary: str) -> list[Path]:
    """Write the synthetic corpus with bench/make_corpus.py."""
    from bench.make_corpus import make_corpus

    return make_corpus(folder, count, sections=sections, vocabulary=vocabulary)


# --- the engines (a) and (b); (c) is in bench/fts5.py ---------------------------------------------


def app_search(index: Any, text: str) -> int:
    """(a) The app's search; return the number of hits."""
    return len(index.search(text, limit=LIMIT).hits)


def whoosh_search(searcher: Any, query: Any) -> int:
    """(b) Bare Whoosh with the app's snippet settings; return the number of hits."""
    if query is None:
        return 0
    results = searcher.search(query, limit=LIMIT, optimize=False)
    results.fragmenter = ContextFragmenter(maxchars=220, surround=60)
    results.formatter = HtmlFormatter(tagname="mark", between=" … ", classname="hit")
    count = 0
    for hit in results:
        hit.highlights(F_TEXT, text=hit[F_BODY], top=2)
        count += 1
    return count


# --- query latency ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Engines:
    """What the three engines search: the app's index, its open searcher, the FTS5 table."""

    index: Any
    searcher: Any
    db: sqlite3.Connection


def bare_query(text: str, glossary: Any, reader: Any) -> Any:
    """The Whoosh query (b) runs for ``text``: the app's (its prefixes expanded to the
    same words), made of Whoosh's own classes."""
    query = to_whoosh(parse_query(text), glossary, None)
    return whoosh_own(expand_prefixes(query, reader)) if query is not None else None


def run_query(times: QueryTimes, engines: Engines, plan: tuple[Any, str], app_first: bool) -> None:
    """Run one query once on each engine, (a) and (b) in the order asked, then (c)."""
    query, match = plan
    runs: list[tuple[str, list[float], Callable[[], int]]] = [
        ("a", times.app, lambda: app_search(engines.index, times.text)),
        ("b", times.whoosh, lambda: whoosh_search(engines.searcher, query)),
    ]
    if not app_first:
        runs.reverse()
    if match:
        runs.append(("c", times.fts, lambda: fts_search(engines.db, match)))
    for name, samples, function in runs:
        seconds, times.hits[name] = timed(function)
        samples.append(seconds)


def measure_queries(
    index: Any, db: sqlite3.Connection, queries: Any, repeat: int, report: CorpusReport
) -> None:
    """Time the query mix on (a), (b) and (c), interleaved, after one first pass (kept as
    each query's cold time).

    (a) and (b) take turns at running first, so that neither gains from the other's work.
    """
    engines = Engines(index, index._searcher_now(), db)
    glossary = index.glossary()
    plans = [
        (
            QueryTimes(text, kind),
            (bare_query(text, glossary, engines.searcher.reader()), fts_match(text)),
        )
        for kind, text in queries
    ]
    for times, plan in plans:
        run_query(times, engines, plan, app_first=True)  # the first, cold, search
        times.first = times.app[0]
        times.app.clear()
        times.whoosh.clear()
        times.fts.clear()
    gc.collect()
    for run in range(repeat):
        for times, plan in plans:
            run_query(times, engines, plan, app_first=run % 2 == 0)
    report.queries = [times for times, _plan in plans]
    check_hits(report)


def check_hits(report: CorpusReport) -> None:
    """Note the queries without hits and those where (a) and (b) disagree."""
    empty = [q.text for q in report.queries if q.hits.get("a") == 0]
    if empty:
        report.notes.append(f"queries without hits in (a) (spelling correction ran): {empty}")
    # (b) finding nothing where (a) found hits: (a)'s closest sections (marked partial)
    differ = [q.text for q in report.queries if q.hits.get("a") != q.hits.get("b") != 0]
    if differ:
        report.notes.append(f"(a) and (b) found different numbers of hits: {differ}")
    skipped = [q.text for q in report.queries if not q.fts]
    if skipped:
        report.notes.append(f"(c) skipped (no plain word): {skipped}")


def profile_app(index: Any, queries: Any, repeat: int) -> None:
    """Print the top functions of a cProfile of the app's search over the query mix."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        for _kind, text in queries:
            index.search(text, limit=LIMIT)
    profiler.disable()
    for order in ("tottime", "cumulative"):
        print(f"\ncProfile of (a), {repeat} x {len(queries)} queries, by {order}:")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats(order).print_stats(18)


# --- one corpus size -------------------------------------------------------------------------


def measure_corpus(
    count: int, sections: int, runs: int, repeat: int, profile: bool, vocabulary: str
) -> CorpusReport:
    """Generate a corpus of ``count`` briefings and take every measure on it."""
    report = CorpusReport(count)
    with tempfile.TemporaryDirectory(prefix="briefing-search-bench-") as name:
        tmp = Path(name)
        content, cache = tmp / "content", tmp / "cache"
        progress(f"{count}: writing the corpus")
        paths = write_corpus(content, count, sections, vocabulary)
        progress(f"{count}: loading the catalog (parse and render)")
        report.catalog, library = timed(lambda: load(content, cache))
        pages = PageCache(cache)
        progress(f"{count}: full builds")
        folder = measure_builds(tmp, library, pages, runs, report)
        progress(f"{count}: no-change check and warm catalog")
        measure_checks(folder, library, report)
        measure_warm_catalog(content, cache, report)
        index = SearchIndex(folder)
        progress(f"{count}: FTS5 reference table")
        report.fts_build, db = timed(lambda: build_fts(tmp / "fts.sqlite", index._searcher_now()))
        report.fts_bytes = (tmp / "fts.sqlite").stat().st_size
        progress(f"{count}: queries")
        queries = queries_for(vocabulary)
        measure_queries(index, db, queries, repeat, report)
        if profile:
            profile_app(index, queries, repeat)
        db.close()
        index.close()
        progress(f"{count}: one-briefing updates")
        measure_updates(folder, content, cache, paths, report)
    return report


def progress(message: str) -> None:
    """Say what is being measured, on standard error."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- command line ----------------------------------------------------------------------------


def main() -> int:
    """Measure every corpus size and print the tables; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[2000, 10000], metavar="N")
    parser.add_argument("--sections", type=int, default=5, help="sections per briefing")
    parser.add_argument("--runs", type=int, default=3, help="full builds per corpus size")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each query")
    parser.add_argument("--profile", action="store_true", help="cProfile the app's search")
    parser.add_argument(
        "--vocabulary",
        choices=("real", "uniform", "zipf"),
        default="real",
        help="the corpus vocabulary (see bench/make_corpus.py)",
    )
    args = parser.parse_args()
    sys.dont_write_bytecode = True  # no bench/__pycache__ in the repository
    try:
        reports = [
            measure_corpus(
                count, args.sections, args.runs, args.repeat, args.profile, args.vocabulary
            )
            for count in args.counts
        ]
    except Exception:
        traceback.print_exc()
        return 1
    print(
        f"\nPython {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}; limit {LIMIT} hits; "
        f"{args.vocabulary} vocabulary"
    )
    for report in reports:
        print_report(report, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
