"""Bookmarks and the library together: making a bookmark, placing them all again.

What the window and the ``bookmarks`` command both call: a bookmark is made from a
briefing id, an optional section and an optional quote (found in the section's
text, its context taken from there), and every bookmark whose briefing changed
since it was made is placed again (see ``anchoring``) before it is listed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from briefing_app.core.bookmarks.anchoring import BriefingText, find_quote, place, squash
from briefing_app.core.bookmarks.model import DETACHED, Bookmark, Quote
from briefing_app.core.bookmarks.store import BookmarkStore
from briefing_app.core.content.model import Briefing, Library
from briefing_app.core.content.pages import PageCache, rendered_page
from briefing_app.core.content.problems import ContentError
from briefing_app.core.content.sections import SectionText, split_sections
from briefing_app.core.messages import fill, translate


class BookmarkError(ValueError):
    """A bookmark that cannot be made; the message (French) says why."""


def section_texts(briefing: Briefing, pages: PageCache | None) -> list[SectionText]:
    """The plain text of each section of ``briefing`` (what quotes are found in)."""
    rendered = rendered_page(briefing, pages)
    return split_sections(rendered.html, rendered.toc, "")


def make_bookmark(
    library: Library,
    pages: PageCache | None,
    briefing_id: str,
    section: str = "",
    quote: str = "",
    before: str = "",
    note: str = "",
    label: str = "",
) -> Bookmark:
    """A new bookmark (not yet stored) on a briefing, a section or a passage.

    Args:
        library: the loaded library.
        pages: the rendered-page cache, if any.
        briefing_id: the briefing's id (its file stem).
        section: the section's anchor; with a quote and no section, the first section
            holding the quote.
        quote: the passage; empty for a whole section or briefing.
        before: text just before the passage, to tell apart repeated passages.
        note: the user's note.
        label: the user's label.

    Raises:
        BookmarkError: no such briefing or section, or the quote is not in it.
    """
    briefing = library.get(briefing_id)
    if briefing is None:
        message = translate("core.bookmarks.placing", "Aucun briefing « %1 » dans la bibliothèque.")
        raise BookmarkError(fill(message, briefing_id))
    try:
        chunks = section_texts(briefing, pages)
    except ContentError as error:
        message = translate("core.bookmarks.placing", "Le briefing « %1 » est illisible : %2")
        raise BookmarkError(fill(message, briefing_id, error)) from None
    by_anchor = {chunk.anchor: chunk for chunk in chunks}
    if section and section not in by_anchor:
        message = translate("core.bookmarks.placing", "Aucune section « %1 » dans « %2 ».")
        raise BookmarkError(fill(message, section, briefing_id))
    exact = squash(quote)
    found = Quote("")
    if exact:
        searched = [by_anchor[section]] if section else chunks
        for chunk in searched:
            located = find_quote(squash(chunk.text), exact, squash(before))
            if located is not None:
                section, found = chunk.anchor, located
                break
        else:
            raise BookmarkError(_not_found(exact[:60], section, briefing_id))
    title = by_anchor[section].title if section in by_anchor else ""
    return Bookmark(
        id="",
        briefing=briefing.id,
        section=section,
        section_title=title,
        quote=found,
        content_hash=briefing.content_hash,
        note=note.strip(),
        label=label.strip(),
        briefing_title=briefing.title,
    )


def _not_found(passage: str, section: str, briefing_id: str) -> str:
    """Why a bookmark cannot be made: ``passage`` is not in ``section`` (or the briefing)."""
    if section:
        message = translate(
            "core.bookmarks.placing", "Le passage « %1 » est introuvable dans la section « %2 »."
        )
        return fill(message, passage, section)
    message = translate("core.bookmarks.placing", "Le passage « %1 » est introuvable dans « %2 ».")
    return fill(message, passage, briefing_id)


def reanchor(store: BookmarkStore, library: Library, pages: PageCache | None) -> list[Bookmark]:
    """Place again every bookmark whose briefing changed; return all bookmarks, current.

    A bookmark of a briefing that is gone, or cannot be read, is detached (kept as it
    is); one whose passage now says otherwise (a negation, a number, a date) is
    ``changed``, its quote on the current text and the words the user marked kept.
    Changes are written in one transaction; a read-only store is only read.
    """
    bookmarks = store.bookmarks()
    stale: dict[str, list[Bookmark]] = defaultdict(list)
    for bookmark in bookmarks:
        briefing = library.get(bookmark.briefing)
        if (
            briefing is None
            or bookmark.content_hash != briefing.content_hash
            or bookmark.status == DETACHED  # tried again: its briefing may be back
        ):
            stale[bookmark.briefing].append(bookmark)
    old = {b.id: b for group in stale.values() for b in group}
    changed = {
        bookmark.id: bookmark
        for briefing_id, group in stale.items()
        for bookmark in place_all(library.get(briefing_id), pages, group)
        if bookmark != old[bookmark.id]
    }
    if changed and not store.read_only:
        store.set_placement(changed.values())
    return [changed.get(b.id, b) for b in bookmarks]


def place_all(
    briefing: Briefing | None, pages: PageCache | None, bookmarks: list[Bookmark]
) -> list[Bookmark]:
    """The bookmarks of one briefing placed in its current text (its sections cut once)."""
    try:
        chunks = section_texts(briefing, pages) if briefing is not None else None
    except ContentError:
        chunks = None
    if briefing is None or chunks is None:
        return [replace(b, status=DETACHED) for b in bookmarks]
    text = BriefingText(chunks)
    placed = []
    for bookmark in bookmarks:
        where = place(
            text, bookmark.section, bookmark.section_title, bookmark.quote, bookmark.marked
        )
        placed.append(  # the marked words stay: ``replace`` keeps them
            replace(
                bookmark,
                section=where.section,
                section_title=where.section_title,
                quote=where.quote,
                status=where.status,
                content_hash=briefing.content_hash,
            )
        )
    return placed
