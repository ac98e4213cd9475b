"""A term's postings read whole from one segment, a block at a time.

Whoosh's matchers hand out postings one by one, with several calls each: with a real
vocabulary, a common word is in nearly every section and a query walked tens of
thousands of postings that way. Here a term's blocks are unpickled and decoded with
C-level tools (``itertools.accumulate`` for the document numbers), the same data
Whoosh's own reader decodes, from the same files.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, repeat
from typing import Any, NamedTuple

from whoosh.codec.whoosh3 import W3LeafMatcher


class Postings(NamedTuple):
    """One term's postings in one segment: documents (ascending), weights, values."""

    ids: list[int]
    weights: list[float]
    values: tuple[bytes, ...] | None  # the encoded positions, when asked for


NO_POSTINGS = Postings([], [], ())


def read_postings(leaf: Any, field: str, term: bytes, values: bool = False) -> Postings:
    """The postings of ``term`` in ``field`` of the segment reader ``leaf`` (deleted
    documents included: the caller leaves them out)."""
    if not hasattr(leaf, "_terms") or (field, term) not in leaf:  # an empty index
        return NO_POSTINGS
    format_ = leaf.schema[field].format
    matcher = leaf._terms.matcher(field, term, format_)
    if not isinstance(matcher, W3LeafMatcher):  # postings inlined in the term's entry
        ids, weights, found = leaf._terms.term_info(field, term).inlined_postings()
        return Postings(list(ids), list(weights), tuple(found) if values else None)
    return _blocks(matcher, values)


def _blocks(matcher: Any, values: bool) -> Postings:
    """Every block of a Whoosh 3 posting list, decoded."""
    ids: list[int] = []
    weights: list[float] = []
    found: list[bytes] = []
    while True:
        matcher._read_data()
        block_ids, block_weights, block_values = matcher._data
        count = len(block_ids)
        ids.extend(accumulate(block_ids))  # stored as gaps from 0
        if block_weights is None:
            weights.extend(repeat(1.0, count))
        elif isinstance(block_weights, float):
            weights.extend(repeat(block_weights, count))
        else:
            weights.extend(block_weights)
        if values:
            found.extend(block_values)
        if matcher._lastblock:
            break
        matcher._goto(matcher._nextoffset)
    return Postings(ids, weights, tuple(found) if values else None)


def read_values(leaf: Any, field: str, term: bytes, docs: set[int]) -> dict[int, bytes]:
    """Document -> posting value of ``term``, for the documents of ``docs`` that hold it.

    Only the blocks that may hold one of ``docs`` are decoded: the positions of a
    common word are read for the few sections a rarer word of a phrase left."""
    if not docs or not hasattr(leaf, "_terms") or (field, term) not in leaf:
        return {}
    matcher = leaf._terms.matcher(field, term, leaf.schema[field].format)
    if not isinstance(matcher, W3LeafMatcher):
        ids, _weights, values = leaf._terms.term_info(field, term).inlined_postings()
        return {doc: value for doc, value in zip(ids, values, strict=True) if doc in docs}
    wanted = sorted(docs)
    found: dict[int, bytes] = {}
    index = 0  # the first of ``wanted`` past the blocks read so far
    while True:
        last = matcher._maxid  # the block's last document (from its header)
        if wanted[index] <= last:
            matcher._read_data()
            block_ids, _weights, block_values = matcher._data
            for doc, value in zip(accumulate(block_ids), block_values, strict=True):
                if doc in docs:
                    found[doc] = value
            index = bisect_right(wanted, last, index)
            if index == len(wanted):
                break
        if matcher._lastblock:
            break
        matcher._goto(matcher._nextoffset)
    return found


def deleted_docs(leaf: Any) -> frozenset[int]:
    """The deleted documents of the segment reader ``leaf``."""
    return frozenset(getattr(leaf, "deleted_docs_set", None) or ())  # none in an empty index
