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
section and quote are updated), ``changed`` (found, but its words no longer say the
same: a negation, a number or a date differs from the words the user marked; to
review) or ``detached`` (not found: kept as it was, to review). The words the user
marked are kept apart by the store and never replaced; the quote follows the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_app.core.bookmarks.model import ANCHORED, CHANGED, DETACHED, MOVED, Quote
from briefing_app.core.textfold import find_all, fold

if TYPE_CHECKING:  # the window imports this module at start: keep it light
    from collections.abc import Sequence

    from briefing_app.core.content.sections import SectionText

CONTEXT = 32  # characters of context kept on each side of a quote
MIN_SIMILARITY = 0.7  # share of a reworded quote's words that must be found again
_MIN_FUZZY_WORDS = 3  # shorter quotes are only ever found exactly
_CONTEXT_WORDS = 3  # words of context weighed when choosing a reworded passage's extent
_PUNCTUATION = ".,;:!?…«»“”\"'()[]\u2013\u2014-/"  # with the en and em dashes
_CLOSING = ".,;:!?…»)]"
_APOSTROPHES = str.maketrans("’‘ʼ", "'" * 3)
# Words whose change turns a sentence around ("ne vise pas" / "vise"), folded. "n" is
# the elided "n'"; "plus" and "moins" are kept whatever their sense: flagging a
# harmless edit for review costs a glance, missing a reversal costs the user's trust.
_NEGATIONS = frozenset(
    " ".join(
        [
            "ne n pas non ni jamais aucun aucune aucuns aucunes aucunement nul nulle nuls",
            "nulles nullement rien guere sans plus moins",
        ]
    ).split()
)
# Dates and numbers in words (digits are compared as they are).
_DATE_AND_NUMBER_WORDS = frozenset(
    " ".join(
        [
            "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre",
            "decembre lundi mardi mercredi jeudi vendredi samedi dimanche deux trois quatre",
            "cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts",
            "trente quarante cinquante soixante cent cents mille million millions milliard",
            "milliards moitie tiers quart quarts",
        ]
    ).split()
)
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")  # "3 500" is 3500, however it is spaced
_TOKENS = re.compile(r"\d+|[^\W\d_]+")


def squash(text: str) -> str:
    """``text`` with every run of whitespace (non-breaking spaces too) as one space."""
    return " ".join(text.split())


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
        self._keys: dict[str, list[str]] | None = None

    def word_keys(self) -> dict[str, list[str]]:
        """Each section's words as compared when a passage was reworded (``word_key``),
        worked out the first time a passage is not found as it is."""
        if self._keys is None:
            self._keys = {anchor: word_keys(text) for anchor, text in self.texts.items()}
        return self._keys


def word_key(word: str) -> str:
    """A word as compared when looking for a reworded passage: without case, accents or
    the punctuation stuck to it ("Habitants," and "habitants" are one word)."""
    return fold(word).strip(_PUNCTUATION)


def word_keys(text: str) -> list[str]:
    """The ``word_key`` of each word of ``text`` (split on whitespace)."""
    return [word_key(word) for word in text.split()]


def meaning_words(text: str) -> list[str]:
    """The words of ``text`` that carry its sense whatever the spelling: negations,
    numbers and dates, in order (case, accents, punctuation and spacing ignored)."""
    folded = _THOUSANDS.sub("", fold(squash(text)))
    return [
        "ne" if word == "n" else word
        for word in _TOKENS.findall(folded)
        if word[0].isdigit() or word in _NEGATIONS or word in _DATE_AND_NUMBER_WORDS
    ]


def meaning_changed(marked: str, current: str) -> bool:
    """Whether ``current`` no longer says what ``marked`` said: a negation, a number or a
    date added, removed or changed. A typo, punctuation, spacing or an accent is not."""
    return marked != current and meaning_words(marked) != meaning_words(current)


