"""Running the app's queries over whole posting lists instead of Whoosh's matchers.

Whoosh scores a query by walking a tree of matchers, a few method calls per posting
and per node: with a real vocabulary, a pair of common words or a prefix walked tens
of thousands of postings that way (seconds for « con* »). Here each word's postings
are read whole (core.search.postings) and scored in one pass with Whoosh's own BM25F
formula and statistics; AND, OR and phrases are set operations on documents, and the
best hits are taken with a heap. The results are Whoosh's (tests compare documents,
order and scores on every kind of query); a query with a part this does not know
(a date range inside an OR, say) is left to Whoosh.

Each word's scores are kept for the life of the searcher (TERM_CACHE postings at
most), so that typing a query, letter by letter, scores each word once.
"""

from __future__ import annotations

import heapq
from collections import OrderedDict
from collections.abc import Callable, Iterable
from itertools import pairwise, repeat
from operator import sub
from typing import Any

from whoosh import query as wq

from briefing_app.core.search.analysis import COMMON_TERMS, gram
from briefing_app.core.search.documents import GRAMS_OF
from briefing_app.core.search.matchers import field_lengths
from briefing_app.core.search.positions import positions
from briefing_app.core.search.postings import deleted_docs, read_postings, read_values

Scores = dict[int, float]  # document (of the whole index) -> score

TERM_CACHE = 400_000  # postings whose scores are kept, all words together
_KNOWN = (wq.And, wq.Or, wq.Term, wq.Phrase, wq.NullQuery.__class__)


class Evaluator:
    """Scores queries over one Whoosh searcher (of the whole index, every segment)."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self._leaves = [(s.reader(), offset) for s, offset in searcher.leaf_searchers()]
        self._deleted = [deleted_docs(leaf) for leaf, _offset in self._leaves]
        self._weighting = searcher.weighting
        self._scores: OrderedDict[tuple[str, bytes], Scores] = OrderedDict()
        self._kept = 0
        self.filters: dict[str, set[int]] = {}  # date, theme, tag filters -> documents

    # --- what can run here ---------------------------------------------------------------

    def handles(self, query: Any) -> bool:
        """Whether every part of ``query`` is one this evaluator runs."""
        if isinstance(query, wq.Phrase):
            return bool(query.slop == 1 and query.boost == 1.0)
        if isinstance(query, wq.And | wq.Or):
            if isinstance(query, wq.Or) and query.scale is not None:
                return False
            return query.boost == 1.0 and all(self.handles(q) for q in query.subqueries)
        return isinstance(query, _KNOWN) and not isinstance(query, wq.Every)

    # --- results ---------------------------------------------------------------------------

    def best(
        self, query: Any, limit: int, allowed: set[int] | None, excluded: set[int] | None
    ) -> list[tuple[int, float]]:
        """The ``limit`` best (document, score) of ``query`` among ``allowed`` (all when
        None) less ``excluded``, best first; equal scores in document order, as Whoosh."""
        found = self.scores(query)
        if allowed is not None:
            found = {d: s for d, s in found.items() if d in allowed}
        if excluded:
            found = {d: s for d, s in found.items() if d not in excluded}
        return heapq.nsmallest(limit, found.items(), key=_rank)

    def closest(
        self, parts: list[Any], limit: int, allowed: set[int] | None, excluded: set[int] | None
    ) -> list[tuple[int, float]]:
        """The ``limit`` documents that match most of ``parts`` (then the best scored),
        as (document, the sum of the scores of the parts it matches)."""
        counts: dict[int, int] = {}
        totals: Scores = {}
        for part in parts:
            for doc, score in self.scores(part).items():
                counts[doc] = counts.get(doc, 0) + 1
                totals[doc] = totals.get(doc, 0.0) + score
        found = [
            (doc, score)
            for doc, score in totals.items()
            if (allowed is None or doc in allowed) and not (excluded and doc in excluded)
        ]
        return heapq.nsmallest(limit, found, key=lambda item: (-counts[item[0]], *_rank(item)))

    def docs(self, query: Any) -> set[int]:
        """The documents ``query`` matches."""
        return set(self.scores(query))

    def scores(self, query: Any) -> Scores:
        """Every document ``query`` matches, with its score."""
        if isinstance(query, wq.Term):
            return self._term(query.fieldname, query.text, query.boost)
        if isinstance(query, wq.Phrase):
            return self._phrase(query.fieldname, query.words)
        if isinstance(query, wq.And):
            return _intersection([self.scores(q) for q in query.subqueries])
        if isinstance(query, wq.Or):
            return _union([self.scores(q) for q in query.subqueries])
        return {}  # the null query

    # --- words and phrases ------------------------------------------------------------

    def _term(self, fieldname: str, text: str, boost: float) -> Scores:
        """The scores of one word in one field (kept for later queries)."""
        term = self.searcher.schema[fieldname].to_bytes(text)
        key = (fieldname, term)
        found = self._scores.get(key)
        if found is None:
            found = self._score_term(fieldname, term)
            self._keep(key, found)
        else:
            self._scores.move_to_end(key)
        return found if boost == 1.0 else {d: s * boost for d, s in found.items()}

    def _keep(self, key: tuple[str, bytes], scores: Scores) -> None:
        self._scores[key] = scores
        self._kept += len(scores)
        while self._kept > TERM_CACHE and len(self._scores) > 1:
            _key, dropped = self._scores.popitem(last=False)
            self._kept -= len(dropped)

    def _score_term(self, fieldname: str, term: bytes) -> Scores:
        """Whoosh's BM25F score of ``term`` in each document holding it."""
        if (fieldname, term) not in self.reader:
            return {}
        searcher, weighting = self.searcher, self._weighting
        scorable = searcher.schema[fieldname].scorable
        idf = searcher.idf(fieldname, term)
        avgfl = searcher.avg_field_length(fieldname) or 1
        b = weighting._field_B.get(fieldname, weighting.B)
        k1 = weighting.K1
        found: Scores = {}
        for (leaf, offset), deleted in zip(self._leaves, self._deleted, strict=True):
            postings = read_postings(leaf, fieldname, term)
            ids = [offset + d for d in postings.ids] if offset else postings.ids
            if not scorable:
                scores: Iterable[float] = postings.weights
            else:
                lengths = field_lengths(leaf, fieldname)
                scores = [
                    idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths[d] / avgfl)))
                    for d, tf in zip(postings.ids, postings.weights, strict=True)
                ]
            found.update(zip(ids, scores, strict=True))
            if deleted:
                for doc in deleted:
                    found.pop(offset + doc, None)
        return found

    def _phrase(self, fieldname: str, words: list[str]) -> Scores:
        """The documents where ``words`` follow each other, scored as Whoosh scores a
        phrase (the sum of its words' scores).

        The phrase is read as units: its pairs of common words (« de la »), indexed as
        one term each, and its other words. The sections holding every unit come from
        the units' postings; only then, and only when there is more than one unit, are
        positions read, for those sections only, rarest unit first."""
        words_scores = [self._term(fieldname, word, 1.0) for word in words]
        if not all(words_scores):
            return {}
        units = sorted(self._units(fieldname, words, words_scores), key=lambda u: len(u[3]))
        candidates = set(units[0][3])
        for *_unit, holding in units[1:]:
            candidates &= holding.keys()
        starts: dict[int, set[int]] | None = None  # document -> where the phrase may start
        if len(units) > 1:
            read: dict[tuple[str, str], dict[int, bytes]] = {}  # unit -> its positions
            for index, field, text, _docs in units:
                docs = set(starts) if starts is not None else candidates
                if not docs:
                    return {}
                if (field, text) not in read:
                    read[field, text] = self._places(field, text, docs)
                starts = _narrowed(starts, read[field, text], index, docs)
        found = sorted(starts if starts is not None else candidates)
        return _summed(words_scores, found)

    def _units(
        self, fieldname: str, words: list[str], words_scores: list[Scores]
    ) -> list[tuple[int, str, str, Scores]]:
        """The phrase's units as (where in the phrase, field, term, its documents): each
        pair of common words, when the field has its grams, and each word no pair holds."""
        grams = GRAMS_OF.get(fieldname)
        units = []
        paired: set[int] = set()
        if grams is not None and grams in self.searcher.schema:
            for index, pair in enumerate(pairwise(words)):
                if pair[0] in COMMON_TERMS and pair[1] in COMMON_TERMS:
                    text = gram(*pair)
                    units.append((index, grams, text, self._term(grams, text, 1.0)))
                    paired.update((index, index + 1))
        units.extend(
            (index, fieldname, word, words_scores[index])
            for index, word in enumerate(words)
            if index not in paired
        )
        return units

    def _places(self, fieldname: str, word: str, docs: set[int]) -> dict[int, bytes]:
        """Document -> the word's encoded positions, for the documents of ``docs``."""
        term = self.searcher.schema[fieldname].to_bytes(word)
        found: dict[int, bytes] = {}
        for leaf, offset in self._leaves:
            end = offset + leaf.doc_count_all()
            mine = {doc - offset for doc in docs if offset <= doc < end}
            values = read_values(leaf, fieldname, term, mine)
            found.update((offset + doc, value) for doc, value in values.items())
        return found


