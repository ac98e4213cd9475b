"""What the ``bookmarks`` sub-commands do: add, list, export, import.

They call the same ``core`` functions as the window's bookmarks panel. Their arguments
are declared in ``cli_bookmarks`` (loaded whenever the command line is parsed, so
kept light).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing_app.core.bookmarks.model import current_text
from briefing_app.core.bookmarks.placing import BookmarkError, make_bookmark, reanchor
from briefing_app.core.bookmarks.store import BookmarkStore, BookmarkStoreError
from briefing_app.core.bookmarks.transfer import (
    BookmarkFileError,
    bookmark_fields,
    export_json,
    export_markdown,
    import_json,
)
from briefing_app.core.content.pages import PageCache

if TYPE_CHECKING:
    from briefing_app.cli import Context

STATUS_WORDS = {
    "anchored": "en place",
    "moved": "déplacé",
    "changed": "à revoir : le texte a changé",
    "detached": "à revoir : introuvable",
}


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
        print(f"{b.id}  {where}  [{STATUS_WORDS.get(b.status, b.status)}]")
        if b.marked:
            print(f"   « {b.marked} »")
        if current_text(b):
            print(f"   texte actuel : « {current_text(b)} »")
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
