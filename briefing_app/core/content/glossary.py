"""Acronyms and their long forms, looked up both ways.

Definitions come from three places: the Markdown ``*[ACR]: long form`` lines
(``definitions_from_markdown``, which also holds acronyms the text never uses), the
``<abbr title="…">`` elements they produce (``definitions_from_html``), and the usual
"long form (ACR)" pattern of the prose itself (``definitions_from_text``). A
``Glossary`` merges them, gives the long form of an acronym and tells which acronyms
a query spells out in full, so that a search for one can also find the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser

from briefing_app.core.textfold import fold

MAX_ACRONYM_LENGTH = 8
# Skipped without consuming a letter of the acronym (compared folded).
SMALL_WORDS = frozenset(
    {"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "pour", "sur", "au", "aux"}
    | {"a", "of", "the", "and"}  # "a" is "à" folded
)
# A parenthesis holding only a possible acronym; its letters are checked in _is_acronym.
_CANDIDATE = re.compile(rf"\(([^\W\d_][^\W_]{{1,{MAX_ACRONYM_LENGTH - 1}}})\)")
_ACRONYM_UNIT = re.compile(r"[0-9]+|[^0-9]")
_WORD = re.compile(r"\S+")
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu)['’ʼ](?=\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;:…]")
_SPACES = re.compile(r"\s+")
# Punctuation around a word that is not part of it.
_LEADING = "\"'’‘ʼ«»“”„([{*_-\u2013\u2014"
_TRAILING = "\"'’‘ʼ«»“”„]},;:.!?…*_-\u2013\u2014"  # not ")": "Mobilité(s)" keeps its own
_CLOSING_QUOTES = "\"'’»”"
# How far back from "(ACR)" a long form may start: far more than 8 words need.
_WINDOW = 400


class _AbbrParser(HTMLParser):
    """Collect ``(text, title)`` of every ``<abbr>`` with a title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []
        self._open: list[tuple[str | None, list[str]]] = []  # title and text of open abbrs

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "abbr":
            self._open.append((dict(attrs).get("title"), []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "abbr" and self._open:
            title, parts = self._open.pop()
            text = "".join(parts)
            if self._open:  # nested: the inner text belongs to the outer abbr too
                self._open[-1][1].append(text)
            if title is not None:
                self.found.append((text, title))

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][1].append(data)


def _normalise(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


_MARKDOWN_DEFINITION = re.compile(r"^\*\[([^\]\n]+)\]:[ \t]*(\S[^\n]*)$", re.MULTILINE)


def definitions_from_markdown(markdown: str) -> dict[str, str]:
    """Every ``*[ACR]: long form`` line of a Markdown text, as ``{ACR: long form}``."""
    definitions: dict[str, str] = {}
    for acronym, long_form in _MARKDOWN_DEFINITION.findall(markdown):
        if _normalise(acronym) and _normalise(long_form):
            definitions.setdefault(_normalise(acronym), _normalise(long_form))
    return definitions


def definitions_from_html(html: str) -> dict[str, str]:
    """Every ``<abbr title="LONG">ACR</abbr>`` of ``html`` as ``{ACR: LONG}``.

    Entities are decoded and whitespace normalised. An ``abbr`` without a title, with an
    empty title or with no text is ignored; the first definition of an acronym wins.
    """
    if "<abbr" not in html.lower():  # most pages: no need to parse them
        return {}
    parser = _AbbrParser()
    parser.feed(html)
    parser.close()
    definitions: dict[str, str] = {}
    for text, title in parser.found:
        acronym, long_form = _normalise(text), _normalise(title)
        if acronym and long_form:
            definitions.setdefault(acronym, long_form)
    return definitions


def _is_acronym(word: str) -> bool:
    return (
        2 <= len(word) <= MAX_ACRONYM_LENGTH
        and word[0].isupper()
        and all(ch.isupper() or ch in "0123456789" for ch in word[1:])
    )


def _lead(word: str) -> int:
    """How many characters of ``word`` come before the word proper (punctuation, elision)."""
    core = word.lstrip(_LEADING)
    elision = _ELISION.match(core)
    return len(word) - len(core) + (elision.end() if elision else 0)


def _stops(word: str) -> bool:
    """Whether the long form cannot reach back over ``word``."""
    if _SENTENCE_END.fullmatch(word.rstrip(_CLOSING_QUOTES)[-1:]):
        return True
    # An earlier parenthesis: its opening, or a closing whose opening is not in the word.
    return word.startswith("(") or (word.endswith(")") and "(" not in word)


def _long_form(text: str, end: int, acronym: str) -> str | None:
    """The long form of ``acronym`` that ends ``text[:end]``, or None."""
    units = [fold(unit) for unit in _ACRONYM_UNIT.findall(acronym)]
    cut = max(0, end - _WINDOW)
    tokens = list(_WORD.finditer(text, cut, end))
    if tokens and cut > 0 and tokens[0].start() == cut and not text[cut - 1].isspace():
        tokens = tokens[1:]  # a word cut by the window
    span_end: int | None = None  # end of the word matching the acronym's last letter
    unmatched = 0
    for token in reversed(tokens):
        word = token.group()
        if _stops(word):
            return None
        stem = fold(word[_lead(word) :].rstrip(_TRAILING))
        if not stem or stem in SMALL_WORDS:
            continue
        if stem.startswith(units[-1]):
            units.pop()
            if span_end is None:
                span_end = token.start() + len(word.rstrip(_TRAILING))
            if not units:
                return _normalise(text[token.start() + _lead(word) : span_end])
            continue
        unmatched += 1
        if span_end is None or unmatched > 1:  # only inside the long form, and only one
            return None
    return None


def definitions_from_text(text: str) -> dict[str, str]:
    """Every "Long form (ACR)" of plain ``text`` as ``{ACR: long form}``.

    ``ACR`` is 2 to 8 capitals (accented ones too), digits allowed after the first
    letter. Walking back from the parenthesis, the acronym's letters are matched from
    last to first against the initials of the words before it (accents and case
    ignored, ``l’``/``d’`` elisions stripped). Small words (``de``, ``la``, ``pour``…)
    are skipped; one other word that matches no letter may sit inside the long form.
    The walk stops at sentence punctuation or at a second such word: if not every
    letter is matched, there is no definition. The first definition of an acronym wins.

    Returns:
        The long forms as written in ``text`` (whitespace normalised).
    """
    definitions: dict[str, str] = {}
    for match in _CANDIDATE.finditer(text):
        acronym = match.group(1)
        if acronym in definitions or not _is_acronym(acronym):
            continue
        long_form = _long_form(text, match.start(), acronym)
        if long_form:
            definitions[acronym] = long_form
    return definitions


class Glossary:
    """Acronyms and their long forms; read-only once built.

    Args:
        definitions: ``{acronym: long form}``. Whitespace is normalised; entries with an
            empty acronym or long form are dropped.
    """

    __slots__ = ("_entries", "_folded", "_lower")

    def __init__(self, definitions: Mapping[str, str] | None = None) -> None:
        self._entries: dict[str, str] = {}
        for acronym, long_form in (definitions or {}).items():
            key, value = _normalise(acronym), _normalise(long_form)
            if key and value:
                self._entries.setdefault(key, value)
        self._lower = {acronym.lower(): acronym for acronym in reversed(self._entries)}
        self._folded: dict[str, re.Pattern[str]] = {}
        for acronym, long_form in self._entries.items():
            words = fold(long_form).split()
            if words:
                spaced = r"\s+".join(map(re.escape, words))
                self._folded[acronym] = re.compile(rf"(?<!\w){spaced}(?!\w)")

    @classmethod
    def merge(cls, *definitions: Mapping[str, str]) -> Glossary:
        """One glossary from several mappings; the first definition of an acronym wins."""
        merged: dict[str, str] = {}  # normalised as a glossary has them, nothing compiled
        for mapping in definitions:
            for acronym, long_form in mapping.items():
                key, value = _normalise(acronym), _normalise(long_form)
                if key and value:
                    merged.setdefault(key, value)
        return cls(merged)

    def long_form(self, word: str) -> str | None:
        """The long form of ``word``, an acronym as written or all in lower case (``rgpd``)."""
        found = self._entries.get(word)
        if found is None and word == word.lower():
            acronym = self._lower.get(word)
            found = self._entries[acronym] if acronym is not None else None
        return found

    def acronym_in(self, text: str) -> list[tuple[str, str]]:
        """The ``(acronym, long form)`` pairs whose long form ``text`` contains.

        The long form must appear as whole words; case, accents, apostrophe styles and
        spacing are ignored. Pairs come in the order their long forms first appear.
        """
        folded = fold(text)
        found: list[tuple[int, str]] = []
        for acronym, pattern in self._folded.items():
            match = pattern.search(folded)
            if match:
                found.append((match.start(), acronym))
        found.sort(key=lambda hit: hit[0])
        return [(acronym, self._entries[acronym]) for _, acronym in found]

    def items(self) -> Iterator[tuple[str, str]]:
        """The ``(acronym, long form)`` pairs, in definition order."""
        return iter(self._entries.items())

    def to_dict(self) -> dict[str, str]:
        """``{acronym: long form}``, for storage (``from_dict`` reads it back)."""
        return dict(self._entries)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Glossary:
        """The glossary stored by ``to_dict``.

        Raises:
            ValueError: an acronym or a long form is not a string.
        """
        definitions: dict[str, str] = {}
        for acronym, long_form in data.items():
            if not isinstance(acronym, str) or not isinstance(long_form, str):
                raise ValueError(f"glossary entry is not text: {acronym!r}: {long_form!r}")
            definitions[acronym] = long_form
        return cls(definitions)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __contains__(self, acronym: object) -> bool:
        return acronym in self._entries

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Glossary):
            return NotImplemented
        return self._entries == other._entries

    def __hash__(self) -> int:
        return hash(frozenset(self._entries.items()))

    def __repr__(self) -> str:
        return f"Glossary({self._entries!r})"
