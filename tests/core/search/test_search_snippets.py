"""Snippets pick the passages Whoosh's highlighter picks, from any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.highlight import set_matched_filter, top_fragments

from briefing_app.core.search.analysis import analyse, french_analyzer, term_spans
from briefing_app.core.search.snippets import HIGHLIGHTER, PASSAGES, fragments, snippet

WORDS = ["données", "de", "la", "ville", "l’État", "numérique", "capteurs", "x" * 70]
SEARCHED = frozenset(analyse("données ville numérique État"))


def whooshs(text: str, words: frozenset[str]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The passages Whoosh's highlighter picks: its tokens, merge, fragmenter, scorer."""
    tokens = french_analyzer()(text, positions=True, chars=True, mode="index", removestops=False)
    tokens = HIGHLIGHTER._merge_matched_tokens(set_matched_filter(tokens, words))
    passages = HIGHLIGHTER.fragmenter.fragment_tokens(text, tokens)
    best = top_fragments(passages, PASSAGES, HIGHLIGHTER.scorer, HIGHLIGHTER.order, minscore=1)
    return [_shape(passage) for passage in best]


def mine(text: str, words: frozenset[str]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    passages = fragments(text, term_spans(text), words)
    best = top_fragments(passages, PASSAGES, HIGHLIGHTER.scorer, HIGHLIGHTER.order, minscore=1)
    return [_shape(passage) for passage in best]


def _shape(passage: object) -> tuple[int, int, list[tuple[int, int]]]:
    marks = [(t.startchar, t.endchar) for t in passage.matches]  # type: ignore[attr-defined]
    return passage.startchar, passage.endchar, marks  # type: ignore[attr-defined]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(WORDS), max_size=400).map(" ".join)
    | st.lists(st.sampled_from([*WORDS, ", ", ".\n", "1999"]), max_size=120).map("".join)
)
def test_the_passages_are_whooshs(text: str) -> None:
    assert mine(text, SEARCHED) == whooshs(text, SEARCHED)


def test_long_texts_and_texts_past_whooshs_limit() -> None:
    text = " ".join(WORDS[i % len(WORDS)] for i in range(9000))  # past 32,768 characters
    assert mine(text, SEARCHED) == whooshs(text, SEARCHED)
    assert len(mine(text, SEARCHED)) == PASSAGES


def test_a_snippet_marks_the_words_of_its_passages() -> None:
    text = "Le rapport. " * 30 + "La ville publie ses données ouvertes. " + "Fin. " * 30
    html = snippet(text, SEARCHED)
    assert 'La <mark class="hit term' in html  # its number: Whoosh's, by words met
    assert ">ville</mark> publie ses <mark" in html
    assert ">données</mark> ouvertes. Fin." in html
    assert html.startswith("rapport.")  # the passage starts 60 characters before
    assert len(html) < len(text)
    assert snippet(text, frozenset(analyse("absentmot"))) == ""
