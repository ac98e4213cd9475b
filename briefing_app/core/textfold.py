"""Accent- and case-insensitive text matching (find in page, list filters).

``fold`` maps text to a comparison form: lower case, accents removed, ``œ``/``æ``
spelled out, typographic apostrophes and spaces made plain. ``find_all`` keeps a
map from folded positions back to the original ones, so a match in folded text
can be highlighted in the original.
"""

from __future__ import annotations

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


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, with plain quotes and spaces."""
    return "".join(_fold_char(ch) for ch in text)


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for each folded character, its original index."""
    parts: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping match of ``needle`` in ``text``, ignoring case and accents.

    Returns:
        ``(start, end)`` index pairs into the original ``text``, in order.
    """
    target = fold(needle)
    if not target.strip():
        return []
    folded, origin = _fold_with_map(text)
    matches: list[tuple[int, int]] = []
    start = folded.find(target)
    while start != -1:
        end = start + len(target)
        matches.append((origin[start], origin[end - 1] + 1))
        start = folded.find(target, end)
    return matches
