"""Term and phrase queries that find and score what Whoosh's own do, faster.

Whoosh steps through postings one at a time with several calls each; these read a
term's postings a block at a time into memory and move by bisection, and find
phrases with set operations on positions. BM25F reads field lengths from memory.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from whoosh import query as wq
from whoosh import scoring
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, W3PerDocReader, _lenfield
from whoosh.columns import NumericColumn
from whoosh.matching import IntersectionMatcher, ListMatcher, NullMatcher, ReadTooFar
from whoosh.matching.wrappers import FilterMatcher, WrappingMatcher
from whoosh.util import make_binary_tree
from whoosh.util.numeric import byte_to_length

from briefing_app.core.search.positions import positions


class CachedBM25F(scoring.BM25F):  # type: ignore[misc]
    """BM25F reading field lengths from a list made once per segment, instead of
    from Whoosh's on-disk column at every scored posting (a third of a query)."""

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, scoring.BM25FScorer):
            lengths = field_lengths(searcher.reader(), fieldname)
            scorer.dfl = lengths.__getitem__
        return scorer


def field_lengths(reader: Any, fieldname: str) -> list[int]:
    """Each document's length in ``fieldname`` as Whoosh scores it, made once per reader."""
    cache: dict[str, list[int]] = reader.__dict__.setdefault("_briefing_lengths", {})
    lengths = cache.get(fieldname) or _column_lengths(reader, fieldname)
    if lengths is None:
        length = reader.doc_field_length
        lengths = [length(d, fieldname, 1) for d in range(reader.doc_count_all())]
    cache[fieldname] = lengths
    return lengths


# A length byte's length; 0 and a document past the column's end have none: None, as
# Whoosh's reader answers (a damaged column then fails scoring, and the index is repaired).
_BYTE_LENGTHS: list[Any] = [None, *(byte_to_length(byte) for byte in range(1, 256))]


def _column_lengths(reader: Any, fieldname: str) -> list[int] | None:
    """The lengths of a segment's documents read in one go from its length column (one
    byte per document, as Whoosh 3 writes it), instead of a call per document (90 ms
    at the first query of 10,000 briefings); None when the reader is not of that kind."""
    perdoc = getattr(reader, "_perdoc", None)
    if not isinstance(perdoc, W3PerDocReader) or not perdoc.has_column(_lenfield(fieldname)):
        return None
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if not isinstance(column, NumericColumn.Reader) or column._fixedlen != 1:
        return None
    data = column._dbfile.get(column._basepos, column._count)
    lengths = list(map(_BYTE_LENGTHS.__getitem__, data))
    return lengths + [None] * (reader.doc_count_all() - len(lengths))


class FastTerm(wq.Term):  # type: ignore[misc]
    """Whoosh's term query, its postings read whole into a matcher that moves by
    bisection (``_PostingList``).

    Whoosh's own matcher steps over postings one at a time, with several calls each:
    intersecting two common words spent most of a query there. Scores are Whoosh's,
    computed by the same scorer from the same weights.
    """

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        matcher = super().matcher(searcher, context)
        if not matcher.is_active():
            return matcher
        return _in_memory(matcher, searcher.reader().term_info(self.fieldname, self.text))


class FastPhrase(wq.Phrase):  # type: ignore[misc]
    """Whoosh's phrase query, its documents found another way.

    Whoosh compares span objects in every document holding all the words: phrases
    were the slowest queries by far. Here the words' postings are read whole
    (``FastTerm``) and the phrase found by set operations on positions; the words'
    matchers then score just those documents, as Whoosh scores a phrase: the sum of
    its words' scores.
    """

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        words = [FastTerm(self.fieldname, word).matcher(searcher, context) for word in self.words]
        lists = [_posting_list(matcher) for matcher in words]
        if not all(lists):  # a word absent from this segment
            return NullMatcher()
        docs = _phrase_docs(lists)
        if not docs:
            return NullMatcher()
        only = ListMatcher(docs, weights=[0.0] * len(docs))  # adds nothing to the score
        matcher = IntersectionMatcher(make_binary_tree(IntersectionMatcher, words), only)
        return matcher if self.boost == 1.0 else WrappingMatcher(matcher, boost=self.boost)


def whoosh_own(query: Any) -> Any:
    """``query`` with Whoosh's own term and phrase queries in place of FastTerm and
    FastPhrase: what they must agree with (tests), and the benchmark's baseline."""

    def own(node: Any) -> Any:
        if isinstance(node, FastPhrase):
            return wq.Phrase(node.fieldname, node.words, slop=node.slop, boost=node.boost)
        if isinstance(node, FastTerm):
            return wq.Term(node.fieldname, node.text, boost=node.boost)
        return node

    return query.accept(own)


class _PostingList(ListMatcher):  # type: ignore[misc]
    """A term's postings in memory, moving to a document by bisection."""

    _i: int  # where it is in its lists (set by ListMatcher)

    def skip_to(self, docnum: int) -> None:
        if not self.is_active():
            raise ReadTooFar
        self._i = bisect_left(self._ids, docnum, self._i)

    def max_quality(self) -> float:
        """The best score any of its documents can have, as Whoosh's own term matcher
        says it (from the whole index's statistics)."""
        quality: float = self._scorer.max_quality()
        return quality

    def positions_by_doc(self) -> dict[int, bytes]:
        """Document -> posting value (its positions, encoded)."""
        return dict(zip(self._ids, self._values, strict=True))


def _in_memory(matcher: Any, terminfo: Any) -> Any:
    """``matcher`` (a term's, from Whoosh) as a _PostingList, read block by block."""
    if isinstance(matcher, FilterMatcher):  # the segment has deleted documents
        child = _in_memory(matcher.child, terminfo)
        return FilterMatcher(child, matcher._ids, exclude=matcher._exclude, boost=matcher.boost)
    if not isinstance(matcher, W3LeafMatcher):  # nothing found, or a term met once (inline)
        return matcher
    ids: list[int] = []
    weights: list[float] = []
    values: list[bytes] = []
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        matcher._read_values()
        ids.extend(matcher._ids)
        weights.extend(matcher._weights)
        values.extend(matcher._values)
        matcher._next_block()
    return _PostingList(
        ids,
        weights,
        values,
        matcher.format,
        scorer=matcher.scorer,
        term=matcher.term(),
        terminfo=terminfo,
    )


def _posting_list(matcher: Any) -> dict[int, bytes]:
    """Document -> posting value, from a FastTerm matcher ({} when it found nothing).
    Deleted documents may be in it: the word's own matcher leaves them out later."""
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    if isinstance(matcher, _PostingList):
        return matcher.positions_by_doc()
    found: dict[int, bytes] = {}
    while matcher.is_active():  # a term met once, or none
        found[matcher.id()] = matcher.value()
        matcher.next()
    matcher.reset()
    return found


def _phrase_docs(postings: list[dict[int, bytes]]) -> list[int]:
    """The documents where the words whose ``postings`` are given follow each other."""
    docs = set(postings[0]).intersection(*postings[1:])
    found = []
    for doc in sorted(docs):
        starts = set(positions(postings[0][doc]))
        for offset, each in enumerate(postings[1:], start=1):
            starts &= {position - offset for position in positions(each[doc])}
            if not starts:
                break
        else:
            found.append(doc)
    return found
