"""The evaluator finds, orders and scores exactly what Whoosh does, on every kind of query
of both benchmark mixes, over an index of two segments with deleted documents."""

from __future__ import annotations

import pytest

from bench.queries import QUERIES, REAL_QUERIES
from briefing_app.core.search.evaluation import Evaluator
from briefing_app.core.search.hits import _split
from briefing_app.core.search.index import SearchIndex
from briefing_app.core.search.language import parse_query
from briefing_app.core.search.matchers import whoosh_own
from briefing_app.core.search.prefixes import PREFIX_TERMS, BoundedPrefix, expand_prefixes
from briefing_app.core.search.translation import to_whoosh
from tests.core.search.corpus import two_segment_index

EXTRA = (
    '"de la"',
    '"la stratégie numérique de"',
    '"de la de"',  # a word twice
    '"la de"',  # a pair of common words the other way round
    '"pour les de la"',  # three pairs of common words, overlapping
    '"la stratégie de la"',  # pairs and other words
    "stratégie stratégie",
    "de",  # a stop word alone is searched
    "a*",
    '"absentmot numérique"',
    "absentmot",
    "mobilité OR absentmot",
)
EVERY = 10**6


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, SearchIndex]:
    return {
        vocabulary: two_segment_index(tmp_path_factory.mktemp(vocabulary), 50, vocabulary)
        for vocabulary in ("uniform", "real")
    }


def _whoosh(
    index: SearchIndex, query: object, limit: int | None, allowed: object, excluded: object
):
    searcher = index._searcher_now()
    results = searcher.search(  # type: ignore[attr-defined]
        whoosh_own(query), limit=limit, optimize=False, filter=allowed, mask=excluded
    )
    return [(hit.docnum, hit.score) for hit in results]


def _same(mine: list[tuple[int, float]], theirs: list[tuple[int, float]]) -> None:
    assert [doc for doc, _score in mine] == [doc for doc, _score in theirs]
    assert [score for _doc, score in mine] == pytest.approx([s for _d, s in theirs], rel=1e-9)


CASES = [("uniform", text) for _kind, text in QUERIES] + [
    ("real", text) for _kind, text in REAL_QUERIES
]
CASES += [(vocabulary, text) for vocabulary in ("uniform", "real") for text in EXTRA]


@pytest.mark.parametrize(("vocabulary", "text"), CASES)
def test_same_hits_order_and_scores_as_whoosh(
    indexes: dict[str, SearchIndex], vocabulary: str, text: str
) -> None:
    index = indexes[vocabulary]
    evaluator = Evaluator(index._searcher_now())
    query = to_whoosh(parse_query(text), index.glossary(), None)
    assert query is not None
    base, allowed, excluded = _split(evaluator, expand_prefixes(query, evaluator.reader))
    if base is None:
        return  # filters only: no score, the documents are the filter's
    assert evaluator.handles(base) or "date:" in text  # what Whoosh still runs is rare
    if not evaluator.handles(base):
        return
    theirs = _whoosh(index, base, None, allowed, excluded)
    _same(evaluator.best(base, EVERY, allowed, excluded), theirs)
    _same(evaluator.best(base, 5, allowed, excluded), _whoosh(index, base, 5, allowed, excluded))
    assert evaluator.docs(base) >= {doc for doc, _score in theirs}


def test_the_comparison_meets_every_kind_of_node(indexes: dict[str, SearchIndex]) -> None:
    kinds = set()
    for vocabulary, text in CASES:
        query = to_whoosh(parse_query(text), indexes[vocabulary].glossary(), None)
        kinds |= {type(node).__name__ for node in query.leaves()} if query else set()
    assert {"FastTerm", "FastPhrase", "BoundedPrefix"} <= kinds


def test_a_prefix_keeps_its_commonest_words_and_says_it_was_cut(
    indexes: dict[str, SearchIndex],
) -> None:
    index = indexes["real"]
    reader = index._searcher_now().reader()
    every = list(reader.expand_prefix("text", "co"))
    assert len(every) > PREFIX_TERMS  # the real vocabulary has many « co… » words
    expansion = BoundedPrefix("text", "co").expansion(reader)
    assert expansion.total == len(every)
    assert len(expansion.terms) == PREFIX_TERMS
    kept = min(reader.doc_frequency("text", t) for t in expansion.terms)
    dropped = max(reader.doc_frequency("text", t) for t in set(every) - set(expansion.terms))
    assert kept >= dropped
    result = index.search("co*")
    assert result.hits
    assert result.prefixes == (("co", PREFIX_TERMS, len(every)),)
    assert index.search("mobili*").prefixes == ()  # uncut: nothing to say


def test_a_phrase_of_two_common_words_reads_no_positions(
    indexes: dict[str, SearchIndex], monkeypatch: pytest.MonkeyPatch
) -> None:
    index = indexes["real"]
    evaluator = Evaluator(index._searcher_now())
    query = to_whoosh(parse_query('"de la"'), index.glossary(), None)
    expected = evaluator.best(query, EVERY, None, None)
    assert expected  # the real vocabulary has « de la » in some sections

    def no_positions(*args: object) -> object:
        raise AssertionError("positions read for a phrase its pair of words answers")

    monkeypatch.setattr(Evaluator, "_places", no_positions)
    assert Evaluator(index._searcher_now()).best(query, EVERY, None, None) == expected


@pytest.mark.parametrize("filtered", [False, True])
def test_the_closest_documents_match_most_parts_then_score_best(
    indexes: dict[str, SearchIndex], filtered: bool
) -> None:
    index = indexes["real"]
    evaluator = Evaluator(index._searcher_now())
    text = "les données personnelles des habitants de la ville absentmot"
    parts = to_whoosh(parse_query(text), index.glossary(), None).subqueries
    every = [evaluator.scores(part) for part in parts]
    docs = sorted(set().union(*every))
    allowed = set(docs[::2]) if filtered else None
    excluded = set(docs[1:40:3]) if filtered else None
    expected = []
    for doc in docs:
        if (allowed is None or doc in allowed) and not (excluded and doc in excluded):
            matched = [scores[doc] for scores in every if doc in scores]
            expected.append((-len(matched), -sum(matched), doc))
    expected.sort()
    assert evaluator.closest(parts, 15, allowed, excluded) == [
        (doc, pytest.approx(-score, rel=1e-12)) for _count, score, doc in expected[:15]
    ]
    assert len(expected) > 15  # the limit was felt
