"""Search benchmark: index build, one-briefing update, start-up check and query latency.

Usage: ``python bench/search.py [--counts 2000 10000] [--sections 5] [--runs 3] [--repeat 5]
[--vocabulary uniform|zipf]``

For each corpus size N, bench/make_corpus.py writes N briefings into a temporary
folder (with ``--vocabulary``, uniform or zipf) and the catalog is loaded once: that
parse and render time is shown apart, it is not part of the index budget. Then:

1. full build: ``SearchIndex.rebuild``, the median of ``--runs`` builds, each in a
   fresh folder; fewer when the next build would pass BUILD_CAP seconds in all (the
   table says how many were made);
2. no-change check at start-up: ``SearchIndex.is_current`` on a fresh SearchIndex
   (the manifest read included), median of CHECKS; for information, the warm catalog
   (``load_library`` on the unchanged corpus), median of WARM_LOADS;
3. query latency over QUERIES, a fixed mix of 50 queries drawn from make_corpus's
   vocabulary, each run ``--repeat`` times after one untimed pass, the three engines
   interleaved ((a) and (b) take turns at going first). A query's latency is the median
   of its runs; p50 and p95 are taken over the queries. The engines:

   (a) the app: ``SearchIndex.search(q, limit=20)``, which always makes snippets;
   (b) bare Whoosh on the same index and searcher: the query converted beforehand
       (untimed) by the app's own ``to_whoosh``, with Whoosh's own term and phrase
       queries in place of the app's faster ones (``whoosh_own``), then
       ``searcher.search`` and ``hit.highlights`` on the body of each hit, with the
       app's fragmenter and formatter so that both make the same snippets;
   (c) SQLite FTS5 (``unicode61 remove_diacritics 2``) over the same section texts,
       read from the index's stored fields: the query's positive words, each quoted,
       AND-ed (``word*`` for a prefix; fields, dates and operators dropped), with
       ``snippet()``. A reference only: no stemming, and date-only queries are skipped;

4. update of one briefing: a sentence is appended to one file, the catalog reloaded
   (untimed: that is the catalog's job), then ``SearchIndex.update`` timed on a fresh
   SearchIndex, as at start-up; the median over UPDATES different files.

``--profile`` adds a cProfile of the app's search over the query mix for each size.
The exit status is 0, or 1 when something crashes.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.highlight import ContextFragmenter, HtmlFormatter

from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.search.documents import F_BODY, F_TEXT
from briefing_app.core.search.index import SearchIndex
from briefing_app.core.search.language import Or, Phrase, Prefix, Word, parse_query
from briefing_app.core.search.matchers import whoosh_own
from briefing_app.core.search.translation import to_whoosh

BENCH = Path(__file__).resolve().parent
LIMIT = 20  # hits per query, as in the search panel
BUILD_CAP = 180.0  # seconds of full builds per corpus size, at most (one build at least)
CHECKS = 20  # no-change checks timed
WARM_LOADS = 5  # warm catalog loads timed
UPDATES = 5  # one-briefing updates timed, each on a different file
SLOWEST = 5  # queries listed as the slowest of (a)

# Budgets: (limit, corpus size it applies to, or None for every size).
BUDGET_BUILD = (5.0, 2000)  # seconds
BUDGET_UPDATE = (300.0, None)  # ms
BUDGET_CHECK = (50.0, None)  # ms
BUDGET_P95 = (50.0, 10000)  # ms, (a) at p95
BUDGET_RATIO = (1.2, None)  # (a)/(b), at p50 and at p95

# The fixed query mix, 50 queries by kind (" | " separates them). Every word is in
# bench/make_corpus.py's vocabulary; the quoted phrases occur even in 200 briefings.
QUERY_MIX = {
    "word": "mobilité | logement | budget | cybersécurité | tramway | péréquation | "
    "biodiversité | gouvernance | CNIL | intercommunalité",
    "pair": "logement social | budget pluriannuel | transport urbain | fiscalité locale | "
    "politique locale | ville durable | énergie sobriété | tramway vélo | CNIL donnée | "
    "chantier calendrier",
    "no accent": "collectivite | securite | energie | deplacement | amenagement | metropole",
    "phrase": '"mobilité durable" | "stratégie numérique" | "réseau social" | '
    '"rénovation énergétique" | "gouvernance partagée" | "dotation budgétaire"',
    "prefix": "mobil* | numér* | fisca* | énerg* | transp*",
    "field": "titre:stratégie | titre:mobilité | theme:Numérique | theme:Logement | tag:CNIL | "
    "date:2018 | date:2016..2019 | logement date:2020 | budget theme:Logement",
    "not": "mobilité NOT vélo | logement SAUF loyer",
    "or": "tramway OR covoiturage | CNIL OU RGPD",
}
QUERIES = tuple((kind, text) for kind, texts in QUERY_MIX.items() for text in texts.split(" | "))

FTS_CREATE = (
    "CREATE VIRTUAL TABLE sections USING fts5(briefing UNINDEXED, section UNINDEXED, "
    "title, section_title, body, tokenize='unicode61 remove_diacritics 2')"
)
FTS_SELECT = (
    "SELECT briefing, section, title, section_title, "
    "snippet(sections, 4, '<mark>', '</mark>', ' … ', 24) "
    f"FROM sections WHERE sections MATCH ? ORDER BY rank LIMIT {LIMIT}"
)


@dataclass
class QueryTimes:
    """One query's timings (seconds) and hit counts for the three engines."""

    text: str
    kind: str
    app: list[float] = field(default_factory=list)
    whoosh: list[float] = field(default_factory=list)
    fts: list[float] = field(default_factory=list)
    hits: dict[str, int] = field(default_factory=dict)


