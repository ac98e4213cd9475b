"""Markdown -> sanitised HTML and table of contents, in one pass.

The TOC is read from the same element tree the HTML is written from, so the two
cannot disagree. Only imported when a file must be rendered (Markdown costs ~30 ms
to import); bump ``model.RENDER_VERSION`` when the output changes. Heading ids
are stable slugs (see ``slugs``); ``##`` and ``###`` headings make the TOC.
"""

from __future__ import annotations

import html
import re
from typing import Any
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from briefing_app.core.content.model import Rendered, Section
from briefing_app.core.content.sanitize import sanitise_html
from briefing_app.core.content.slugs import SlugRegistry
from briefing_app.core.content.typography import french_typography
from briefing_app.core.time_limit import time_limit

TOC_LEVELS = (2, 3)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_VERBATIM = {"code", "pre", "kbd", "samp"}
# Python-Markdown (3.6 to 3.11.4 at least) reads raw HTML with the standard HTML
# parser, which stops its pass at an "&#" that begins no character reference when a
# ";" follows; Markdown's offsets then go wrong and it duplicates or drops pieces of
# the text after it (tests/core/content/test_render.py). Such an "&#" is split by a
# mark the parser reads as text, taken out of Markdown's output.
_NOT_A_CHARACTER_REFERENCE = re.compile(r"&#(?![0-9]|[xX][0-9a-fA-F])")
_SPLIT = "\x07"


class _TypographyProcessor(Treeprocessor):
    """French spacing and quotes on every text run outside code."""

    def run(self, root: Element) -> None:
        self._walk(root)

    def _walk(self, element: Element) -> None:
        verbatim = element.tag in _VERBATIM
        if element.text and not verbatim:
            element.text = french_typography(element.text)
        for child in element:
            if not verbatim:
                self._walk(child)
            if child.tail:
                child.tail = french_typography(child.tail)


class _HeadingIdProcessor(Treeprocessor):
    """Give every heading a unique slug id (-2, -3 for repeats) before ``toc`` runs."""

    def run(self, root: Element) -> None:
        slugs = SlugRegistry({el.get("id", "") for el in root.iter() if el.get("id")})
        for element in root.iter():
            if element.tag in _HEADINGS and not element.get("id"):
                text = html.unescape("".join(element.itertext()))
                element.set("id", slugs.take(text))


class _BriefingExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown API name)
        # After inline patterns (20) and attr_list (8), before toc (5).
        md.treeprocessors.register(_TypographyProcessor(md), "fr_typography", 7.5)
        md.treeprocessors.register(_HeadingIdProcessor(md), "heading_ids", 6)


def _new_markdown() -> Markdown:
    return Markdown(
        extensions=[
            "toc",
            "tables",
            "abbr",
            "attr_list",
            "footnotes",
            "sane_lists",
            _BriefingExtension(),
        ],
        extension_configs={
            "toc": {"toc_depth": "2-3", "permalink": False},
            "footnotes": {"BACKLINK_TITLE": "Revenir à l’appel de note %d"},
        },
        output_format="html",
    )


_markdown: Markdown | None = None


def _flatten(tokens: list[dict[str, Any]]) -> list[Section]:
    sections: list[Section] = []
    for token in tokens:
        if token["level"] in TOC_LEVELS:
            title = html.unescape(str(token["name"]))
            sections.append(Section(id=str(token["id"]), title=title, level=int(token["level"])))
        sections.extend(_flatten(token.get("children", [])))
    return sections


def render_markdown(text: str, seconds: float | None = None) -> Rendered:
    """Render a briefing body to sanitised HTML with its table of contents.

    Raises:
        TimeLimitExceeded: the Markdown took longer than ``seconds`` (when given).
    """
    global _markdown  # one parser, reset between documents: building it costs ~2 ms
    if _markdown is None:
        _markdown = _new_markdown()
    md = _markdown
    md.reset()
    text = _NOT_A_CHARACTER_REFERENCE.sub("&" + _SPLIT + "#", text.replace(_SPLIT, ""))
    try:
        if seconds is None:
            body = md.convert(text)
        else:
            with time_limit(seconds):
                body = md.convert(text)
    except BaseException:
        _markdown = None  # a failed conversion can leave the parser's state half-changed
        raise
    toc = tuple(_flatten(getattr(md, "toc_tokens", [])))
    return Rendered(html=sanitise_html(body.replace(_SPLIT, "")), toc=toc)
