"""The page « Voir les changements » shows: what changed in a briefing since the version
the user read (``core.changes``), section by section.

Added text is highlighted, removed text struck through and greyed; a section added,
withdrawn, renamed or moved says so. In a section that changed, each change comes with the
sentence before and after it, and the rest is shortened to « […] ». Every change (a run
of added and removed sentences, or a whole section) is an anchor ``changement-N``, which
the changes bar steps through.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from briefing_app.core.changes import ADDED, REMOVED, SAME, SectionChange, SentenceChange
from briefing_app.printing.pagetext import escape

CONTEXT = 1  # unchanged sentences shown on each side of a change
ANCHOR = "changement-{}"


def tr(text: str) -> str:
    return QCoreApplication.translate("ChangesPage", text)


class _Page:
    """The HTML being written, and the changes numbered so far."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.count = 0

    def anchor(self) -> str:
        self.count += 1
        return f'<a name="{ANCHOR.format(self.count)}"></a>'

    def sentence(self, change: SentenceChange) -> str:
        text = escape(change.text)
        if change.kind == ADDED:
            return f'<span class="added">{text}</span>'
        if change.kind == REMOVED:
            return f'<span class="removed">{text}</span>'
        return text


def changes_html(changes: Sequence[SectionChange]) -> tuple[str, int]:
    """The body of the changes page, and how many changes it numbers."""
    page = _Page()
    legend = tr("Depuis votre dernière lecture : ")
    page.parts.append(
        f"<p>{legend}<span class='added'>{tr('texte ajouté')}</span>, "
        f"<span class='removed'>{tr('texte retiré')}</span>.</p>"
    )
    for section in changes:
        _section(page, section)
    if page.count == 0:
        page.parts.append(f"<p>{tr('Aucun changement dans le texte.')}</p>")
    return "".join(page.parts), page.count


def _section(page: _Page, section: SectionChange) -> None:
    title = escape(section.title)
    if section.kind == ADDED:
        note = tr("Nouvelle partie")
        page.parts.append(f"<h2>{page.anchor()}<span class='added'>{title}</span></h2>")
    elif section.kind == REMOVED:
        note = tr("Partie retirée")
        page.parts.append(f"<h2>{page.anchor()}<span class='removed'>{title}</span></h2>")
    elif section.old_title:  # renamed: the old title struck through, the new one added
        old_title = escape(section.old_title)
        page.parts.append(
            f"<h2>{page.anchor()}<span class='removed'>{old_title}</span> "
            f"<span class='added'>{title}</span></h2>"
        )
        note = tr("Partie renommée") + (", " + tr("déplacée") if section.moved else "")
    else:
        anchor = page.anchor() if section.moved and section.kind == SAME else ""
        page.parts.append(f"<h2>{anchor}{title}</h2>")
        note = tr("Partie déplacée") if section.moved else ""
        if section.kind == SAME:
            note = note or tr("Sans changement.")
    if note:
        page.parts.append(f"<p class='change-note'>{note}</p>")
    if section.kind in (ADDED, REMOVED):
        text = " ".join(page.sentence(s) for s in section.sentences)
        page.parts.append(f"<p>{text}</p>")
    elif any(s.kind != SAME for s in section.sentences):
        _changed_sentences(page, section.sentences)


def _changed_sentences(page: _Page, sentences: Sequence[SentenceChange]) -> None:
    """The changes of a section, each with CONTEXT sentences around it, one paragraph
    each, « […] » for what is left out before, between and after them."""
    changed = [i for i, s in enumerate(sentences) if s.kind != SAME]
    shown = {
        i
        for at in changed
        for i in range(at - CONTEXT, at + CONTEXT + 1)
        if 0 <= i < len(sentences)
    }
    paragraph: list[str] = []
    previous_changed = skipped = False
    for index, sentence in enumerate(sentences):
        if index not in shown:
            skipped, previous_changed = True, False
            continue
        if skipped:
            if paragraph:
                page.parts.append(f"<p>{' '.join(paragraph)}</p>")
                paragraph = []
            page.parts.append("<p>[…]</p>")
            skipped = False
        is_change = sentence.kind != SAME
        if is_change and not previous_changed:
            paragraph.append(page.anchor())
        paragraph.append(page.sentence(sentence))
        previous_changed = is_change
    if paragraph:
        page.parts.append(f"<p>{' '.join(paragraph)}</p>")
    if skipped:
        page.parts.append("<p>[…]</p>")
