"""Re-anchoring: a bookmarked passage found again after its briefing was edited, and
told apart from one that now says something else."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.bookmarks.anchoring import (
    CONTEXT,
    BriefingText,
    find_quote,
    locate,
    meaning_words,
    place,
    squash,
)
from briefing_app.core.bookmarks.model import ANCHORED, CHANGED, DETACHED, MOVED, Bookmark, Quote
from briefing_app.core.bookmarks.placing import BookmarkError, make_bookmark, place_all
from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.model import Library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.content.sections import SectionText
from tests.helpers import briefing_text

PASSAGE = "Les collectivités mutualisent leurs centres de données pour réduire les coûts."
BODY = f"""
## Les données

Une phrase d’introduction sur les données publiques.

{PASSAGE}

Une phrase de conclusion sur le sujet.

## La mobilité

Le vélo progresse. Les collectivités mutualisent aussi leurs flottes.
"""


def load(folder: Path, body: str) -> tuple[Library, PageCache]:
    """Write ``folder/numerique.md`` with ``body`` and load the library."""
    folder.mkdir(exist_ok=True)
    (folder / "numerique.md").write_text(briefing_text("Numérique", body=body), encoding="utf-8")
    return load_library([folder], folder.parent / "cache"), PageCache(folder.parent / "cache")


@pytest.fixture
def made(tmp_path: Path) -> tuple[Bookmark, Path]:
    """A bookmark on PASSAGE in the original briefing, and the content folder."""
    library, pages = load(tmp_path / "content", BODY)
    bookmark = make_bookmark(library, pages, "numerique", quote=PASSAGE, note="À citer")
    return bookmark, tmp_path / "content"


def replace_again(made: tuple[Bookmark, Path], body: str) -> Bookmark:
    """Rewrite the briefing with ``body`` and place the bookmark in it."""
    bookmark, folder = made
    library, pages = load(folder, body)
    (placed,) = place_all(library.get("numerique"), pages, [bookmark])
    return placed


def test_a_new_bookmark_quotes_its_passage_with_context(made: tuple[Bookmark, Path]) -> None:
    bookmark, _ = made
    assert (bookmark.section, bookmark.section_title) == ("les-donnees", "Les données")
    assert bookmark.quote.exact == PASSAGE
    assert (
        bookmark.quote.prefix == "Une phrase d’introduction sur les données publiques. "[-CONTEXT:]
    )
    assert bookmark.quote.suffix == " Une phrase de conclusion sur le sujet."[:CONTEXT]
    assert bookmark.briefing_title == "Numérique"


def test_unchanged_text_stays_anchored(made: tuple[Bookmark, Path]) -> None:
    placed = replace_again(made, BODY + "\n## Annexe\n\nAjout en fin de page.\n")
    assert (placed.status, placed.section, placed.quote) == (ANCHORED, "les-donnees", made[0].quote)


def test_paragraphs_inserted_before_the_passage(made: tuple[Bookmark, Path]) -> None:
    body = BODY.replace("Une phrase d’introduction", "Deux paragraphes neufs.\n\nEncore un.\n\nUne")
    placed = replace_again(made, body)
    assert (placed.status, placed.section, placed.quote.exact) == (ANCHORED, "les-donnees", PASSAGE)
    assert placed.quote.prefix.endswith("sur les données publiques. ")


def test_a_renamed_heading_moves_the_bookmark(made: tuple[Bookmark, Path]) -> None:
    placed = replace_again(made, BODY.replace("## Les données", "## Les centres de données"))
    assert placed.status == MOVED
    assert (placed.section, placed.section_title) == (
        "les-centres-de-donnees",
        "Les centres de données",
    )
    assert placed.quote.exact == PASSAGE
    assert placed.note == "À citer"


def test_a_reworded_passage_is_found_approximately(made: tuple[Bookmark, Path]) -> None:
    placed = replace_again(made, BODY.replace("réduire les coûts", "limiter les coûts"))
    assert (placed.status, placed.section) == (MOVED, "les-donnees")
    assert placed.quote.exact == PASSAGE.replace("réduire", "limiter")


def test_a_deleted_passage_is_detached_and_kept(made: tuple[Bookmark, Path]) -> None:
    placed = replace_again(made, BODY.replace(PASSAGE, "Tout autre chose, sans rapport."))
    assert placed.status == DETACHED
    assert placed.quote == made[0].quote  # kept as it was, to review
    assert placed.section == "les-donnees"  # its section is still the place to look
    assert placed.note == "À citer"


def test_a_whole_section_bookmark_follows_its_title() -> None:
    sections = BriefingText([SectionText("les-donnees-2", "Les Données", "texte")])
    assert place(sections, "les-donnees", "Les données", Quote("")).status == MOVED
    assert place(sections, "les-donnees-2", "x", Quote("")).status == ANCHORED
    assert place(sections, "autre", "Autre", Quote("")).status == DETACHED


def test_repeated_passages_are_told_apart_by_their_context() -> None:
    text = squash("Premier cas : le vélo. Second cas : le vélo. Fin.")
    second = find_quote(text, "le vélo", before="Second cas : ")
    assert second is not None
    assert second.prefix.endswith("Second cas : ")
    sections = BriefingText([SectionText("a", "A", text)])
    placed = place(sections, "b", "B", second)  # its section is gone: found by context
    assert (placed.status, placed.quote) == (MOVED, second)


def test_a_typed_quote_is_found_whatever_its_case_and_accents() -> None:
    text = squash("Un cycle de travail sur le thème « Mobilité(s) », lancé en 2017.")
    found = find_quote(text, "theme « mobilite")
    assert found is not None
    assert found.exact == "thème « Mobilité"  # the briefing's own spelling is kept
    assert found.prefix.endswith("cycle de travail sur le ")


def test_a_quote_is_located_in_displayed_text_by_its_context() -> None:
    shown = "Titre\nPremier cas : le vélo.\n\nSecond cas :\nle  vélo.\nFin."
    second = find_quote(squash(shown), "le vélo", before="Second cas : ")
    assert second is not None
    span = locate(shown, second)
    assert span is not None
    assert span[0] == shown.index("le  vélo")
    assert shown[span[0] : span[1]] == "le  vélo"
    first = locate(shown, Quote("le vélo", "Premier cas : "), after=shown.index("Second"))
    assert first is not None
    assert first[0] == shown.index("le  vélo")  # only one occurrence from ``after`` on
    assert locate(shown, Quote("la voiture")) is None


def test_making_a_bookmark_checks_what_it_names(tmp_path: Path) -> None:
    library, pages = load(tmp_path / "content", BODY)
    with pytest.raises(BookmarkError, match="Aucun briefing « absent »"):
        make_bookmark(library, pages, "absent")
    with pytest.raises(BookmarkError, match="Aucune section « nulle-part »"):
        make_bookmark(library, pages, "numerique", section="nulle-part")
    with pytest.raises(BookmarkError, match="introuvable"):
        make_bookmark(library, pages, "numerique", section="la-mobilite", quote=PASSAGE)
    whole = make_bookmark(library, pages, "numerique", section="la-mobilite")
    assert (whole.section_title, whole.quote.exact) == ("La mobilité", "")
    spaced = make_bookmark(library, pages, "numerique", quote="Le  vélo\nprogresse.")
    assert (spaced.section, spaced.quote.exact) == ("la-mobilite", "Le vélo progresse.")


RULE = "Le dispositif ne vise pas les communes de moins de 3 500 habitants, dès mars 2024."
RULE_BODY = f"""
## Le dispositif

