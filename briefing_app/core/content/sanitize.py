"""Allow-list HTML sanitiser for rendered briefings, built on nh3 (the Ammonia sanitiser).

Briefings may hold raw HTML. What reaches the reader keeps only plain document
markup: no script, style, iframe, form, object or event attribute, no link with an
executable scheme, and no remote image (it becomes a placeholder with its alt text,
so nothing is ever fetched).

No text of a briefing is ever dropped: a disallowed tag goes and its text stays;
only the contents of a closed ``<script>`` or ``<style>`` element go. An HTML parser
would swallow text after an unclosed ``<title>``, ``<textarea>``, ``<iframe>``,
``<template>``, ``<svg>``, ``<!--`` and the like (raw text, hidden or foreign content),
or inside a tag left open. So, before nh3 parses it, the HTML is re-tokenised in one
linear pass: only allowed tags reach the parser, rewritten with clean quoting, and
every other ``<`` is text.
"""

from __future__ import annotations

import bisect
import re
from html import escape, unescape

import nh3

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
        "dd", "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
        "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
ATTRIBUTES = {
    "*": {"id", "class", "title", "lang", "dir"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "align", "style"},
    "th": {"colspan", "rowspan", "align", "style"},
    "ol": {"start", "type"},
    "li": {"value"},
}
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
MAX_DEPTH = 256  # open elements at most (see _Retokeniser)
# Void elements, and those a parser closes by itself at the next one (they never pile up).
_NOT_NESTING = frozenset(
    {"br", "hr", "img", "col", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody",
     "tfoot", "caption", "colgroup"}
)  # fmt: skip
_CONTENT_TAG = re.compile(r"<(/?)(script|style)(?=[\s/>])[^>]*>", re.IGNORECASE)
# A tag as the pass reads it (no "<" or ">" inside), or any other "<".
_TOKEN = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)([^<>]*)>|<")
_TAG_ATTRIBUTE = re.compile(
    r"""([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"""
)
_SAFE_STYLE = re.compile(r"^\s*text-align:\s*(left|right|center|justify);?\s*$")
_REMOTE = re.compile(r"^\s*(//|[a-zA-Z][a-zA-Z0-9+.-]*:)")
# nh3's output quotes every attribute value with " and escapes " inside it.
_IMG = re.compile(r'<img((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*/?>')
_ATTRIBUTE = re.compile(r'([^\s=>]+)(?:="([^"]*)")?')


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    if name == "style" and not _SAFE_STYLE.match(value):
        return None
    return value


_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
    attribute_filter=_filter_attribute,
    url_schemes=set(LINK_SCHEMES),
    link_rel=None,
    strip_comments=True,
)


def _drop_closed_content(html: str) -> str:
    """Remove each ``<script>``/``<style>`` element that is closed, with its content (in
    linear time: each start tag looks up the next end tag of its name)."""
    tags = list(_CONTENT_TAG.finditer(html))
    ends: dict[str, list[int]] = {"script": [], "style": []}
    for number, tag in enumerate(tags):
        if tag.group(1):
            ends[tag.group(2).lower()].append(number)
    pieces, done = [], 0
    for number, tag in enumerate(tags):
        if tag.group(1) or tag.start() < done:
            continue
        candidates = ends[tag.group(2).lower()]
        index = bisect.bisect_right(candidates, number)
        if index < len(candidates):  # closed: the element goes
            pieces.append(html[done : tag.start()])
            done = tags[candidates[index]].end()
    pieces.append(html[done:])
    return "".join(pieces)


def _drop_comments(html: str) -> str:
    """Remove closed comments; show the opening of an unclosed one as text (it would
    hide everything after it)."""
    pieces, done = [], 0
    while (start := html.find("<!--", done)) >= 0:
        end = html.find("-->", start + 4)
        if end < 0:
            break
        pieces.append(html[done:start])
        done = end + 3
    pieces.append(html[done:].replace("<!--", "&lt;!--"))
    return "".join(pieces)


class _Retokeniser:
    """The pass of the module docstring, one token at a time. It also bounds nesting:
    the HTML parser checks the stack of open elements at each block tag, so 50,000
    unclosed ``<div>`` cost it minutes; past ``MAX_DEPTH`` open elements, further start
    tags (and their end tags) are dropped, and their text kept."""

    def __init__(self) -> None:
        self.depth = 0
        self.dropped: dict[str, int] = {}

    def __call__(self, match: re.Match[str]) -> str:
        name = match.group(2)
        if name is None:
            return "&lt;"
        name = name.lower()
        if name not in ALLOWED_TAGS:
            return ""
        counted = name not in _NOT_NESTING
        if match.group(1):
            if counted and self.dropped.get(name):
                self.dropped[name] -= 1
                return ""
            self.depth = max(self.depth - counted, 0)
            return f"</{name}>"
        if counted:
            if self.depth >= MAX_DEPTH:
                self.dropped[name] = self.dropped.get(name, 0) + 1
                return ""
            self.depth += 1
        return f"<{name}{_attributes(match.group(3))}>"


def _attributes(inside: str) -> str:
    """A tag's attributes, each quoted with " (the parser then reads them as this pass
    does)."""
    attributes = []
    for attribute in _TAG_ATTRIBUTE.finditer(inside):
        key, *values = attribute.groups()
        value = next((v for v in values if v is not None), None)
        if value is None:
            attributes.append(f" {key.lower()}")
        else:
            attributes.append(f' {key.lower()}="{value.replace(chr(34), "&quot;")}"')
    return "".join(attributes)


def _defuse(html: str) -> str:
    """Take out what would make a parser swallow text (see the module docstring)."""
    return _TOKEN.sub(_Retokeniser(), _drop_closed_content(_drop_comments(html)))


def _placeholder(match: re.Match[str]) -> str:
    attributes = dict(_ATTRIBUTE.findall(match.group(1)))
    if not _REMOTE.match(unescape(attributes.get("src", ""))):
        return match.group(0)
    alt = escape(unescape(attributes.get("alt", "")).strip() or "image", quote=False)
    return f'<span class="image-placeholder">[Image distante non chargée : {alt}]</span>'


def sanitise_html(html: str) -> str:
    """Return ``html`` reduced to the allowed tags, attributes and link schemes."""
    clean = _CLEANER.clean(_defuse(html)).replace("&nbsp;", "\u00a0")  # French spaces
    return _IMG.sub(_placeholder, clean)