def place(
    briefing: BriefingText, section: str, section_title: str, quote: Quote, marked: str = ""
) -> Placement:
    """Place a bookmark (its section, the section's title, its quote) in a briefing.

    ``marked`` is the words the user marked (``quote.exact`` when empty): a passage found
    whose negations, numbers or dates differ from them is ``changed``, not anchored or
    moved.
    """
    found = _place(briefing, section, section_title, quote)
    if found.status in (ANCHORED, MOVED) and meaning_changed(
        marked or quote.exact, found.quote.exact
    ):
        return Placement(CHANGED, found.section, found.section_title, found.quote)
    return found


def _place(briefing: BriefingText, section: str, section_title: str, quote: Quote) -> Placement:
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
    approximate = _best_approximate(briefing, quote, prefer=section)
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
    before = text[max(0, start - len(quote.prefix)) : start]  # no more can match
    after = text[end : end + len(quote.suffix)]
    return _common_suffix(before, quote.prefix) + _common_prefix(after, quote.suffix)


def _best_exact(texts: dict[str, str], quote: Quote) -> tuple[str, Quote] | None:
    """The occurrence of the quote whose context matches best, in section order."""
    whole = quote.prefix + quote.exact + quote.suffix
    for anchor, text in texts.items():  # the quote with all its context: none does better
        found = text.find(whole)
        if found != -1:
            start = found + len(quote.prefix)
            return anchor, quote_at(text, start, start + len(quote.exact))
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


def _best_approximate(
    briefing: BriefingText, quote: Quote, prefer: str
) -> tuple[str, Quote] | None:
    """The run of words most like the quote (a word or two reworded), if close enough.

    Runs are compared with a few words of context on each side: without it, a run that
    stops short of a reworded last word ("mars 2024." now "mars 2025.") would beat the
    whole passage, and the reworded word would drop out of the current text.
    """
    target = word_keys(quote.exact)
    if len(target) < _MIN_FUZZY_WORDS:
        return None
    from difflib import SequenceMatcher  # only for reworded passages: off start-up

    # The first word of the context may be cut: it is left out when there are others.
    before = word_keys(quote.prefix)[1:][-_CONTEXT_WORDS:] or word_keys(quote.prefix)
    after = word_keys(quote.suffix)[:-1][:_CONTEXT_WORDS] or word_keys(quote.suffix)
    finder = SequenceMatcher(None, autojunk=False)
    finder.set_seq2(target)
    scorer = SequenceMatcher(None, autojunk=False)
    scorer.set_seq2([*before, *target, *after])
    best: tuple[float, bool, str, int, int] | None = None
    keys = briefing.word_keys()
    for anchor in sorted(keys, key=lambda anchor: anchor != prefer):  # its own section first
        words = keys[anchor]
        finder.set_seq1(words)
        common = finder.find_longest_match(0, len(words), 0, len(target))
        if common.size == 0:
            continue
        # Where the quote would start if the common run sits at the same place in both.
        origin = common.a - common.b
        for first in range(max(0, origin - 2), max(0, origin) + 3):
            for last in range(first + len(target) - 2, first + len(target) + 3):
                if first < last <= len(words):
                    scorer.set_seq1(words[max(0, first - len(before)) : last + len(after)])
                    # quick_ratio bounds ratio from above, for a tenth of its cost
                    if best is not None and scorer.quick_ratio() <= best[0]:
                        continue
                    candidate = (scorer.ratio(), anchor == prefer, anchor, first, last)
                    if best is None or candidate[:2] > best[:2]:
                        best = candidate
    if best is None:
        return None
    _ratio, _same, anchor, first, last = best
    words = briefing.word_keys()[anchor]
    finder.set_seq1(words[first:last])
    if finder.ratio() < MIN_SIMILARITY:
        return None
    text = briefing.texts[anchor]
    spaced = text.split()
    while last < len(spaced) and not words[last] and spaced[last][0] in _CLOSING:
        last += 1  # " !", " ;", " »": French spacing leaves them apart; they belong
    start = len(" ".join(spaced[:first])) + (1 if first else 0)
    end = start + len(" ".join(spaced[first:last]))
    return anchor, quote_at(text, start, end)
