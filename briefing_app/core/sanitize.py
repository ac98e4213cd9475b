"""Allow-list HTML sanitiser for rendered briefings.

Briefings may hold raw HTML. What reaches the reader keeps only plain document
markup: no script, style, iframe, form, object or event attribute, no link with
an executable scheme, and no remote image (it becomes a placeholder with its alt
text, so nothing is ever fetched).
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

_ALLOWED_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    ]
)
# Dropped together with everything inside them.
_DROPPED_WITH_CONTENT = frozenset(
    [
        "script",
        "style",
        "iframe",
        "frame",
        "frameset",
        "form",
        "object",
        "embed",
        "applet",
        "noscript",
        "template",
        "textarea",
        "select",
        "button",
        "svg",
        "math",
        "head",
        "title",
        "audio",
        "video",
        "canvas",
    ]
)
_VOID_TAGS = frozenset({"br", "hr", "img", "col"})
_GLOBAL_ATTRS = frozenset({"id", "class", "title", "lang", "dir"})
_TAG_ATTRS = {
    "a": frozenset({"href", "name"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "td": frozenset({"colspan", "rowspan", "align", "style"}),
    "th": frozenset({"colspan", "rowspan", "align", "style"}),
    "ol": frozenset({"start", "type"}),
    "li": frozenset({"value"}),
}
_SAFE_STYLE = re.compile(r"^\s*text-align:\s*(left|right|center|justify);?\s*$")
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_REMOTE = re.compile(r"^\s*(//|[a-zA-Z][a-zA-Z0-9+.-]*:)")


def _safe_href(value: str) -> bool:
    match = _SCHEME.match(value)
    return match is None or match.group(1).lower() in _LINK_SCHEMES


class _Sanitiser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._dropping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._dropping:
            if tag == self._dropping[-1]:
                self._dropping.append(tag)
            return
        if tag in _DROPPED_WITH_CONTENT:
            self._dropping.append(tag)
            return
        if tag not in _ALLOWED_TAGS:
            return
        values = {name: value or "" for name, value in attrs}
        if tag == "img" and _REMOTE.match(values.get("src", "")):
            alt = escape(values.get("alt", "").strip() or "image")
            placeholder = f"[Image distante non chargée : {alt}]"
            self.out.append(f'<span class="image-placeholder">{placeholder}</span>')
            return
        self.out.append(f"<{tag}{self._attributes(tag, values)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS and tag in _ALLOWED_TAGS and not self._dropping:
            self.out.append(f"</{tag}>")

    @staticmethod
    def _attributes(tag: str, values: dict[str, str]) -> str:
        allowed = _GLOBAL_ATTRS | _TAG_ATTRS.get(tag, frozenset())
        kept = []
        for name, value in values.items():
            if name not in allowed:
                continue
            if name == "href" and not _safe_href(value):
                continue
            if name == "src" and value.strip().lower().startswith("data:"):
                continue
            if name == "style" and not _SAFE_STYLE.match(value):
                continue
            kept.append(f' {name}="{escape(value, quote=True)}"')
        return "".join(kept)

    def handle_endtag(self, tag: str) -> None:
        if self._dropping:
            if tag == self._dropping[-1]:
                self._dropping.pop()
            return
        if tag in _ALLOWED_TAGS and tag not in _VOID_TAGS:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self.out.append(escape(data, quote=False))


def sanitise_html(html: str) -> str:
    """Return ``html`` reduced to the allowed tags and attributes."""
    parser = _Sanitiser()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)
