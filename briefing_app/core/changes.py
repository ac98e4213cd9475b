"""What changed in a briefing between two versions, section by section and sentence by
sentence (for « Voir les changements »).

Sections are matched by their anchor, then a section only the new version has is
matched with one only the old had when most of their sentences are the same (a heading
reworded: the section is renamed, not withdrawn and added again). A section still only
in the new version is added, one only in the old is removed, and one whose place among
the others changed is moved. Within a section present in both, the sentences are
compared with difflib: a reworded sentence is the old one removed and the new one added.
Nothing here reads files: the two versions' rendered pages are given.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.core.bookmarks.model import UPDATED, ReadingState, reading_status
from briefing_app.core.content.model import Section
from briefing_app.core.content.sections import SectionText, split_sections
from briefing_app.core.messages import translate

SAME, ADDED, REMOVED, CHANGED = "same", "added", "removed", "changed"
# A sentence ends at . ! ? or … and the closing quotes or brackets after it, before a space.
_SENTENCE_END = re.compile(r"[.!?…](?:[ \u202f\u00a0]*[»”’)\]])*(?=\s)")
RENAMED_FROM = 0.5  # the share of sentences two sections must have in common to be one
RENAMED_PAIRS = 900  # sections compared for renaming at most (added x removed)


@dataclass(frozen=True)
class SentenceChange:
    """One sentence of a section: SAME, ADDED or REMOVED."""

    kind: str
    text: str


@dataclass(frozen=True)
class SectionChange:
    """One section of the briefing, old or new, and what became of it."""

    anchor: str  # in the new version (the old one's for a REMOVED section)
    title: str
    kind: str  # SAME, CHANGED (its title or some sentences differ), ADDED or REMOVED
    moved: bool  # its place among the sections changed
    sentences: tuple[SentenceChange, ...]
    old_anchor: str = ""  # its anchor in the old version ("" for an ADDED section)
    old_title: str = ""  # its title in the old version, when that differs

    @property
    def changed(self) -> bool:
        """Whether the reader has anything to see here."""
        return self.kind != SAME or self.moved


def sentences(text: str) -> list[str]:
    """The sentences of a section's text, one per line of it at least."""
    found = []
    for line in text.split("\n"):
        start = 0
        for end in _SENTENCE_END.finditer(line):
            found.append(line[start : end.end()].strip())
            start = end.end()
        found.append(line[start:].strip())
    return [sentence for sentence in found if sentence]


def _compared(old: str, new: str) -> tuple[SentenceChange, ...]:
    before, after = sentences(old), sentences(new)
    result: list[SentenceChange] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result += [SentenceChange(SAME, text) for text in before[i1:i2]]
            continue
        result += [SentenceChange(REMOVED, text) for text in before[i1:i2]]
        result += [SentenceChange(ADDED, text) for text in after[j1:j2]]
    return tuple(result)


def _whole(section: SectionText, kind: str) -> SectionChange:
    """A section only one version has: every sentence of it ADDED or REMOVED."""
    said = tuple(SentenceChange(kind, text) for text in sentences(section.text))
    old_anchor = section.anchor if kind == REMOVED else ""
    return SectionChange(section.anchor, section.title, kind, False, said, old_anchor)


def _renamed(
    old_only: Sequence[SectionText], new_only: Sequence[SectionText]
) -> dict[str, SectionText]:
    """The sections only the new version has (by anchor) that are a section only the
    old one had, renamed: most of their sentences in common."""
    if not old_only or not new_only or len(old_only) * len(new_only) > RENAMED_PAIRS:
        return {}
    free = {section.anchor: (section, sentences(section.text)) for section in old_only}
    pairs: dict[str, SectionText] = {}
    for section in new_only:
        said = sentences(section.text)
        best, score = "", RENAMED_FROM
        for anchor, (_old, before) in free.items():
            ratio = difflib.SequenceMatcher(a=before, b=said, autojunk=False).ratio()
            if said and ratio >= score:
                best, score = anchor, ratio
        if best:
            pairs[section.anchor] = free.pop(best)[0]
    return pairs


def section_changes(old: Sequence[SectionText], new: Sequence[SectionText]) -> list[SectionChange]:
    """The sections of ``new`` in order, each with its change from ``old``; a removed
    section comes where it stood, after the sections that came before it."""
    before = {section.anchor: section for section in old}
    after = {section.anchor: section for section in new}
    renamed = _renamed(
        [s for s in old if s.anchor not in after], [s for s in new if s.anchor not in before]
    )
    now_named = {section.anchor: anchor for anchor, section in renamed.items()}
    now_named.update((anchor, anchor) for anchor in before if anchor in after)
    common_old = [now_named[s.anchor] for s in old if s.anchor in now_named]
    common_new = [s.anchor for s in new if s.anchor in before or s.anchor in renamed]
    matcher = difflib.SequenceMatcher(a=common_old, b=common_new, autojunk=False)
    in_place = {
        anchor
        for block in matcher.get_matching_blocks()
        for anchor in common_new[block.b : block.b + block.size]
    }
    result: list[SectionChange] = []
    placed: dict[str, int] = {}
    for section in new:
        previous = before.get(section.anchor) or renamed.get(section.anchor)
        if previous is None:
            change = _whole(section, ADDED)
        else:
            compared = _compared(previous.text, section.text)
            retitled = previous.title != section.title
            same = not retitled and all(s.kind == SAME for s in compared)
            change = SectionChange(
                section.anchor,
                section.title,
                SAME if same else CHANGED,
                section.anchor not in in_place,
                compared,
                previous.anchor,
                previous.title if retitled else "",
            )
        placed[section.anchor] = len(result)
        result.append(change)
    position = 0
    for section in old:
        if section.anchor in now_named:
            position = max(position, placed[now_named[section.anchor]] + 1)
            continue
        result.insert(position, _whole(section, REMOVED))
        placed = {anchor: at + (at >= position) for anchor, at in placed.items()}
        position += 1
    return result


def page_changes(
    old_html: str, old_toc: Sequence[Section], new_html: str, new_toc: Sequence[Section]
) -> list[SectionChange]:
    """``section_changes`` between two rendered versions of a briefing."""
    intro = translate("core.changes", "Introduction")  # the text before the first heading
    return section_changes(
        split_sections(old_html, old_toc, intro), split_sections(new_html, new_toc, intro)
    )


def changed_since_read(content_hash: str, state: ReadingState | None) -> bool:
    """Whether the briefing now at ``content_hash`` differs from the version its reading
    ``state`` says was read (False when it was never read, or before versions were kept)."""
    return reading_status(state, content_hash) == UPDATED
