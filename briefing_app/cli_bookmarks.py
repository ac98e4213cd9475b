"""The ``bookmarks`` sub-commands' arguments; ``bookmark_commands`` carries them out.

Kept apart so that parsing a command line, which every start does, loads nothing of
the bookmarks' machinery.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_app.cli import Context


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
    from briefing_app import bookmark_commands

    return bookmark_commands.run(context, args)
