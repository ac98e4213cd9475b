"""Bookmarks to and from files: Markdown to print, JSON to keep or move them.

The Markdown export groups bookmarks by briefing and section, the words the user
marked (and the current text, when it differs) then the note, ready to print before a
meeting. The JSON export is lossless; importing it
merges into a store (a bookmark already there, by id or by content, is skipped) and
checks the whole file first, so a malformed file writes nothing.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from dataclasses import dataclass

from briefing_app.core.bookmarks.database import TEXT_FIELDS
from briefing_app.core.bookmarks.model import (
    CHANGED,
    DETACHED,
    Bookmark,
    bookmark_from_texts,
    current_text,
)
from briefing_app.core.bookmarks.store import BookmarkStore
from briefing_app.core.messages import fill, translate

FORMAT = "briefings-bookmarks"
FORMAT_VERSION = 1
# "marked" is absent from files written before it was kept: the quote stands for it.
_TEXT_FIELDS = ("briefing_title", *TEXT_FIELDS)
_REQUIRED = ("id", "briefing", "created")


class BookmarkFileError(ValueError):
    """A bookmark file that cannot be imported; the message (French) says where and why."""


@dataclass(frozen=True)
class ImportReport:
    """What an import did."""

    added: int
    skipped: int  # already in the store


def bookmark_fields(b: Bookmark) -> dict[str, str]:
    """Every field of a bookmark, by the names the JSON files use."""
    return {
        "id": b.id,
        "briefing": b.briefing,
        "briefing_title": b.briefing_title,
        "section": b.section,
        "section_title": b.section_title,
        "exact": b.quote.exact,
        "prefix": b.quote.prefix,
        "suffix": b.quote.suffix,
        "marked": b.marked,
        "content_hash": b.content_hash,
        "note": b.note,
        "label": b.label,
        "status": b.status,
        "created": b.created,
        "updated": b.updated,
    }


def export_json(bookmarks: Iterable[Bookmark]) -> str:
    """Every field of every bookmark, as JSON text."""
    items = [bookmark_fields(b) for b in bookmarks]
    document = {"format": FORMAT, "version": FORMAT_VERSION, "bookmarks": items}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_markdown(
    bookmarks: Iterable[Bookmark], titles: dict[str, str], day: datetime.date
) -> str:
    """A printable Markdown page of the bookmarks, grouped by briefing then section.

    Args:
        bookmarks: the bookmarks, in the order to print within a section.
        titles: current briefing titles by id (a deleted briefing keeps its stored one).
        day: the export date.
    """
    groups: dict[str, dict[str, list[Bookmark]]] = {}
    for b in bookmarks:
        groups.setdefault(b.briefing, {}).setdefault(b.section_title, []).append(b)
    title = translate("core.bookmarks.transfer", "Signets et notes")
    exported = translate("core.bookmarks.transfer", "Exportés le %1 %2 %3.")
    date = fill(exported, day.day, _month(day.month), day.year)
    lines = [f"# {title}", "", f"*{date}*", ""]
    if not groups:
        lines += [translate("core.bookmarks.transfer", "Aucun signet."), ""]
    for briefing, sections in groups.items():
        first = next(iter(sections.values()))[0]
        title = titles.get(briefing) or first.briefing_title or briefing
        lines += [f"## {_one_line(title)}", ""]
        for section_title, items in sections.items():
            if section_title:
                lines += [f"### {_one_line(section_title)}", ""]
            for b in items:
                lines += _markdown_item(b)
    return "\n".join(lines).rstrip("\n") + "\n"


def _markdown_item(b: Bookmark) -> list[str]:
    lines = []
    if b.marked:
        lines += [f"> {_one_line(b.marked)}", ""]
        if current_text(b):
            now = translate("core.bookmarks.transfer", "Texte actuel : « %1 »")
            lines += [fill(now, _one_line(current_text(b))), ""]
    elif not b.section:
        lines += ["*" + translate("core.bookmarks.transfer", "Le briefing entier.") + "*", ""]
    else:
        lines += ["*" + translate("core.bookmarks.transfer", "La section entière.") + "*", ""]
    if b.note:
        lines += [*b.note.splitlines(), ""]
    details = []
    if b.label:
        label = translate("core.bookmarks.transfer", "Libellé : %1")
        details.append(fill(label, _one_line(b.label)))
    if b.status == DETACHED:
        details.append(
            translate(
                "core.bookmarks.transfer",
                "à revoir : passage introuvable dans la version actuelle",
            )
        )
    elif b.status == CHANGED:
        details.append(
            translate(
                "core.bookmarks.transfer",
                "à revoir : le texte actuel ne dit plus la même chose (négation, nombre ou date)",
            )
        )
    if details:
        lines += [f"*{' — '.join(details)}*", ""]
    return lines


def _month(number: int) -> str:
    """The name of month ``number`` (1 for January), as a date writes it."""
    names = (
        translate("core.bookmarks.transfer", "janvier"),
        translate("core.bookmarks.transfer", "février"),
        translate("core.bookmarks.transfer", "mars"),
        translate("core.bookmarks.transfer", "avril"),
        translate("core.bookmarks.transfer", "mai"),
        translate("core.bookmarks.transfer", "juin"),
        translate("core.bookmarks.transfer", "juillet"),
        translate("core.bookmarks.transfer", "août"),
        translate("core.bookmarks.transfer", "septembre"),
        translate("core.bookmarks.transfer", "octobre"),
        translate("core.bookmarks.transfer", "novembre"),
        translate("core.bookmarks.transfer", "décembre"),
    )
    return names[number - 1]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def parse_json(text: str) -> list[Bookmark]:
    """The bookmarks of an exported JSON file, all checked.

    Raises:
        BookmarkFileError: not JSON, not our format, or an entry with a missing or
            wrong field (its number and the field are named).
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        message = translate(
            "core.bookmarks.transfer",
            "Ce fichier n’est pas du JSON valide (ligne %1, colonne %2).",
        )
        raise BookmarkFileError(fill(message, error.lineno, error.colno)) from None
    except RecursionError:  # thousands of nested [ or {: no export looks like that
        raise BookmarkFileError(
            translate(
                "core.bookmarks.transfer",
                "Ce fichier n’est pas un export de signets de Briefings : "
                "il est imbriqué trop profondément pour être lu.",
            )
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BookmarkFileError(
            translate(
                "core.bookmarks.transfer",
                "Ce fichier n’est pas un export de signets de Briefings.",
            )
        )
    if document.get("version") != FORMAT_VERSION:
        message = translate("core.bookmarks.transfer", "Version d’export %1 inconnue.")
        raise BookmarkFileError(fill(message, repr(document.get("version"))))
    items = document.get("bookmarks")
    if not isinstance(items, list):
        raise BookmarkFileError(
            translate("core.bookmarks.transfer", "La liste « bookmarks » manque.")
        )
    return [_parse_item(number, item) for number, item in enumerate(items, start=1)]


def _parse_item(number: int, item: object) -> Bookmark:
    if not isinstance(item, dict):
        message = translate("core.bookmarks.transfer", "Signet n° %1 : ce n’est pas un objet.")
        raise BookmarkFileError(fill(message, number))
    values = {}
    for name in _TEXT_FIELDS:
        value = item.get(name, "")
        if not isinstance(value, str):
            message = translate(
                "core.bookmarks.transfer", "Signet n° %1 : « %2 » doit être du texte."
            )
            raise BookmarkFileError(fill(message, number, name))
        values[name] = value
    for name in _REQUIRED:
        if not values[name].strip():
            message = translate("core.bookmarks.transfer", "Signet n° %1 : « %2 » manque.")
            raise BookmarkFileError(fill(message, number, name))
    return bookmark_from_texts(values)  # an unknown status: re-anchoring decides


def _same_content(b: Bookmark) -> tuple[str, ...]:
    return (b.briefing, b.section, b.marked, b.note, b.label)


def import_json(store: BookmarkStore, text: str) -> ImportReport:
    """Merge an exported JSON file into ``store``: all its new bookmarks, or nothing.

    Raises:
        BookmarkFileError: the file is malformed (nothing is written).
        BookmarkStoreError: the store cannot be written.
    """
    incoming = parse_json(text)
    existing = store.bookmarks()
    ids = {b.id for b in existing}
    contents = {_same_content(b) for b in existing}
    new = []
    for b in incoming:
        if b.id in ids or _same_content(b) in contents:
            continue
        ids.add(b.id)
        contents.add(_same_content(b))
        new.append(b)
    if new:
        store.add_many(new)
    return ImportReport(len(new), len(incoming) - len(new))