def _rank(item: tuple[int, float]) -> tuple[float, int]:
    return -item[1], item[0]


def _narrowed(
    starts: dict[int, set[int]] | None, places: dict[int, bytes], index: int, docs: set[int]
) -> dict[int, set[int]]:
    """Where the phrase may start in each of ``docs``, now that the word at ``index`` in
    it is at ``places`` (None: no word read yet). Documents left without a start go."""
    narrowed: dict[int, set[int]] = {}
    shift = repeat(index)
    for doc in docs:
        if starts is None:
            here = set(map(sub, positions(places[doc]), shift))  # C-level, no Python step
        else:
            here = starts[doc].intersection(map(sub, positions(places[doc]), shift))
        if here:
            narrowed[doc] = here
    return narrowed


def _summed(parts: list[Scores], docs: Iterable[int]) -> Scores:
    """Each of ``docs`` with its scores in ``parts`` added as Whoosh adds them."""
    if len(parts) == 2:
        first, second = parts
        return {doc: first[doc] + second[doc] for doc in docs}
    return {doc: _tree_sum([part[doc] for part in parts]) for doc in docs}


def _tree_sum(values: list[float]) -> float:
    """The sum of ``values`` added in the binary tree Whoosh builds its matchers in."""
    if len(values) == 1:
        return values[0]
    half = len(values) // 2
    return _tree_sum(values[:half]) + _tree_sum(values[half:])


def _intersection(parts: list[Scores]) -> Scores:
    """The documents in every part, their scores added."""
    if not parts:
        return {}
    smallest = min(parts, key=len)
    docs: Iterable[int] = smallest.keys()
    for part in parts:
        if part is not smallest:
            docs = part.keys() & docs
    return _summed(parts, sorted(docs))


def _union(parts: list[Scores]) -> Scores:
    """The documents in any part, the scores of the parts holding each added."""
    parts = [part for part in parts if part]
    if len(parts) <= 1:
        return dict(parts[0]) if parts else {}
    total: Scores = dict(parts[0])
    get: Callable[[int, float], float] = total.get
    for part in parts[1:]:
        for doc, score in part.items():
            total[doc] = get(doc, 0.0) + score
    return total
