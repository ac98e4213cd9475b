"""The sanitiser keeps every word of a briefing and no active content, whatever its HTML."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.content.render import render_markdown
from briefing_app.core.content.sanitize import (
    ALLOWED_TAGS,
    ATTRIBUTES,
    LINK_SCHEMES,
    MAX_DEPTH,
    sanitise_html,
)

# Every element name of the HTML standard (and a few obsolete ones still parsed
# specially), plus SVG and MathML names and made-up ones; script and style come as
# whole elements (see briefing_body).
TAG_NAMES = """a abbr address area article aside audio b base bdi bdo blockquote body br
button canvas caption cite code col colgroup data datalist dd del details dfn dialog div
dl dt em
embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr
html i iframe img input ins kbd label legend li link main map mark menu meta meter nav
noscript object ol optgroup option output p param picture pre progress q rp rt ruby s
samp search section select slot small source span strong sub summary sup table tbody td
template textarea tfoot th thead time title tr track u ul var video wbr applet acronym
basefont big blink center dir font frame frameset image isindex keygen listing marquee
menuitem nobr noembed noframes plaintext rb rtc spacer strike tt xmp svg math mi mo mn
mtext foreignObject desc annotation-xml mglyph malignmark unknown x-y""".split()  # noqa: SIM905 (a word list)
CONTENT_DROPPED = ("script", "style")
ATTRIBUTE_SAMPLES = (
    'id="v1"',
    "class=v2",
    "title='v3'",
    'href="javascript:alert(1)"',
    'href="java\nscript:alert(1)"',
    'href="jav&#x09;ascript:alert(1)"',
    'href="JaVaScRiPt:alert(1)"',
    'href="data:text/html,x"',
    'href="vbscript:x"',
    'href="https://example.org/"',
    'href="autre.md#partie"',
    'src="http://example.org/x.png"',
    'src="/dev/zero"',
    'src="../../etc/passwd"',
    'onclick="steal()"',
    "onload=steal()",
    'style="background:url(http://example.org/)"',
    'style="text-align: center"',
    "data-x='v4'",
    'alt="v5 > v6"',
    "",
)
ENTITIES = ("&amp;", "&lt;", "&gt;", "&eacute;", "&#233;", "&#x27;", "&nbsp;", "&quot;", "&")
MARKDOWN = ("## ", "### ", "- ", "1. ", "> ", "*", "**", "`", "\n\n", "\n", "    ")

words = st.integers(min_value=0, max_value=99_999).map(lambda n: f"mot{n}")


@st.composite
def tag(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(TAG_NAMES))
    attributes = draw(st.lists(st.sampled_from(ATTRIBUTE_SAMPLES), max_size=3))
    shape = draw(st.sampled_from(("open", "close", "self")))
    if shape == "close":
        return f"</{name}>"
    inside = "".join(f" {a}" for a in attributes if a)
    return f"<{name}{inside}{' /' if shape == 'self' else ''}>"


@st.composite
def briefing_body(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A body mixing Markdown, raw HTML and entities, and the words it must keep."""
    pieces: list[str] = []
    kept: list[str] = []
    for _ in range(draw(st.integers(min_value=1, max_value=40))):
        kind = draw(st.sampled_from(("word", "word", "word", "tag", "tag", "md", "entity", "drop")))
        if kind == "word":
            word = draw(words)
            kept.append(word)
            pieces.append(f" {word} ")
        elif kind == "tag":
            pieces.append(draw(tag()))
        elif kind == "md":
            pieces.append(draw(st.sampled_from(MARKDOWN)))
        elif kind == "entity":
            pieces.append(draw(st.sampled_from(ENTITIES)))
        else:  # a closed script or style element: its words are the only ones that go
            name = draw(st.sampled_from(CONTENT_DROPPED))
            pieces.append(f"<{name}> {draw(words)} {draw(words)} </{name}>")
    if draw(st.booleans()):  # an unclosed one at the end: its text stays
        word = draw(words)
        kept.append(word)
        pieces.append(f"<{draw(st.sampled_from(CONTENT_DROPPED))}> {word}")
    return "".join(pieces), kept


class _Page(HTMLParser):
    """The text of a sanitised page, and every tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def read_page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def assert_inert(html: str) -> None:
    page = read_page(html)
    for name, attributes in page.tags:
        assert name in ALLOWED_TAGS, name
        allowed = ATTRIBUTES["*"] | ATTRIBUTES.get(name, set())
        for attribute, value in attributes:
            assert attribute in allowed, (name, attribute)
            if attribute in ("href", "src"):
                url = re.sub(r"[\x00-\x20]", "", unescape(value or "")).lower()
                scheme = re.match(r"([a-z][a-z0-9+.-]*):", url)
                assert scheme is None or scheme.group(1) in LINK_SCHEMES, url
                if attribute == "src":
                    assert scheme is None, url
                    assert not url.startswith("//"), url
            if attribute == "style":
                assert re.fullmatch(r"\s*text-align:\s*\w+;?\s*", value or ""), value
    for forbidden in ("<script", "<style", "<iframe", "<object", "<embed", "<form", "<svg"):
        assert forbidden not in html.lower()


@settings(max_examples=200, deadline=None)
@given(body=briefing_body())
def test_no_word_is_lost_and_nothing_is_active(body: tuple[str, list[str]]) -> None:
    source, kept = body
    rendered = render_markdown(source)
    text = "".join(read_page(rendered.html).text)
    missing = [word for word in kept if word not in text]
    assert not missing, (missing, source, rendered.html)
    assert_inert(rendered.html)
    for section in rendered.toc:  # the table of contents never lists a lost section
        assert f'id="{section.id}"' in rendered.html


@settings(max_examples=200, deadline=None)
@given(html=st.lists(st.one_of(st.builds(lambda w: f" {w} ", words), tag()), max_size=30))
def test_raw_html_alone_keeps_its_words(html: list[str]) -> None:
    source = "".join(html)
    text = "".join(read_page(sanitise_html(source)).text)
    for word in re.findall(r"mot\d+", source):
        assert word in text, source
    assert_inert(sanitise_html(source))


def test_unclosed_swallowing_tags_keep_the_rest_of_the_page() -> None:
    for name in ("title", "embed", "button", "svg", "textarea", "iframe", "template", "xmp"):
        rendered = render_markdown(f"Avant <{name}> la suite.\n\n## Partie\n\nFin du texte.\n")
        text = "".join(read_page(rendered.html).text)
        assert "la suite" in text
        assert "Fin du texte" in text
        assert '<h2 id="partie">Partie</h2>' in rendered.html, name


def test_executable_links_hidden_by_control_characters_are_removed() -> None:
    html = sanitise_html(
        '<a href="java\nscript:alert(1)">a</a><a href="jav&#x09;ascript:alert(1)">b</a>'
    )
    assert html == "<a>a</a><a>b</a>"


def test_unclosed_comment_shows_its_text() -> None:
    assert "la suite" in sanitise_html("<p>texte <!-- la suite</p>")
    assert sanitise_html("<p>a<!-- caché -->b</p>") == "<p>ab</p>"


def test_deep_nesting_is_bounded_and_keeps_its_text() -> None:
    html = sanitise_html("<div>x" * 50_000 + "<blockquote>fin")
    assert html.count("x") == 50_000
    assert "fin" in html
    assert html.count("<div>") == MAX_DEPTH
    balanced = sanitise_html("<div>" * 300 + "milieu" + "</div>" * 300 + "<p>après</p>")
    assert balanced.count("<div>") == balanced.count("</div>") == MAX_DEPTH
    assert balanced.endswith("<p>après</p>")
