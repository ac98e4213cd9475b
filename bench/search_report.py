"""The search benchmark's results for one corpus size, its budgets and its printed table.

bench/search.py fills a CorpusReport (with one QueryTimes per query of the mix) for each
corpus size, then prints it here: measures against their budgets, the query latency of
the three engines overall and by kind of query, the slowest queries and the notes.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

SLOWEST = 5  # queries listed as the slowest of (a), overall and for each kind

# Budgets: (limit, corpus size it applies to, or None for every size).
BUDGET_BUILD = ((5.0, 2000), (30.0, 10000))  # seconds
BUDGET_BUILD_MEMORY = (500.0, None)  # MB, peak of the build's processes
BUDGET_INDEX_SIZE = (2.0, None)  # times FTS5's database
BUDGET_UPDATE = (100.0, None)  # ms
BUDGET_CHECK = (20.0, None)  # ms
BUDGET_P95 = (50.0, 10000)  # ms, (a) at p95
BUDGET_P95_FTS = (2.0, 10000)  # (a)/(c) at p95
BUDGET_WORST = (200.0, 10000)  # ms, every query, its first (cold) run included


@dataclass
class QueryTimes:
    """One query's timings (seconds) and hit counts for the three engines."""

    text: str
    kind: str
    app: list[float] = field(default_factory=list)
    whoosh: list[float] = field(default_factory=list)
    fts: list[float] = field(default_factory=list)
    hits: dict[str, int] = field(default_factory=dict)
    first: float = 0.0  # (a)'s first, cold, run

    def worst(self) -> float:
        """(a)'s slowest run (ms), the first one included."""
        return max([self.first, *self.app]) * 1000


@dataclass
class CorpusReport:
    """Everything measured on one corpus size."""

    count: int
    sections: int = 0
    catalog: float = 0.0
    builds: list[float] = field(default_factory=list)
    build_memory: list[float] = field(default_factory=list)  # MB, each build's peak
    index_bytes: int = 0
    fts_bytes: int = 0
    checks: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    updates: list[float] = field(default_factory=list)
    fts_build: float = 0.0
    queries: list[QueryTimes] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def percentile(values: list[float], share: int) -> float:
    """The ``share``-th percentile of ``values`` (inclusive method; the value if only one)."""
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def sized(budgets: tuple[tuple[float, int], ...], count: int) -> tuple[float, int | None]:
    """The budget of ``budgets`` for corpus size ``count`` (the largest size's otherwise)."""
    for budget in budgets:
        if budget[1] == count:
            return budget
    return budgets[-1]


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
    build_budget = sized(BUDGET_BUILD, count)
    row(
        f"full build (median of {len(report.builds)})",
        f"{build:.2f} s",
        budget_text(build_budget, " s"),
        status(build, build_budget, count),
    )
    memory = max(report.build_memory)
    row(
        "full build, peak memory",
        f"{memory:.0f} MB",
        budget_text(BUDGET_BUILD_MEMORY, " MB"),
        status(memory, BUDGET_BUILD_MEMORY, count),
    )
    size = report.index_bytes / max(1, report.fts_bytes)
    row(
        "index size / FTS5's",
        f"{report.index_bytes / 1e6:.0f} / {report.fts_bytes / 1e6:.0f} MB = {size:.2f}",
        budget_text(BUDGET_INDEX_SIZE, "×"),
        status(size, BUDGET_INDEX_SIZE, count),
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
    """Print the query latency rows, the budgets on them, the rows by kind, the slowest
    queries and the notes."""
    count = report.count
    queries = report.queries
    app = latency([q.app for q in queries])
    bare = latency([q.whoosh for q in queries])
    fts = latency([q.fts for q in queries])
    done = sum(1 for q in queries if q.fts)
    row(
        f"(a) app search p50 / p95 ({len(queries)} queries x {repeat})",
        f"{app[0]:.1f} / {app[1]:.1f} ms",
        budget_text(BUDGET_P95, " ms") + " (p95)",
        status(app[1], BUDGET_P95, count),
    )
    row("(b) bare Whoosh p50 / p95", f"{bare[0]:.1f} / {bare[1]:.1f} ms", "info")
    row(f"(c) SQLite FTS5 p50 / p95 ({done} queries)", f"{fts[0]:.1f} / {fts[1]:.1f} ms")
    ratio = app[1] / fts[1]
    row(
        "(a)/(c) at p95",
        f"{ratio:.2f}",
        budget_text(BUDGET_P95_FTS, "×"),
        status(ratio, BUDGET_P95_FTS, count),
    )
    worst = max(queries, key=QueryTimes.worst)
    row(
        "slowest single query (a), first run incl.",
        f"{worst.worst():.0f} ms",
        budget_text(BUDGET_WORST, " ms"),
        status(worst.worst(), BUDGET_WORST, count),
    )
    print(f"(FTS5 table built in {report.fts_build:.1f} s, for information)")
    print_kinds(queries)
    print_slowest(queries, "slowest queries")
    for note in report.notes:
        print(f"note: {note}")


def print_kinds(queries: list[QueryTimes]) -> None:
    """Print p50 / p95 and the worst run of each kind of query, in each engine."""
    print(
        f"\n{'kind':<12}{'n':>3}  {'(a) p50/p95':>13}  {'(b) p50/p95':>13}  {'(c) p50/p95':>13}"
        f"  {'(a) worst':>9}"
    )
    kinds = dict.fromkeys(q.kind for q in queries)
    for kind in kinds:
        mine = [q for q in queries if q.kind == kind]
        cells = []
        for values in ([q.app for q in mine], [q.whoosh for q in mine], [q.fts for q in mine]):
            present = [v for v in values if v]
            if present:
                p50, p95 = latency(present)
                cells.append(f"{p50:6.1f}/{p95:6.1f}")
            else:
                cells.append(f"{'-':>13}")
        worst = max(q.worst() for q in mine)
        print(
            f"{kind:<12}{len(mine):>3}  {cells[0]:>13}  {cells[1]:>13}  {cells[2]:>13}"
            f"  {worst:>9.0f}"
        )


def print_slowest(queries: list[QueryTimes], title: str) -> None:
    """Print the queries slowest in (a) (by their median), with their times in (b) and (c)."""

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.1f}" if values else "-"

    ranked = sorted(queries, key=lambda q: statistics.median(q.app), reverse=True)
    print(f"\n{title} in (a), median ms (a) / (b) / (c), first run (a), hits (a) / (c):")
    for query in ranked[:SLOWEST]:
        times = f"{ms(query.app)} / {ms(query.whoosh)} / {ms(query.fts)}"
        hits = f"{query.hits.get('a', 0)} / {query.hits.get('c', '-')}"
        print(
            f"  {query.text[:44]!r:<46} {query.kind:<10} {times:>22} "
            f"{query.first * 1000:>7.1f}  {hits}"
        )
