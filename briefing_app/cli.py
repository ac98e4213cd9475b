"""The command line: the window by default, or a sub-command (list, check...).

Sub-commands call the same ``core`` functions as the window; none imports Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app import __version__
from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.model import Library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.paths import AppPaths, bundled_content_dir

if TYPE_CHECKING:
    from briefing_app.core.search.index import SearchIndex


@dataclass(frozen=True)
class Context:
    """What every command needs: content folders and per-user paths."""

    folders: tuple[Path, ...]
    paths: AppPaths

    def library(self) -> Library:
        """Load the library through the catalog cache."""
        return load_library(self.folders, self.paths.cache)


def _add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--content",
        action="append",
        type=Path,
        metavar="DIR",
        default=default,
        help="use this content folder instead of the bundled briefings (repeatable)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        default=default,
        help="keep index, bookmarks and settings under DIR",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (global options are accepted before or after a sub-command)."""
    parser = argparse.ArgumentParser(
        prog="briefing-app",
        description="Briefings: read France urbaine's briefings offline.",
    )
    parser.add_argument("--version", action="version", version=f"briefing-app {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="headless smoke test of the whole chain; exit 0 when sound",
    )
    _add_common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing = commands.add_parser("list", help="list the briefings and their sections")
    listing.add_argument("--json", action="store_true", help="print JSON")
    _add_common(listing, top=False)
    check = commands.add_parser("check", help="validate the content; exit 1 on any problem")
    _add_common(check, top=False)
    search = commands.add_parser("search", help="search every briefing, best sections first")
    search.add_argument("query", nargs="+", help='words, "a phrase", OR/OU, NOT/SAUF, titre:...')
    search.add_argument(
        "--limit", type=_positive, default=10, metavar="N", help="at most N results (N ≥ 1)"
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    _add_common(search, top=False)
    index = commands.add_parser("index", help="bring the search index up to date")
    index.add_argument("--rebuild", action="store_true", help="rebuild it from scratch")
    _add_common(index, top=False)
    from briefing_app import cli_bookmarks  # the window, started with no argument, needs none

    cli_bookmarks.add_parser(commands, _add_common)
    return parser


def _positive(text: str) -> int:
    """An argument that must be a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n’est pas un nombre entier") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} : il faut au moins 1")
    return value


def _folder_problem(option: str, folder: Path, *, may_be_missing: bool) -> str:
    """A one-line message when ``folder`` cannot serve as ``option``'s folder, else ""."""
    if folder.is_dir() or (may_be_missing and not folder.exists()):
        return ""
    what = "ce n’est pas un dossier" if folder.exists() else "dossier introuvable"
    return f"briefing-app : {option} {folder} : {what}"


def _print_json(data: object) -> None:
    import json  # only for --json: not on the window's way

    print(json.dumps(data, ensure_ascii=False, indent=2))


def _briefing_json(library: Library) -> list[dict[str, object]]:
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


def _cmd_list(context: Context, as_json: bool) -> int:
    library = context.library()
    if as_json:
        _print_json(_briefing_json(library))
    else:
        for briefing in library.briefings:
            print(f"{briefing.date:<10}  {briefing.id:<24}  {briefing.title}")
    for problem in library.problems:
        print(problem, file=sys.stderr)
    return 0


def _cmd_check(context: Context) -> int:
    import tempfile

    from briefing_app.core.content.linkcheck import (  # only for check
        broken_links,
        refused_resources,
    )

    # An empty cache of its own: every file is checked afresh, and rendered only once
    # (the link and image checks read the pages the loading rendered).
    with tempfile.TemporaryDirectory(prefix="briefing-check-") as scratch:
        library = load_library(context.folders, Path(scratch))
        pages = PageCache(Path(scratch))
        links, images = broken_links(library, pages), refused_resources(library, pages)
    problems = [*library.problems, *links, *images]
    for problem in problems:
        print(problem)
    count = len(library.briefings)
    if problems:
        print(f"{len(problems)} problème(s), {count} briefing(s) chargé(s)", file=sys.stderr)
        return 1
    print(f"{count} briefing(s), aucun problème", file=sys.stderr)
    return 0


def _open_index(context: Context) -> tuple[Library, PageCache, SearchIndex]:
    from briefing_app.core.search.index import user_index

    library = context.library()
    pages = PageCache(context.paths.cache)
    return library, pages, user_index(context.paths.search_index)


def _cmd_search(context: Context, text: str, limit: int, as_json: bool) -> int:
    from briefing_app.core.search.index import search_library
    from briefing_app.core.search.records import IndexCorruptError, IndexWriteError

    library, pages, index = _open_index(context)
    try:
        with index:
            report = index.update(library, pages)
            result = search_library(index, library, pages, text, max(limit, 1))
    except (IndexWriteError, IndexCorruptError) as error:  # no index to read or to write
        print(f"Recherche indisponible : {error}", file=sys.stderr)
        return 1
    if report.unwritable:
        print(
            f"Index non mis à jour ({report.unwritable}) : recherche sur l’existant.",
            file=sys.stderr,
        )
    if as_json:
        _print_json([asdict(hit) for hit in result.hits])
    for number, hit in enumerate(result.hits if not as_json else (), start=1):
        where = f"{hit.title} › {hit.section_title}" if hit.section_title else hit.title
        print(f"{number}. {where} ({hit.date})  [{hit.briefing}#{hit.section}]")
        print(f"   {hit.snippet}")
    if not result.hits and not as_json:
        print("Aucun résultat.", file=sys.stderr)
    if result.correction:
        print(f"Vouliez-vous dire : {result.correction} ?", file=sys.stderr)
    return 0


def _cmd_index(context: Context, rebuild: bool) -> int:
    from briefing_app.core.search.records import IndexWriteError

    library, pages, index = _open_index(context)
    try:
        with index:
            report = index.rebuild(library, pages) if rebuild else index.update(library, pages)
    except IndexWriteError as error:
        print(f"Index non écrit : {error}", file=sys.stderr)
        return 1
    if report.locked:
        print("Index utilisé par une autre instance : rien n’a été écrit.", file=sys.stderr)
        return 1
    if report.unwritable:
        print(f"Index non mis à jour : {report.unwritable}.", file=sys.stderr)
        return 1
    what = "reconstruit" if report.rebuilt else "mis à jour"
    print(
        f"Index {what} : {report.sections} section(s) indexée(s), "
        f"{report.briefings} briefing(s) traité(s), en {report.seconds:.2f} s".replace(".", ",")
    )
    return 0


def run(argv: list[str]) -> int:
    """Parse ``argv`` and run the command; return the exit status."""
    if not argv:  # started from the desktop: the window, without making the parser (8 ms)
        folders = (bundled_content_dir().absolute(),)
        return _window(Context(folders=folders, paths=AppPaths.resolve(None)))
    args = build_parser().parse_args(argv)
    folders = tuple(p.expanduser().absolute() for p in args.content or [bundled_content_dir()])
    problems = [_folder_problem("--content", f, may_be_missing=False) for f in args.content or []]
    if args.data_dir is not None:
        problems.append(_folder_problem("--data-dir", args.data_dir, may_be_missing=True))
    if any(problems):
        print("\n".join(problem for problem in problems if problem), file=sys.stderr)
        return 2
    context = Context(folders=folders, paths=AppPaths.resolve(args.data_dir))
    if args.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from briefing_app.gui.selftest import self_test

        # Without --data-dir the self-test works in a temporary folder, not the user's.
        return self_test(context.folders, context.paths if args.data_dir else None)
    if args.command == "list":
        return _cmd_list(context, args.json)
    if args.command == "check":
        return _cmd_check(context)
    if args.command == "search":
        return _cmd_search(context, " ".join(args.query), args.limit, args.json)
    if args.command == "index":
        return _cmd_index(context, args.rebuild)
    if args.command == "bookmarks":
        from briefing_app import cli_bookmarks

        return cli_bookmarks.run(context, args)
    return _window(context)


def _window(context: Context) -> int:
    problem = missing_display()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from briefing_app.gui.app import run_window

    return run_window(context.folders, context.paths)


def missing_display(environ: dict[str, str] | None = None, platform: str = sys.platform) -> str:
    """A one-line explanation when no screen is reachable, else "" (Qt would abort)."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "briefing-app : aucun écran disponible (ni DISPLAY ni WAYLAND_DISPLAY) ; "
        "lancez-le dans une session graphique, ou sur un serveur : xvfb-run -a make run"
    )
