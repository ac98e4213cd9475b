"""A forgiving parser of the search box text into a small query tree.

Every string is a valid query: :func:`parse_query` never raises, and syntax it does
not understand falls back to plain words. The syntax, in French or English:

* plain words must all match: ``mobilité douce`` (``ET``/``AND`` may be written, they
  change nothing);
* ``a OU b`` / ``a OR b``: either side; a chain ``a OR b OU c`` is a single choice;
* ``SAUF x`` / ``NOT x`` / ``-x``: exclude (``-"a phrase"`` and ``-titre:x`` too);
  a hyphen inside a word (``Maine-et-Loire``) is part of the word;
* ``"protection des données"``: a phrase (an unclosed quote runs to the end);
* ``mobili*``: a prefix;
* ``titre:``/``title:``, ``tag:``/``tags:``, ``thème:``/``theme:``: limit the word,
  prefix or phrase written right after the colon (no space) to that field;
* ``date:2018``, ``date:2017..2018``, ``date:..2018-06``, ``date:2017-03-01..``: a date
  range (each side YYYY, YYYY-MM or YYYY-MM-DD, either side may be empty). A value that
  is not a date is read as if ``date:`` had not been written (``date:hier`` is the word
  ``hier``). A reversed range is kept as typed.

Operators are recognised in upper case only: ``ou``, ``sauf`` and ``et`` are words. An
operator with nothing usable on one side is ignored. ``NOT`` binds tighter than ``OR``.
Field names are case- and accent-insensitive; an unknown ``foo:bar`` is the two words
``foo`` and ``bar``. Parentheses and other punctuation are separators, never operators.
Words keep their case and accents (the search engine analyses them) with surrounding
punctuation removed; inner apostrophes, hyphens and dots stay (``l’État``,
``d'accord``, ``data.gouv.fr``). The straight and curly double quotes (``"“”„``) delimit
phrases; guillemets (``« »``) are ordinary punctuation.

The tree it makes is in ``clauses`` (and exported here, the language's public face).
The parser keeps everything; :func:`limited` keeps what a search runs: the first
``MAX_WORDS`` words (a phrase counts each of its words, a choice each of its sides),
repeated clauses once. A pasted page of words made a query that took seconds, or
exhausted Whoosh's recursion.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

from briefing_app.core.search.clauses import (
    MAX_WORDS,
    Clause,
    DateRange,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    Query,
    Word,
    describe,
    limited,
)
from briefing_app.core.textfold import fold

__all__ = [
    "MAX_WORDS",
    "Clause",
    "DateRange",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "Prefix",
    "Query",
    "Word",
    "describe",
    "limited",
    "parse_query",
]


_FIELDS = {
    "titre": "title",
    "title": "title",
    "tag": "tags",
    "tags": "tags",
    "theme": "theme",
    "date": "date",
}
_OR_WORDS = frozenset({"OR", "OU"})
_NOT_WORDS = frozenset({"NOT", "SAUF"})
_AND_WORDS = frozenset({"AND", "ET"})
_QUOTES = frozenset('"“”„')
# Characters that end a word wherever they are (the colon is handled with the fields).
_SEPARATORS = frozenset("()[]{}«»\u2039\u203a,;!?")
_PHRASE_SPLIT = re.compile(rf"[\s{re.escape(''.join(sorted(_SEPARATORS)))}]+")
_CUT = re.compile(rf"[:{re.escape(''.join(sorted(_SEPARATORS)))}]")
_DATE = r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?"
_DATE_VALUE = re.compile(rf"(?P<single>{_DATE})|(?P<start>{_DATE})?\.\.(?P<end>{_DATE})?")


_OR = "OR"
_NOT = "NOT"
_Token: TypeAlias = Clause | str  # a clause, or the operator _OR or _NOT


def parse_query(text: str) -> Query:
    """Parse the search box ``text``; any text is accepted.

    Returns:
        The query; :meth:`Query.is_empty` when nothing usable was typed.
    """
    return Query(_combine(_tokens(text)))


# -- reading the text into tokens ---------------------------------------------------------


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _skip_punctuation(text: str, position: int, keep: str = "") -> int:
    """The index of the first word character (or one in ``keep``) from ``position`` on."""
    while position < len(text) and not _is_word_char(text[position]):
        if text[position] in keep:
            break
        position += 1
    return position


def _cut_at(text: str, position: int) -> int:
    """The index of the first separator or colon from ``position`` on, or ``len(text)``."""
    found = _CUT.search(text, position)
    return found.start() if found is not None else len(text)


def _strip_end(text: str, keep: str = "") -> str:
    """``text`` without its trailing punctuation (characters in ``keep`` stay)."""
    end = len(text)
    while end > 0 and not _is_word_char(text[end - 1]) and text[end - 1] not in keep:
        end -= 1
    return text[:end]


def _strip(text: str) -> str:
    return _strip_end(text[_skip_punctuation(text, 0) :])


def _negate(clause: Clause) -> Clause:
    """``NOT clause``; a double negation cancels out."""
    return clause.clause if isinstance(clause, Not) else Not(clause)


@dataclass(frozen=True)
class _Modifiers:
    """A ``-`` and/or a field written just before an opening quote."""

    negated: bool
    field: str | None


def _tokens(text: str) -> list[_Token]:
    """Split ``text`` into clauses and operators, phrases first, then space-separated pieces."""
    tokens: list[_Token] = []
    length = len(text)
    position = 0
    while position < length:
        char = text[position]
        if char.isspace():
            position += 1
            continue
        modifiers = _Modifiers(negated=False, field=None)
        if char not in _QUOTES:
            end = position
            while end < length and not text[end].isspace() and text[end] not in _QUOTES:
                end += 1
            pending = _read_piece(text[position:end], tokens)
            position = end
            if pending is None or position == length or text[position] not in _QUOTES:
                continue
            modifiers = pending
        # text[position] is an opening quote.
        close = position + 1
        while close < length and text[close] not in _QUOTES:
            close += 1
        phrase = _phrase(text[position + 1 : close], modifiers)
        if phrase is not None:
            tokens.append(phrase)
        position = close + 1
    return tokens


def _read_piece(piece: str, tokens: list[_Token]) -> _Modifiers | None:
    """Append the tokens of a piece of text without spaces or quotes.

    Returns:
        The negation and field left waiting for a value, when the piece ends with them
        (``-``, ``titre:``, ``-tag:``), else None.
    """
    length = len(piece)
    position = 0
    while position < length:
        position = _skip_punctuation(piece, position, keep="-")
        negated = position < length and piece[position] == "-"
        if negated:
            position = _skip_punctuation(piece, position + 1)
        field: str | None = None
        cut = _cut_at(piece, position)
        if cut < length and piece[cut] == ":" and fold(piece[position:cut]) in _FIELDS:
            field = _FIELDS[fold(piece[position:cut])]
            position = cut + 1
            while position < length and piece[position] in _SEPARATORS:
                position += 1
            cut = _cut_at(piece, position)
        value = piece[position:cut]
        position = cut
        if not value:
            if _skip_punctuation(piece, position) == length and (negated or field is not None):
                return _Modifiers(negated, field)
            continue
        token = _value_token(value, field, operators=not negated and field is None)
        if isinstance(token, str) or token is None:
            if token is not None:
                tokens.append(token)
            continue
        tokens.append(_negate(token) if negated else token)
    return None


def _value_token(value: str, field: str | None, *, operators: bool) -> _Token | None:
    """The token for ``value`` (no spaces, quotes, colons or separators) in ``field``.

    Args:
        value: The text.
        field: The field written before it, if any.
        operators: Whether ``value`` may be an operator (``OU``, ``SAUF``…).
    """
    if field == "date":
        date_range = _date_range(value) or _date_range(_strip(value))
        if date_range is not None:
            return date_range
        field = None
    if operators:
        bare = _strip(value)
        if bare in _OR_WORDS:
            return _OR
        if bare in _NOT_WORDS:
            return _NOT
        if bare in _AND_WORDS:
            return None
    value = _strip_end(value, keep="*")
    is_prefix = value.endswith("*")
    text = _strip(value)
    if not text:
        return None
    return Prefix(text, field) if is_prefix else Word(text, field)


def _date_range(value: str) -> DateRange | None:
    """The range written ``value`` (``2018``, ``2017..2018-06``, ``..2018``), or None."""
    match = _DATE_VALUE.fullmatch(value)
    if match is None:
        return None
    if match["single"]:
        start = end = match["single"]
    else:
        start, end = match["start"] or "", match["end"] or ""
    if not (start or end) or not (_valid_date(start) and _valid_date(end)):
        return None
    return DateRange(start, end)


def _valid_date(value: str) -> bool:
    """Whether ``value`` (YYYY, YYYY-MM or YYYY-MM-DD, or empty) is a real date."""
    parts = [int(part) for part in value.split("-")] if value else []
    if len(parts) < 2:
        return True
    try:
        date(parts[0] or 1, parts[1], parts[2] if len(parts) == 3 else 1)
    except ValueError:
        return False
    return True


def _phrase(content: str, modifiers: _Modifiers) -> Clause | None:
    """The clause of a quoted ``content``, with the ``-`` and field written before it."""
    clause: Clause | None = None
    if modifiers.field == "date":
        clause = _date_range(content.strip())
    if clause is None:
        field = None if modifiers.field == "date" else modifiers.field
        words = tuple(word for word in map(_strip, _PHRASE_SPLIT.split(content)) if word)
        if not words:
            return None
        clause = Phrase(words, field) if len(words) > 1 else Word(words[0], field)
    return _negate(clause) if modifiers.negated else clause


# -- combining the tokens -----------------------------------------------------------------


def _combine(tokens: list[_Token]) -> tuple[Clause, ...]:
    """Apply ``NOT`` to the clause after it, then join clauses around ``OR``."""
    operands: list[Clause | str] = []
    negations = 0
    for token in tokens:
        if token == _NOT:
            negations += 1
        elif isinstance(token, str):  # OR: a NOT right before it has nothing to apply to
            negations = 0
            operands.append(token)
        else:
            for _ in range(negations % 2):
                token = _negate(token)
            negations = 0
            operands.append(token)
    groups: list[list[Clause]] = []
    join = False
    for operand in operands:
        if isinstance(operand, str):
            join = bool(groups)
        elif join:
            groups[-1].append(operand)
            join = False
        else:
            groups.append([operand])
    return tuple(group[0] if len(group) == 1 else Or(tuple(group)) for group in groups)
