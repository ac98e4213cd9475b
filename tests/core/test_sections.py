"""Rendered briefings cut into plain-text sections."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.library import Section, parse_briefing
from briefing_app.core.paths import bundled_content_dir
from briefing_app.core.render import render_markdown
from briefing_app.core.sections import SectionText, split_sections

MARKDOWN = """\
Avant les titres[^1] : une introduction.

## Deux

Un « paragraphe » &amp; une entité ; 100 %.

### Trois

#### Quatre

Sous le titre de niveau quatre.

## Vide

## Dernière

- un
- deux

[^1]: La note de bas de page.
"""


def _split(markdown: str, intro_title: str = "Introduction") -> list[SectionText]:
    rendered = render_markdown(markdown)
    return split_sections(rendered.html, rendered.toc, intro_title)


def test_rendered_markdown_is_cut_at_every_toc_heading() -> None:
    assert _split(MARKDOWN) == [
        SectionText("", "Introduction", "Avant les titres : une introduction."),
        SectionText("deux", "Deux", "Un « paragraphe » & une entité ; 100 %."),
        SectionText("trois", "Trois", "Quatre\nSous le titre de niveau quatre."),
        SectionText("vide", "Vide", ""),
        SectionText("derniere", "Dernière", "un\ndeux\nLa note de bas de page."),
    ]


def test_no_chunk_keeps_a_non_breaking_space() -> None:
    rendered = render_markdown(MARKDOWN)
    assert "\u00a0" in rendered.html  # French typography put them there
    for chunk in split_sections(rendered.html, rendered.toc, "Intro"):
        assert "\u00a0" not in chunk.text
        assert "\u202f" not in chunk.text


def test_the_bundled_briefing() -> None:
    path = bundled_content_dir() / "numerique.md"
    briefing, rendered = parse_briefing(path, path.read_bytes())
    chunks = split_sections(rendered.html, rendered.toc, briefing.title)
    assert [(c.anchor, c.title) for c in chunks] == [
        ("", "Numérique"),
        *((s.id, s.title) for s in briefing.sections),
    ]
    assert chunks[0].text.startswith("France urbaine est partie prenante")
    assert chunks[1].text == (
        "Si le Règlement Général européen sur la Protection des données (RGPD), qui entrera"
        " en application le mois prochain est au coeur de l’actualité, d’autres champs"
        " d’investigation sont à l’ouvrage."
    )
    assert chunks[2].text.endswith("sur le thème « Mobilité(s) ».")
    assert chunks[3].text.count("\n") == 1  # two paragraphs
    assert not chunks[3].text.startswith("L’administration numérique territoriale")
    assert chunks[-1].text.endswith("trois principes directeurs doivent guider les territoires.")


def test_entities_are_decoded_and_spaces_collapsed() -> None:
    page = (
        "<p>R&amp;D &lt;b&gt; &#233;t&eacute;\u202f;   fin\n  de ligne</p>"
        '<h2 id="a">Titre <abbr title="long">T</abbr></h2>'
        "<p>un<br>deux<br/>trois</p><blockquote><p>cité</p></blockquote><div>bloc</div>"
    )
    assert split_sections(page, [Section("a", "Titre T", 2)], "Intro") == [
        SectionText("", "Intro", "R&D <b> été ; fin de ligne"),
        SectionText("a", "Titre T", "un\ndeux\ntrois\ncité\nbloc"),
    ]


def test_tables_and_preformatted_text_keep_their_lines() -> None:
    page = (
        '<h2 id="t">T</h2><table><tr><th>a</th><th>b</th></tr><tr><td>c d</td></tr></table>'
        "<pre><code>x  =  1\ny = 2</code></pre>"
    )
    (chunk,) = split_sections(page, [Section("t", "T", 2)], "Intro")
    assert chunk.text == "a\nb\nc d\nx = 1\ny = 2"


def test_no_intro_chunk_when_the_page_starts_with_a_heading() -> None:
    chunks = _split("## Seul\n\nTexte.\n")
    assert chunks == [SectionText("seul", "Seul", "Texte.")]


def test_a_page_without_toc_is_one_intro_chunk() -> None:
    assert _split("# Titre\n\nPremier.\n\n#### Petit\n\nSecond.\n", "Texte") == [
        SectionText("", "Texte", "Titre\nPremier.\nPetit\nSecond.")
    ]
    assert split_sections("", (), "Texte") == []
    assert split_sections("<p> \u00a0 </p>", (), "Texte") == []


def test_only_toc_headings_cut_the_page() -> None:
    page = (
        '<h2 id="a">A</h2><p>un</p><h2 id="hors">Hors TOC</h2><p>deux</p>'
        '<h3 id="a">A encore</h3><p>trois</p>'
    )
    chunks = split_sections(page, [Section("a", "A", 2)], "Intro")
    assert chunks == [SectionText("a", "A", "un\nHors TOC\ndeux\nA encore\ntrois")]


def test_a_toc_entry_missing_from_the_page_comes_last_and_empty() -> None:
    toc = [Section("absent", "Absent", 2), Section("b", "B", 3)]
    assert split_sections('<h3 id="b">B</h3><p>x</p>', toc, "Intro") == [
        SectionText("b", "B", "x"),
        SectionText("absent", "Absent", ""),
    ]


@settings(max_examples=200)
@given(st.text())
def test_arbitrary_text_comes_back_word_for_word(text: str) -> None:
    chunks = split_sections(html.escape(text), (), "Intro")
    words = text.split()
    if words:
        (chunk,) = chunks
        assert chunk.anchor == ""
        assert chunk.text.split() == words
    else:
        assert chunks == []


@settings(max_examples=200)
@given(st.text(), st.text(), st.text())
def test_arbitrary_text_around_a_heading(before: str, title: str, after: str) -> None:
    page = f"<p>{html.escape(before)}</p><h2 id='x'>{html.escape(title)}</h2>{html.escape(after)}"
    chunks = split_sections(page, [Section("x", title, 2)], "Intro")
    assert chunks[-1] == SectionText("x", title, " ".join(after.split()))
    assert len(chunks) == (2 if before.split() else 1)
