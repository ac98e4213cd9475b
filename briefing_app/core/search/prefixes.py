"""Prefix queries that expand to a bounded number of words, the commonest first.

Whoosh's Prefix searches every word of the index that starts with the prefix: with a
real vocabulary « con* » is hundreds of words and tens of thousands of postings, and a
search as you type waited seconds on it. A BoundedPrefix keeps the PREFIX_TERMS words
found in the most sections (ties alphabetically); the search says when it cut.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from whoosh import query as wq

from briefing_app.core.search.matchers import FastTerm

PREFIX_TERMS = 24  # words a prefix expands to, at most


class Expansion(NamedTuple):
    """The words a prefix was searched as, and how many it could have been."""

    terms: tuple[bytes, ...]  # alphabetical, as Whoosh orders a prefix's words
    total: int


class BoundedPrefix(wq.Prefix):  # type: ignore[misc]
    """Whoosh's Prefix, to be expanded to the PREFIX_TERMS commonest words of the index
    (``expand_prefixes``) before it is run.

    Each word is scored as a word (the score is the sum of its words' scores, as an OR
    of them), not Whoosh's constant score for a prefix: sections that use the words
    more, and the rarer words, come first.
    The expansion is made once per reader. ``typed`` is the prefix as the user wrote it
    (the index term is its analysed form), for the notice of a cut.
    """

    def __init__(self, fieldname: str, text: str, typed: str = "") -> None:
        super().__init__(fieldname, text, constantscore=False)
        self.typed = typed or text

    def expansion(self, reader: Any) -> Expansion:
        """The words of ``reader`` this prefix searches."""
        cache: dict[tuple[str, str], Expansion] = reader.__dict__.setdefault(
            "_briefing_prefixes", {}
        )
        key = (self.fieldname, self.text)
        found = cache.get(key)
        if found is None:
            terms = list(reader.expand_prefix(self.fieldname, self.text))
            frequency = reader.doc_frequency
            kept = sorted(terms, key=lambda t: (-frequency(self.fieldname, t), t))[:PREFIX_TERMS]
            found = cache[key] = Expansion(tuple(sorted(kept)), len(terms))
        return found


def expand_prefixes(query: Any, reader: Any) -> Any:
    """``query`` with each BoundedPrefix replaced by an OR of its words, chosen from
    ``reader`` (the whole index: Whoosh runs a query segment by segment, and each
    segment would otherwise keep words of its own)."""

    def expand(node: Any) -> Any:
        if not isinstance(node, BoundedPrefix):
            return node
        field = reader.schema[node.fieldname]
        words = [
            FastTerm(node.fieldname, field.from_bytes(t)) for t in node.expansion(reader).terms
        ]
        if not words:
            return wq.NullQuery
        return words[0] if len(words) == 1 else wq.Or(words)

    return query.accept(expand)


def prefix_cuts(query: Any, reader: Any) -> tuple[tuple[str, int, int], ...]:
    """The prefixes of ``query`` that were cut: (prefix, words kept, words found)."""
    cuts = []
    for node in query.leaves():
        if isinstance(node, BoundedPrefix):
            expansion = node.expansion(reader)
            if expansion.total > len(expansion.terms):
                cuts.append((node.typed, len(expansion.terms), expansion.total))
    return tuple(dict.fromkeys(cuts))
