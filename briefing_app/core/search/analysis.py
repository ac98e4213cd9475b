"""The French analysis and the fields of the index.

Words split on anything that is not a letter or digit, elided articles dropped, lower
case, accents folded (œ → oe) before the Snowball French stemmer (PyStemmer's). Text
fields turn into postings in one pass (``FrenchText``), in a Positions format Whoosh
reads (core.search.positions).

Pairs of very common words (« de la », « il y », « pour les ») are also indexed as one
term each, in a field of their own (``CommonGrams``): a phrase of common words then
reads one short posting list instead of the positions of two words found in nearly
every section.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import compress
from operator import and_
from typing import Any

from Stemmer import Stemmer
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema
from whoosh.lang import stopwords_for_language

from briefing_app.core.search.documents import (
    F_BODY,
    F_BRIEFING,
    F_DATE,
    F_DAY,
    F_GRAMS,
    F_KEY,
    F_SECTION,
    F_SECTION_TITLE,
    F_TAGS,
    F_TEXT,
    F_THEME,
    F_TITLE,
    F_TITLES,
)
from briefing_app.core.search.positions import Places, positions_value
from briefing_app.core.textfold import fold

ELISIONS = frozenset("l d j m n s t c qu lorsqu puisqu jusqu quoiqu".split())  # noqa: SIM905
STOP_WORDS = frozenset(fold(word) for word in stopwords_for_language("fr")) | ELISIONS
_WORD = re.compile(r"\w+")
_STEM = Stemmer("french").stemWord  # Snowball French, in C
_TERMS: dict[str, str] = {}  # word as written -> index term, grown as words are met
_TERMS_KEPT = 500_000  # forget them all past this many (a few tens of MB)


class FrenchTokenizer(Tokenizer):  # type: ignore[misc]
    """The French analysis in one pass: split on anything that is not a letter or digit,
    lower-case, drop elisions, fold accents (œ → oe), stem with Snowball French.

    One generator instead of a chain of filters: indexing spends most of its time here.
    Each distinct word is folded and stemmed once (``_TERMS`` remembers it). Elided
    words take no position, so that "qualité de l’air" is a phrase of three words in
    the index as in a query.
    """

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Any]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        terms = _TERMS
        position = start_pos
        for match in _WORD.finditer(value):
            word = match.group()
            term = terms.get(word)
            if term is None:
                term = _term(word)
            if not term:
                continue
            token.text = term
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = position
                position += 1
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token


def _term(word: str) -> str:
    """The index term of one word ("" for an elided article or pronoun)."""
    term = _TERMS.get(word)
    if term is None:
        if len(_TERMS) > _TERMS_KEPT:
            _TERMS.clear()
        lower = word.lower()
        term = _TERMS[word] = "" if lower in ELISIONS else _STEM(fold(lower))
    return term


COMMON_TERMS = frozenset(filter(None, map(_term, STOP_WORDS)))  # the words paired in grams


def gram(first: str, second: str) -> str:
    """The index term of two common terms that follow each other."""
    return f"{first} {second}"


def french_analyzer() -> Any:
    """The French analyzer of every text field (see FrenchTokenizer)."""
    return FrenchTokenizer()


class FrenchText(TEXT):  # type: ignore[misc]
    """A text field with the French analysis, turned into postings in one pass.

    The terms and positions are FrenchTokenizer's, stored in the compact ``Places``
    format (core.search.positions), without one Token object per word and three
    generators in between: indexing spends most of its time here.
    """

    def __init__(self) -> None:
        super().__init__(analyzer=french_analyzer())
        self.format = Places()  # in place of TEXT's Positions (boost 1.0 as well)

    def index(self, value: str, **kwargs: Any) -> list[tuple[bytes, int, float, bytes]]:
        boost = self.format.field_boost
        return [
            (term.encode(), len(found), len(found) * boost, positions_value(found))
            for term, found in self.term_places(value).items()
        ]

    def term_places(self, value: str) -> dict[str, list[int]]:
        """Each index term of ``value`` with its positions."""
        return places(value)


class CommonGrams(FrenchText):
    """The pairs of common terms (COMMON_TERMS) of a text, each at the position of its
    first word in the text's own field: « de la ville » holds « de la » at 0. Not
    scored: a phrase is scored by its words, as Whoosh scores it."""

    def __init__(self) -> None:
        super().__init__()
        self.scorable = False

    def term_places(self, value: str) -> dict[str, list[int]]:
        return gram_places(value)


def places(value: str) -> dict[str, list[int]]:
    """Each index term of ``value`` with its positions (FrenchTokenizer's analysis)."""
    return _grouped(enumerate(terms_of(value)))


def gram_places(value: str) -> dict[str, list[int]]:
    """Each pair of common terms of ``value`` with the positions of its first word."""
    terms = terms_of(value)
    common = list(map(COMMON_TERMS.__contains__, terms))
    starts = compress(range(len(terms) - 1), map(and_, common, common[1:]))
    return _grouped((at, gram(terms[at], terms[at + 1])) for at in starts)


def _grouped(placed: Iterable[tuple[int, str]]) -> dict[str, list[int]]:
    """Each term of (position, term) pairs with its positions, in the order given."""
    found: dict[str, list[int]] = {}
    for position, term in placed:
        at = found.get(term)
        if at is None:
            found[term] = [position]
        else:
            at.append(position)
    return found


_LAST: list[Any] = [None, []]  # the last text analysed and its terms: the text field
# and its grams field hold the same text, and are indexed one after the other


def terms_of(value: str) -> list[str]:
    """The index terms of ``value``, in order (elided words left out)."""
    if value is _LAST[0]:
        return _LAST[1]  # type: ignore[no-any-return]
    words = _WORD.findall(value)
    found = list(map(_TERMS.get, words))
    if None in found:
        found = [
            term if term is not None else _term(word)
            for word, term in zip(words, found, strict=True)
        ]
    terms = list(filter(None, found))
    _LAST[:] = [value, terms]
    return terms


def schema() -> Schema:
    """The fields of the index: one document per section (see core.search.documents)."""
    return Schema(
        **{
            F_KEY: STORED(),
            F_BRIEFING: ID(stored=True),
            F_SECTION: STORED(),
            F_TITLE: STORED(),
            F_SECTION_TITLE: STORED(),
            F_BODY: STORED(),
            F_TEXT: FrenchText(),
            F_GRAMS: CommonGrams(),
            F_TITLES: FrenchText(),
            F_TAGS: FrenchText(),
            F_THEME: FrenchText(),
            F_DATE: STORED(),
            F_DAY: NUMERIC(int, bits=32, signed=False),
        }
    )


# --- the analysis of query text and of the reader's text ---------------------------------------

_ANALYZER = french_analyzer()


def analyse(text: str) -> list[str]:
    """The index terms of ``text`` (what the French analyzer makes of it)."""
    return [token.text for token in _ANALYZER(text)]


def term_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Each index term of ``text`` with where its word starts and ends in ``text`` (the
    tokens FrenchTokenizer makes, without a Token object each)."""
    terms = _TERMS
    for match in _WORD.finditer(text):
        word = match.group()
        term = terms.get(word)
        if term is None:
            term = _term(word)
        if term:
            yield term, match.start(), match.end()
