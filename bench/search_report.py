"""The search benchmark's results for one corpus size, its budgets and its printed table.

bench/search.py fills a CorpusReport (with one QueryTimes per query of the mix) for each
corpus size, then prints it here: measures against their budgets, the query latency of
the three engines, the slowest queries and the notes.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

SLOWEST = 5  # queries listed as the slowest of (a)

# Budgets: (limit, corpus size it applies to, or None for every size).
BUDGET_BUILD = (5.0, 2000)  # seconds
BUDGET_UPDATE = (300.0, None)  # ms
BUDGET_CHECK = (50.0, None)  # ms
BUDGET_P95 = (50.0, 10000)  # ms, (a) at p95
BUDGET_RATIO = (1.2, None)  # (a)/(b), at p50 and at p95


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


def percentile(values: list[float], share: int) -> float:
    """The ``share``-th percentile of ``values`` (inclusive method; the value if only one)."""
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


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