Une phrase d’introduction sur le dispositif.

{RULE}

Une phrase de conclusion.
"""


@pytest.fixture
def rule(tmp_path: Path) -> tuple[Bookmark, Path]:
    """A bookmark on RULE, and the content folder."""
    library, pages = load(tmp_path / "content", RULE_BODY)
    bookmark = make_bookmark(library, pages, "numerique", quote=RULE, note="Notre position")
    return bookmark, tmp_path / "content"


@pytest.mark.parametrize(
    "reworded",
    [
        "Le dispositif vise les communes de moins de 3 500 habitants, dès mars 2024.",
        "Le dispositif ne vise jamais les communes de moins de 3 500 habitants, dès mars 2024.",
        "Le dispositif ne vise plus les communes de moins de 3 500 habitants, dès mars 2024.",
        "Le dispositif ne vise pas les communes de moins de 5 000 habitants, dès mars 2024.",
        "Le dispositif ne vise pas les communes de moins de 3 500 habitants, dès avril 2024.",
        "Le dispositif ne vise pas les communes de moins de 3 500 habitants, dès mars 2025.",
    ],
)
def test_a_change_of_meaning_is_to_review_with_both_texts_kept(
    rule: tuple[Bookmark, Path], reworded: str
) -> None:
    placed = replace_again(rule, RULE_BODY.replace(RULE, reworded))
    assert (placed.status, placed.section) == (CHANGED, "le-dispositif")
    assert placed.marked == RULE  # the words the user marked
    assert placed.quote.exact == reworded  # the text as it now stands, beside them
    assert placed.note == "Notre position"


@pytest.mark.parametrize(
    "edited",
    [
        "Le dispositif ne vise pas les comunes de moins de 3 500 habitants, dès mars 2024.",
        "Le dispositif ne vise pas les communes de moins de 3 500 habitants dès mars 2024 !",
        "Le dispositif ne vise pas les communes de moins de 3500 habitants, dès mars 2024.",
        "Le dispositif ne vise pas les communes de moins de 3\u00a0500 habitants, dès Mars 2024.",
        "Le dispositif ne vise pas les communes de moins de 3 500 habitants, des mars 2024.",
        "Le dispositif ne concerne pas les communes de moins de 3 500 habitants, dès mars 2024.",
    ],
)
def test_a_small_edit_still_moves_the_bookmark(rule: tuple[Bookmark, Path], edited: str) -> None:
    placed = replace_again(rule, RULE_BODY.replace(RULE, edited))
    assert placed.status == MOVED
    assert squash(placed.quote.exact) == squash(edited)
    assert placed.marked == RULE


def test_the_marked_words_survive_edit_after_edit(rule: tuple[Bookmark, Path]) -> None:
    bookmark, folder = rule
    typo = RULE.replace("communes", "comunes")
    library, pages = load(folder, RULE_BODY.replace(RULE, typo))
    (moved,) = place_all(library.get("numerique"), pages, [bookmark])
    assert (moved.status, moved.quote.exact, moved.marked) == (MOVED, typo, RULE)
    reversed_rule = typo.replace("ne vise pas", "vise")
    library, pages = load(folder, RULE_BODY.replace(RULE, reversed_rule))
    (changed,) = place_all(library.get("numerique"), pages, [moved])
    assert (changed.status, changed.quote.exact, changed.marked) == (
        CHANGED,
        reversed_rule,
        RULE,
    )
    (again,) = place_all(library.get("numerique"), pages, [changed])  # listed once more
    assert again.status == CHANGED  # found where it was, still not what was marked
    library, pages = load(folder, RULE_BODY)  # the sentence is put back as it was
    (restored,) = place_all(library.get("numerique"), pages, [again])
    assert (restored.status, restored.quote.exact, restored.marked) == (MOVED, RULE, RULE)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Il n’est pas prévu", ["ne", "pas"]),
        ("Il n'est plus prévu, ni en 2024 ni après", ["ne", "plus", "ni", "2024", "ni"]),
        ("sans aucun frais, jamais", ["sans", "aucun", "jamais"]),
        ("3 500 habitants ou 3\u202f500, soit 1,5 %", ["3500", "3500", "1", "5"]),
        ("le 12 Février, trois fois", ["12", "fevrier", "trois"]),
        ("Une commune pour le vélo", []),
    ],
)
def test_the_words_that_carry_the_sense(text: str, words: list[str]) -> None:
    assert meaning_words(text) == words
