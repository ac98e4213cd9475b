"""The ``bookmarks`` sub-commands: add, list, export, import.

They call the same ``core`` functions as the window's bookmarks panel.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.core.bookmark_files import (
    BookmarkFileError,
    bookmark_fields,
    export_json,
    export_markdown,
    import_json,
)
from briefing_app.core.bookmarking import BookmarkError, make_bookmark, reanchor
from briefing_app.core.bookmarks import BookmarkStore, BookmarkStoreError
from briefing_app.core.pages import PageCache

if TYPE_CHECKING:
    from briefing_app.cli import Context

STATUS_WORDS = {"anchored": "en place", "moved": "déplacé", "detached": "à revoir"}


def add_parser(commands: Any, add_common: Callable[..., None]) -> None:
    """Add ``bookmarks`` and its sub-commands to the command parsers."""
    bookmarks = commands.add_parser("bookmarks", help="add, list, export or import bookmarks")
    add_common(bookmarks, top=False)
    actions = bookmarks.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="bookmark a briefing, a section or a passage")
    add.add_argument("briefing", help="the briefing's id (its file name without .md)")
    add.add_argument("--section", default="", metavar="ID", help="the section's anchor")
    add.add_argument("--quote", default="", metavar="TEXT", help="the passage, word for word")
    add.add_argument("--note", default="", metavar="TEXT", help="a note")
    add.add_argument("--label", default="", metavar="TEXT", help="a label")
    listing = actions.add_parser("list", help="list the bookmarks and where they stand")
    listing.add_argument("--json", action="store_true", help="print JSON")
    export = actions.add_parser("export", help="print every bookmark (Markdown or JSON)")
    export.add_argument("--format", choices=("md", "json"), default="md")
    load = actions.add_parser("import", help="merge bookmarks exported as JSON")
    load.add_argument("file", type=Path, help="a file written by: bookmarks export --format json")
    for parser in (add, listing, export, load):
        add_common(parser, top=False)


def run(context: Context, args: argparse.Namespace) -> int:
    """Run one ``bookmarks`` action; return the exit status."""
    store = BookmarkStore(context.paths.data)
    try:
        if store.notice:
            print(store.notice, file=sys.stderr)
        return _ACTIONS[args.action](context, store, args)
    except (BookmarkError, BookmarkFileError, BookmarkStoreError) as error:
        print(f"briefing-app : {error}", file=sys.stderr)
        return 1
    finally:
        store.close()


def _add(context: Context, store: BookmarkStore, args: argparse.Namespace) -> int:
    library = context.library()
    bookmark = make_bookmark(
        library,
        PageCache(context.paths.cache),
        args.briefing,
        section=args.section,
        quote=args.quote,
        note=args.note,
        label=args.label,
    )
    stored = store.add(bookmark)
    where = f"{stored.briefing}#{stored.section}" if stored.section else stored.briefing
    print(f"Signet ajouté : {stored.id} ({where})")
    return 0


def _list(context: Context, store: BookmarkStore, args: argparse.Namespace) -> int:
    library = context.library()
    bookmarks = reanchor(store, library, PageCache(context.paths.cache))
    if args.json:
        items = [{**bookmark_fields(b), "quote": b.quote.exact} for b in bookmarks]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    for b in bookmarks:
        where = f"{b.briefing}#{b.section}" if b.section else b.briefing
        print(f"{b.id}  {where}  [{STATUS_WORDS[b.status]}]")
        if b.quote.exact:
            print(f"   « {b.quote.exact} »")
        if b.note:
            print(f"   {' '.join(b.note.split())}")
    if not bookmarks:
        print("Aucun signet.", file=sys.stderr)
    return 0


def _export(context: Context, store: BookmarkStore, args: argparse.Namespace) -> int:
    library = context.library()
    bookmarks = reanchor(store, library, PageCache(context.paths.cache))
    if args.format == "json":
        sys.stdout.write(export_json(bookmarks))
    else:
        titles = {b.id: b.title for b in library.briefings}
        sys.stdout.write(export_markdown(bookmarks, titles, datetime.date.today()))
    return 0


def _import(context: Context, store: BookmarkStore, args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BookmarkFileError(f"Lecture de « {args.file} » impossible : {error}") from None
    report = import_json(store, text)
    print(f"{report.added} signet(s) importé(s), {report.skipped} déjà présent(s)")
    return 0


_ACTIONS: dict[str, Callable[[Context, BookmarkStore, argparse.Namespace], int]] = {
    "add": _add,
    "list": _list,
    "export": _export,
    "import": _import,
}
