"""The search commands: ``search`` (best sections first) and ``index`` (bring it up to date)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from briefing_app.cli.options import add_common, positive, print_json
from briefing_app.core.messages import decimal, fill, translate

if TYPE_CHECKING:
    from briefing_app.core.session import Session

COMMANDS = ("search", "index")


def add_parsers(commands: Any) -> None:
    """Add ``search`` and ``index`` to the command parsers."""
    search = commands.add_parser("search", help="search every briefing, best sections first")
    search.add_argument("query", nargs="+", help='words, "a phrase", OR/OU, NOT/SAUF, titre:...')
    search.add_argument(
        "--limit", type=positive, default=10, metavar="N", help="at most N results (N ≥ 1)"
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    add_common(search, top=False)
    index = commands.add_parser("index", help="bring the search index up to date")
    index.add_argument("--rebuild", action="store_true", help="rebuild it from scratch")
    add_common(index, top=False)


def run(session: Session, args: argparse.Namespace) -> int:
    """Run ``search`` or ``index``; return the exit status."""
    if args.command == "search":
        return search(session, " ".join(args.query), args.limit, args.json)
    return index(session, args.rebuild)


def search(session: Session, text: str, limit: int, as_json: bool) -> int:
    """Update the index, then print the best ``limit`` sections for ``text``."""
    from dataclasses import asdict

    from briefing_app.core.search import search_library
    from briefing_app.core.search.records import IndexCorruptError, IndexWriteError

    library, pages, found_in = session.library(), session.pages(), session.search_index()
    try:
        with found_in:
            report = found_in.update(library, pages)
            result = search_library(found_in, library, pages, text, max(limit, 1))
    except (IndexWriteError, IndexCorruptError) as error:  # no index to read or to write
        print(fill(translate("cli.search", "Recherche indisponible : %1"), error), file=sys.stderr)
        return 1
    if report.unwritable:
        stale = translate("cli.search", "Index non mis à jour (%1) : recherche sur l’existant.")
        print(fill(stale, report.unwritable), file=sys.stderr)
    if result.partial:
        closest = translate(
            "cli.search", "Aucun passage ne contient tous les mots ; passages les plus proches :"
        )
        print(closest, file=sys.stderr)
    if as_json:
        print_json([asdict(hit) for hit in result.hits])
    for number, hit in enumerate(result.hits if not as_json else (), start=1):
        where = f"{hit.title} › {hit.section_title}" if hit.section_title else hit.title
        print(f"{number}. {where} ({hit.date})  [{hit.briefing}#{hit.section}]")
        print(f"   {hit.snippet}")
    if not result.hits and not as_json:
        print(translate("cli.search", "Aucun résultat."), file=sys.stderr)
    if result.correction:
        print(
            fill(translate("cli.search", "Vouliez-vous dire : %1 ?"), result.correction),
            file=sys.stderr,
        )
    for prefix, kept, found in result.prefixes:
        limited = translate(
            "cli.search", "« %1* » : recherche limitée aux %2 mots les plus fréquents sur %3."
        )
        print(fill(limited, prefix, kept, found), file=sys.stderr)
    return 0


def index(session: Session, rebuild: bool) -> int:
    """Update the index (or rebuild it) and say what was done."""
    from briefing_app.core.search.records import IndexWriteError

    library, pages, target = session.library(), session.pages(), session.search_index()
    try:
        with target:
            report = target.rebuild(library, pages) if rebuild else target.update(library, pages)
    except IndexWriteError as error:
        print(fill(translate("cli.search", "Index non écrit : %1"), error), file=sys.stderr)
        return 1
    if report.locked:
        locked = translate(
            "cli.search", "Index utilisé par une autre instance : rien n’a été écrit."
        )
        print(locked, file=sys.stderr)
        return 1
    if report.unwritable:
        print(
            fill(translate("cli.search", "Index non mis à jour : %1."), report.unwritable),
            file=sys.stderr,
        )
        return 1
    if report.rebuilt:
        done = translate(
            "cli.search",
            "Index reconstruit : %1 section(s) indexée(s), %2 briefing(s) traité(s), en %3 s",
        )
    else:
        done = translate(
            "cli.search",
            "Index mis à jour : %1 section(s) indexée(s), %2 briefing(s) traité(s), en %3 s",
        )
    seconds = decimal(report.seconds, 2)
    print(fill(done, report.sections, report.briefings, seconds))
    return 0
