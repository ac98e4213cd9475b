"""Running the app's queries over whole posting lists instead of Whoosh's matchers.

Whoosh scores a query by walking a tree of matchers, a few method calls per posting
and per node: with a real vocabulary, a pair of common words or a prefix walked tens
of thousands of postings that way (seconds for « con* »). Here each word's postings
are read whole (core.search.postings) and scored in one pass with Whoosh's own BM25F
formula and statistics; AND, OR and phrases are set operations on documents, and the
best hits are taken with a heap. The results are Whoosh's (tests compare documents,
order and scores on every kind of query); a query with a part this does not know
(a date range inside an OR, say) is left to Whoosh.

Each word's scores (and the postings a phrase read) are kept for the life of the
searcher, TERM_CACHE postings at most, so that typing a query, letter by letter,
scores each word once. At 10,000 briefings the commonest words are in 55,000 sections
each: 1.5 million postings hold the few dozen words most queries share (about 80 MB
when full; at 400,000 the benchmark's mix re-read them at every query, p95 112 ms
instead of 52).
"""

from __future__ import annotations

import heapq
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from itertools import compress, pairwise, repeat, takewhile
from operator import add, ge, itemgetter, mul, sub, truediv
from typing import Any

from whoosh import query as wq

from briefing_app.core.search.analysis import COMMON_TERMS, gram
from briefing_app.core.search.documents import GRAMS_OF
from briefing_app.core.search.matchers import field_lengths
from briefing_app.core.search.positions import positions
from briefing_app.core.search.postings import deleted_docs, read_postings, read_values

Scores = dict[int, float]  # document (of the whole index) -> score
# (where in the phrase, field, term, its documents): a word of a phrase, or a pair of them
Unit = tuple[int, str, str, dict[int, float]]

TERM_CACHE = 1_500_000  # postings kept, all words together (see the module's doc)
_KNOWN = (wq.And, wq.Or, wq.Term, wq.Phrase, wq.NullQuery.__class__)


