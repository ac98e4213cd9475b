"""The snippet of a hit: the two best passages of its section, the searched words marked.

The passages are those Whoosh's highlighter picks (its ``ContextFragmenter`` of 220
characters with 60 around the words, its scorer, its order, its HTML formatter): the
same rules, run over plain (start, end, term) spans of the text instead of Whoosh's
token objects and their four generators, which took a quarter of a query for its 20
snippets. Tests compare the passages with Whoosh's own on any text.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from whoosh.analysis import Token
from whoosh.highlight import (
    DEFAULT_CHARLIMIT,
    ContextFragmenter,
    Fragment,
    Highlighter,
    HtmlFormatter,
    top_fragments,
)

from briefing_app.core.search.analysis import term_spans

MAX_CHARS = 220  # the longest passage
SURROUND = 60  # the text kept around the words of a passage
PASSAGES = 2  # passages in a snippet

HIGHLIGHTER = Highlighter(
    fragmenter=ContextFragmenter(maxchars=MAX_CHARS, surround=SURROUND),
    formatter=HtmlFormatter(tagname="mark", between=" … ", classname="hit"),
)


def snippet(text: str, words: frozenset[str]) -> str:
    """The best passages of ``text`` as HTML, the terms of ``words`` marked ("" when
    none of them is in it)."""
    passages = fragments(text, term_spans(text), words)
    best = top_fragments(passages, PASSAGES, HIGHLIGHTER.scorer, HIGHLIGHTER.order, minscore=1)
    return str(HIGHLIGHTER.formatter.format(best))


def fragments(
    text: str, spans: Iterable[tuple[str, int, int]], words: frozenset[str]
) -> Iterator[Fragment]:
    """The passages of ``text`` around its terms of ``words``, as Whoosh's
    ContextFragmenter cuts them from the same terms (``spans``: each term with where
    it starts and ends).

    A passage opens at a searched term, with up to SURROUND characters of the terms
    before it; it closes SURROUND characters after its last searched term, or when
    it would pass MAX_CHARS. The passages Whoosh makes without any term (when a
    passage closes exactly at its limit) are left out: they score nothing, and
    snippets only keep passages that score."""
    opened_at: int | None = None  # where the passage being made starts
    before: deque[int] = deque()  # where the terms just before it start
    countdown = -1  # characters left before the passage closes (< 0: none open)
    matches: list[Token] = []
    length = 0  # the characters of the passage's terms
    end = 0
    for term, start, end in spans:
        if end > DEFAULT_CHARLIMIT:
            break
        size = end - start
        matched = term in words
        if countdown < 0 and not matched:
            before.append(start)
            while before and end - before[0] > SURROUND:
                before.popleft()
        elif length + size > MAX_CHARS:
            countdown = 0
        elif matched:
            countdown = SURROUND
            if opened_at is None:
                if before:
                    opened_at = before[0]
                else:
                    opened_at = start
                    countdown += SURROUND
            matches.append(Token(text=term, startchar=start, endchar=end, boost=1.0))
        if countdown >= 0:
            length += size
            countdown -= size
            if countdown <= 0:
                if matches:
                    yield Fragment(text, matches, opened_at, end)
                matches = []
                before = deque()
                opened_at = None
                length = 0
    if matches:
        yield Fragment(text, matches, opened_at, end)
