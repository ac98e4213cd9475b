"""How a word's positions in a section are stored: gaps as bytes, not a pickle.

Whoosh's ``Positions`` format stores a count, then the pickled list of gaps between
positions: 14 bytes or more for a word met once, and a pickle made and read for each
posting. ``Places`` stores one letter saying how the gaps are held, then the gaps: one
byte each when they are all under 256 (nearly always in prose), else four. A word met
once costs two bytes, and reading the gaps is one C-level pass.

It is a ``Positions`` to Whoosh (phrase queries, highlighting and merges use its
``decode_*`` methods), so Whoosh's own classes read what it writes.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from itertools import accumulate, repeat
from operator import add
from typing import Any

from whoosh.formats import Positions

_SMALL = b"B"  # gaps of one byte each
_LARGE = b"I"  # gaps of four bytes each (machine order: the index stays on its machine)
_LARGE_SIZE = array(_LARGE.decode()).itemsize
LARGE_LETTER = _LARGE[0]  # the first byte of a value of four-byte gaps
_ONE_POSITION: dict[int, bytes] = {}  # position -> the value of a word met once


class Places(Positions):  # type: ignore[misc]
    """Whoosh's Positions format, its values stored as ``positions_value`` makes them."""

    def encode(self, poslist: Iterable[int]) -> bytes:
        return positions_value(list(poslist))

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return list(positions(valuestring))

    def decode_frequency(self, valuestring: bytes) -> int:
        size = 1 if valuestring[:1] == _SMALL else _LARGE_SIZE
        return (len(valuestring) - 1) // size

    def decode_weight(self, valuestring: bytes) -> float:
        return float(self.decode_frequency(valuestring) * self.field_boost)


def positions_value(found: list[int]) -> bytes:
    """The stored value of a word at positions ``found`` (ascending). Most words occur
    once in a section: those values are made once per position."""
    if len(found) == 1:
        value = _ONE_POSITION.get(found[0])
        if value is None:
            value = _ONE_POSITION[found[0]] = _gaps_value(found)
        return value
    return _gaps_value([b - a for a, b in zip([0, *found], found, strict=False)])


def _gaps_value(gaps: list[int]) -> bytes:
    if max(gaps) < 256:
        return _SMALL + bytes(gaps)
    return _LARGE + array(_LARGE.decode(), gaps).tobytes()


def split_values(
    joined: bytes | bytearray, counts: Iterable[int], large: Iterable[int] = ()
) -> list[bytes]:
    """The values ``positions_value`` made, from their bytes one after the other, each
    one's count of positions, and which of them hold four-byte gaps (those whose first
    byte is LARGE_LETTER): cut apart in C."""
    whole = bytes(joined)
    counts = list(counts)
    sizes = list(map(add, counts, repeat(1)))  # a letter, then one byte a gap
    for index in large:
        sizes[index] = 1 + counts[index] * _LARGE_SIZE
    ends = list(accumulate(sizes, initial=0))
    values = list(map(whole.__getitem__, map(slice, ends, ends[1:])))
    same: dict[bytes, bytes] = {}  # a word met once at one place: one object, as before
    return list(map(same.setdefault, values, values))  # (a pickle then refers to it)


def positions(value: bytes) -> Iterator[int]:
    """The positions a stored value holds."""
    gaps: Any = value[1:] if value[:1] == _SMALL else array(_LARGE.decode(), value[1:])
    return accumulate(gaps)