class Evaluator:
    """Scores queries over one Whoosh searcher (of the whole index, every segment)."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self._leaves = [(s.reader(), offset) for s, offset in searcher.leaf_searchers()]
        self._deleted = [deleted_docs(leaf) for leaf, _offset in self._leaves]
        self._weighting = searcher.weighting
        # ("scores" or "postings", field, term) -> document -> its score or weight
        self._cache: OrderedDict[tuple[str, str, bytes], dict[int, float]] = OrderedDict()
        self._cached = 0  # the documents of every entry of the cache
        self._norms_made: dict[str, list[float]] = {}  # field -> BM25F norm by document
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
        return _best(found, limit)

    def closest(
        self, parts: list[Any], limit: int, allowed: set[int] | None, excluded: set[int] | None
    ) -> list[tuple[int, float]]:
        """The ``limit`` documents that match most of ``parts`` (then the best scored),
        as (document, the sum of the scores of the parts it matches).

        Documents are counted in C (a query of common words meets every section); only
        those of the counts that reach the best ``limit`` are scored."""
        scores = [self.scores(part) for part in parts]
        counts: Counter[int] = Counter()
        for part in scores:
            counts.update(part.keys())
        if allowed is not None or excluded:
            for doc in [d for d in counts if (allowed is not None and d not in allowed)]:
                del counts[doc]
            for doc in excluded or ():
                counts.pop(doc, None)
        ranked = sorted(counts.items(), key=itemgetter(1), reverse=True)
        if not ranked or limit <= 0:
            return []
        lowest = ranked[min(limit, len(ranked)) - 1][1]  # the count of the last one kept
        found = []
        for doc, count in takewhile(lambda item: item[1] >= lowest, ranked):
            total = 0.0
            for part in scores:
                score = part.get(doc)
                if score is not None:
                    total += score
            found.append((-count, -total, doc))
        return [(doc, -total) for _count, total, doc in heapq.nsmallest(limit, found)]

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
        key = ("scores", fieldname, term)
        found = self._kept(key)
        if found is None:
            weights = self._kept(("postings", fieldname, term))  # a phrase read them
            if weights is None:
                weights = self._read_postings(fieldname, term)
            found = self._keep(key, self._score(fieldname, term, weights))
        return found if boost == 1.0 else {d: s * boost for d, s in found.items()}

    def _term_docs(self, fieldname: str, text: str) -> dict[int, float]:
        """The documents holding a word, to its scores when they are kept, else to its
        weights: a phrase scores only the documents it matches."""
        term = self.searcher.schema[fieldname].to_bytes(text)
        return self._kept(("scores", fieldname, term)) or self._postings(fieldname, term)

    def _term_in(self, fieldname: str, text: str, docs: list[int]) -> Scores:
        """The scores of a word in ``docs``, documents that hold it (more when its
        scores are kept)."""
        term = self.searcher.schema[fieldname].to_bytes(text)
        found = self._kept(("scores", fieldname, term))
        if found is not None:
            return found
        weights = self._postings(fieldname, term)
        return self._score(
            fieldname, term, dict(zip(docs, map(weights.__getitem__, docs), strict=True))
        )

    def _kept(self, key: tuple[str, str, bytes]) -> dict[int, float] | None:
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
        return found

    def _keep(self, key: tuple[str, str, bytes], values: dict[int, float]) -> dict[int, float]:
        self._cache[key] = values
        self._cached += len(values)
        while self._cached > TERM_CACHE and len(self._cache) > 1:
            _key, dropped = self._cache.popitem(last=False)
            self._cached -= len(dropped)
        return values

    def _postings(self, fieldname: str, term: bytes) -> dict[int, float]:
        """``_read_postings``, kept for later queries."""
        key = ("postings", fieldname, term)
        found = self._kept(key)
        return found if found is not None else self._keep(key, self._read_postings(fieldname, term))

    def _read_postings(self, fieldname: str, term: bytes) -> dict[int, float]:
        """Document (of the whole index) -> the weight of ``term`` in it, for each
        document holding it but the deleted ones."""
        found: dict[int, float] = {}
        if (fieldname, term) in self.reader:
            for (leaf, offset), deleted in zip(self._leaves, self._deleted, strict=True):
                postings = read_postings(leaf, fieldname, term)
                ids = map(add, postings.ids, repeat(offset)) if offset else postings.ids
                found.update(zip(ids, postings.weights, strict=True))
                for doc in deleted:
                    found.pop(offset + doc, None)
        return found

    def _score(self, fieldname: str, term: bytes, weights: dict[int, float]) -> Scores:
        """Whoosh's BM25F score of ``term`` in the documents of ``weights`` (document
        -> the term's weight in it): idf × tf·(k1 + 1) / (tf + norm), with ``_norms``,
        computed in C. A field that is not scored keeps its weights."""
        if not weights or not self.searcher.schema[fieldname].scorable:
            return weights
        idf = self.searcher.idf(fieldname, term)
        k1_plus_1 = self._weighting.K1 + 1
        tfs = weights.values()
        tops = map(mul, tfs, repeat(k1_plus_1))
        bottoms = map(add, tfs, map(self._norms(fieldname).__getitem__, weights))
        return dict(zip(weights, map(mul, repeat(idf), map(truediv, tops, bottoms)), strict=True))

    def _norms(self, fieldname: str) -> list[float]:
        """BM25F's length part of each document of the index, k1·((1 - b) + b·length /
        average length), made once per searcher."""
        norms = self._norms_made.get(fieldname)
        if norms is None:
            weighting = self._weighting
            k1, b = weighting.K1, weighting._field_B.get(fieldname, weighting.B)
            avgfl = self.searcher.avg_field_length(fieldname) or 1
            norms = []
            for leaf, _offset in self._leaves:  # in order: an offset is the count before
                lengths = field_lengths(leaf, fieldname)
                norms += [k1 * ((1 - b) + b * length / avgfl) for length in lengths]
            self._norms_made[fieldname] = norms
        return norms

    def _phrase(self, fieldname: str, words: list[str]) -> Scores:
        """The documents where ``words`` follow each other, scored as Whoosh scores a
        phrase: the sum of its words' scores (computed for those documents only).

        The phrase is read as units: its pairs of common words (« de la »), indexed as
        one term each, and its other words. The sections holding every unit come from
        the units' postings; only then, and only when there is more than one unit, are
        positions read, for those sections only, rarest unit first."""
        units = sorted(self._units(fieldname, words), key=lambda unit: len(unit[3]))
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
        if not found:
            return {}
        return _summed([self._term_in(fieldname, word, found) for word in words], found)

    def _units(self, fieldname: str, words: list[str]) -> list[Unit]:
        """The phrase's units: each pair of common words, when the field has its grams,
        and each word no pair holds."""
        grams = GRAMS_OF.get(fieldname)
        units = []
        paired: set[int] = set()
        if grams is not None and grams in self.searcher.schema:
            for index, pair in enumerate(pairwise(words)):
                if pair[0] in COMMON_TERMS and pair[1] in COMMON_TERMS:
                    text = gram(*pair)
                    units.append((index, grams, text, self._term_docs(grams, text)))
                    paired.update((index, index + 1))
        units.extend(
            (index, fieldname, word, self._term_docs(fieldname, word))
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


def _best(found: Scores, limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best of ``found``, equal scores in document order. The scores are
    compared in C first: only those that reach the ``limit``-th best are ranked."""
    if limit <= 0 or not found:
        return []
    if len(found) > limit:
        lowest = heapq.nlargest(limit, found.values())[-1]
        kept = compress(found.items(), map(ge, found.values(), repeat(lowest)))
        return sorted(kept, key=_rank)[:limit]
    return sorted(found.items(), key=_rank)


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


def _summed(parts: list[Scores], docs: list[int]) -> Scores:
    """Each of ``docs`` with its scores in ``parts`` added as Whoosh adds them: in the
    binary tree it builds its matchers in (floating-point sums depend on the order)."""
    columns = [list(map(part.__getitem__, docs)) for part in parts]
    return dict(zip(docs, _tree_sums(columns), strict=True))


def _tree_sums(columns: list[list[float]]) -> list[float]:
    """The sums of ``columns``, row by row, added in Whoosh's binary tree."""
    if len(columns) == 1:
        return columns[0]
    half = len(columns) // 2
    return list(map(add, _tree_sums(columns[:half]), _tree_sums(columns[half:])))


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
