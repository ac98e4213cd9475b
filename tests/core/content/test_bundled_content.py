"""The shipped briefing: France urbaine's text word for word, well structured."""

from __future__ import annotations

from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.loader import decode
from briefing_app.core.content.pages import rendered_page
from briefing_app.core.paths import bundled_content_dir
from tests.helpers import REPO

SEED = REPO / "tests" / "data" / "numerique-seed.txt"  # the commissioned text, as received


def test_bundled_content_is_exactly_the_numerique_briefing() -> None:
    library = load_library([bundled_content_dir()])
    assert library.problems == ()
    assert [b.id for b in library.briefings] == ["numerique"]


def test_every_paragraph_of_the_seed_is_kept_word_for_word() -> None:
    shipped = decode((bundled_content_dir() / "numerique.md").read_bytes())
    paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert paragraphs[0] == "numérique"  # the seed's title line
    body_paragraphs = [p.strip() for p in shipped.split("---\n", 2)[2].split("\n\n")]
    for paragraph in paragraphs[1:]:
        assert paragraph in body_paragraphs


def test_front_matter_and_sections() -> None:
    (briefing,) = load_library([bundled_content_dir()]).briefings
    assert (briefing.title, briefing.date, briefing.source) == (
        "Numérique",
        "2018-04",
        "France urbaine",
    )
    assert {"RGPD", "smart city"} <= set(briefing.tags)
    assert [s.title for s in briefing.sections] == [
        "Le Règlement général sur la protection des données (RGPD)",
        "Le cycle de travail « Mobilité(s) »",
        "L’administration numérique territoriale : SGMAP et DCANT",
        "Un observatoire de la maturité numérique des territoires",
        "Le rapport Belot sur la ville intelligente",
    ]


def test_acronyms_the_text_spells_out_are_defined() -> None:
    (briefing,) = load_library([bundled_content_dir()]).briefings
    html = rendered_page(briefing).html
    expected = {
        "SGMAP": "secrétariat général pour la modernisation de l’action publique",
        "DCANT": "développement concerté de l’administration numérique territoriale",
        "RGPD": "Règlement Général européen sur la Protection des données",
    }
    for acronym, long_form in expected.items():
        assert f'<abbr title="{long_form}">{acronym}</abbr>' in html
