"""Markdown rendering: one pass for HTML and TOC, stable unique anchors, sanitised output."""

from __future__ import annotations

from briefing_app.core.content.model import Section
from briefing_app.core.content.render import render_markdown
from briefing_app.core.content.slugs import SlugRegistry, slugify


def test_slugs_fold_accents_and_ligatures() -> None:
    assert slugify("Règlement général") == "reglement-general"
    assert slugify("L’œuvre « Mobilité(s) »") == "l-oeuvre-mobilite-s"
    assert slugify("Ελληνικά") == "ελληνικα"
    assert slugify("???") == "section"


def test_unique_slugs_number_repeats_from_two() -> None:
    slugs = SlugRegistry()
    assert [slugs.take("Bilan") for _ in range(3)] == ["bilan", "bilan-2", "bilan-3"]


def test_unique_slugs_step_over_ids_already_taken() -> None:
    slugs = SlugRegistry({"bilan-2", "bilan-4"})
    taken = [slugs.take("Bilan") for _ in range(4)]
    assert taken == ["bilan", "bilan-3", "bilan-5", "bilan-6"]
    assert slugs.take("Bilan 3") == "bilan-3-2"  # "bilan-3" is taken by a repeat


def test_toc_matches_headings_in_the_html() -> None:
    rendered = render_markdown(
        "## Règlement général\n\ntexte\n\n### Détail\n\n## Règlement général\n\n#### Profond\n"
    )
    assert rendered.toc == (
        Section("reglement-general", "Règlement général", 2),
        Section("detail", "Détail", 3),
        Section("reglement-general-2", "Règlement général", 2),
    )
    for section in rendered.toc:
        assert f'id="{section.id}"' in rendered.html
    assert 'id="profond"' in rendered.html  # deeper headings get anchors, not TOC entries


def test_explicit_ids_are_kept_and_not_reused() -> None:
    rendered = render_markdown("## Suite {#suite}\n\n## Suite\n")
    assert [s.id for s in rendered.toc] == ["suite", "suite-2"]


def test_tables_abbreviations_footnotes_and_lists() -> None:
    rendered = render_markdown(
        "Le RGPD[^1].\n\n*[RGPD]: Règlement général sur la protection des données\n\n"
        "[^1]: Depuis 2018.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n3. trois\n4. quatre\n"
    )
    assert '<abbr title="Règlement général sur la protection des données">RGPD</abbr>' in (
        rendered.html
    )
    assert "<table>" in rendered.html
    assert 'class="footnote"' in rendered.html
    assert '<ol start="3">' in rendered.html


def test_french_typography_outside_code() -> None:
    rendered = render_markdown('Note : c\'est "vrai" ! Voir « ceci ».\n\n`a : b`\n')
    assert "Note\u00a0: c’est «\u00a0vrai\u00a0»\u202f! Voir «\u00a0ceci\u00a0»." in rendered.html
    assert "<code>a : b</code>" in rendered.html


def test_raw_html_is_sanitised() -> None:
    rendered = render_markdown(
        "<script>alert('x')</script>\n\n<style>p{}</style>\n\n<iframe src='x'></iframe>\n\n"
        "<form action='x'><input name='a'></form>\n\n<object data='x'></object>\n\n"
        '<p onclick="steal()">Clic <a href="javascript:steal()">ici</a> '
        '<a href="https://example.org/">ailleurs</a> <sup>2</sup></p>\n'
    )
    html = rendered.html.lower()
    for forbidden in ("<script", "alert", "<style", "<iframe", "<form", "<input", "<object"):
        assert forbidden not in html
    assert "onclick" not in html
    assert "javascript:" not in html
    assert '<a href="https://example.org/">ailleurs</a>' in rendered.html
    assert "<sup>2</sup>" in rendered.html


def test_remote_images_become_placeholders_and_local_ones_stay() -> None:
    rendered = render_markdown(
        "![Carte des métropoles](https://example.org/carte.png)\n\n"
        '<img src="//cdn.example.org/x.png" alt="logo">\n\n![Schéma](images/schema.png)\n'
    )
    assert "example.org" not in rendered.html
    assert "[Image distante non chargée : Carte des métropoles]" in rendered.html
    assert "[Image distante non chargée : logo]" in rendered.html
    assert '<img alt="Schéma" src="images/schema.png">' in rendered.html


def test_links_keep_their_target() -> None:
    rendered = render_markdown("[voir](mobilite.md#financement)\n")
    assert '<a href="mobilite.md#financement">voir</a>' in rendered.html


def test_an_ampersand_hash_keeps_the_text_after_it() -> None:
    # Python-Markdown alone duplicates "d e" and drops "</i>" here (its HTML pass
    # stops at the "&#"), and a word between two scripts was lost with them.
    assert render_markdown("a &# b <i>c</i> d e <i>f</i> g;").html == (
        "<p>a &amp;# b <i>c</i> d e <i>f</i> g;</p>"
    )
    page = render_markdown(" x &## y <script> s </script> mot1 <script> s </script>&amp;")
    assert page.html == "<p>x &amp;## y  mot1 &amp;</p>"
    assert render_markdown("`&#` et <i>c</i> d;").html == (
        "<p><code>&amp;#</code> et <i>c</i> d;</p>"
    )
    assert render_markdown("&#233; &#xE9; &#x; &#\x07;").html == "<p>é é &amp;#x; &amp;#;</p>"
