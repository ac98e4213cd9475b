"""Find a bookmarked passage again after its briefing changed.

A passage is kept as a W3C Web Annotation TextQuoteSelector: the quoted text
(``exact``) with about 32 characters before (``prefix``) and after (``suffix``).
Texts are compared with their whitespace squashed to single spaces, on the plain
text of each section (``sections.split_sections``), so the window, the command line
and the re-anchoring all see the same text.

Placing a bookmark in a briefing's current text tries, in order: the same section
and the quote; the quote with its context anywhere in the briefing, exact, then
approximate (one word reworded); then the section by its title. The outcome is
``anchored`` (where it was), ``moved`` (found elsewhere or reworded: its stored
section and quote are updated) or ``detached`` (kept as it was, to review).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_app.core.textfold import find_all, fold

if TYPE_CHECKING:  # the window imports this module at start: keep it light
    from collections.abc import Sequence

    from briefing_app.core.sections import SectionText

CONTEXT = 32  # characters of context kept on each side of a quote
ANCHORED, MOVED, DETACHED = "anchored", "moved", "detached"
MIN_SIMILARITY = 0.7  # share of a reworded quote's words that must be found again
_MIN_FUZZY_WORDS = 3  # shorter quotes are only ever found exactly
_APOSTROPHES = str.maketrans("’‘ʼ", "'" * 3)


def squash(text: str) -> str:
    """``text`` with every run of whitespace (non-breaking spaces too) as one space."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Quote:
    """A TextQuoteSelector: the passage and its context (all squashed)."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Placement:
    """Where a bookmark stands in a briefing's current text."""

    status: str  # ANCHORED, MOVED or DETACHED
    section: str  # the section anchor it belongs to now (its old one when detached)
    section_title: str
    quote: Quote


def quote_at(text: str, start: int, end: int) -> Quote:
    """The selector of ``text[start:end]``, ``text`` being squashed section text."""
    return Quote(text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT])


def find_quote(text: str, exact: str, before: str = "") -> Quote | None:
    """The selector of ``exact`` in ``text`` (both squashed), None when it is not there.

    ``exact`` is looked for as it is, then with either apostrophe, then ignoring case and
    accents (someone typing a quote on the command line); the quote keeps the text's own
    spelling. When it occurs more than once, the occurrence whose preceding text best
    matches ``before`` wins (the first one when ``before`` is empty).
    """
    if not exact:
        return None
    spans = [
        (start, start + len(exact))
        for start in _occurrences(text, exact) or _occurrences(_straight(text), _straight(exact))
    ] or find_all(text, exact)
    if not spans:
        return None
    start, end = (
        max(spans, key=lambda span: _common_suffix(text[: span[0]], before)) if before else spans[0]
    )
    return quote_at(text, start, end)


def locate(text: str, quote: Quote, after: int = 0) -> tuple[int, int] | None:
    """Where a quote stands in a displayed text (its whitespace, case and accents may
    differ): the ``(start, end)`` of the occurrence from ``after`` on whose context
    matches best, or of any occurrence if none follows ``after``; None if absent."""
    spans = find_all(text, quote.exact, loose_spaces=True)
    if not spans:
        return None
    prefix, suffix = fold(quote.prefix).rstrip(), fold(quote.suffix).lstrip()

    def context(span: tuple[int, int]) -> int:
        start, end = span
        before = fold(squash(text[max(0, start - 2 * CONTEXT) : start]))
        after_text = fold(squash(text[end : end + 2 * CONTEXT]))
        return _common_suffix(before, prefix) + _common_prefix(after_text, suffix)

    return max([span for span in spans if span[0] >= after] or spans, key=context)


class BriefingText:
    """A briefing's sections prepared once for placing many bookmarks in them."""

    def __init__(self, sections: Sequence[SectionText]) -> None:
        """Squash each section's text; index the sections by anchor and folded title."""
        self.texts = {chunk.anchor: squash(chunk.text) for chunk in sections}
        self.titles = {chunk.anchor: chunk.title for chunk in sections}
        self.by_title: dict[str, str] = {}
        for chunk in sections:
            if chunk.anchor:
                self.by_title.setdefault(fold(squash(chunk.title)), chunk.anchor)


