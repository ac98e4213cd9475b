"""The content commands: ``list`` (the briefings and their sections) and ``check``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from briefing_app.cli.options import add_common, print_json
from briefing_app.core.messages import fill, translate

if TYPE_CHECKING:
    from briefing_app.core.content.model import Library
    from briefing_app.core.session import Session

COMMANDS = ("list", "check")


def add_parsers(commands: Any) -> None:
    """Add ``list`` and ``check`` to the command parsers."""
    listing = commands.add_parser("list", help="list the briefings and their sections")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add_common(listing, top=False)
    check = commands.add_parser("check", help="validate the content; exit 1 on any problem")
    add_common(check, top=False)


def run(session: Session, args: argparse.Namespace) -> int:
    """Run ``list`` or ``check``; return the exit status."""
    if args.command == "list":
        return list_briefings(session, args.json)
    return check(session)


def briefing_json(library: Library) -> list[dict[str, object]]:
    """The library as ``list --json`` prints it (keys documented in the README)."""
    return [
        {
            "briefing": b.id,
            "title": b.title,
            "date": b.date,
            "theme": b.theme,
            "tags": list(b.tags),
            "source": b.source,
            "summary": b.summary,
            "sections": [{"id": s.id, "title": s.title, "level": s.level} for s in b.sections],
        }
        for b in library.briefings
    ]


def list_briefings(session: Session, as_json: bool) -> int:
    """Print the briefings, newest first; their loading problems go to stderr."""
    library = session.library()
    if as_json:
        print_json(briefing_json(library))
    else:
        for briefing in library.briefings:
            print(f"{briefing.date:<10}  {briefing.id:<24}  {briefing.title}")
    for problem in library.problems:
        print(problem, file=sys.stderr)
    return 0


def check(session: Session) -> int:
    """Print every problem of the content (files, links, images); 1 when there is one."""
    from briefing_app.core.content.linkcheck import content_problems

    library, problems = content_problems(session.folders)
    for problem in problems:
        print(problem)
    count = len(library.briefings)
    if problems:
        summary = translate("cli.content", "%1 problème(s), %2 briefing(s) chargé(s)")
        print(fill(summary, len(problems), count), file=sys.stderr)
        return 1
    print(fill(translate("cli.content", "%1 briefing(s), aucun problème"), count), file=sys.stderr)
    return 0