@dataclass
class CorpusReport:
    """Everything measured on one corpus size."""

    count: int
    sections: int = 0
    catalog: float = 0.0
    builds: list[float] = field(default_factory=list)
    checks: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    updates: list[float] = field(default_factory=list)
    fts_build: float = 0.0
    queries: list[QueryTimes] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    """Call ``function``; return the seconds it took and its result."""
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def percentile(values: list[float], share: int) -> float:
    """The ``share``-th percentile of ``values`` (inclusive method; the value if only one)."""
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


# --- the corpus, the catalog and the index -----------------------------------------------------


def write_corpus(folder: Path, count: int, sections: int, vocabulary: str) -> list[Path]:
    """Write the synthetic corpus with bench/make_corpus.py."""
    sys.path.insert(0, str(BENCH))
    from make_corpus import make_corpus

    return make_corpus(folder, count, sections=sections, vocabulary=vocabulary)


def load(content: Path, cache: Path) -> Any:
    """The library of ``content``, through the catalog and page caches in ``cache``."""
    return load_library([content], cache)


def measure_builds(tmp: Path, library: Any, pages: Any, runs: int, report: CorpusReport) -> Path:
    """Full builds in fresh folders; return the folder of the last one (kept)."""
    folder = tmp / "index-0"
    while len(report.builds) < max(1, runs):
        if folder.exists():
            shutil.rmtree(folder)
        folder = tmp / f"index-{len(report.builds)}"
        gc.collect()
        seconds, result = timed(lambda f=folder: SearchIndex(f).rebuild(library, pages))
        report.builds.append(seconds)
        report.sections = result.sections
        if sum(report.builds) + seconds > BUILD_CAP:
            break
    if len(report.builds) < runs:
        report.notes.append(
            f"{len(report.builds)} full build(s) instead of {runs}: the next would pass "
            f"{BUILD_CAP:.0f} s of builds"
        )
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


# --- the three engines -----------------------------------------------------------------------


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


def fts_search(db: sqlite3.Connection, match: str) -> int:
    """(c) SQLite FTS5 with snippets; return the number of hits."""
    return len(db.execute(FTS_SELECT, (match,)).fetchall())


