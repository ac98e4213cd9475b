"""The ``bookmarks`` commands: add, list, export, import.

They call the same ``core`` functions as the window's bookmarks panel. Declaring the
arguments loads nothing else: every start with options parses them, so the bookmarks'
machinery is imported by the functions that use it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.cli.options import add_common
from briefing_app.core.messages import fill, translate

if TYPE_CHECKING:
    from briefing_app.core.bookmarks.store import BookmarkStore
    from briefing_app.core.session import Session

COMMANDS = ("bookmarks",)


def add_parsers(commands: Any) -> None:
    """Add ``bookmarks`` and its actions to the command parsers."""
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


def status_words(status: str) -> str:
    """A bookmark's status as ``bookmarks list`` shows it (an unknown one as it is)."""
    if status == "anchored":
        return translate("cli.bookmarks", "en place")
    if status == "moved":
        return translate("cli.bookmarks", "déplacé")
    if status == "changed":
        return translate("cli.bookmarks", "à revoir : le texte a changé")
    if status == "detached":
        return translate("cli.bookmarks", "à revoir : introuvable")
    return status


def run(session: Session, args: argparse.Namespace) -> int:
    """Run one ``bookmarks`` action; return the exit status."""
    from briefing_app.core.bookmarks.placing import BookmarkError
    from briefing_app.core.bookmarks.store import BookmarkStoreError
    from briefing_app.core.bookmarks.transfer import BookmarkFileError

    store = session.bookmarks()
    try:
        if store.notice:
            print(store.notice, file=sys.stderr)
        return _ACTIONS[args.action](session, store, args)
    except (BookmarkError, BookmarkFileError, BookmarkStoreError) as error:
        print(fill(translate("cli.bookmarks", "briefing-app : %1"), error), file=sys.stderr)
        return 1
    finally:
        store.close()


def _add(session: Session, store: BookmarkStore, args: argparse.Namespace) -> int:
    from briefing_app.core.bookmarks.placing import make_bookmark

    library = session.library()
    bookmark = make_bookmark(
        library,
        session.pages(),
        args.briefing,
        section=args.section,
        quote=args.quote,
        note=args.note,
        label=args.label,
    )
    stored = store.add(bookmark)
    where = f"{stored.briefing}#{stored.section}" if stored.section else stored.briefing
    print(fill(translate("cli.bookmarks", "Signet ajouté : %1 (%2)"), stored.id, where))
    return 0


def _list(session: Session, store: BookmarkStore, args: argparse.Namespace) -> int:
    import json

    from briefing_app.core.bookmarks.model import current_text
    from briefing_app.core.bookmarks.placing import reanchor
    from briefing_app.core.bookmarks.transfer import bookmark_fields

    library = session.library()
    bookmarks = reanchor(store, library, session.pages())
    if args.json:
        items = [{**bookmark_fields(b), "quote": b.quote.exact} for b in bookmarks]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    for b in bookmarks:
        where = f"{b.briefing}#{b.section}" if b.section else b.briefing
        print(f"{b.id}  {where}  [{status_words(b.status)}]")
        if b.marked:
            print("   " + fill(translate("cli.bookmarks", "« %1 »"), b.marked))
        if current_text(b):
            print(
                "   " + fill(translate("cli.bookmarks", "texte actuel : « %1 »"), current_text(b))
            )
        if b.note:
            print(f"   {' '.join(b.note.split())}")
    if not bookmarks:
        print(translate("cli.bookmarks", "Aucun signet."), file=sys.stderr)
    return 0


def _export(session: Session, store: BookmarkStore, args: argparse.Namespace) -> int:
    import datetime

    from briefing_app.core.bookmarks.placing import reanchor
    from briefing_app.core.bookmarks.transfer import export_json, export_markdown

    library = session.library()
    bookmarks = reanchor(store, library, session.pages())
    if args.format == "json":
        sys.stdout.write(export_json(bookmarks))
    else:
        titles = {b.id: b.title for b in library.briefings}
        sys.stdout.write(export_markdown(bookmarks, titles, datetime.date.today()))
    return 0


def _import(session: Session, store: BookmarkStore, args: argparse.Namespace) -> int:
    from briefing_app.core.bookmarks.transfer import BookmarkFileError, import_json

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        message = translate("cli.bookmarks", "Lecture de « %1 » impossible : %2")
        raise BookmarkFileError(fill(message, args.file, error)) from None
    report = import_json(store, text)
    imported = translate("cli.bookmarks", "%1 signet(s) importé(s), %2 déjà présent(s)")
    print(fill(imported, report.added, report.skipped))
    return 0


_ACTIONS: dict[str, Callable[[Session, BookmarkStore, argparse.Namespace], int]] = {
    "add": _add,
    "list": _list,
    "export": _export,
    "import": _import,
}
