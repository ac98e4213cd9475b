"""What changed between two versions of a briefing: sections added, removed and moved,
and sentences reworded (the old one removed, the new one added), with difflib."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.changes import (
    ADDED,
    CHANGED,
    REMOVED,
    SAME,
    page_changes,
    section_changes,
    sentences,
)
from briefing_app.core.content.render import render_markdown
from briefing_app.core.content.sections import SectionText

OLD = """Le numérique avance. Les villes investissent.

## Données

Les données sont ouvertes. La CNIL veille. Le RGPD s’applique.

## Réseaux

La fibre arrive partout.

## Usages

Les habitants utilisent les services.
"""

NEW = """Le numérique avance. Les villes investissent.

## Réseaux

La fibre arrive partout.

## Données

Les données sont ouvertes. La CNIL contrôle. Le RGPD s’applique. Un registre est tenu.

## Sobriété

Le matériel dure plus longtemps.
"""


def test_sections_added_removed_moved_and_sentences_reworded() -> None:
    old, new = render_markdown(OLD), render_markdown(NEW)
    changes = page_changes(old.html, old.toc, new.html, new.toc)
    assert [(c.anchor, c.kind) for c in changes] == [
        ("", SAME),
        ("reseaux", SAME),
        ("donnees", CHANGED),
        ("usages", REMOVED),
        ("sobriete", ADDED),
    ]
    # the two swapped sections: one of them has moved, as the reader sees it
    assert [c.anchor for c in changes if c.moved] in (["reseaux"], ["donnees"])
    data = changes[2]
    assert [(s.kind, s.text) for s in data.sentences] == [
        (SAME, "Les données sont ouvertes."),
        (REMOVED, "La CNIL veille."),
        (ADDED, "La CNIL contrôle."),
        (SAME, "Le RGPD s’applique."),
        (ADDED, "Un registre est tenu."),
    ]
    assert not changes[0].changed
    assert all(c.changed for c in changes[2:])
    assert changes[1].changed == changes[1].moved
    assert [s.kind for s in changes[3].sentences] == [REMOVED]
    assert [s.kind for s in changes[4].sentences] == [ADDED]


def test_no_change_and_sentence_splitting() -> None:
    page = render_markdown(OLD)
    assert not any(c.changed for c in page_changes(page.html, page.toc, page.html, page.toc))
    assert sentences("Une phrase. « Une autre ! » Et… la fin ?\nUne ligne") == [
        "Une phrase.",
        "« Une autre ! »",
        "Et…",
        "la fin ?",
        "Une ligne",
    ]


words = st.sampled_from(["La ville avance.", "Le budget suit.", "Un plan vient !", "Et après ?"])
section_lists = st.lists(
    st.tuples(st.sampled_from("abcdefg"), st.lists(words, max_size=5)),
    max_size=6,
    unique_by=lambda section: section[0],
)


@settings(max_examples=200, deadline=None)
@given(old=section_lists, new=section_lists)
def test_each_version_is_read_back_from_the_changes(
    old: list[tuple[str, list[str]]], new: list[tuple[str, list[str]]]
) -> None:
    def texts(sections: list[tuple[str, list[str]]]) -> list[SectionText]:
        return [SectionText(anchor, anchor.upper(), " ".join(said)) for anchor, said in sections]

    changes = section_changes(texts(old), texts(new))
    assert [c.anchor for c in changes if c.kind != REMOVED] == [a for a, _said in new]
    old_anchors = sorted(c.old_anchor for c in changes if c.kind != ADDED)
    assert old_anchors == sorted(a for a, _said in old)
    for change in changes:
        now = [s.text for s in change.sentences if s.kind != REMOVED]
        before = [s.text for s in change.sentences if s.kind != ADDED]
        assert now == dict(new).get(change.anchor, []) if change.kind != REMOVED else not now
        assert before == dict(old).get(change.old_anchor, [])
        assert (change.old_title != "") == (
            change.kind not in (ADDED, REMOVED) and change.old_anchor != change.anchor
        )


def test_a_renamed_section_is_one_section_whose_title_changed() -> None:
    reworded = OLD.replace("## Usages", "## Usages du numérique").replace(
        "## Réseaux\n\nLa fibre", "## Infrastructures\n\nLa fibre"
    )
    old, new = render_markdown(OLD), render_markdown(reworded)
    changes = page_changes(old.html, old.toc, new.html, new.toc)
    assert [(c.anchor, c.old_anchor, c.kind, c.old_title) for c in changes] == [
        ("", "", SAME, ""),
        ("donnees", "donnees", SAME, ""),
        ("infrastructures", "reseaux", CHANGED, "Réseaux"),
        ("usages-du-numerique", "usages", CHANGED, "Usages"),
    ]
    assert all(s.kind == SAME for c in changes for s in c.sentences)  # the text is the same
    unlike = OLD.replace("La fibre arrive partout.", "Le cuivre reste en place.")
    unlike = unlike.replace("## Réseaux", "## Cuivre")
    other = render_markdown(unlike)
    kinds = [(c.anchor, c.kind) for c in page_changes(old.html, old.toc, other.html, other.toc)]
    assert ("reseaux", REMOVED) in kinds  # nothing in common: withdrawn, another added
    assert ("cuivre", ADDED) in kinds