def build_fts(path: Path, searcher: Any) -> sqlite3.Connection:
    """An FTS5 table of the index's stored section texts, in the database at ``path``."""
    names = ("briefing", "section", "title", "section_title", "body")
    db = sqlite3.connect(path)
    db.execute(FTS_CREATE)
    rows = (tuple(f.get(n, "") for n in names) for f in searcher.all_stored_fields())
    db.executemany("INSERT INTO sections VALUES (?, ?, ?, ?, ?)", rows)
    db.commit()
    return db


def fts_terms(clause: Any) -> list[str]:
    """The FTS5 terms of one parsed clause: quoted words, ``"word"*`` for a prefix."""

    def quote(word: str) -> str:
        return '"' + word.replace('"', '""') + '"'

    if isinstance(clause, Word):
        return [quote(clause.text)]
    if isinstance(clause, Prefix):
        return [quote(clause.text) + "*"]
    if isinstance(clause, Phrase):
        return [quote(word) for word in clause.words]
    if isinstance(clause, Or):
        return [term for inner in clause.clauses for term in fts_terms(inner)]
    return []  # a date range or an excluded clause


def fts_match(text: str) -> str:
    """The FTS5 MATCH expression for a query of the app ("" when it has no word)."""
    terms = [term for clause in parse_query(text).clauses for term in fts_terms(clause)]
    return " AND ".join(terms)


# --- query latency ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Engines:
    """What the three engines search: the app's index, its open searcher, the FTS5 table."""

    index: Any
    searcher: Any
    db: sqlite3.Connection


def bare_query(text: str, glossary: Any) -> Any:
    """The Whoosh query (b) runs for ``text``: the app's, made of Whoosh's own classes."""
    return whoosh_own(to_whoosh(parse_query(text), glossary, None))


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


def measure_queries(index: Any, db: sqlite3.Connection, repeat: int, report: CorpusReport) -> None:
    """Time the query mix on (a), (b) and (c), interleaved, after one untimed pass.

    (a) and (b) take turns at running first, so that neither gains from the other's work.
    """
    engines = Engines(index, index._searcher_now(), db)
    glossary = index.glossary()
    plans = [
        (QueryTimes(text, kind), (bare_query(text, glossary), fts_match(text)))
        for kind, text in QUERIES
    ]
    for times, plan in plans:
        run_query(times, engines, plan, app_first=True)  # warm-up
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
    differ = [q.text for q in report.queries if q.hits.get("a") != q.hits.get("b")]
    if differ:
        report.notes.append(f"(a) and (b) found different numbers of hits: {differ}")
    skipped = [q.text for q in report.queries if not q.fts]
    if skipped:
        report.notes.append(f"(c) skipped (no plain word): {skipped}")


def profile_app(index: Any, repeat: int) -> None:
    """Print the top functions of a cProfile of the app's search over the query mix."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        for _kind, text in QUERIES:
            index.search(text, limit=LIMIT)
    profiler.disable()
    for order in ("tottime", "cumulative"):
        print(f"\ncProfile of (a), {repeat} x {len(QUERIES)} queries, by {order}:")
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
        progress(f"{count}: queries")
        measure_queries(index, db, repeat, report)
        if profile:
            profile_app(index, repeat)
        db.close()
        index.close()
        progress(f"{count}: one-briefing updates")
        measure_updates(folder, content, cache, paths, report)
    return report


def progress(message: str) -> None:
    """Say what is being measured, on standard error."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- the table -------------------------------------------------------------------------------


def status(value: float, budget: tuple[float, int | None], count: int) -> str:
    """PASS or OVER against the budget, or a dash when it is for another corpus size."""
    limit, size = budget
    if size is not None and size != count:
        return "—"
    return "PASS" if value <= limit else "OVER"


def budget_text(budget: tuple[float, int | None], unit: str) -> str:
    """The budget as shown in the table, e.g. ``≤ 50 ms at 10,000``."""
    limit, size = budget
    text = f"≤ {limit:g}{unit}"
    return f"{text} at {size:,}" if size is not None else text


