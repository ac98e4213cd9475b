"""Acronyms and long forms: from abbr elements, from prose, and the glossary."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.content.glossary import (
    SMALL_WORDS,
    Glossary,
    definitions_from_html,
    definitions_from_markdown,
    definitions_from_text,
)
from briefing_app.core.content.loader import decode, parse_briefing
from briefing_app.core.content.sections import split_sections
from briefing_app.core.paths import bundled_content_dir
from briefing_app.core.textfold import fold

NUMERIQUE = bundled_content_dir() / "numerique.md"
SGMAP_SENTENCE = (
    "France urbaine participe activement aux travaux du secrétariat général pour la"
    " modernisation de l’action publique (SGMAP) qui s’articulent autour du programme de"
    " développement concerté de l’administration numérique territoriale (DCANT)."
)
RGPD_SENTENCE = (
    "Si le Règlement Général européen sur la Protection des données (RGPD), qui entrera en"
    " application le mois prochain est au coeur de l’actualité, d’autres champs"
    " d’investigation sont à l’ouvrage."
)
SGMAP = "secrétariat général pour la modernisation de l’action publique"
DCANT = "développement concerté de l’administration numérique territoriale"
RGPD = "Règlement Général européen sur la Protection des données"


def _numerique_text() -> str:
    return decode(NUMERIQUE.read_bytes())


def test_the_example_sentences_are_the_briefings_own() -> None:
    text = _numerique_text()
    assert SGMAP_SENTENCE in text
    assert RGPD_SENTENCE in text


def test_long_forms_of_the_sgmap_sentence() -> None:
    assert definitions_from_text(SGMAP_SENTENCE) == {"SGMAP": SGMAP, "DCANT": DCANT}


def test_one_unmatched_word_may_sit_inside_the_long_form() -> None:
    assert definitions_from_text(RGPD_SENTENCE) == {"RGPD": RGPD}
    assert definitions_from_text(
        "le Règlement Général européen sur la Protection des données (RGPD), qui"
    ) == {"RGPD": RGPD}


def test_the_whole_briefing() -> None:
    # In the Markdown source, the heading defines RGPD before the paragraph does.
    assert definitions_from_text(_numerique_text()) == {
        "RGPD": "Règlement général sur la protection des données",
        "SGMAP": SGMAP,
        "DCANT": DCANT,
    }


def test_the_rendered_briefing_sections() -> None:
    # Section texts leave headings out: the paragraph's own wording is found.
    _, rendered = parse_briefing(NUMERIQUE, NUMERIQUE.read_bytes())
    chunks = split_sections(rendered.html, rendered.toc, "Intro")
    assert definitions_from_text("\n".join(chunk.text for chunk in chunks)) == {
        "RGPD": RGPD,
        "SGMAP": SGMAP,
        "DCANT": DCANT,
    }


@pytest.mark.parametrize(
    "text",
    [
        "en 2018 (voir RGPD)",
        "(ABC) au début",
        "le grand chantier (XYZ)",
        "la Protection. Données (PD)",
        "Protection : Données (PD)",
        "Protection ; Données (PD)",
        "Règlement Général européen grand sur la Protection (RGP)",  # two unmatched words
        "Protection des Données personnelles (PD)",  # unmatched word outside the long form
        "Autorité nationale (an)",
        "Autorité nationale (A)",
        "Autorité Bâtiment Commerce Défense Énergie Fonds Gaz Habitat Île (ABCDEFGHI)",
        "Autorité nationale ( AN )",
        "(Autorité nationale) (AN)",
        "",
    ],
)
def test_no_definition(text: str) -> None:
    assert definitions_from_text(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l’action publique (AP)", {"AP": "action publique"}),
        ("fin. Protection Données (PD)", {"PD": "Protection Données"}),
        (
            "une Autorité de régulation d'Énergie (ARE).",
            {"ARE": "Autorité de régulation d'Énergie"},
        ),
        ("Établissement public (ÉP)", {"ÉP": "Établissement public"}),
        ("les Jeux olympiques 2024 (JO2024)", {"JO2024": "Jeux olympiques 2024"}),
        ("Paris, Lyon et Marseille (PLM)", {"PLM": "Paris, Lyon et Marseille"}),
        ("« Règlement général » (RG)", {"RG": "Règlement général"}),
        ("Protection des données de la (PD)", {"PD": "Protection des données"}),
        ("the World Health Organization (WHO)", {"WHO": "World Health Organization"}),
        ("Agence\u00a0nationale\n  du  numérique (AN)", {"AN": "Agence nationale du numérique"}),
        ("Autorité nationale (AN) puis Agence nouvelle (AN)", {"AN": "Autorité nationale"}),
    ],
)
def test_definition(text: str, expected: dict[str, str]) -> None:
    assert definitions_from_text(text) == expected


def test_a_long_text_before_the_acronym() -> None:
    text = "mot " * 500 + "Agence nationale (AN)"
    assert definitions_from_text(text) == {"AN": "Agence nationale"}


def test_definitions_from_the_rendered_html() -> None:
    _, rendered = parse_briefing(NUMERIQUE, NUMERIQUE.read_bytes())
    assert definitions_from_html(rendered.html) == {"RGPD": RGPD, "SGMAP": SGMAP, "DCANT": DCANT}


def test_html_titles_are_decoded_and_nested_markup_read() -> None:
    page = (
        '<p><abbr title="Recherche &amp; d&eacute;veloppement">R&amp;D</abbr>'
        '<abbr title="Premier">UN</abbr> <abbr title="Second">UN</abbr>'
        '<abbr title="Règlement  général\n sur la protection des données"><em>RG</em>PD</abbr>'
        "<abbr>SANS</abbr><abbr title=''>VIDE</abbr><abbr title='rien'> </abbr>"
        '<abbr title="Dehors"><abbr title="Dedans">IN</abbr>TER</abbr></p>'
    )
    assert definitions_from_html(page) == {
        "R&D": "Recherche & développement",
        "UN": "Premier",
        "RGPD": "Règlement général sur la protection des données",
        "IN": "Dedans",
        "INTER": "Dehors",
    }
    assert definitions_from_html("<p>pas d’abréviation</p>") == {}


def test_glossary_lookup() -> None:
    glossary = Glossary({"RGPD": RGPD, "SGMAP": SGMAP})
    assert glossary.long_form("RGPD") == RGPD
    assert glossary.long_form("rgpd") == RGPD
    assert glossary.long_form("Rgpd") is None
    assert glossary.long_form("DCANT") is None
    assert len(glossary) == 2
    assert "SGMAP" in glossary
    assert list(glossary) == ["RGPD", "SGMAP"]


def test_glossary_merge_keeps_the_first_definition() -> None:
    glossary = Glossary.merge({"RGPD": RGPD}, {"RGPD": "autre", "DCANT": DCANT}, {})
    assert glossary.to_dict() == {"RGPD": RGPD, "DCANT": DCANT}
    assert Glossary({" UN ": "  un   deux ", "": "vide", "X": " "}).to_dict() == {"UN": "un deux"}


def test_acronym_in_finds_long_forms_spelled_out() -> None:
    glossary = Glossary({"RGPD": RGPD, "SGMAP": SGMAP, "DCANT": DCANT})
    query = (
        "le developpement CONCERTE de l'administration numérique territoriale et le"
        " reglement general europeen sur la protection   des donnees"
    )
    assert glossary.acronym_in(query) == [("DCANT", DCANT), ("RGPD", RGPD)]
    assert glossary.acronym_in("règlement général européen") == []
    assert glossary.acronym_in("Règlement Général européen sur la Protection des donnéesx") == []
    assert glossary.acronym_in("") == []


def test_glossary_storage_round_trip() -> None:
    glossary = Glossary.merge(
        definitions_from_html('<abbr title="Agence nationale">AN</abbr>'),
        definitions_from_text(SGMAP_SENTENCE),
    )
    stored = json.dumps(glossary.to_dict())
    assert Glossary.from_dict(json.loads(stored)) == glossary
    assert Glossary.from_dict(json.loads(stored)).long_form("sgmap") == SGMAP
    with pytest.raises(ValueError, match="not text"):
        Glossary.from_dict({"AN": 3})


WORDS = st.sampled_from(
    ["de", "la", "l’action", "d'", "Règlement", "général", "(", ")", "(RG)", "(AB12)", "É", "."]
)


@settings(max_examples=300)
@given(st.one_of(st.text(), st.lists(st.one_of(WORDS, st.text(max_size=5))).map(" ".join)))
def test_definitions_from_arbitrary_text(text: str) -> None:
    flat = " ".join(text.split())
    for acronym, long_form in definitions_from_text(text).items():
        assert f"({acronym})" in text
        assert re.fullmatch(r"[^\W\d_][^\W_]{1,7}", acronym)
        assert long_form
        assert long_form == " ".join(long_form.split())
        assert long_form in flat


LINKS = st.sampled_from(["", "de ", "de la ", "des ", "pour l’", "d'", "à ", "et du "])
NAME = st.text(alphabet="abcdeéèçiîoœuxyz", min_size=1, max_size=8).filter(
    lambda word: fold(word) not in SMALL_WORDS
)


@settings(max_examples=200)
@given(
    st.text(alphabet=st.characters(exclude_characters="()")),
    st.lists(st.tuples(LINKS, NAME), min_size=2, max_size=8),
    st.sampled_from([str.lower, str.capitalize, str.upper]),
)
def test_any_initials_are_found(
    prefix: str, words: list[tuple[str, str]], case: Callable[[str], str]
) -> None:
    long_form = " ".join(link + case(name) for link, name in words)[len(words[0][0]) :]
    acronym = "".join(name[0].upper() for _, name in words)
    text = f"{prefix} {long_form} ({acronym}), suite."
    assert definitions_from_text(text) == {acronym: long_form}


def test_definitions_from_markdown_lines() -> None:
    text = (
        "Texte.\n\n*[RGPD]: Règlement général sur la protection des données\n"
        "*[CNIL]:   Commission nationale de l’informatique et des libertés  \n"
        "Une ligne *[PAS]: une définition\n*[VIDE]:\n"
    )
    assert definitions_from_markdown(text) == {
        "RGPD": "Règlement général sur la protection des données",
        "CNIL": "Commission nationale de l’informatique et des libertés",
    }
