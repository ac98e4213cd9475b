"""A meeting file (« dossier de séance »): which briefings, sections and bookmarks go in, in
what order, and which bookmarks are « à revoir ». Planned here, from the bookmarks as the
store places them; laid out by ``printing.dossier``. The command line and the window
plan it alike.

A label (« conseil du 12 mars »), chosen bookmarks, or whole briefings make a dossier:
each briefing comes with the sections that hold its bookmarks (all of them for a whole
briefing, or one bookmarked as a whole), its bookmarks in them; the bookmarks « à
revoir » (their passage changed or not found) are listed at the end with their notes,
so that none is silently left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing_app.core.bookmarks.model import DETACHED, TO_REVIEW, Bookmark
from briefing_app.core.content.model import Briefing, Library
from briefing_app.core.messages import fill, translate


class DossierError(ValueError):
    """A dossier that cannot be made; the message (French) names what is missing."""


@dataclass(frozen=True)
class DossierSection:
    """A section of a briefing in the dossier (``anchor`` "": the whole briefing)."""

    anchor: str
    title: str
    bookmarks: tuple[Bookmark, ...]


@dataclass(frozen=True)
class DossierBriefing:
    """A briefing in the dossier and what of it goes in."""

    briefing: Briefing
    sections: tuple[DossierSection, ...]

    @property
    def whole(self) -> bool:
        """Whether the whole briefing goes in."""
        return any(not section.anchor for section in self.sections)


@dataclass(frozen=True)
class Dossier:
    """What a meeting file holds, in its order."""

    title: str
    day: str  # the meeting's date as shown, or ""
    name: str  # who the dossier is for, or ""
    briefings: tuple[DossierBriefing, ...]
    to_review: tuple[Bookmark, ...]

    @property
    def bookmark_count(self) -> int:
        """The bookmarks placed in the briefings' text."""
        return sum(len(s.bookmarks) for b in self.briefings for s in b.sections)


def labels(bookmarks: Iterable[Bookmark]) -> dict[str, int]:
    """Each label the bookmarks carry, with how many carry it, in alphabetical order."""
    counts: dict[str, int] = {}
    for bookmark in bookmarks:
        if bookmark.label.strip():
            counts[bookmark.label.strip()] = counts.get(bookmark.label.strip(), 0) + 1
    return dict(sorted(counts.items(), key=lambda item: item[0].casefold()))


def chosen_bookmarks(
    bookmarks: Sequence[Bookmark], *, label: str = "", ids: Sequence[str] = ()
) -> list[Bookmark]:
    """The bookmarks with the label ``label`` (compared without case), or those whose
    ids are ``ids``.

    Raises:
        DossierError: no bookmark has the label, or an id is not a bookmark's.
    """
    if label:
        wanted = label.strip().casefold()
        found = [b for b in bookmarks if b.label.strip().casefold() == wanted]
        if not found:
            message = translate("core.dossier", "aucun signet n’a l’étiquette « %1 »")
            raise DossierError(fill(message, label))
        return found
    by_id = {b.id: b for b in bookmarks}
    missing = [bookmark_id for bookmark_id in ids if bookmark_id not in by_id]
    if missing:
        raise DossierError(fill(translate("core.dossier", "signet introuvable : %1"), missing[0]))
    return [by_id[bookmark_id] for bookmark_id in ids]


def plan_dossier(
    library: Library,
    bookmarks: Sequence[Bookmark],
    *,
    title: str,
    whole: Sequence[str] = (),
    order: Sequence[str] = (),
    day: str = "",
    name: str = "",
) -> Dossier:
    """The dossier of ``bookmarks`` (placed in the library's current text) and of the
    whole briefings ``whole``; briefings in the order ``order`` (ids), then in the
    library's (newest first).

    Raises:
        DossierError: nothing to put in, or a briefing of ``whole`` is not in the library.
    """
    for briefing_id in whole:
        if library.get(briefing_id) is None:
            message = translate("core.dossier", "briefing introuvable : %1")
            raise DossierError(fill(message, briefing_id))
    placed: dict[str, list[Bookmark]] = {}
    for bookmark in bookmarks:
        if bookmark.status != DETACHED and library.get(bookmark.briefing) is not None:
            placed.setdefault(bookmark.briefing, []).append(bookmark)
    wanted = set(whole) | set(placed)
    ranks = {briefing_id: rank for rank, briefing_id in enumerate(order)}
    in_order = sorted(
        (b for b in library.briefings if b.id in wanted),
        key=lambda b: ranks.get(b.id, len(ranks)),  # sorted() keeps the library's order
    )
    planned = tuple(
        _briefing(briefing, placed.get(briefing.id, []), briefing.id in whole)
        for briefing in in_order
    )
    to_review = tuple(b for b in bookmarks if b.status in TO_REVIEW)
    if not planned and not to_review:
        raise DossierError(
            translate("core.dossier", "aucun signet ni briefing à mettre dans le dossier")
        )
    return Dossier(title, day, name, planned, to_review)


def _briefing(briefing: Briefing, bookmarks: list[Bookmark], whole: bool) -> DossierBriefing:
    """A briefing's part of the dossier: the whole briefing (asked for, or bookmarked as
    a whole), or each of its sections that holds a bookmark, in the briefing's order."""
    known = {section.id for section in briefing.sections}
    if whole or any(b.section not in known for b in bookmarks):
        return DossierBriefing(briefing, (DossierSection("", briefing.title, tuple(bookmarks)),))
    sections = tuple(
        DossierSection(section.id, section.title, tuple(marked))
        for section in briefing.sections
        for marked in [[b for b in bookmarks if b.section == section.id]]
        if marked
    )
    return DossierBriefing(briefing, sections)