def row(label: str, value: str, budget: str = "", state: str = "") -> None:
    """Print one line of the table."""
    print(f"{label:<40}{value:>18}  {budget:<26}{state}".rstrip())


def latency(values: list[list[float]]) -> tuple[float, float]:
    """p50 and p95 (ms) over queries of each query's median time."""
    medians = [statistics.median(runs) * 1000 for runs in values if runs]
    return statistics.median(medians), percentile(medians, 95)


def print_report(report: CorpusReport, repeat: int) -> None:
    """Print the table of one corpus size, its slowest queries and notes."""
    count = report.count
    print(f"\n== {count:,} briefings, {report.sections:,} sections ==")
    row("measure", "value", "budget", "status")
    row("catalog (parse+render), cold", f"{report.catalog:.1f} s", "not in budget")
    build = statistics.median(report.builds)
    row(
        f"full build (median of {len(report.builds)})",
        f"{build:.2f} s",
        budget_text(BUDGET_BUILD, " s"),
        status(build, BUDGET_BUILD, count),
    )
    update = statistics.median(report.updates) * 1000
    row(
        f"update one briefing (median of {len(report.updates)})",
        f"{update:.0f} ms (max {max(report.updates) * 1000:.0f})",
        budget_text(BUDGET_UPDATE, " ms"),
        status(update, BUDGET_UPDATE, count),
    )
    check = statistics.median(report.checks) * 1000
    row(
        f"no-change check (median of {len(report.checks)})",
        f"{check:.2f} ms",
        budget_text(BUDGET_CHECK, " ms"),
        status(check, BUDGET_CHECK, count),
    )
    row(
        f"warm catalog (median of {len(report.warm)})",
        f"{statistics.median(report.warm) * 1000:.0f} ms",
        "info",
    )
    print_latency(report, repeat)


def print_latency(report: CorpusReport, repeat: int) -> None:
    """Print the query latency rows, the ratios, the slowest queries and the notes."""
    count = report.count
    app = latency([q.app for q in report.queries])
    bare = latency([q.whoosh for q in report.queries])
    fts = latency([q.fts for q in report.queries])
    done = sum(1 for q in report.queries if q.fts)
    runs = f"{len(report.queries)} queries x {repeat}"
    row(
        f"(a) app search p50 / p95 ({runs})",
        f"{app[0]:.1f} / {app[1]:.1f} ms",
        budget_text(BUDGET_P95, " ms") + " (p95)",
        status(app[1], BUDGET_P95, count),
    )
    row("(b) bare Whoosh p50 / p95", f"{bare[0]:.1f} / {bare[1]:.1f} ms", "info")
    row(
        f"(c) SQLite FTS5 p50 / p95 ({done} queries)",
        f"{fts[0]:.1f} / {fts[1]:.1f} ms",
        "reference",
    )
    for name, index in (("p50", 0), ("p95", 1)):
        ratio = app[index] / bare[index]
        row(
            f"(a)/(b) at {name}",
            f"{ratio:.2f}",
            budget_text(BUDGET_RATIO, ""),
            status(ratio, BUDGET_RATIO, count),
        )
    print(f"(FTS5 table built in {report.fts_build:.1f} s, for information)")
    print_slowest(report)
    for note in report.notes:
        print(f"note: {note}")


def print_slowest(report: CorpusReport) -> None:
    """Print the queries slowest in (a), with their times in (b) and (c)."""

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.1f}" if values else "-"

    ranked = sorted(report.queries, key=lambda q: statistics.median(q.app), reverse=True)
    print("slowest queries in (a), median ms (a) / (b) / (c), hits (a):")
    for query in ranked[:SLOWEST]:
        times = f"{ms(query.app)} / {ms(query.whoosh)} / {ms(query.fts)}"
        print(f"  {query.text!r:<28} {query.kind:<10} {times:>22}  {query.hits.get('a', 0)}")


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
        choices=("uniform", "zipf"),
        default="uniform",
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
