"""The forgiving parser of the search box text."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.search.language import (
    MAX_WORDS,
    DateRange,
    Not,
    Or,
    Phrase,
    Prefix,
    Query,
    Word,
    describe,
    limited,
    parse_query,
)


def q(*clauses: Word | Prefix | Phrase | DateRange | Not | Or) -> Query:
    return Query(tuple(clauses))


def test_plain_words_keep_case_and_accents() -> None:
    assert parse_query("Mobilité douce  URBAINE") == q(
        Word("Mobilité"), Word("douce"), Word("URBAINE")
    )


def test_empty_and_blank_input_give_an_empty_query() -> None:
    for text in ("", "   ", "\t\n\u00a0", " , ; ( ) « » ! ? "):
        query = parse_query(text)
        assert query == Query(), text
        assert query.is_empty()
        assert query.words() == []
        assert describe(query) == "AND()"
    assert not parse_query("x").is_empty()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vélo OU bus", q(Or((Word("vélo"), Word("bus"))))),
        ("vélo OR bus", q(Or((Word("vélo"), Word("bus"))))),
        ("a OR b OU c", q(Or((Word("a"), Word("b"), Word("c"))))),
        ("x a OU b y", q(Word("x"), Or((Word("a"), Word("b"))), Word("y"))),
        ("a OU b c OU d", q(Or((Word("a"), Word("b"))), Or((Word("c"), Word("d"))))),
        ("a OR OU b", q(Or((Word("a"), Word("b"))))),
    ],
)
def test_or_in_french_and_english(text: str, expected: Query) -> None:
    assert parse_query(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mobilité SAUF vélo", q(Word("mobilité"), Not(Word("vélo")))),
        ("mobilité NOT vélo", q(Word("mobilité"), Not(Word("vélo")))),
        ("mobilité -vélo", q(Word("mobilité"), Not(Word("vélo")))),
        ("-vélo mobilité", q(Not(Word("vélo")), Word("mobilité"))),
        ('-"pistes cyclables"', q(Not(Phrase(("pistes", "cyclables"))))),
        ("-titre:vélo", q(Not(Word("vélo", "title")))),
        ('-tag:"open data"', q(Not(Phrase(("open", "data"), "tags")))),
        ("SAUF date:2018", q(Not(DateRange("2018", "2018")))),
        ("NOT NOT vélo", q(Word("vélo"))),
        ("NOT -vélo", q(Word("vélo"))),
        ("--vélo", q(Not(Word("vélo")))),
    ],
)
def test_negation(text: str, expected: Query) -> None:
    assert parse_query(text) == expected


def test_not_binds_tighter_than_or() -> None:
    assert parse_query("NOT a OU b") == q(Or((Not(Word("a")), Word("b"))))
    assert parse_query("a OR -b") == q(Or((Word("a"), Not(Word("b")))))
    assert parse_query("a OU SAUF b") == q(Or((Word("a"), Not(Word("b")))))


def test_inner_hyphen_is_part_of_the_word() -> None:
    assert parse_query("Maine-et-Loire e-administration") == q(
        Word("Maine-et-Loire"), Word("e-administration")
    )


def test_lower_case_operators_are_words() -> None:
    assert parse_query("vélo ou bus sauf et not or") == q(
        Word("vélo"),
        Word("ou"),
        Word("bus"),
        Word("sauf"),
        Word("et"),
        Word("not"),
        Word("or"),
    )


def test_and_is_the_default_and_may_be_written() -> None:
    assert parse_query("a ET b AND c") == q(Word("a"), Word("b"), Word("c"))
    assert parse_query("ET AND") == Query()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OR mobilité", q(Word("mobilité"))),
        ("mobilité OU", q(Word("mobilité"))),
        ("OU", Query()),
        ("NOT", Query()),
        ("SAUF", Query()),
        ("-", Query()),
        ("mobilité -", q(Word("mobilité"))),
        ("a - b", q(Word("a"), Word("b"))),
        ("mobilité NOT", q(Word("mobilité"))),
        ("a NOT OR b", q(Or((Word("a"), Word("b"))))),
        ("OR NOT OU", Query()),
        ("a OU ET b", q(Or((Word("a"), Word("b"))))),
    ],
)
def test_dangling_operators_are_ignored(text: str, expected: Query) -> None:
    assert parse_query(text) == expected


def test_quoting_an_operator_makes_it_a_word() -> None:
    assert parse_query('a "OU" b') == q(Word("a"), Word("OU"), Word("b"))
    assert parse_query("-OU") == q(Not(Word("OU")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"protection des données"', q(Phrase(("protection", "des", "données")))),
        (
            '"protection   des\tdonnées" RGPD',
            q(Phrase(("protection", "des", "données")), Word("RGPD")),
        ),
        ('RGPD "protection des données', q(Word("RGPD"), Phrase(("protection", "des", "données")))),
        ("“ville intelligente”", q(Phrase(("ville", "intelligente")))),
        ('"smart"', q(Word("smart"))),
        ('"" x " , "', q(Word("x"))),
        ('"', Query()),
        ('"données, ouvertes !"', q(Phrase(("données", "ouvertes")))),
        ('"l’État plateforme"', q(Phrase(("l’État", "plateforme")))),
        ('"a OR b"', q(Phrase(("a", "OR", "b")))),
        ('a"b c"d', q(Word("a"), Phrase(("b", "c")), Word("d"))),
    ],
)
def test_phrases(text: str, expected: Query) -> None:
    assert parse_query(text) == expected


def test_a_field_applies_to_the_phrase_right_after_the_colon() -> None:
    assert parse_query('titre:"ville intelligente"') == q(
        Phrase(("ville", "intelligente"), "title")
    )
    assert parse_query('thème:"numérique"') == q(Word("numérique", "theme"))
    # With a space, the field has nothing to apply to.
    assert parse_query('titre: "ville intelligente"') == q(Phrase(("ville", "intelligente")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mobili*", q(Prefix("mobili"))),
        ("mobili*, vélo", q(Prefix("mobili"), Word("vélo"))),
        ("mobili** *", q(Prefix("mobili"))),
        ("*", Query()),
        ("*** ** -*", Query()),
        ("*mobilité", q(Word("mobilité"))),
        ("-mobili*", q(Not(Prefix("mobili")))),
        ("titre:numéri*", q(Prefix("numéri", "title"))),
        ("a OU mobili*", q(Or((Word("a"), Prefix("mobili"))))),
    ],
)
def test_prefixes(text: str, expected: Query) -> None:
    assert parse_query(text) == expected


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("titre:ville", "title"),
        ("TITRE:ville", "title"),
        ("title:ville", "title"),
        ("tag:ville", "tags"),
        ("tags:ville", "tags"),
        ("Tag:ville", "tags"),
        ("thème:ville", "theme"),
        ("theme:ville", "theme"),
        ("THÈME:ville", "theme"),
    ],
)
def test_field_names_ignore_case_and_accents(text: str, field: str) -> None:
    assert parse_query(text) == q(Word("ville", field))


def test_fields_apply_to_the_next_word_only() -> None:
    assert parse_query("titre:ville intelligente tag:smart-city") == q(
        Word("ville", "title"), Word("intelligente"), Word("smart-city", "tags")
    )
    assert parse_query("titre:(ville)") == q(Word("ville", "title"))
    assert parse_query("titre: ville") == q(Word("ville"))
    assert parse_query("titre:") == Query()
    assert parse_query("titre:OU") == q(Word("OU", "title"))


def test_unknown_field_is_two_words() -> None:
    assert parse_query("foo:bar") == q(Word("foo"), Word("bar"))
    assert parse_query("-foo:bar") == q(Not(Word("foo")), Word("bar"))
    assert parse_query("x:titre:ville") == q(Word("x"), Word("ville", "title"))
    assert parse_query(":") == Query()
    assert parse_query("a::b:") == q(Word("a"), Word("b"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date:2018", DateRange("2018", "2018")),
        ("DATE:2018-06", DateRange("2018-06", "2018-06")),
        ("date:2018-06-30", DateRange("2018-06-30", "2018-06-30")),
        ("date:2017..2018", DateRange("2017", "2018")),
        ("date:2017-03..2018-06-15", DateRange("2017-03", "2018-06-15")),
        ("date:..2018", DateRange("", "2018")),
        ("date:2017..", DateRange("2017", "")),
        ("date:2018.", DateRange("2018", "2018")),
        ('date:"2017..2018"', DateRange("2017", "2018")),
        ("(date:2018)", DateRange("2018", "2018")),
    ],
)
def test_dates(text: str, expected: DateRange) -> None:
    assert parse_query(text) == q(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date:hier", q(Word("hier"))),
        ("date:2018-13", q(Word("2018-13"))),
        ("date:2018-02-30", q(Word("2018-02-30"))),
        ("date:18", q(Word("18"))),
        ("date:20172018", q(Word("20172018"))),
        ("date:2017...2018", q(Word("2017...2018"))),
        ("date:..", Query()),
        ("date:", Query()),
        ("date:OU", q(Word("OU"))),
        ("-date:hier", q(Not(Word("hier")))),
        ('date:"hier soir"', q(Phrase(("hier", "soir")))),
    ],
)
def test_invalid_dates_fall_back_to_the_value_as_text(text: str, expected: Query) -> None:
    assert parse_query(text) == expected


def test_surrounding_punctuation_goes_inner_apostrophes_and_hyphens_stay() -> None:
    assert parse_query("l’État, d'accord ; (Maine-et-Loire) «smart city» [x] {y}!?") == q(
        Word("l’État"),
        Word("d'accord"),
        Word("Maine-et-Loire"),
        Word("smart"),
        Word("city"),
        Word("x"),
        Word("y"),
    )
    assert parse_query("aujourd’hui... data.gouv.fr") == q(
        Word("aujourd’hui"), Word("data.gouv.fr")
    )
    assert parse_query("vélo,bus;tram") == q(Word("vélo"), Word("bus"), Word("tram"))


def test_parentheses_are_not_operators() -> None:
    assert parse_query("(a OU b) c") == q(Or((Word("a"), Word("b"))), Word("c"))
    assert parse_query("-(a b)") == q(Not(Word("a")), Word("b"))


def test_combined_query() -> None:
    query = parse_query(
        'titre:ville OR "données ouvertes" OU open* SAUF tag:vélo date:2017..2018 -thème:"eau"'
    )
    assert query == q(
        Or((Word("ville", "title"), Phrase(("données", "ouvertes")), Prefix("open"))),
        Not(Word("vélo", "tags")),
        DateRange("2017", "2018"),
        Not(Word("eau", "theme")),
    )
    assert describe(query) == (
        'AND(OR(title:ville, "données ouvertes", open*), NOT(tags:vélo), '
        "date[2017..2018], NOT(theme:eau))"
    )


def test_describe_each_node() -> None:
    assert describe(Word("x")) == "x"
    assert describe(Word("x", "tags")) == "tags:x"
    assert describe(Prefix("mob", "title")) == "title:mob*"
    assert describe(Phrase(("a", "b"), "theme")) == 'theme:"a b"'
    assert describe(DateRange("2018", "2018")) == "date[2018]"
    assert describe(DateRange("", "2018")) == "date[..2018]"
    assert describe(DateRange("2017", "")) == "date[2017..]"
    assert describe(Not(Or((Word("a"), Word("b"))))) == "NOT(OR(a, b))"


def test_words_are_the_positive_texts_in_order() -> None:
    query = parse_query(
        'Vélo -bus "pistes cyclables" mobili* OU tram SAUF métro date:2018 titre:ville'
    )
    assert query.words() == ["Vélo", "pistes", "cyclables", "mobili", "tram", "ville"]


def test_nodes_are_frozen() -> None:
    query = parse_query("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        query.clauses = ()  # type: ignore[misc]
    word = query.clauses[0]
    assert isinstance(word, Word)
    with pytest.raises(dataclasses.FrozenInstanceError):
        word.text = "b"  # type: ignore[misc]


def _check_valid(query: Query) -> None:
    """The invariants every parsed query keeps."""
    assert isinstance(query, Query)
    assert isinstance(describe(query), str)
    for word in query.words():
        assert word
        assert word.strip() == word

    def check(clause: object, inside_not: bool = False) -> None:
        if isinstance(clause, Or):
            assert len(clause.clauses) >= 2
            for inner in clause.clauses:
                assert not isinstance(inner, Or)
                check(inner)
        elif isinstance(clause, Not):
            assert not inside_not
            check(clause.clause, inside_not=True)
        elif isinstance(clause, Phrase):
            assert len(clause.words) >= 2
            assert all(clause.words)
        elif isinstance(clause, Word | Prefix):
            assert clause.text
            assert clause.field in {None, "title", "tags", "theme"}
        else:
            assert isinstance(clause, DateRange)
            assert clause.start or clause.end

    for clause in query.clauses:
        check(clause)


@given(st.text())
def test_any_text_parses(text: str) -> None:
    _check_valid(parse_query(text))


_PIECES = [
    "OR", "OU", "NOT", "SAUF", "ET", "AND", '"', "“", "”", "-", "--", "titre:", "thème:",
    "tag:", "date:", "2018..", "..2018", "2017..2018", "2018-13", "*", "mobilité", "mobili*",
    "l’État", "(", ")", ":", ",", "«", "»", "foo:", "-titre:", '-"', "ou", " ", "",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES)), st.sampled_from([" ", ""]))
@settings(max_examples=300)
def test_any_mix_of_syntax_parses(pieces: list[str], joiner: str) -> None:
    _check_valid(parse_query(joiner.join(pieces)))


def test_long_input_parses_without_recursion() -> None:
    text = ",".join(["a"] * 50_000) + " " + "-" * 50_000 + ' "' + "b " * 50_000
    query = parse_query(text)
    assert len(query.clauses) == 50_001
    assert query.clauses[-1] == Phrase(("b",) * 50_000)


def test_a_search_runs_the_first_words_of_a_long_query_each_once() -> None:
    words = [f"mot{n}" for n in range(1000)]
    assert limited(parse_query(" ".join(words))) == q(*map(Word, words[:MAX_WORDS]))
    assert limited(parse_query("capteurs qualité " * 500)) == q(Word("capteurs"), Word("qualité"))
    assert len(parse_query("capteurs " * 1000).clauses) == 1000  # the parser keeps them all
    choices = " OR ".join(words[:40])
    assert limited(parse_query(f"ville {choices} air")) == q(
        Word("ville"), Or(tuple(map(Word, words[: MAX_WORDS - 1])))
    )
    phrase = f'-"{" ".join(words[:40])}" ville'
    assert limited(parse_query(phrase), words=3) == q(Not(Phrase(tuple(words[:3]))))
    assert limited(parse_query("a b c"), words=1) == q(Word("a"))
    assert limited(parse_query("a OR a b"), words=4) == q(Word("a"), Word("b"))
