"""The app's term and phrase queries find and score exactly what Whoosh's own do."""

from __future__ import annotations

import pytest

from bench.make_corpus import make_corpus
from bench.search import QUERIES
from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.search.index import SearchIndex
from briefing_app.core.search.language import parse_query
from briefing_app.core.search.matchers import FastPhrase, FastTerm, whoosh_own
from briefing_app.core.search.translation import to_whoosh

EXTRA = ('"de la"', '"la stratégie numérique de"', "titre:stratégie", '"absentmot numérique"')


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """A generated library in two segments, one of them with deleted documents."""
    tmp = tmp_path_factory.mktemp("matchers")
    paths = make_corpus(tmp / "content", 60, sections=4, seed=5)
    index = SearchIndex(tmp / "index")
    index.update(load_library([tmp / "content"], tmp / "cache"), PageCache(tmp / "cache"))
    for path in paths[:20:3]:  # changed: their old documents are deleted, not rewritten
        path.write_text(path.read_text(encoding="utf-8") + "\nLa stratégie numérique.\n")
    report = index.update(load_library([tmp / "content"], tmp / "cache"), PageCache(tmp / "cache"))
    assert (report.rebuilt, report.briefings) == (False, 7)
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
