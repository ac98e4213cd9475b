"""The segment writer of a full build: Whoosh's files, written a term at a time.

Whoosh's writer turns every posting into a tuple in a pool, sorts the whole pool,
then hands the postings one by one to its postings writer, with type checks and
statistics at each: with a real vocabulary that was most of a build. Here a section's
postings go straight into per-term lists; at the end the terms are sorted (there are
far fewer terms than postings) and each term's postings are cut into Whoosh's blocks
whole. The files are Whoosh 3's, read by Whoosh's own reader (tests compare every
term's postings and every stored field with an index written by Whoosh's writer).

Posting blocks are not compressed (zlib took a tenth of a build and a share of each
query); each block says how it is stored, so updates written later with Whoosh's
default codec sit beside them. Blocks and inline postings are pickled with protocol
4, where Whoosh uses protocol 2: protocol 2 stores each positions value as a call that
remakes the bytes from a string, five times their size and a call each to read back
(Whoosh's reader unpickles either). A word met in fewer than INLINE_POSTINGS sections
keeps its postings in its term entry: with a real vocabulary most words are rare, and
a block per word was a third of a build. No per-block length statistics: they only
serve Whoosh's block-quality skipping, which search does not use.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Callable
from itertools import chain
from operator import sub
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3PostingsWriter, W3TermInfo
from whoosh.util.numeric import length_to_byte
from whoosh.writing import MERGE_SMALL, SegmentWriter

from briefing_app.core.search.analysis import FrenchText
from briefing_app.core.search.positions import LARGE_LETTER, positions_value, split_values

INLINE_POSTINGS = 32  # a word in fewer sections has no posting block
BLOCK = 128  # postings per block, Whoosh's own default
PROTOCOL = 4  # of the pickles of blocks and inline postings (see the module's doc)
SMALL_SEGMENTS, SMALL_DOCS = 10, 1000  # when an update merges segments (update_merge)
LARGE_UPDATE = 50  # briefings: an update this large writes as a full build (update_writer)


class BuildWriter(SegmentWriter):  # type: ignore[misc]
    """A segment writer for a full build (documents added, never deleted).

    ``add_document`` takes the index's fields as Whoosh's does, without its boosts,
    vectors or spelling fields (the schema has none); the postings are kept per term
    until the segment is written.
    """

    def __init__(self, ix: Any, lock: bool) -> None:
        # Separate files: Whoosh reads a file of a compound segment by copying it into
        # memory at every opening of the index (about 200 MB, 0.1 s, at 10,000 briefings).
        super().__init__(ix, _lk=lock, codec=_BuildCodec(), compound=False)
        # field -> term -> its postings, and the same for French text fields
        self.terms: dict[str, dict[bytes, _Postings | _TextPostings]] = {}
        self.texts: dict[str, dict[str, _TextPostings]] = {}

    def add_document(self, **fields: Any) -> None:
        self._check_state()
        perdoc, schema, docnum = self.perdocwriter, self.schema, self.docnum
        perdoc.start_doc(docnum)
        try:
            for fieldname in sorted(fields):
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if isinstance(field, FrenchText):
                    length = self._add_text(fieldname, field, value, docnum)
                elif field.indexed:
                    terms = self.terms.setdefault(fieldname, {})
                    for term, frequency, weight, encoded in field.index(value):
                        postings = terms.get(term)
                        if postings is None:
                            postings = terms[term] = _Postings()
                        postings.ids.append(docnum)
                        postings.weights.append(weight)
                        if encoded:  # as Whoosh's writer: no value, nothing kept
                            postings.values.append(encoded)
                        length += frequency
                    if not field.scorable:
                        length = 0
                perdoc.add_field(fieldname, field, value if field.stored else None, length)
                if field.column_type:
                    column_value = field.to_column_value(value)
                    perdoc.add_column_value(fieldname, field.column_type, column_value)
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self.docnum += 1
        self._added = True

    def _add_text(self, fieldname: str, field: FrenchText, value: str, docnum: int) -> int:
        """Add the postings of a French text field (what FrenchText.index makes, without
        a tuple per word); return the field's length (0 when it is not scored)."""
        terms = self.texts.setdefault(fieldname, {})
        length = 0
        for term, found in field.term_places(value).items():
            postings = terms.get(term)
            if postings is None:
                postings = terms[term] = _TextPostings()
            postings.ids.append(docnum)
            postings.weights.append(len(found))
            encoded = positions_value(found)
            postings.values += encoded
            if encoded[0] == LARGE_LETTER:  # gaps of four bytes (a long section): rare
                postings.mark_large()
            length += len(found)
        return length if field.scorable else 0

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        writer = self.fieldwriter
        for fieldname, text in self.texts.items():  # terms as bytes, as Whoosh sorts them
            self.terms[fieldname] = {term.encode(): found for term, found in text.items()}
        self.texts = {}
        for fieldname in sorted(self.terms):
            field = self.schema[fieldname]
            writer.start_field(fieldname, field)
            postwriter = writer._postwriter
            terms = self.terms[fieldname]
            for term in sorted(terms):
                writer.start_term(term)
                _write_postings(postwriter, terms[term])
                writer.finish_term()
            writer.finish_field()
        self.terms = {}
        writer.close()


