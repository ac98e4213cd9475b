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
    """One term's postings in one segment: documents (ascending) and weights."""

    ids: list[int]
    weights: list[float]


def _matcher(leaf: Any, field: str, term: bytes) -> Any:
    """Whoosh's matcher of ``term`` in the segment reader ``leaf`` (None when the term
    is not there, or the index is empty)."""
    if not hasattr(leaf, "_terms") or (field, term) not in leaf:
        return None
    return leaf._terms.matcher(field, term, leaf.schema[field].format)


def _inlined(leaf: Any, field: str, term: bytes) -> tuple[Any, Any, Any]:
    """The (ids, weights, values) of a term whose postings are inlined in its entry."""
    return leaf._terms.term_info(field, term).inlined_postings()  # type: ignore[no-any-return]


def read_postings(leaf: Any, field: str, term: bytes) -> Postings:
    """The postings of ``term`` in ``field`` of the segment reader ``leaf`` (deleted
    documents included: the caller leaves them out)."""
    matcher = _matcher(leaf, field, term)
    if matcher is None:
        return Postings([], [])
    if not isinstance(matcher, W3LeafMatcher):  # postings inlined in the term's entry
        inline_ids, inline_weights, _values = _inlined(leaf, field, term)
        return Postings(list(inline_ids), list(inline_weights))
    ids: list[int] = []
    weights: list[float] = []
    while True:  # every block, decoded
        matcher._read_data()
        block_ids, block_weights, _values = matcher._data
        ids.extend(accumulate(block_ids))  # stored as gaps from 0
        if block_weights is None:
            weights.extend(repeat(1.0, len(block_ids)))
        elif isinstance(block_weights, float):
            weights.extend(repeat(block_weights, len(block_ids)))
        else:
            weights.extend(block_weights)
        if matcher._lastblock:
            break
        matcher._goto(matcher._nextoffset)
    return Postings(ids, weights)


def read_values(leaf: Any, field: str, term: bytes, docs: set[int]) -> dict[int, bytes]:
    """Document -> posting value of ``term``, for the documents of ``docs`` that hold it.

    Only the blocks that may hold one of ``docs`` are decoded: the positions of a
    common word are read for the few sections a rarer word of a phrase left."""
    matcher = _matcher(leaf, field, term) if docs else None
    if matcher is None:
        return {}
    if not isinstance(matcher, W3LeafMatcher):
        ids, _weights, values = _inlined(leaf, field, term)
        return {doc: value for doc, value in zip(ids, values, strict=True) if doc in docs}
    wanted = sorted(docs)
    found: dict[int, bytes] = {}
    index = 0  # the first of ``wanted`` past the blocks read so far
    while True:
        last = matcher._maxid  # the block's last document (from its header)
        if wanted[index] <= last:
            matcher._read_data()
            block_ids, _weights, block_values = matcher._data
            block = dict(zip(accumulate(block_ids), block_values, strict=True))
            end = bisect_right(wanted, last, index)
            for doc in wanted[index:end]:
                value = block.get(doc)
                if value is not None:
                    found[doc] = value
            index = end
            if index == len(wanted):
                break
        if matcher._lastblock:
            break
        matcher._goto(matcher._nextoffset)
    return found


def deleted_docs(leaf: Any) -> frozenset[int]:
    """The deleted documents of the segment reader ``leaf``."""
    return frozenset(getattr(leaf, "deleted_docs_set", None) or ())  # none in an empty index
