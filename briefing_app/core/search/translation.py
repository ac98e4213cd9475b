"""The app's query language (``core.query``) as Whoosh queries, and highlighting.

Plain words search the text; an acronym also finds its long form and back; dates,
theme and tags are filters; stop words are dropped from plain words, not phrases.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whoosh import query as wq

from briefing_app.core.content.glossary import Glossary
from briefing_app.core.search.analysis import STOP_WORDS, analyse, term_spans
from briefing_app.core.search.documents import (
    F_DAY,
    F_TAGS,
    F_TEXT,
    F_THEME,
    F_TITLES,
    day_number,
)
from briefing_app.core.search.language import (
    MAX_WORDS,
    DateRange,
    Not,
    Or,
    Phrase,
    Prefix,
    Query,
    Word,
    limited,
    parse_query,
)
from briefing_app.core.search.matchers import FastPhrase, FastTerm
from briefing_app.core.search.prefixes import BoundedPrefix
from briefing_app.core.search.records import SearchFilters
from briefing_app.core.textfold import fold

# Plain words look in the text; tags and theme belong to every section of a briefing,
# so they are reached through their filters (tag:, theme:) rather than flooding results.
TEXT_FIELDS = (F_TEXT,)
QUERY_FIELDS = {None: TEXT_FIELDS, "title": (F_TITLES,), "tags": (F_TAGS,), "theme": (F_THEME,)}


def is_filter(query: Any) -> bool:
    """A date range, or a clause on the theme or tags only (the same for a whole briefing)."""
    if isinstance(query, wq.NumericRange):
        return True
    fields = {field for field, _text in query.iter_all_terms()}
    return bool(fields) and fields <= {F_THEME, F_TAGS}


def _terms(text: str, fields: tuple[str, ...]) -> Any:
    # Each once, and no more than a query's words ("a-b-c-…" is one word of many terms).
    terms = list(dict.fromkeys(analyse(text)))[:MAX_WORDS]
    if not terms:
        return None
    per_term = [wq.Or([FastTerm(field, term) for field in fields]) for term in terms]
    return per_term[0] if len(per_term) == 1 else wq.And(per_term)


def _phrase(words: Iterable[str], fields: tuple[str, ...]) -> Any:
    terms = analyse(" ".join(words))[:MAX_WORDS]
    if len(terms) <= 1:
        return _terms(" ".join(terms), fields) if terms else None
    return wq.Or([FastPhrase(field, terms) for field in fields if field != F_TAGS])


def _with_acronyms(node: Any, text: str, query: Any, glossary: Glossary) -> Any:
    """An acronym also finds its long form, and a long form its acronym."""
    if query is None or getattr(node, "field", None) is not None:
        return query
    long_form = glossary.long_form(text)
    if long_form:
        return wq.Or([query, _phrase(long_form.split(), TEXT_FIELDS)])
    pairs = [pair for pair in glossary.acronym_in(text) if fold(pair[1]) == fold(text)]
    if pairs:
        return wq.Or([query, *(_terms(acronym, TEXT_FIELDS) for acronym, _ in pairs)])
    return query


def _node(node: Any, glossary: Glossary) -> Any:
    if isinstance(node, Word):
        fields = QUERY_FIELDS[node.field]
        return _with_acronyms(node, node.text, _terms(node.text, fields), glossary)
    if isinstance(node, Phrase):
        text = " ".join(node.words)
        return _with_acronyms(node, text, _phrase(node.words, QUERY_FIELDS[node.field]), glossary)
    if isinstance(node, Prefix):
        terms = analyse(node.text)
        if not terms:
            return None
        fields = QUERY_FIELDS[node.field]
        return wq.Or([BoundedPrefix(field, terms[-1], node.text) for field in fields])
    if isinstance(node, DateRange):
        return _date_range(node.start, node.end)
    if isinstance(node, Not):
        inner = _node(node.clause, glossary)
        return wq.Not(inner) if inner is not None else None
    if isinstance(node, Or):
        parts = [q for q in (_node(c, glossary) for c in node.clauses) if q is not None]
        return wq.Or(parts) if parts else None
    return None


def _date_range(start: str, end: str) -> Any:
    if not start and not end:
        return None
    low = day_number(start) if start else None
    high = day_number(end, last=True) if end else None
    return wq.NumericRange(F_DAY, low, high)


def _is_stop_word(node: Any) -> bool:
    return isinstance(node, Word) and node.field is None and fold(node.text) in STOP_WORDS


def _is_plain(node: Any) -> bool:
    return isinstance(node, Word) and node.field is None


def _spelled_long_forms(clauses: list[Any], glossary: Glossary) -> dict[int, tuple[int, str]]:
    """Runs of plain words that spell a long form of the glossary, without quotes:
    the index of the first word -> (the index past the last, the acronym)."""
    runs: dict[int, tuple[int, str]] = {}
    start = 0
    while start < len(clauses):
        end = start
        while end < len(clauses) and _is_plain(clauses[end]):
            end += 1
        if end == start:
            start += 1
            continue
        words = [clause.text for clause in clauses[start:end]]
        for acronym, long_form in glossary.acronym_in(" ".join(words)):
            span = _span(words, analyse(long_form))
            if span is not None and not any(a <= start + span[0] < b for a, (b, _) in runs.items()):
                runs[start + span[0]] = (start + span[1], acronym)
        start = end
    return runs


def _span(words: list[str], wanted: list[str]) -> tuple[int, int] | None:
    """The words ``words[i:j]`` whose terms are ``wanted``, as (i, j)."""
    terms = [analyse(word) for word in words]
    for first in range(len(words)):
        found: list[str] = []
        for last in range(first, len(words)):
            found += terms[last]
            if found == wanted:
                return first, last + 1
            if found != wanted[: len(found)]:
                break
    return None


def _long_form_or_acronym(words: list[Any], acronym: str) -> Any:
    """The words of a long form typed without quotes, or else its acronym."""
    kept = [word for word in words if not _is_stop_word(word)] or words
    spelled = _terms(" ".join(word.text for word in kept), TEXT_FIELDS)
    return wq.Or([spelled, _terms(acronym, TEXT_FIELDS)])


def to_whoosh(parsed: Query, glossary: Glossary, filters: SearchFilters | None) -> Any:
    clauses = list(limited(parsed).clauses)
    runs = _spelled_long_forms(clauses, glossary)
    parts = [_long_form_or_acronym(clauses[a:b], acronym) for a, (b, acronym) in runs.items()]
    inside = {index for a, (b, _acronym) in runs.items() for index in range(a, b)}
    clauses = [clause for index, clause in enumerate(clauses) if index not in inside]
    if parts or any(not _is_stop_word(c) and not isinstance(c, Not) for c in clauses):
        clauses = [c for c in clauses if not _is_stop_word(c)]  # phrases keep theirs
    parts += [q for q in (_node(c, glossary) for c in clauses) if q is not None]
    if filters is not None:
        parts += [
            q
            for q in (
                _terms(filters.theme, (F_THEME,)) if filters.theme else None,
                _terms(filters.tag, (F_TAGS,)) if filters.tag else None,
                _date_range(filters.start, filters.end),
            )
            if q is not None
        ]
    if not parts:
        return None
    if all(isinstance(part, wq.Not) for part in parts):
        parts.insert(0, wq.Every())
    return parts[0] if len(parts) == 1 else wq.And(parts)


# --- highlighting in the reader ----------------------------------------------------------------


def expansions(parsed: Query, glossary: Glossary) -> tuple[str, ...]:
    """The long forms of the query's acronyms, and the acronyms of its long forms."""
    words = parsed.words()
    found = [long for word in words if (long := glossary.long_form(word))]
    found += [acronym for acronym, _ in glossary.acronym_in(" ".join(words))]
    return tuple(dict.fromkeys(found))


def match_spans(
    text: str, query_text: str, extra_words: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """Where the query's positive words (and ``extra_words``) occur in ``text``, in order."""
    parsed = limited(parse_query(query_text))
    words = [*parsed.words(), *(w for extra in extra_words for w in extra.split())]
    wanted = {term for word in words for term in analyse(word) if term not in STOP_WORDS}
    prefixes = _prefixes(parsed)
    spans = []
    for term, start, end in term_spans(text):
        if term in wanted or any(term.startswith(p) for p in prefixes):
            spans.append((start, end))
    return spans


def _prefixes(parsed: Query) -> list[str]:
    found = []
    for clause in parsed.clauses:
        if isinstance(clause, Prefix):
            found.extend(analyse(clause.text)[-1:])
    return found