def place(briefing: BriefingText, section: str, section_title: str, quote: Quote) -> Placement:
    """Place a bookmark (its section, the section's title, its quote) in a briefing."""
    texts, titles = briefing.texts, briefing.titles
    by_title = briefing.by_title.get(fold(squash(section_title))) if section_title else None
    if not quote.exact:  # a whole-briefing or whole-section bookmark
        if section in texts:
            return Placement(ANCHORED, section, titles[section], quote)
        if by_title is not None:
            return Placement(MOVED, by_title, titles[by_title], quote)
        return Placement(DETACHED, section, section_title, quote)
    here = _best_exact({section: texts[section]}, quote) if section in texts else None
    if here is not None:
        return Placement(ANCHORED, section, titles[section], here[1])
    exact = _best_exact(texts, quote)
    if exact is not None:
        return Placement(MOVED, exact[0], titles[exact[0]], exact[1])
    approximate = _best_approximate(texts, quote, prefer=section)
    if approximate is not None:
        return Placement(MOVED, approximate[0], titles[approximate[0]], approximate[1])
    if by_title is not None:  # the passage is gone: its section is the best place to look
        return Placement(DETACHED, by_title, titles[by_title], quote)
    return Placement(DETACHED, section, section_title, quote)


def _straight(text: str) -> str:
    """Typographic apostrophes as straight ones (same length: offsets still hold)."""
    return text.translate(_APOSTROPHES)


def _occurrences(text: str, exact: str) -> list[int]:
    starts = []
    start = text.find(exact)
    while start != -1:
        starts.append(start)
        start = text.find(exact, start + 1)
    return starts


def _common_suffix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _context_score(text: str, start: int, end: int, quote: Quote) -> int:
    return _common_suffix(text[:start], quote.prefix) + _common_prefix(text[end:], quote.suffix)


def _best_exact(texts: dict[str, str], quote: Quote) -> tuple[str, Quote] | None:
    """The occurrence of the quote whose context matches best, in section order."""
    best: tuple[int, str, int] | None = None
    for anchor, text in texts.items():
        for start in _occurrences(text, quote.exact):
            score = _context_score(text, start, start + len(quote.exact), quote)
            if best is None or score > best[0]:
                best = (score, anchor, start)
    if best is None:
        return None
    _score, anchor, start = best
    return anchor, quote_at(texts[anchor], start, start + len(quote.exact))


def _best_approximate(texts: dict[str, str], quote: Quote, prefer: str) -> tuple[str, Quote] | None:
    """The run of words most like the quote (a word or two reworded), if close enough."""
    target = quote.exact.split()
    if len(target) < _MIN_FUZZY_WORDS:
        return None
    from difflib import SequenceMatcher  # only for reworded passages: off start-up

    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(target)
    best: tuple[float, bool, str, int, int] | None = None
    for anchor, text in texts.items():
        words = text.split()
        matcher.set_seq1(words)
        common = matcher.find_longest_match(0, len(words), 0, len(target))
        if common.size == 0:
            continue
        # Where the quote would start if the common run sits at the same place in both.
        for first, last, ratio in _windows(words, target, common.a - common.b):
            candidate = (ratio, anchor == prefer, anchor, first, last)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is None or best[0] < MIN_SIMILARITY:
        return None
    _ratio, _same, anchor, first, last = best
    text = texts[anchor]
    words = text.split()
    start = len(" ".join(words[:first])) + (1 if first else 0)
    end = start + len(" ".join(words[first:last]))
    return anchor, quote_at(text, start, end)


def _windows(words: list[str], target: list[str], origin: int) -> list[tuple[int, int, float]]:
    """Word runs starting near ``origin`` and about as long as the quote, each with its
    similarity to the quote."""
    found = []
    from difflib import SequenceMatcher

    scorer = SequenceMatcher(None, autojunk=False)
    scorer.set_seq2(target)
    for first in range(max(0, origin - 2), max(0, origin) + 3):
        for last in range(first + len(target) - 2, first + len(target) + 3):
            if first < last <= len(words):
                scorer.set_seq1(words[first:last])
                found.append((first, last, scorer.ratio()))
    return found
