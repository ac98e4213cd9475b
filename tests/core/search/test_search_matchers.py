"""The app's term and phrase queries find and score exactly what Whoosh's own do."""

from __future__ import annotations

import pytest

from bench.queries import QUERIES
from briefing_app.core.search.index import SearchIndex
from briefing_app.core.search.language import parse_query
from briefing_app.core.search.matchers import (
    FastPhrase,
    FastTerm,
    _column_lengths,
    field_lengths,
    whoosh_own,
)
from briefing_app.core.search.translation import to_whoosh
from tests.core.search.corpus import two_segment_index

EXTRA = ('"de la"', '"la stratégie numérique de"', "titre:stratégie", '"absentmot numérique"')


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """A generated library in two segments, one of them with deleted documents."""
    index = two_segment_index(tmp_path_factory.mktemp("matchers"), 60)
    leaves = [leaf for leaf, _offset in index._searcher_now().reader().leaf_readers()]
    inline = {leaf.term_info(*term).is_inlined() for leaf in leaves for term in leaf.all_terms()}
    assert inline == {True, False}  # rare words inline in their entry, common ones in blocks
    return index


def ranked(searcher: object, query: object, limit: int | None) -> list[tuple[int, float]]:
    results = searcher.search(query, limit=limit, optimize=False)  # type: ignore[attr-defined]
    return [(hit.docnum, hit.score) for hit in results]


@pytest.mark.parametrize("text", [text for _kind, text in QUERIES] + list(EXTRA))
def test_same_documents_and_scores_as_whoosh(index: SearchIndex, text: str) -> None:
    searcher = index._searcher_now()
    assert searcher.reader().has_deletions()
    query = to_whoosh(parse_query(text), index.glossary(), None)
    own = whoosh_own(query)
    assert not any(isinstance(q, FastTerm | FastPhrase) for q in own.leaves())
    assert ranked(searcher, query, None) == ranked(searcher, own, None)  # every match
    assert ranked(searcher, query, 5) == ranked(searcher, own, 5)  # the best: Whoosh prunes
    assert set(searcher.docs_for_query(query)) == set(searcher.docs_for_query(own))


def test_the_comparison_sees_phrases(index: SearchIndex) -> None:
    searcher = index._searcher_now()
    glossary = index.glossary()
    phrase = to_whoosh(parse_query('"stratégie numérique"'), glossary, None)
    words = to_whoosh(parse_query("stratégie numérique"), glossary, None)
    assert any(isinstance(q, FastPhrase) for q in phrase.leaves())
    phrase_docs = set(searcher.docs_for_query(phrase))
    assert phrase_docs
    assert phrase_docs < set(searcher.docs_for_query(words))  # some hold both words apart


def test_field_lengths_read_whole_are_whooshs(index: SearchIndex) -> None:
    leaves = [leaf for leaf, _offset in index._searcher_now().reader().leaf_readers()]
    for leaf in leaves:
        for field in ("text", "titles", "tags", "theme"):
            whooshs = [leaf.doc_field_length(doc, field, 1) for doc in range(leaf.doc_count_all())]
            assert field_lengths(leaf, field) == whooshs
            assert _column_lengths(leaf, field) == whooshs  # read whole, not a call per doc
