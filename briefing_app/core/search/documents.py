"""What the search index stores: the field names, and one document per section.

Plain Python (no Whoosh): a briefing's rendered page is cut into sections, and its
acronyms are gathered from its Markdown definitions, its ``abbr`` elements and the
"long form (ACR)" patterns of its text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from briefing_app.core.content.glossary import (
    definitions_from_html,
    definitions_from_markdown,
    definitions_from_text,
)
from briefing_app.core.content.loader import decode, read_briefing_bytes
from briefing_app.core.content.model import Briefing
from briefing_app.core.content.pages import PageCache, rendered_page
from briefing_app.core.content.problems import ContentError
from briefing_app.core.content.sections import split_sections

F_KEY = "key"  # "briefing#anchor": the unique key of a section document
F_BRIEFING = "briefing"  # the briefing id (its file stem)
F_SECTION = "section"  # the section anchor ("" for the text before the first heading)
F_TITLE = "title"  # the briefing title, stored
F_SECTION_TITLE = "section_title"  # the section heading, stored
F_BODY = "body"  # the section text, stored for snippets
F_TEXT = "text"  # what plain words search: titles (twice, to weigh more), then the text
F_GRAMS = "text_grams"  # the pairs of common words of F_TEXT (core.search.analysis)
GRAMS_OF = {F_TEXT: F_GRAMS}  # a text field -> the field of its pairs of common words
F_TITLES = "titles"  # the briefing and section titles, for titre:
F_TAGS = "tags"  # the briefing's tags
F_THEME = "theme"  # the briefing's theme
F_DATE = "date"  # the briefing date as written (YYYY, YYYY-MM or YYYY-MM-DD), stored
F_DAY = "day"  # the briefing date as a number (20180400 for 2018-04), for date ranges

TITLE_WEIGHT = 2  # times the titles are repeated in F_TEXT: one field is much faster
# to search than a boosted field per part, and BM25 still ranks title words higher

_LETTERS = re.compile(r"[^\W\d_]{3,}")  # words of three letters or more


class BriefingDocuments(NamedTuple):
    """What one briefing gives the index."""

    documents: list[dict[str, object]]  # one per section
    acronyms: dict[str, str]  # acronym -> long form
    words: set[str]  # its words as written (lower case), for spelling corrections


def section_documents(briefing: Briefing, pages: PageCache | None) -> BriefingDocuments:
    """The index documents of one briefing (one per section), its acronyms and words."""
    try:
        rendered = rendered_page(briefing, pages)
    except ContentError:
        return BriefingDocuments([], {}, set())
    chunks = split_sections(rendered.html, rendered.toc, "")
    acronyms = _source_definitions(briefing)
    for acronym, long_form in definitions_from_html(rendered.html).items():
        acronyms.setdefault(acronym, long_form)
    for chunk in chunks:
        for acronym, long_form in definitions_from_text(chunk.text).items():
            acronyms.setdefault(acronym, long_form)
    common: dict[str, object] = {
        F_BRIEFING: briefing.id,
        F_TITLE: briefing.title,
        F_TAGS: " ".join(briefing.tags),
        F_THEME: briefing.theme,
        F_DATE: briefing.date,
        F_DAY: day_number(briefing.date),
    }
    # (anchor, heading, text): a briefing without any text is still found by its title
    # and summary, at its top; the summary's words also find its first section.
    parts = [(chunk.anchor, chunk.title, chunk.text) for chunk in chunks] or [
        ("", "", briefing.summary)
    ]
    documents = [
        {
            **common,
            F_KEY: f"{briefing.id}#{anchor}",
            F_SECTION: anchor,
            F_SECTION_TITLE: heading,
            F_BODY: text,
            F_TITLES: f"{briefing.title}\n{heading}",
            F_TEXT: f"{briefing.title}\n{heading}\n" * TITLE_WEIGHT
            + text
            + (f"\n{briefing.summary}" if number == 0 and chunks else ""),
        }
        for number, (anchor, heading, text) in enumerate(parts)
    ]
    for document in documents:
        document[F_GRAMS] = document[F_TEXT]  # the same text, its pairs of common words
    texts = [briefing.title, briefing.summary, *(f"{c.title} {c.text}" for c in chunks)]
    words = set(_LETTERS.findall(" ".join(texts).lower()))
    return BriefingDocuments(documents, acronyms, words)


def day_number(date: str, last: bool = False) -> int:
    """A date of the front matter or of a query as a sortable number.

    ``2018-04`` is 20180400, or 20180499 with ``last`` (the end of a range): a briefing
    dated by its month alone is inside any range that holds its month.
    """
    digits = date.replace("-", "")[:8]
    return int(digits.ljust(8, "9" if last else "0")) if digits.isdigit() else 0


def _source_definitions(briefing: Briefing) -> dict[str, str]:
    """The ``*[ACR]: long form`` lines of the briefing's file (unused acronyms too)."""
    try:
        return definitions_from_markdown(decode(read_briefing_bytes(Path(briefing.path))))
    except (OSError, ContentError):
        return {}