class _Postings:
    """One term's postings in the segment being built: documents, weights and values."""

    __slots__ = ("ids", "values", "weights")

    def __init__(self) -> None:
        self.ids: array[int] = array("I")
        self.weights: array[float] = array("f")
        self.values: list[bytes] = []


class _TextPostings:
    """The same for a French text field: the weights are the word's counts in each
    section (whole numbers, stored as such, a quarter of the size of a float in a
    block), the values (positions) one after the other in one bytearray, cut apart
    when the term is written. A list of bytes cost 8 bytes a posting more, and an
    object for each word met more than once: at 10,000 briefings, 70 MB more in each
    process of a full build."""

    __slots__ = ("ids", "large", "values", "weights")

    def __init__(self) -> None:
        self.ids: array[int] = array("I")
        self.weights: array[int] = array("I")
        self.values = bytearray()
        self.large: list[int] | None = None  # the postings whose gaps take four bytes

    def mark_large(self) -> None:
        """Note that the last posting's value holds gaps of four bytes each."""
        if self.large is None:
            self.large = []
        self.large.append(len(self.ids) - 1)


def _write_postings(writer: Any, postings: _Postings | _TextPostings) -> None:
    """All of a term's postings, in blocks of BLOCK (or inline, when few)."""
    ids, weights = postings.ids, postings.weights
    if isinstance(postings, _TextPostings):
        values = split_values(postings.values, postings.weights, postings.large or ())
    else:
        values = postings.values
    last = max(0, (len(ids) - 1) // BLOCK * BLOCK)  # where the last block starts
    for start in range(0, len(ids), BLOCK):
        end = start + BLOCK
        block_weights = weights[start:end]
        writer._ids = ids[start:end]
        writer._weights = block_weights
        writer._values = values[start:end]
        writer._maxweight = max(block_weights)
        if start < last:
            writer._write_block()
    # the last block is written (or inlined) by Whoosh's own end of a term


def update_merge(writer: Any, segments: list[Any]) -> list[Any]:
    """The merge policy of an update's commit: Whoosh's merge of small segments, once
    SMALL_SEGMENTS segments of fewer than SMALL_DOCS sections have piled up. Whoosh's
    own policy merged every few updates, through its slow posting pool (a one-briefing
    update took 140 to 190 ms instead of 85 then)."""
    small = sum(1 for segment in segments if segment.doc_count_all() < SMALL_DOCS)
    return MERGE_SMALL(writer, segments) if small >= SMALL_SEGMENTS else segments


def update_writer(ix: Any, briefings: int) -> tuple[Any, Callable[[Any, list[Any]], list[Any]]]:
    """The writer of an update of ``briefings`` briefings, and its commit's merge policy.

    A large update (LARGE_UPDATE briefings or more: a pack received) writes its segment
    as a full build does: Whoosh's writer sorts all its postings in one call, which holds
    Python's lock for half a second at 500 briefings, and the window's GUI thread waits
    as long. Its commit merges nothing (a BuildWriter has no posting pool to merge old
    segments into); the next small update merges the small segments as usual.
    """
    if briefings >= LARGE_UPDATE:
        return BuildWriter(ix, lock=False), _no_merge
    return SegmentWriter(ix, _lk=False, codec=update_codec()), update_merge


def _no_merge(_writer: Any, segments: list[Any]) -> list[Any]:
    return segments


def update_codec() -> Any:
    """The codec of an update's segment, written by Whoosh's own writer: the build's,
    so that an update's postings too are inline for rare words, uncompressed and in
    protocol 4 (a third of a one-briefing update went to compressing a block per word)."""
    return _BuildCodec()


class _BuildCodec(W3Codec):  # type: ignore[misc]
    """Whoosh's codec with uncompressed blocks, inline postings for rare words and no
    length statistics (see the module's doc)."""

    length_stats = False

    def __init__(self) -> None:
        super().__init__(compression=0, inlinelimit=INLINE_POSTINGS)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        return _PostingsWriter(
            dbfile,
            blocklimit=BLOCK,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )


class _PostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    """Whoosh's postings writer, given whole blocks (``_write_postings``) and term
    entries that can take inline postings."""

    def start_postings(self, format_: Any, terminfo: Any) -> None:
        super().start_postings(format_, _TermInfo())

    def _write_block(self, last: bool = False) -> None:
        """The block of the postings given, in Whoosh 3's layout: its size (negative
        for a term's last block), its header (count, last document, highest weight,
        compression, shortest and longest length) and its data (document gaps, weights,
        values), each pickled with PROTOCOL."""
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        ids = self._ids
        header = (len(ids), ids[-1], self._maxweight, 0, length_to_byte(self._minlength))
        header_bytes = pickle.dumps((*header, length_to_byte(self._maxlength)), PROTOCOL)
        data = (self._mini_ids(), self._mini_weights(), self._mini_values())
        data_bytes = pickle.dumps(data, PROTOCOL)
        size = len(header_bytes) + len(data_bytes)
        self._postfile.write_int(-size if last else size)
        self._postfile.write(header_bytes)
        self._postfile.write(data_bytes)
        self._blockcount += 1
        self._new_block()

    def _mini_ids(self) -> tuple[int, ...]:
        ids = self._ids  # gaps from 0, as Whoosh's own, without a Python step per id
        return tuple(map(sub, ids, chain((0,), ids)))

    def _mini_weights(self) -> Any:
        weights = self._weights
        first = weights[0]
        if weights.count(first) == len(weights):  # one weight for the block, a float
            return None if first == 1.0 else float(first)  # (Whoosh's reader expects)
        return tuple(weights)


class _TermInfo(W3TermInfo):  # type: ignore[misc]
    """Whoosh's term entry, answering to the name its writer uses to inline postings
    (``set_inline``; whoosh-reloaded 2.7.5 only has ``set_inlined``, so any inline
    limit above Whoosh's default of 1, which inlines nothing, fails), with a None
    value for each posting of a field that stores none."""

    def set_inline(self, ids: Any, weights: Any, values: Any) -> None:
        # A field without values (an id, a number) gives none: Whoosh's matcher of an
        # inline entry then answers "" for each value, which its own merge of segments
        # refuses (it wants bytes or None), and an update that merged crashed.
        self.set_inlined(ids, weights, values or (None,) * len(ids))

    def to_bytes(self) -> bytes:
        """Whoosh's entry, its inline postings pickled with PROTOCOL."""
        entry = super().to_bytes()
        if not self.is_inlined():
            return entry  # type: ignore[no-any-return]
        return entry[: self._struct.size] + pickle.dumps(self._inlined, PROTOCOL)  # type: ignore[no-any-return]
