"""Rendered briefings cut into plain-text sections."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.content.loader import parse_briefing
from briefing_app.core.content.model import Section
from briefing_app.core.content.render import render_markdown
from briefing_app.core.content.sections import SectionText, split_sections
from briefing_app.core.paths import bundled_content_dir

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


BLOCKS = frozenset("p li h1 h2 h3 h4 h5 h6 td th br blockquote pre div tr".split())  # noqa: SIM905


class ReferenceSplitter(HTMLParser):
    """What split_sections does, written with the standard library's HTML parser:
    the reference its faster regular-expression walk must agree with."""

    def __init__(self, toc: list[Section]) -> None:
        super().__init__(convert_charrefs=True)
        self.pending = {section.id: section for section in toc}
        self.chunks: list[tuple[str, str, list[str]]] = [("", "", [])]
        self.heading: str | None = None
        self.in_note_link = False
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if self.heading is not None:
            return
        if tag in ("h2", "h3") and attributes.get("id") in self.pending:
            section = self.pending.pop(attributes["id"] or "")
            self.chunks.append((section.id, section.title, []))
            self.heading = tag
            return
        classes = set((attributes.get("class") or "").split())
        self.in_note_link = self.in_note_link or (
            tag == "a" and bool(classes & {"footnote-ref", "footnote-backref"})
        )
        self.pre += tag == "pre"
        self.newline(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.heading is not None:
            self.heading = None if tag == self.heading else self.heading
            return
        self.in_note_link = self.in_note_link and tag != "a"
        self.pre = max(0, self.pre - (tag == "pre"))
        self.newline(tag)

    def newline(self, tag: str) -> None:
        if tag in BLOCKS:
            self.chunks[-1][2].append("\n")

    def handle_data(self, data: str) -> None:
        if self.heading is None and not self.in_note_link:
            self.chunks[-1][2].append(re.sub(r"[^\S\n]+" if self.pre else r"\s+", " ", data))

    def sections(self) -> list[tuple[str, str, str]]:
        def plain(parts: list[str]) -> str:
            lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
            return "\n".join(line for line in lines if line)

        (_, _, intro), *rest = self.chunks
        found = [("", "Intro", plain(intro))] if plain(intro) else []
        found += [(anchor, title, plain(parts)) for anchor, title, parts in rest]
        return found + [(section.id, section.title, "") for section in self.pending.values()]


def reference_split(page: str, toc: list[Section]) -> list[tuple[str, str, str]]:
    parser = ReferenceSplitter(toc)
    parser.feed(page)
    parser.close()
    return parser.sections()


_WORDS = st.text(alphabet=st.sampled_from("aé Z&<>\"'*_`[]()#:;.!?\u00a0\n-1"), max_size=30)
_BLOCK = st.one_of(
    st.builds("## {}\n".format, _WORDS),
    st.builds("### {}\n".format, _WORDS),
    st.builds("#### {}\n".format, _WORDS),
    st.builds("{}\n".format, _WORDS),
    st.builds("- {}\n- {}\n".format, _WORDS, _WORDS),
    st.builds("> {}\n".format, _WORDS),
    st.builds("```\n{}\n  {}\n```\n".format, _WORDS, _WORDS),
    st.builds('{}[^1] [lien](https://exemple.fr/?a=1&b=2 "{}")\n'.format, _WORDS, _WORDS),
    st.builds("| a | b |\n|---|---|\n| {} | {} |\n".format, _WORDS, _WORDS),
    st.just("[^1]: Une note.\n"),
    st.just("*[ONU]: Organisation des Nations unies\n\nL’ONU <!-- commentaire -->\n"),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_BLOCK, max_size=12))
def test_the_fast_walk_agrees_with_the_standard_html_parser(blocks: list[str]) -> None:
    rendered = render_markdown("\n".join(blocks))
    toc = list(rendered.toc)
    found = split_sections(rendered.html, toc, "Intro")
    assert [(c.anchor, c.title, c.text) for c in found] == reference_split(rendered.html, toc)


def test_the_fast_walk_agrees_on_the_bundled_briefing() -> None:
    (path,) = sorted(bundled_content_dir().glob("*.md"))
    _briefing, rendered = parse_briefing(path, path.read_bytes())
    toc = list(rendered.toc)
    found = split_sections(rendered.html, toc, "Intro")
    assert [(c.anchor, c.title, c.text) for c in found] == reference_split(rendered.html, toc)
    assert len(found) > 5
