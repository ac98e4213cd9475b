"""Accent- and case-insensitive text matching (find in page, list filters).

``fold`` maps text to a comparison form: lower case, accents removed, ``œ``/``æ``
spelled out, typographic apostrophes and spaces made plain. ``find_all`` keeps a
map from folded positions back to the original ones, so a match in folded text
can be highlighted in the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = {
    "œ": "oe",
    "Œ": "oe",
    "æ": "ae",
    "Æ": "ae",
    "ß": "ss",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2029": "\n",
    "\u2028": "\n",
}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold()


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds each character the first time it is met."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, with plain quotes and spaces."""
    return text.translate(_TABLE)


def _fold_with_map(text: str, loose_spaces: bool = False) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for each folded character, its original index.

    With ``loose_spaces``, every run of whitespace folds to one space.
    """
    folded = text.translate(_TABLE)
    if len(folded) == len(text):  # each character folds to one: positions are kept
        origin = list(range(len(text)))
    else:  # a ligature spelled out (œ, ß...): the map is made character by character
        origin = [index for index, ch in enumerate(text) for _ in _TABLE[ord(ch)]]
    if not loose_spaces:
        return folded, origin
    parts: list[str] = []
    kept: list[int] = []
    done = 0
    for run in _LOOSE.finditer(folded):  # runs other than one plain space
        parts += (folded[done : run.start()], " ")
        kept += origin[done : run.start() + 1]
        done = run.end()
    parts.append(folded[done:])
    kept += origin[done:]
    return "".join(parts), kept


_LOOSE = re.compile(r"\s{2,}|[^\S ]")


def find_all(text: str, needle: str, *, loose_spaces: bool = False) -> list[tuple[int, int]]:
    """Every non-overlapping match of ``needle`` in ``text``, ignoring case and accents
    (and, with ``loose_spaces``, how much whitespace separates words).

    Returns:
        ``(start, end)`` index pairs into the original ``text``, in order.
    """
    target = " ".join(fold(needle).split()) if loose_spaces else fold(needle)
    if not target.strip():
        return []
    folded, origin = _fold_with_map(text, loose_spaces)
    matches: list[tuple[int, int]] = []
    start = folded.find(target)
    while start != -1:
        end = start + len(target)
        matches.append((origin[start], origin[end - 1] + 1))
        start = folded.find(target, end)
    return matches
