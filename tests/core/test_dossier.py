"""What goes in a meeting file: the bookmarks of a label (or chosen ones, or whole
briefings), each briefing with the sections holding its bookmarks in the briefing's
order, and the bookmarks « à revoir » listed apart; clear errors for what is missing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.core.bookmarks.model import CHANGED, DETACHED, Bookmark, Quote
from briefing_app.core.content.catalog import load_library
from briefing_app.core.dossier import DossierError, chosen_bookmarks, labels, plan_dossier
from tests.conftest import WriteBriefing

BODY = "## Un\n\nPremier texte.\n\n## Deux\n\nSecond texte.\n\n## Trois\n\nTroisième.\n"


def mark(number: int, briefing: str, section: str, label: str = "Conseil") -> Bookmark:
    return Bookmark(
        id=f"s{number}",
        briefing=briefing,
        section=section,
        quote=Quote("texte"),
        label=label,
        created=f"2026-01-0{number}",
    )


def test_a_label_makes_a_dossier_of_its_briefings_sections_and_review_list(
    write_briefing: WriteBriefing, content_dir: Path
) -> None:
    write_briefing("ancien", title="Ancien", date="2019", body=BODY)
    write_briefing("recent", title="Récent", date="2024", body=BODY)
    library = load_library([content_dir])
    marks = [
        mark(1, "ancien", "trois"),
        mark(2, "ancien", "un"),
        mark(3, "recent", "deux"),
        replace(mark(4, "recent", "un"), status=DETACHED),
        replace(mark(5, "ancien", "deux"), status=CHANGED),
        mark(6, "recent", "un", label="Autre"),
    ]
    assert labels(marks) == {"Autre": 1, "Conseil": 5}
    chosen = chosen_bookmarks(marks, label="  conseil ")
    assert [b.id for b in chosen] == ["s1", "s2", "s3", "s4", "s5"]
    dossier = plan_dossier(library, chosen, title="Conseil", day="12 mars 2027")
    assert [b.briefing.id for b in dossier.briefings] == ["recent", "ancien"]  # newest first
    recent, ancien = dossier.briefings
    assert [(s.anchor, [b.id for b in s.bookmarks]) for s in recent.sections] == [
        ("deux", ["s3"])  # s4 is not found in the text: only « à revoir »
    ]
    assert [(s.anchor, [b.id for b in s.bookmarks]) for s in ancien.sections] == [
        ("un", ["s2"]),
        ("deux", ["s5"]),  # changed: in the text, and « à revoir » too
        ("trois", ["s1"]),
    ]
    assert [b.id for b in dossier.to_review] == ["s4", "s5"]
    assert dossier.bookmark_count == 4
    ordered = plan_dossier(library, chosen, title="Conseil", order=["ancien"])
    assert [b.briefing.id for b in ordered.briefings] == ["ancien", "recent"]
    whole = plan_dossier(library, [], title="Lecture", whole=["ancien"])
    assert whole.briefings[0].whole
    with pytest.raises(DossierError, match="aucun signet n’a l’étiquette « Budget »"):
        chosen_bookmarks(marks, label="Budget")
    with pytest.raises(DossierError, match="signet introuvable : s9"):
        chosen_bookmarks(marks, ids=["s1", "s9"])
    with pytest.raises(DossierError, match="briefing introuvable : absent"):
        plan_dossier(library, [], title="X", whole=["absent"])
    with pytest.raises(DossierError, match="aucun signet ni briefing"):
        plan_dossier(library, [], title="X")
