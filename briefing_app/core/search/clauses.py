"""The parsed form of a search: a query of clauses (words, prefixes, phrases, date
ranges, exclusions, choices), what a search runs of it, and a compact description.

``language.parse_query`` makes it; ``translation`` turns it into Whoosh queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

MAX_WORDS = 32  # words a search runs, in order (see limited)


@dataclass(frozen=True)
class Word:
    """A plain word; ``field`` None means any text field."""

    text: str
    field: str | None = None


@dataclass(frozen=True)
class Prefix:
    """Words starting with ``text`` (written ``text*``)."""

    text: str
    field: str | None = None


@dataclass(frozen=True)
class Phrase:
    """Consecutive words (written between double quotes)."""

    words: tuple[str, ...]
    field: str | None = None


@dataclass(frozen=True)
class DateRange:
    """Dates from ``start`` to ``end`` inclusive, as typed; ``""`` leaves a side open."""

    start: str
    end: str


@dataclass(frozen=True)
class Not:
    """Excludes what ``clause`` matches."""

    clause: Clause


@dataclass(frozen=True)
class Or:
    """Matches when any of ``clauses`` matches (never fewer than two)."""

    clauses: tuple[Clause, ...]


Clause: TypeAlias = Word | Prefix | Phrase | DateRange | Not | Or


@dataclass(frozen=True)
class Query:
    """The whole query: every clause must match."""

    clauses: tuple[Clause, ...] = ()

    def is_empty(self) -> bool:
        """Whether nothing usable was typed."""
        return not self.clauses

    def words(self) -> list[str]:
        """The texts of the positive words, prefixes and phrase words, in order.

        Negated clauses are left out; words inside a choice (``OR``) are included.
        """
        found: list[str] = []
        for clause in self.clauses:
            _collect_words(clause, found)
        return found


Node: TypeAlias = Query | Clause


def limited(query: Query, words: int = MAX_WORDS) -> Query:
    """``query`` with each clause once, cut after its first ``words`` words.

    A phrase counts each of its words, a choice each of its sides; the clause that
    goes past the limit is cut (a phrase keeps its first words, a choice its first
    sides), the clauses after it are dropped.
    """
    kept: list[Clause] = []
    budget = words
    for clause in dict.fromkeys(query.clauses):
        trimmed, cost = _trim(clause, budget)
        if trimmed is None:
            break
        kept.append(trimmed)
        budget -= cost
    return Query(tuple(kept))


def describe(node: Node) -> str:
    """A compact one-line form of ``node``, for tests and debugging.

    Example: ``AND(title:ville, OR("a b", c*), NOT(x), date[2017..2018])``.
    """
    if isinstance(node, Query):
        return f"AND({', '.join(describe(c) for c in node.clauses)})"
    if isinstance(node, Or):
        return f"OR({', '.join(describe(c) for c in node.clauses)})"
    if isinstance(node, Not):
        return f"NOT({describe(node.clause)})"
    if isinstance(node, DateRange):
        if node.start == node.end:
            return f"date[{node.start}]"
        return f"date[{node.start}..{node.end}]"
    field = f"{node.field}:" if node.field else ""
    if isinstance(node, Phrase):
        return f'{field}"{" ".join(node.words)}"'
    if isinstance(node, Prefix):
        return f"{field}{node.text}*"
    return f"{field}{node.text}"


def _collect_words(clause: Clause, found: list[str]) -> None:
    if isinstance(clause, Word | Prefix):
        found.append(clause.text)
    elif isinstance(clause, Phrase):
        found.extend(clause.words)
    elif isinstance(clause, Or):
        for inner in clause.clauses:
            _collect_words(inner, found)


def _trim(clause: Clause, budget: int) -> tuple[Clause | None, int]:
    """``clause`` cut to ``budget`` words (None when nothing fits), and its word count."""
    if budget <= 0:
        return None, 0
    if isinstance(clause, Phrase):
        words = clause.words[:budget]
        short = Phrase(words, clause.field) if len(words) > 1 else Word(words[0], clause.field)
        return short, len(words)
    if isinstance(clause, Not):
        inner, cost = _trim(clause.clause, budget)
        return (Not(inner) if inner is not None else None), cost
    if isinstance(clause, Or):
        parts: list[Clause] = []
        cost = 0
        for choice in dict.fromkeys(clause.clauses):
            trimmed, more = _trim(choice, budget - cost)
            if trimmed is None:
                break
            parts.append(trimmed)
            cost += more
        return (parts[0] if len(parts) == 1 else Or(tuple(parts))), cost
    return clause, 1
