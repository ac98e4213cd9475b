"""The changes page: every change numbered for the bar, added text highlighted, removed
text struck through, a renamed section's old and new titles, context shortened."""

from __future__ import annotations

from briefing_app.core.changes import page_changes
from briefing_app.core.content.render import render_markdown
from briefing_app.gui.packs.changes_page import ANCHOR, changes_html

OLD = (
    "## Contexte\n\nUne. Deux. Trois. Quatre. Cinq. Six. Sept.\n\n"
    "## Calendrier\n\nEn mars. En juin.\n\n## Retrait\n\nCe texte part.\n"
)
NEW = (
    "## Contexte\n\nUne. Deux. Trois. Quatre. Cinq. Six. Huit.\n\n"
    "## Échéances\n\nEn mars. En juin.\n\n## Ajout\n\nCe texte arrive.\n"
)


def test_each_change_is_numbered_and_marked() -> None:
    old, new = render_markdown(OLD), render_markdown(NEW)
    html, count = changes_html(page_changes(old.html, old.toc, new.html, new.toc))
    # « Sept » reworded, « Calendrier » renamed, « Retrait » withdrawn, « Ajout » added
    assert count == 4
    assert [ANCHOR.format(n) in html for n in range(1, 6)] == [True] * 4 + [False]
    assert '<span class="removed">Sept.</span>' in html
    assert '<span class="added">Huit.</span>' in html
    assert "Une." not in html  # far from the change: shortened to « […] »
    assert "<p>[…]</p>" in html  # what is far from the change
    assert "Six." in html  # the sentence before it, for context
    assert "<span class='removed'>Calendrier</span>" in html
    assert "<span class='added'>Échéances</span>" in html
    assert "Partie renommée" in html
    assert "Partie retirée" in html
    assert "Nouvelle partie" in html
    unchanged, none = changes_html(page_changes(old.html, old.toc, old.html, old.toc))
    assert none == 0
    assert "Aucun changement dans le texte." in unchanged
