"""Rendered briefing HTML cut into plain-text chunks, one per TOC entry; and the HTML of
chosen TOC entries (``section_html``: what is printed of a briefing's chosen sections).

Search indexes a briefing section by section so that a hit can open the page at the
right heading. ``split_sections`` reads the HTML written by ``render.render_markdown``
and returns each TOC heading's text up to the next TOC heading; text before the first
TOC heading makes an introduction chunk. Headings that are not in the TOC (``####``,
repeated ids) stay inside their chunk as a line of text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from html import unescape

from briefing_app.core.content.model import Section

_TOC_TAGS = frozenset({"h2", "h3"})
_BLOCKS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "br"}
    | {"blockquote", "pre", "div", "tr"}
)
# Footnote call numbers and "back to the text" arrows are links, not prose.
_SKIPPED_LINK_CLASSES = frozenset({"footnote-ref", "footnote-backref"})


@dataclass(frozen=True)
class SectionText:
    """The plain text of one section of a briefing.

    Attributes:
        anchor: the heading's id, or ``""`` for the text before the first heading.
        title: the TOC title, or the introduction's title for the first chunk.
        text: the section's text without its heading: one line per block, single spaces.
    """

    anchor: str
    title: str
    text: str


# A tag (name, attributes, with quoted values that may hold ">"), or a comment or
# declaration, skipped. Anything else between tags is text.
_MARKUP = re.compile(
    r"<(/?)([a-zA-Z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|<!--.*?-->|<[!?][^>]*>",
    re.DOTALL,
)
_ATTRIBUTE = re.compile(r"""([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _attribute(attributes: str, name: str) -> str:
    for match in _ATTRIBUTE.finditer(attributes):
        if match.group(1).lower() == name:
            return unescape(next((v for v in match.groups()[1:] if v is not None), ""))
    return ""


class _Splitter:
    """Collect text runs, starting a new chunk at each TOC heading.

    A single regular expression walks the tags: the page is the renderer's own,
    well-formed HTML, and this is several times faster than ``html.parser``."""

    def __init__(self, toc: Sequence[Section]) -> None:
        self._pending = {section.id: section for section in toc}
        # (anchor, title, text parts); the first one collects the introduction.
        self.chunks: list[tuple[str, str, list[str]]] = [("", "", [])]
        self._heading: str | None = None  # tag of the TOC heading being skipped
        self._in_skipped_link = False  # inside a footnote call or back link
        self._pre_depth = 0

    def missing(self) -> list[Section]:
        """The TOC entries whose heading was not met, in TOC order."""
        return list(self._pending.values())

    def feed(self, html: str) -> None:
        at = 0
        for match in _MARKUP.finditer(html):
            if match.start() > at:
                self._text(html[at : match.start()])
            at = match.end()
            name = match.group(2)
            if name is None:  # a comment or a declaration
                continue
            name = name.lower()
            if match.group(1):
                self._end(name)
            else:
                attributes = match.group(3)
                self._start(name, attributes)
                if attributes.endswith("/"):
                    self._end(name)
        if at < len(html):
            self._text(html[at:])

    def _start(self, tag: str, attributes: str) -> None:
        if self._heading is not None:
            return
        if tag in _TOC_TAGS:
            anchor = _attribute(attributes, "id")
            if anchor in self._pending:
                section = self._pending.pop(anchor)
                self.chunks.append((anchor, section.title, []))
                self._heading = tag
                return
        if tag == "a" and set(_attribute(attributes, "class").split()) & _SKIPPED_LINK_CLASSES:
            self._in_skipped_link = True
        if tag == "pre":
            self._pre_depth += 1
        if tag in _BLOCKS:
            self.chunks[-1][2].append("\n")

    def _end(self, tag: str) -> None:
        if self._heading is not None:
            if tag == self._heading:
                self._heading = None
            return
        if tag == "a":
            self._in_skipped_link = False
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        if tag in _BLOCKS:
            self.chunks[-1][2].append("\n")

    def _text(self, data: str) -> None:
        if self._heading is not None or self._in_skipped_link:
            return
        if "&" in data:
            data = unescape(data)
        if not self._pre_depth:  # a new line in the source is a space in the text
            data = data.replace("\n", " ")
        self.chunks[-1][2].append(data)  # _plain evens out every other space


def _plain(parts: list[str]) -> str:
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def split_sections(html: str, toc: Sequence[Section], intro_title: str) -> list[SectionText]:
    """Cut a rendered briefing into one plain-text chunk per TOC entry.

    A chunk runs from its ``h2``/``h3`` heading (one whose id is in ``toc``) to the next
    such heading; the heading's own text is left out. Footnotes at the end of the page
    belong to the last chunk. Block elements end lines; entities are decoded and spaces,
    including non-breaking ones, collapsed to single plain spaces.

    Args:
        html: the body HTML, as written by ``render.render_markdown``.
        toc: the TOC entries of that HTML.
        intro_title: the title given to the text before the first TOC heading.

    Returns:
        An introduction chunk (anchor ``""``) if any text comes before the first TOC
        heading, then one chunk per TOC entry in page order, empty ones included. TOC
        entries whose heading is missing from the HTML come last, with no text.
    """
    splitter = _Splitter(toc)
    splitter.feed(html)
    intro, *sections = splitter.chunks
    result: list[SectionText] = []
    intro_text = _plain(intro[2])
    if intro_text:
        result.append(SectionText(anchor="", title=intro_title, text=intro_text))
    result.extend(
        SectionText(anchor=anchor, title=title, text=_plain(parts))
        for anchor, title, parts in sections
    )
    result.extend(
        SectionText(anchor=section.id, title=section.title, text="")
        for section in splitter.missing()
    )
    return result


_TOC_HEADING = re.compile(r"<(h[23])\b[^>]*?\sid=\"([^\"]*)\"[^>]*>")


def section_html(html: str, toc: Sequence[Section], anchors: Collection[str]) -> str:
    """The HTML of the TOC entries ``anchors`` of a rendered briefing, in page order:
    each from its ``h2``/``h3`` heading to the next TOC heading (an ``h2`` chosen alone
    leaves out its ``h3``s; footnotes at the end of the page go with the last section).

    Args:
        html: the body HTML, as written by ``render.render_markdown``.
        toc: the TOC entries of that HTML.
        anchors: the entries wanted, by their ids.
    """
    in_toc = {section.id for section in toc}
    starts = [
        (match.start(), match.group(2))
        for match in _TOC_HEADING.finditer(html)
        if unescape(match.group(2)) in in_toc
    ]
    kept = []
    for number, (start, anchor) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(html)
        if unescape(anchor) in anchors:
            kept.append(html[start:end])
    return "".join(kept)
